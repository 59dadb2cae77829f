// `_hashlib`: hash objects (md5, sha1, sha224, sha256, sha384, sha512) for hashlib.py, with
// CPython's names, sizes, reprs and argument errors.
#include <optional>
#include <string>

#include "runtime/bytearray.h"
#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "stdlib/hash_functions.h"
#include "stdlib/sha512.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

struct HashObject : Object {
  explicit HashObject(TypeObject* t) : Object(t, ObjKind::Other) {}
  void trace(GcVisitor& v) const override { v.visit(type); }
  std::string name;
  std::optional<Hash32> small;
  std::optional<Sha512> big;
  bool is384 = false;

  void update(std::string_view data) {
    if (small) {
      small->update(data);
    } else {
      big->update(data);
    }
  }
  std::string digest() const {
    if (small) return small->digest();
    Sha512 copy = *big;
    Sha512::Digest d = copy.digest();
    return std::string(reinterpret_cast<const char*>(d.data()), is384 ? 48 : 64);
  }
  size_t digest_size() const { return small ? small->digest_size() : is384 ? 48 : 64; }
  size_t block_size() const { return small ? 64 : 128; }
};

HashObject* hash_of(VM& vm, Value v) {
  HashObject* h = is_kind(v, ObjKind::Other) ? dynamic_cast<HashObject*>(v.as_object()) : nullptr;
  if (!h) vm.raise(vm.exc.TypeError, "a hash object is required");
  return h;
}

// The bytes of a bytes-like argument; TypeError for str as CPython's
// "Strings must be encoded before hashing".
bool data_arg(VM& vm, Value v, std::string_view& out) {
  if (is_bytes(v)) {
    out = static_cast<BytesObject*>(v.as_object())->view();
    return true;
  }
  if (is_kind(v, ObjKind::Other) && vm.isinstance(v, vm.types.bytearray)) {
    out = static_cast<ByteArrayObject*>(v.as_object())->view();
    return true;
  }
  if (is_str(v)) {
    vm.raise(vm.exc.TypeError, "Strings must be encoded before hashing");
    return false;
  }
  vm.raise_fmt(vm.exc.TypeError, "object supporting the buffer API required");
  return false;
}

HashObject* make_hash(VM& vm, TypeObject* type, std::string_view name) {
  auto* h = vm.make<HashObject>(type);
  if (!h) return nullptr;
  h->name = std::string(name);
  if (name == "md5") h->small.emplace(Hash32::Kind::Md5);
  if (name == "sha1") h->small.emplace(Hash32::Kind::Sha1);
  if (name == "sha224") h->small.emplace(Hash32::Kind::Sha224);
  if (name == "sha256") h->small.emplace(Hash32::Kind::Sha256);
  if (name == "sha384") {
    h->big.emplace(Sha512::sha384());
    h->is384 = true;
  }
  if (name == "sha512") h->big.emplace();
  if (!h->small && !h->big) {
    vm.raise_fmt(vm.exc.ValueError, "unsupported hash type {}", name);
    return nullptr;
  }
  return h;
}

Value hash_update(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "update", nargs - 1, kwnames)) return Value::null();
  HashObject* h = hash_of(vm, args[0]);
  std::string_view data;
  if (!h || !data_arg(vm, args[1], data)) return Value::null();
  h->update(data);
  return Value::none();
}

Value hash_digest(VM& vm, const Value* args, size_t, TupleObject*) {
  HashObject* h = hash_of(vm, args[0]);
  return h ? vm.new_bytes(h->digest()) : Value::null();
}

Value hash_hexdigest(VM& vm, const Value* args, size_t, TupleObject*) {
  HashObject* h = hash_of(vm, args[0]);
  if (!h) return Value::null();
  std::string d = h->digest(), hex;
  static const char kHex[] = "0123456789abcdef";
  for (unsigned char c : d) {
    hex.push_back(kHex[c >> 4]);
    hex.push_back(kHex[c & 15]);
  }
  return vm.new_str(hex);
}

Value hash_copy(VM& vm, const Value* args, size_t, TupleObject*) {
  HashObject* h = hash_of(vm, args[0]);
  if (!h) return Value::null();
  auto* c = vm.make<HashObject>(h->type);
  if (!c) return Value::null();
  c->name = h->name;
  c->small = h->small;
  c->big = h->big;
  c->is384 = h->is384;
  return Value::object(c);
}

Value hash_name(VM& vm, const Value* args, size_t, TupleObject*) {
  HashObject* h = hash_of(vm, args[0]);
  return h ? vm.new_str(h->name) : Value::null();
}
Value hash_digest_size(VM& vm, const Value* args, size_t, TupleObject*) {
  HashObject* h = hash_of(vm, args[0]);
  return h ? Value::small_int(static_cast<int64_t>(h->digest_size())) : Value::null();
}
Value hash_block_size(VM& vm, const Value* args, size_t, TupleObject*) {
  HashObject* h = hash_of(vm, args[0]);
  return h ? Value::small_int(static_cast<int64_t>(h->block_size())) : Value::null();
}
Value hash_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  HashObject* h = hash_of(vm, args[0]);
  if (!h) return Value::null();
  return vm.new_str(
      fmt::format("<{} _hashlib.HASH object @ {:#x}>", h->name, reinterpret_cast<uintptr_t>(h)));
}

// new(name, data=b'', *, usedforsecurity=True)
Value hashlib_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{"new", {"name", "data", "usedforsecurity"}, 0, 1, 2};
  Value a[3];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  if (!is_str(a[0])) return vm.raise(vm.exc.TypeError, "new() argument 'name' must be str");
  std::string name(str_view(a[0]));
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name == "sha-1") name = "sha1";
  Value io = vm.import_module("_hashlib");
  if (io.is_null()) return io;
  Value type = py_getattr(vm, io, vm.intern("HASH"));
  if (type.is_null() || !is_type(type)) return Value::null();
  HashObject* h = make_hash(vm, as_type(type), name);
  if (!h) return Value::null();
  if (!a[1].is_null()) {
    std::string_view data;
    if (!data_arg(vm, a[1], data)) return Value::null();
    h->update(data);
  }
  return Value::object(h);
}

}  // namespace

Value hashlib_native_module_init(VM& vm) {
  ModuleObject* m = vm.new_module("_hashlib");
  if (!m) return Value::null();
  TypeObject* t = vm.new_builtin_type("HASH", nullptr, ObjKind::Other);
  if (!t) return Value::null();
  t->is_basetype = false;
  vm.add_attr(t, "__module__", vm.intern_value("_hashlib"));
  vm.add_methods(t, {{"update", hash_update},
                     {"digest", hash_digest},
                     {"hexdigest", hash_hexdigest},
                     {"copy", hash_copy},
                     {"__repr__", hash_repr}});
  vm.add_property(t, "name", hash_name);
  vm.add_property(t, "digest_size", hash_digest_size);
  vm.add_property(t, "block_size", hash_block_size);
  dict_set_str(vm, m->dict, vm.intern("HASH"), Value::object(t));
  if (!add_function(vm, m->dict, "new", hashlib_new)) return Value::null();
  return Value::object(m);
}

}  // namespace krait
