// The `random` module: CPython 3.11's Mersenne Twister (Modules/_randommodule.c) with the
// algorithms of Lib/random.py on top, reproduced step for step so that every seed gives the
// same numbers, the same consumption of the generator and the same errors as CPython.
//
// random.py's methods are Python functions, so their argument errors read "Random.randint()
// missing 1 required positional argument: 'b'"; the few that are C methods of _random.Random
// (random, getrandbits) keep getargs.c's wording. Arithmetic on user-supplied values (uniform's
// `a + (b - a) * random()`, gauss's `mu + z * sigma`, ...) goes through the generic protocols,
// so int/float mixes give CPython's result types and unsupported operands its TypeErrors.
// The module-level functions are bound methods of a hidden shared instance, `_inst`, as in
// CPython.
#include <errno.h>
#include <sys/random.h>
#include <unistd.h>

#include <bit>
#include <chrono>
#include <cmath>
#include <cstring>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "interpreter/traceback.h"
#include "runtime/bigint.h"
#include "runtime/dict.h"
#include "runtime/function.h"
#include "runtime/int_object.h"
#include "runtime/list.h"
#include "runtime/misc_objects.h"
#include "runtime/module.h"
#include "runtime/number_ops.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "stdlib/sha512.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

// --- The generator (_randommodule.c) ---

constexpr int kN = 624;
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfU;
constexpr uint32_t kUpperMask = 0x80000000U;
constexpr uint32_t kLowerMask = 0x7fffffffU;

// Constants of random.py, as CPython computes them (written as exact hex floats).
constexpr double kTwoPi = 0x1.921fb54442d18p+2;         // math.tau
constexpr double kNvMagicConst = 0x1.b72cd3f331398p+0;  // 4 * exp(-0.5) / sqrt(2.0)
constexpr double kLog4 = 0x1.62e42fefa39efp+0;          // log(4.0)
constexpr double kSgMagicConst = 0x1.40859baee748fp+1;  // 1.0 + log(4.5)
constexpr double kE = 0x1.5bf0a8b145769p+1;             // math.e
constexpr double kPi = 0x1.921fb54442d18p+1;
constexpr int kRandomVersion = 3;  // Random.VERSION, the format of getstate()

struct RandomObject : Object {
  explicit RandomObject(TypeObject* t) : Object(t, ObjKind::Other) {}
  void trace(GcVisitor& v) const override { v.visit(gauss_next); }

  uint32_t state[kN] = {};
  int index = kN + 1;
  Value gauss_next = Value::none();  // random.py's instance attribute: any object
  bool system = false;               // a SystemRandom: every word comes from the OS
};

// Bytes from the OS's entropy source (os.urandom).
void os_random_bytes(void* out, size_t n) {
  auto* p = static_cast<unsigned char*>(out);
  size_t got = 0;
  while (got < n) {
    ssize_t r = getrandom(p + got, n - got, 0);
    if (r > 0) {
      got += static_cast<size_t>(r);
    } else if (errno != EINTR) {
      break;
    }
  }
  if (got < n) {
    // No getrandom(): the clock is all there is left (never expected on Linux >= 3.17).
    uint64_t x = static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    for (; got < n; ++got) {
      x = x * 6364136223846793005ull + 1442695040888963407ull;
      p[got] = static_cast<unsigned char>(x >> 56);
    }
  }
}

RandomObject* self_of(const Value* args) {
  return static_cast<RandomObject*>(args[0].as_object());
}

uint32_t genrand_uint32(RandomObject* self) {
  static constexpr uint32_t mag01[2] = {0x0U, kMatrixA};
  if (self->system) [[unlikely]] {
    uint32_t word;
    os_random_bytes(&word, sizeof word);
    return word;
  }
  uint32_t* mt = self->state;
  uint32_t y;
  if (self->index >= kN) {
    int kk;
    for (kk = 0; kk < kN - kM; kk++) {
      y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
      mt[kk] = mt[kk + kM] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < kN - 1; kk++) {
      y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
      mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (mt[kN - 1] & kUpperMask) | (mt[0] & kLowerMask);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    self->index = 0;
  }
  y = mt[self->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

// random(): 53 random bits as a float in [0.0, 1.0).
double genrand_double(RandomObject* self) {
  uint32_t a = genrand_uint32(self) >> 5, b = genrand_uint32(self) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

void init_genrand(RandomObject* self, uint32_t s) {
  uint32_t* mt = self->state;
  mt[0] = s;
  for (int mti = 1; mti < kN; mti++) {
    mt[mti] = 1812433253U * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + static_cast<uint32_t>(mti);
  }
  self->index = kN;
}

void init_by_array(RandomObject* self, const uint32_t* key, size_t key_length) {
  uint32_t* mt = self->state;
  init_genrand(self, 19650218U);
  size_t i = 1, j = 0;
  for (size_t k = kN > key_length ? kN : key_length; k; k--) {
    mt[i] =
        (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
    i++;
    j++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (size_t k = kN - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
    i++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;  // MSB is 1, assuring a non-zero initial array
}

// Seeding from a non-negative integer: its 32-bit words, least significant first (a zero
// seed is one zero word), as _random.Random.seed splits it.
void seed_from_bigint(RandomObject* self, const BigInt& n) {
  std::vector<uint32_t> key = n.magnitude();
  if (key.empty()) key.push_back(0);
  init_by_array(self, key.data(), key.size());
}

void seed_from_u64(RandomObject* self, uint64_t n) {
  uint32_t key[2] = {static_cast<uint32_t>(n), static_cast<uint32_t>(n >> 32)};
  init_by_array(self, key, key[1] ? 2 : 1);
}

// seed(None): N words from the OS (random_seed_urandom), else the clocks and the pid.
void seed_from_os(RandomObject* self) {
  uint32_t key[kN];
  size_t got = 0;
  auto* p = reinterpret_cast<unsigned char*>(key);
  while (got < sizeof key) {
    ssize_t r = getrandom(p + got, sizeof key - got, GRND_NONBLOCK);
    if (r <= 0) break;
    got += static_cast<size_t>(r);
  }
  if (got == sizeof key) {
    init_by_array(self, key, kN);
    return;
  }
  auto wall = std::chrono::system_clock::now().time_since_epoch();
  auto mono = std::chrono::steady_clock::now().time_since_epoch();
  uint64_t now = static_cast<uint64_t>(std::chrono::nanoseconds(wall).count());
  uint64_t mnow = static_cast<uint64_t>(std::chrono::nanoseconds(mono).count());
  uint32_t fallback[5] = {static_cast<uint32_t>(now), static_cast<uint32_t>(now >> 32),
                          static_cast<uint32_t>(getpid()), static_cast<uint32_t>(mnow),
                          static_cast<uint32_t>(mnow >> 32)};
  init_by_array(self, fallback, 5);
}

// _random.Random.seed(arg): None from the OS; an int by its absolute value; anything else by
// its hash, taken as unsigned.
bool c_seed(VM& vm, RandomObject* self, Value arg) {
  if (arg.is_null() || arg.is_none()) {
    seed_from_os(self);
    return true;
  }
  if (is_int_like(arg)) {
    int64_t small;
    if (int_like_to_int64(arg, small) && small != INT64_MIN) {
      seed_from_u64(self, static_cast<uint64_t>(small < 0 ? -small : small));
    } else {
      seed_from_bigint(self, int_like_to_bigint(arg).abs());
    }
    return true;
  }
  int64_t h;
  if (!py_hash(vm, arg, h)) return false;
  seed_from_u64(self, static_cast<uint64_t>(h));
  return true;
}

// getrandbits(k) for k >= 0: 32-bit words from least to most significant, the last one cut
// down to its top bits.
BigInt getrandbits_big(RandomObject* self, uint64_t k) {
  if (k == 0) return BigInt();
  std::vector<uint32_t> words((k - 1) / 32 + 1);
  for (size_t i = 0; i < words.size(); i++, k -= 32) {
    uint32_t r = genrand_uint32(self);
    if (k < 32) r >>= (32 - k);
    words[i] = r;
  }
  return BigInt::from_magnitude(std::move(words), false);
}

// The same for k <= 64, without allocating.
uint64_t getrandbits_u64(RandomObject* self, int k) {
  if (k == 0) return 0;
  if (k <= 32) return genrand_uint32(self) >> (32 - k);
  uint64_t lo = genrand_uint32(self);
  uint64_t hi = genrand_uint32(self);
  if (k < 64) hi >>= (64 - k);
  return lo | (hi << 32);
}

// _randbelow_with_getrandbits(n) for n > 0: getrandbits(n.bit_length()) until below n.
uint64_t randbelow_u64(RandomObject* self, uint64_t n) {
  int k = std::bit_width(n);
  uint64_t r = getrandbits_u64(self, k);
  while (r >= n) r = getrandbits_u64(self, k);
  return r;
}

BigInt randbelow_big(RandomObject* self, const BigInt& n) {
  uint64_t small;
  if (n.to_uint64(small)) return BigInt(randbelow_u64(self, small));
  size_t k = n.bit_length();
  BigInt r = getrandbits_big(self, k);
  while (r >= n) r = getrandbits_big(self, k);
  return r;
}

Value randbelow_value(VM& vm, RandomObject* self, int64_t n) {
  return vm.new_int(static_cast<int64_t>(randbelow_u64(self, static_cast<uint64_t>(n))));
}

// --- Argument binding with the messages of a Python function (ceval.c) ---

struct PySignature {
  const char* name;                           // "Random.randint", as the function's __qualname__
  std::initializer_list<const char*> params;  // after self
  size_t required;                            // leading parameters without a default
  size_t positional;  // parameters that accept positional arguments; the rest are keyword-only
};

std::string join_names(const std::vector<const char*>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += names.size() == 2 ? " and " : (i == names.size() - 1 ? ", and " : ", ");
    out += fmt::format("'{}'", names[i]);
  }
  return out;
}

// args[0] is self; out[i] receives parameter i (Null when an optional one is absent).
bool bind_method(VM& vm, const PySignature& sig, const Value* args, size_t nargs,
                 TupleObject* kwnames, Value* out) {
  const char* const* names = sig.params.begin();
  size_t n = sig.params.size();
  for (size_t i = 0; i < n; ++i) out[i] = Value::null();
  size_t given = nargs - 1;  // without self
  for (size_t i = 0; i < given && i < sig.positional; ++i) out[i] = args[1 + i];
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view key = str_view(kwnames->items()[k]);
    size_t idx = n;
    for (size_t i = 0; i < n; ++i) {
      if (key == names[i]) {
        idx = i;
        break;
      }
    }
    if (idx == n) {
      vm.raise_fmt(vm.exc.TypeError, "{}() got an unexpected keyword argument '{}'", sig.name, key);
      return false;
    }
    if (!out[idx].is_null()) {
      vm.raise_fmt(vm.exc.TypeError, "{}() got multiple values for argument '{}'", sig.name, key);
      return false;
    }
    out[idx] = args[nargs + k];
  }
  if (given > sig.positional) {
    size_t argcount = sig.positional + 1, nreq = sig.required + 1;
    std::string takes =
        nreq < argcount
            ? fmt::format("from {} to {} positional arguments", nreq, argcount)
            : fmt::format("{} positional argument{}", argcount, argcount == 1 ? "" : "s");
    size_t kwonly_given = 0;
    for (size_t i = sig.positional; i < n; ++i) kwonly_given += !out[i].is_null();
    if (kwonly_given) {
      vm.raise_fmt(vm.exc.TypeError,
                   "{}() takes {} but {} positional argument{} (and {} keyword-only argument{}) "
                   "were given",
                   sig.name, takes, nargs, nargs == 1 ? "" : "s", kwonly_given,
                   kwonly_given == 1 ? "" : "s");
    } else {
      vm.raise_fmt(vm.exc.TypeError, "{}() takes {} but {} {} given", sig.name, takes, nargs,
                   nargs == 1 ? "was" : "were");
    }
    return false;
  }
  std::vector<const char*> missing;
  for (size_t i = 0; i < sig.required; ++i) {
    if (out[i].is_null()) missing.push_back(names[i]);
  }
  if (!missing.empty()) {
    vm.raise_fmt(vm.exc.TypeError, "{}() missing {} required positional argument{}: {}", sig.name,
                 missing.size(), missing.size() == 1 ? "" : "s", join_names(missing));
    return false;
  }
  return true;
}

// --- Generic arithmetic on user-supplied values ---

Value add(VM& vm, Value a, Value b) {
  return py_binary_op(vm, a, b, int(BinOp::Add));
}
Value sub(VM& vm, Value a, Value b) {
  return py_binary_op(vm, a, b, int(BinOp::Sub));
}
Value mul(VM& vm, Value a, Value b) {
  return py_binary_op(vm, a, b, int(BinOp::Mul));
}
Value truediv(VM& vm, Value a, Value b) {
  return py_binary_op(vm, a, b, int(BinOp::TrueDiv));
}
Value fdouble(double d) {
  return Value::from_double(d);
}

// `a op b` as a truth value: 1, 0, or -1 with an exception pending.
int compare(VM& vm, Value a, Value b, CompareOp op) {
  return py_compare_bool(vm, a, b, op);
}

// math.sqrt / math.log / math.exp of any number, with math's errors.
bool math_sqrt(VM& vm, Value v, double& out) {
  double x;
  if (!py_to_double(vm, v, x)) return false;
  if (x < 0) {
    vm.raise(vm.exc.ValueError, "math domain error");
    return false;
  }
  out = std::sqrt(x);
  return true;
}

Value math_exp(VM& vm, Value v) {
  double x;
  if (!py_to_double(vm, v, x)) return Value::null();
  double r = std::exp(x);
  if (std::isinf(r) && std::isfinite(x)) return vm.raise(vm.exc.OverflowError, "math range error");
  return fdouble(r);
}

Value default_to(Value v, Value fallback) {
  return v.is_null() ? fallback : v;
}

// --- warnings.warn(msg, DeprecationWarning, 2) under the default filters ---

// Shown only when the calling frame runs in __main__ ("default::DeprecationWarning:__main__"),
// once per (text, line) as recorded in that module's __warningregistry__, and written to
// sys.stderr as warnings.formatwarning does.
bool warn_deprecation(VM& vm, std::string_view message) {
  Frame* f = vm.current_frame();
  if (!f || !f->globals || !f->code) return true;
  Value name = dict_get_str(f->globals, vm.names.__name__);
  if (!is_str(name) || str_view(name) != "__main__") return true;
  CodeObject* code = f->code;
  size_t pc = f->ip > code->code.data() ? static_cast<size_t>(f->ip - code->code.data()) - 1 : 0;
  int line = pc < code->unit->positions.size() ? code->unit->positions[pc].line : 0;
  StrObject* registry_name = vm.intern("__warningregistry__");
  Value registry = dict_get_str(f->globals, registry_name);
  if (!is_dict(registry)) {
    DictObject* d = vm.new_dict();
    if (!d) return false;
    registry = Value::object(d);
    dict_set_str(vm, f->globals, registry_name, registry);
  }
  Value text = vm.new_str(message);
  if (text.is_null()) return false;
  Value key = vm.new_tuple({text, Value::object(vm.exc.DeprecationWarning), vm.new_int(line)});
  if (key.is_null()) return false;
  Value seen;
  int found = dict_lookup(vm, as_dict(registry), key, seen);
  if (found < 0) return false;
  if (found) return true;
  if (!dict_set(vm, as_dict(registry), key, Value::true_())) return false;
  std::string filename(code->filename ? code->filename->view() : std::string_view("<unknown>"));
  std::string out = fmt::format("{}:{}: DeprecationWarning: {}\n", filename, line, message);
  if (std::optional<std::string> src = traceback_source_line(vm, filename, line)) {
    std::string_view s = *src;
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\f')) {
      s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\f' ||
                          s.back() == '\r' || s.back() == '\n')) {
      s.remove_suffix(1);
    }
    if (!s.empty()) out += fmt::format("  {}\n", s);
  }
  Value err = sys_attribute(vm, "stderr");
  if (err.is_null()) {
    vm.write_err(out);
    return true;
  }
  return file_write(vm, err, out);
}

// --- seed, getstate, setstate ---

bool seed_impl(VM& vm, RandomObject* self, Value a, Value version) {
  bool is_text = vm.isinstance(a, vm.types.str) || vm.isinstance(a, vm.types.bytes);
  int v1 = py_equal(vm, version, Value::small_int(1));
  if (v1 < 0) return false;
  if (v1 && is_text) {
    // Version 1 (Python 2's str hash): code points of the str, or bytes read as latin-1.
    std::vector<uint32_t> chars;
    if (is_str(a)) {
      std::string_view s = str_view(a);
      for (size_t pos = 0; pos < s.size();) chars.push_back(utf8_decode(s, pos));
    } else {
      for (unsigned char c : static_cast<BytesObject*>(a.as_object())->view()) chars.push_back(c);
    }
    uint64_t x = chars.empty() ? 0 : uint64_t{chars[0]} << 7;
    for (uint32_t c : chars) x = (1000003 * x) ^ c;
    x ^= chars.size();
    seed_from_u64(self, x);
    self->gauss_next = Value::none();
    return true;
  }
  int v2 = py_equal(vm, version, Value::small_int(2));
  if (v2 < 0) return false;
  if (v2 && is_text) {
    // int.from_bytes(a + sha512(a).digest()), big-endian.
    std::string data(is_str(a) ? str_view(a) : static_cast<BytesObject*>(a.as_object())->view());
    Sha512::Digest digest = sha512(data);
    data.append(reinterpret_cast<const char*>(digest.data()), digest.size());
    seed_from_bigint(self, BigInt::from_bytes(reinterpret_cast<const uint8_t*>(data.data()),
                                              data.size(), false, false));
    self->gauss_next = Value::none();
    return true;
  }
  if (!(a.is_null() || a.is_none() || is_int_like(a) || is_float_like(a) || is_text)) {
    vm.raise(vm.exc.TypeError,
             "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    return false;
  }
  if (!c_seed(vm, self, a)) return false;
  self->gauss_next = Value::none();
  return true;
}

// Unpacks `version, internalstate, gauss_next = state` with UNPACK_SEQUENCE's errors.
bool unpack3(VM& vm, Value state, Value out[3]) {
  if (vm.type_of(state) == vm.types.tuple || vm.type_of(state) == vm.types.list) {
    size_t n = is_tuple(state) ? as_tuple(state)->size : as_list(state)->items.size();
    const Value* items = is_tuple(state) ? as_tuple(state)->items() : as_list(state)->items.data();
    if (n < 3) {
      vm.raise_fmt(vm.exc.ValueError, "not enough values to unpack (expected 3, got {})", n);
      return false;
    }
    if (n > 3) {
      vm.raise(vm.exc.ValueError, "too many values to unpack (expected 3)");
      return false;
    }
    for (size_t i = 0; i < 3; ++i) out[i] = items[i];
    return true;
  }
  Value it = py_iter(vm, state);
  if (it.is_null()) {
    if (vm.error_matches(vm.exc.TypeError)) {
      vm.clear_error();
      vm.raise_fmt(vm.exc.TypeError, "cannot unpack non-iterable {} object", vm.type_name(state));
    }
    return false;
  }
  for (size_t i = 0; i < 3; ++i) {
    out[i] = py_next(vm, it);
    if (out[i].is_null()) {
      if (!vm.has_error()) {
        vm.raise_fmt(vm.exc.ValueError, "not enough values to unpack (expected 3, got {})", i);
      }
      return false;
    }
  }
  Value extra = py_next(vm, it);
  if (!extra.is_null()) {
    vm.raise(vm.exc.ValueError, "too many values to unpack (expected 3)");
    return false;
  }
  return !vm.has_error();
}

// _random.Random.setstate(state): a tuple of 624 words and the position.
bool c_setstate(VM& vm, RandomObject* self, Value state) {
  if (!is_tuple(state)) {
    vm.raise(vm.exc.TypeError, "state vector must be a tuple");
    return false;
  }
  TupleObject* t = as_tuple(state);
  if (t->size != kN + 1) {
    vm.raise(vm.exc.ValueError, "state vector is the wrong size");
    return false;
  }
  uint32_t new_state[kN];
  for (int i = 0; i < kN; ++i) {
    Value v = t->items()[i];
    if (!is_int_like(v)) {
      vm.raise(vm.exc.TypeError, "an integer is required");
      return false;
    }
    BigInt b = int_like_to_bigint(v);
    uint64_t u;
    if (b.is_negative()) {
      vm.raise(vm.exc.OverflowError, "can't convert negative value to unsigned int");
      return false;
    }
    if (!b.to_uint64(u)) {
      vm.raise(vm.exc.OverflowError, "Python int too large to convert to C unsigned long");
      return false;
    }
    new_state[i] = static_cast<uint32_t>(u);
  }
  Value idx = py_index(vm, t->items()[kN]);
  if (idx.is_null()) return false;
  int64_t index;
  if (!int_like_to_int64(idx, index)) {
    vm.raise(vm.exc.OverflowError, "Python int too large to convert to C long");
    return false;
  }
  if (index < 0 || index > kN) {
    vm.raise(vm.exc.ValueError, "invalid state");
    return false;
  }
  self->index = static_cast<int>(index);
  std::memcpy(self->state, new_state, sizeof new_state);
  return true;
}

// --- randrange ---

// _index(x), or 3.11's deprecated fallback int(x) for integral non-ints. `what` names the
// argument in "non-integer arg 1 for randrange()".
bool randrange_int(VM& vm, Value v, const char* what, bool warn, Value& out) {
  out = py_index(vm, v);
  if (!out.is_null()) return true;
  if (!vm.error_matches(vm.exc.TypeError)) return false;
  vm.clear_error();
  out = vm.call(Value::object(vm.types.int_), {v});
  if (out.is_null()) return false;
  int ne = compare(vm, out, v, CompareOp::Ne);
  if (ne < 0) return false;
  if (ne) {
    if (warn && !warn_deprecation(vm, "randrange() will raise TypeError in the future")) {
      return false;
    }
    vm.raise_fmt(vm.exc.ValueError, "non-integer {} for randrange()", what);
    return false;
  }
  if (warn && !warn_deprecation(vm,
                                "non-integer arguments to randrange() have been deprecated since "
                                "Python 3.10 and will be removed in a subsequent version")) {
    return false;
  }
  return true;
}

// random.py's randrange(start, stop=None, step=_ONE); `step` is Null for the default.
// `warn` is false when called from randint, whose warnings CPython attributes to random.py
// (and so hides).
Value randrange_impl(VM& vm, RandomObject* self, Value start, Value stop, Value step, bool warn) {
  Value istart_v;
  if (!randrange_int(vm, start, "arg 1", warn, istart_v)) return Value::null();
  if (stop.is_null() || stop.is_none()) {
    if (!step.is_null() && !(step.is_small_int() && step.as_small_int() == 1)) {
      return vm.raise(vm.exc.TypeError, "Missing a non-None stop argument");
    }
    if (istart_v.is_small_int()) {
      int64_t n = istart_v.as_small_int();
      if (n > 0) return randbelow_value(vm, self, n);
    } else {
      BigInt n = int_like_to_bigint(istart_v);
      if (n.sign() > 0) return vm.new_int(randbelow_big(self, n));
    }
    return vm.raise(vm.exc.ValueError, "empty range for randrange()");
  }
  Value istop_v, istep_v = Value::small_int(1);
  if (!randrange_int(vm, stop, "stop", warn, istop_v)) return Value::null();
  if (!step.is_null() && !randrange_int(vm, step, "step", warn, istep_v)) return Value::null();
  if (both_small_ints(istart_v, istop_v) && istep_v.is_small_int()) {
    // 48-bit operands: no overflow in int64.
    int64_t istart = istart_v.as_small_int(), istop = istop_v.as_small_int();
    int64_t istep = istep_v.as_small_int(), width = istop - istart;
    if (istep == 1) {
      if (width > 0) return vm.new_int(istart + static_cast<int64_t>(randbelow_u64(self, width)));
      return vm.raise_fmt(vm.exc.ValueError, "empty range for randrange() ({}, {}, {})", istart,
                          istop, width);
    }
    int64_t n;
    if (istep > 0) {
      n = py_floordiv(width + istep - 1, istep);
    } else if (istep < 0) {
      n = py_floordiv(width + istep + 1, istep);
    } else {
      return vm.raise(vm.exc.ValueError, "zero step for randrange()");
    }
    if (n <= 0) return vm.raise(vm.exc.ValueError, "empty range for randrange()");
    return vm.new_int(istart + istep * static_cast<int64_t>(randbelow_u64(self, n)));
  }
  BigInt istart = int_like_to_bigint(istart_v), istop = int_like_to_bigint(istop_v);
  BigInt istep = int_like_to_bigint(istep_v), width = istop - istart;
  if (istep == BigInt(1)) {
    if (width.sign() > 0) return vm.new_int(istart + randbelow_big(self, width));
    return vm.raise_fmt(vm.exc.ValueError, "empty range for randrange() ({}, {}, {})",
                        istart.to_string(), istop.to_string(), width.to_string());
  }
  BigInt n;
  if (istep.sign() > 0) {
    n = *BigInt::floordiv(width + istep - 1, istep);
  } else if (istep.sign() < 0) {
    n = *BigInt::floordiv(width + istep + 1, istep);
  } else {
    return vm.raise(vm.exc.ValueError, "zero step for randrange()");
  }
  if (n.sign() <= 0) return vm.raise(vm.exc.ValueError, "empty range for randrange()");
  return vm.new_int(istart + istep * randbelow_big(self, n));
}

// --- Sequences ---

// bisect.bisect_right(a, x, lo, hi) with hi == -1 meaning len(a), as _bisect's C code.
bool bisect_right(VM& vm, Value a, Value x, int64_t lo, int64_t hi, int64_t& out) {
  if (hi == -1 && !py_len(vm, a, hi)) return false;
  while (lo < hi) {
    int64_t mid = static_cast<int64_t>((static_cast<uint64_t>(lo) + hi) / 2);
    Value item = is_list(a) && vm.type_of(a) == vm.types.list &&
                         mid < static_cast<int64_t>(as_list(a)->items.size())
                     ? as_list(a)->items[mid]
                     : py_getitem(vm, a, Value::small_int(mid));
    if (item.is_null()) return false;
    int lt = compare(vm, x, item, CompareOp::Lt);
    if (lt < 0) return false;
    if (lt) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  out = lo;
  return true;
}

// list(itertools.accumulate(iterable)).
ListObject* accumulate(VM& vm, Value iterable) {
  Value it = py_iter(vm, iterable);
  if (it.is_null()) return nullptr;
  ListObject* out = vm.new_list();
  if (!out) return nullptr;
  RootScope roots(vm);
  roots.add(it);
  roots.add(Value::object(out));
  Value total = Value::null();
  for (;;) {
    Value item = py_next(vm, it);
    if (item.is_null()) {
      if (vm.has_error()) return nullptr;
      return out;
    }
    total = total.is_null() ? item : add(vm, total, item);
    if (total.is_null()) return nullptr;
    out->items.push_back(total);
  }
}

// itertools.repeat(None, k)'s count: an index, negative meaning none.
bool repeat_count(VM& vm, Value k, int64_t& out) {
  Value i = py_index(vm, k);
  if (i.is_null()) return false;
  if (!int_like_to_int64(i, out)) {
    vm.raise(vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  if (out < 0) out = 0;
  return true;
}

// isinstance(x, collections.abc.Sequence) for the builtin types that are registered as one.
bool is_sequence(Value v) {
  if (!v.is_object()) return false;
  switch (v.as_object()->kind) {
    case ObjKind::List:
    case ObjKind::Tuple:
    case ObjKind::Str:
    case ObjKind::Bytes:
    case ObjKind::Range:
      return true;
    default:
      return false;
  }
}

Value sample_impl(VM& vm, RandomObject* self, Value population, Value k, Value counts) {
  if (!is_sequence(population)) {
    return vm.raise(vm.exc.TypeError,
                    "Population must be a sequence.  For dicts or sets, use sorted(d).");
  }
  int64_t n;
  if (!py_len(vm, population, n)) return Value::null();
  RootScope roots(vm);
  if (!counts.is_null() && !counts.is_none()) {
    ListObject* cum_counts = accumulate(vm, counts);
    if (!cum_counts) return Value::null();
    roots.add(Value::object(cum_counts));
    if (static_cast<int64_t>(cum_counts->items.size()) != n) {
      return vm.raise(vm.exc.ValueError, "The number of counts does not match the population");
    }
    if (cum_counts->items.empty()) return vm.raise(vm.exc.IndexError, "pop from empty list");
    Value total = cum_counts->items.back();
    cum_counts->items.pop_back();
    if (!vm.isinstance(total, vm.types.int_)) {
      return vm.raise(vm.exc.TypeError, "Counts must be integers");
    }
    int le = compare(vm, total, Value::small_int(0), CompareOp::Le);
    if (le < 0) return Value::null();
    if (le) return vm.raise(vm.exc.ValueError, "Total of counts must be greater than zero");
    Value range = vm.call(Value::object(vm.types.range), {total});
    if (range.is_null()) return Value::null();
    roots.add(range);
    Value selections = sample_impl(vm, self, range, k, Value::null());
    if (selections.is_null()) return Value::null();
    roots.add(selections);
    ListObject* sel = as_list(selections);
    Value cum = Value::object(cum_counts);
    for (Value& s : sel->items) {
      int64_t pos;
      if (!bisect_right(vm, cum, s, 0, -1, pos)) return Value::null();
      Value item = py_getitem(vm, population, vm.new_int(pos));
      if (item.is_null()) return Value::null();
      s = item;
    }
    return selections;
  }
  int ge = compare(vm, Value::small_int(0), k, CompareOp::Le);
  if (ge < 0) return Value::null();
  if (ge) {
    ge = compare(vm, k, vm.new_int(n), CompareOp::Le);
    if (ge < 0) return Value::null();
  }
  if (!ge) return vm.raise(vm.exc.ValueError, "Sample larger than population or is negative");
  // result = [None] * k, which also rejects a k that is not an index.
  ListObject* one = vm.new_list(1);
  if (!one) return Value::null();
  one->items.push_back(Value::none());
  roots.add(Value::object(one));
  Value result_v = py_binary_op(vm, Value::object(one), k, int(BinOp::Mul));
  if (result_v.is_null()) return Value::null();
  roots.add(result_v);
  ListObject* result = as_list(result_v);
  int64_t kk = static_cast<int64_t>(result->items.size());
  int64_t setsize = 21;  // size of a small set minus size of an empty list
  bool pool_wins = true;
  if (kk > 5) {
    double e = std::ceil(std::log(static_cast<double>(kk * 3)) / std::log(4.0));
    if (e < 31) {
      setsize += int64_t{1} << (2 * static_cast<int>(e));  // 4 ** e
      pool_wins = n <= setsize;
    }
  } else {
    pool_wins = n <= setsize;
  }
  if (pool_wins) {
    // An n-length list is smaller than a k-length set.
    ListObject* pool = py_list_from_iterable(vm, population);
    if (!pool) return Value::null();
    roots.add(Value::object(pool));
    for (int64_t i = 0; i < kk; ++i) {
      int64_t j = static_cast<int64_t>(randbelow_u64(self, static_cast<uint64_t>(n - i)));
      result->items[i] = pool->items[j];
      pool->items[j] = pool->items[n - i - 1];
    }
  } else {
    std::unordered_set<int64_t> selected;
    for (int64_t i = 0; i < kk; ++i) {
      int64_t j = static_cast<int64_t>(randbelow_u64(self, static_cast<uint64_t>(n)));
      while (selected.count(j)) j = static_cast<int64_t>(randbelow_u64(self, n));
      selected.insert(j);
      Value item = py_getitem(vm, population, vm.new_int(j));
      if (item.is_null()) return Value::null();
      result->items[i] = item;
    }
  }
  return result_v;
}

Value gammavariate_impl(VM& vm, RandomObject* self, Value alpha_v, Value beta_v) {
  int bad = compare(vm, alpha_v, fdouble(0.0), CompareOp::Le);
  if (bad == 0) bad = compare(vm, beta_v, fdouble(0.0), CompareOp::Le);
  if (bad < 0) return Value::null();
  if (bad) return vm.raise(vm.exc.ValueError, "gammavariate: alpha and beta must be > 0.0");
  int gt1 = compare(vm, alpha_v, fdouble(1.0), CompareOp::Gt);
  if (gt1 < 0) return Value::null();
  double alpha;
  if (gt1) {
    // R.C.H. Cheng, "The generation of Gamma variables with non-integral shape parameters",
    // Applied Statistics, (1977), 26, No. 1, p71-74.
    if (!py_to_double(vm, alpha_v, alpha)) return Value::null();
    double ainv = std::sqrt(2.0 * alpha - 1.0);
    double bbb = alpha - kLog4;
    double ccc = alpha + ainv;
    for (;;) {
      double u1 = genrand_double(self);
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - genrand_double(self);
      double v = std::log(u1 / (1.0 - u1)) / ainv;
      double x = alpha * std::exp(v);
      double z = u1 * u1 * u2;
      double r = bbb + ccc * v - x;
      if (r + kSgMagicConst - 4.5 * z >= 0.0 || r >= std::log(z)) {
        return mul(vm, fdouble(x), beta_v);
      }
    }
  }
  int eq1 = compare(vm, alpha_v, fdouble(1.0), CompareOp::Eq);
  if (eq1 < 0) return Value::null();
  if (eq1) return mul(vm, fdouble(-std::log(1.0 - genrand_double(self))), beta_v);
  // alpha between 0 and 1 (exclusive): ALGORITHM GS of Statistical Computing, Kennedy & Gentle.
  if (!py_to_double(vm, alpha_v, alpha)) return Value::null();
  double x;
  for (;;) {
    double u = genrand_double(self);
    double b = (kE + alpha) / kE;
    double p = b * u;
    if (p <= 1.0) {
      x = std::pow(p, 1.0 / alpha);
    } else {
      x = -std::log((b - p) / alpha);
    }
    double u1 = genrand_double(self);
    if (p > 1.0) {
      if (u1 <= std::pow(x, alpha - 1.0)) break;
    } else if (u1 <= std::exp(-x)) {
      break;
    }
  }
  return mul(vm, fdouble(x), beta_v);
}

Value normalvariate_impl(VM& vm, RandomObject* self, Value mu, Value sigma) {
  // Kinderman and Monahan, "Computer generation of random variables using the ratio of
  // uniform deviates", ACM Trans Math Software, 3, (1977), pp257-260.
  double z;
  for (;;) {
    double u1 = genrand_double(self);
    double u2 = 1.0 - genrand_double(self);
    z = kNvMagicConst * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  Value t = mul(vm, fdouble(z), sigma);
  return t.is_null() ? t : add(vm, mu, t);
}

// --- Methods ---

Value random_new(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  // random.Random.__new__ accepts and ignores the constructor's arguments (__init__ seeds).
  if (nargs < 1 || !is_type(args[0])) {
    return vm.raise(vm.exc.TypeError, "Random.__new__(X): X is not a type object");
  }
  Value own_new = type_lookup(as_type(args[0]), vm.names.__new__);
  if (!is_native_function(own_new) || as_native(own_new)->fn != random_new) {
    return vm.raise_fmt(vm.exc.TypeError, "Random.__new__({}): {} is not a subtype of Random",
                        as_type(args[0])->name->view(), as_type(args[0])->name->view());
  }
  auto* r = vm.make<RandomObject>(as_type(args[0]));
  if (!r) return Value::null();
  seed_from_os(r);
  return Value::object(r);
}

Value random_init(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.__init__", {"x"}, 0, 1};
  Value a[1];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  RandomObject* self = self_of(args);
  if (!self->system && !seed_impl(vm, self, a[0], Value::small_int(2))) return Value::null();
  self->gauss_next = Value::none();
  return Value::none();
}

Value random_seed(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.seed", {"a", "version"}, 0, 2};
  Value a[2];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  if (!seed_impl(vm, self_of(args), a[0], default_to(a[1], Value::small_int(2)))) {
    return Value::null();
  }
  return Value::none();
}

Value random_random(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) {
    return vm.raise(vm.exc.TypeError, "Random.random() takes no keyword arguments");
  }
  if (nargs != 1) {
    return vm.raise_fmt(vm.exc.TypeError, "Random.random() takes no arguments ({} given)",
                        nargs - 1);
  }
  return fdouble(genrand_double(self_of(args)));
}

Value random_getrandbits(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) {
    return vm.raise(vm.exc.TypeError, "Random.getrandbits() takes no keyword arguments");
  }
  if (nargs != 2) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "Random.getrandbits() takes exactly one argument ({} given)", nargs - 1);
  }
  Value kv = py_index(vm, args[1]);
  if (kv.is_null()) return kv;
  int64_t k;
  if (!int_like_to_int64(kv, k) || k > INT32_MAX || k < INT32_MIN) {
    return vm.raise(vm.exc.OverflowError, "Python int too large to convert to C int");
  }
  if (k < 0) return vm.raise(vm.exc.ValueError, "number of bits must be non-negative");
  RandomObject* self = self_of(args);
  if (k <= 32) return vm.new_int(static_cast<int64_t>(getrandbits_u64(self, static_cast<int>(k))));
  return vm.new_int(getrandbits_big(self, static_cast<uint64_t>(k)));
}

Value random_getstate(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.getstate", {}, 0, 0};
  if (!bind_method(vm, sig, args, nargs, kwnames, nullptr)) return Value::null();
  RandomObject* self = self_of(args);
  TupleObject* internal = vm.new_tuple(kN + 1);
  if (!internal) return Value::null();
  for (int i = 0; i < kN; ++i) internal->items()[i] = vm.new_int(int64_t{self->state[i]});
  internal->items()[kN] = vm.new_int(self->index);
  return vm.new_tuple(
      {Value::small_int(kRandomVersion), Value::object(internal), self->gauss_next});
}

Value random_setstate(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.setstate", {"state"}, 1, 1};
  Value a[1];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  RandomObject* self = self_of(args);
  Value state = a[0];
  Value version = py_getitem(vm, state, Value::small_int(0));
  if (version.is_null()) return version;
  int is3 = py_equal(vm, version, Value::small_int(3));
  if (is3 < 0) return Value::null();
  int is2 = 0;
  if (!is3) {
    is2 = py_equal(vm, version, Value::small_int(2));
    if (is2 < 0) return Value::null();
  }
  if (!is3 && !is2) {
    Value s = py_str(vm, version);
    if (s.is_null()) return s;
    return vm.raise_fmt(vm.exc.ValueError,
                        "state with version {} passed to Random.setstate() of version {}",
                        str_view(s), kRandomVersion);
  }
  Value parts[3];
  if (!unpack3(vm, state, parts)) return Value::null();
  self->gauss_next = parts[2];
  Value internal = parts[1];
  RootScope roots(vm);
  if (is2) {
    // Version 2 saved signed ints: tuple(x % 2**32 for x in internalstate), a ValueError
    // becoming a bare TypeError.
    ListObject* items = py_list_from_iterable(vm, internal);
    if (!items) return Value::null();
    roots.add(Value::object(items));
    TupleObject* t = vm.new_tuple(items->items.size());
    if (!t) return Value::null();
    roots.add(Value::object(t));
    Value modulus = vm.new_int(int64_t{1} << 32);
    for (size_t i = 0; i < items->items.size(); ++i) {
      Value m = py_binary_op(vm, items->items[i], modulus, int(BinOp::Mod));
      if (m.is_null()) {
        if (vm.error_matches(vm.exc.ValueError)) {
          vm.clear_error();
          return vm.raise_value(Value::object(vm.exc.TypeError));
        }
        return m;
      }
      t->items()[i] = m;
    }
    internal = Value::object(t);
  }
  if (!c_setstate(vm, self, internal)) return Value::null();
  return Value::none();
}

Value random_randbelow(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random._randbelow_with_getrandbits", {"n"}, 1, 1};
  Value a[1];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  if (!is_int_like(a[0])) {
    return vm.raise_fmt(vm.exc.AttributeError, "'{}' object has no attribute 'bit_length'",
                        vm.type_name(a[0]));
  }
  BigInt n = int_like_to_bigint(a[0]);
  RandomObject* self = self_of(args);
  // For n <= 0 no getrandbits(k) is below n: CPython loops forever; refuse instead.
  if (n.sign() <= 0) return vm.raise(vm.exc.ValueError, "_randbelow() needs a positive bound");
  return vm.new_int(randbelow_big(self, n));
}

Value random_randbytes(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.randbytes", {"n"}, 1, 1};
  Value a[1];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  Value bits = mul(vm, a[0], Value::small_int(8));
  if (bits.is_null()) return bits;
  Value getrandbits_args[2] = {args[0], bits};
  Value r = random_getrandbits(vm, getrandbits_args, 2, nullptr);
  if (r.is_null()) return r;
  int64_t n;
  if (!py_index_int64(vm, a[0], n)) return Value::null();
  std::vector<uint8_t> out;
  int_like_to_bigint(r).to_bytes(static_cast<size_t>(n), true, false, out);
  if (out.empty()) return vm.new_bytes("");  // VM::new_bytes memcpy()s from data()
  return vm.new_bytes(std::string_view(reinterpret_cast<const char*>(out.data()), out.size()));
}

Value random_randrange(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.randrange", {"start", "stop", "step"}, 1, 3};
  Value a[3];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  return randrange_impl(vm, self_of(args), a[0], a[1], a[2], true);
}

Value random_randint(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.randint", {"a", "b"}, 2, 2};
  Value a[2];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  Value stop = add(vm, a[1], Value::small_int(1));
  if (stop.is_null()) return stop;
  return randrange_impl(vm, self_of(args), a[0], stop, Value::null(), false);
}

Value random_choice(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.choice", {"seq"}, 1, 1};
  Value a[1];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  int64_t n;
  if (!py_len(vm, a[0], n)) return Value::null();
  if (n == 0) return vm.raise(vm.exc.IndexError, "Cannot choose from an empty sequence");
  return py_getitem(vm, a[0], randbelow_value(vm, self_of(args), n));
}

Value random_shuffle(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.shuffle", {"x"}, 1, 1};
  Value a[1];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  Value x = a[0];
  RandomObject* self = self_of(args);
  int64_t n;
  if (!py_len(vm, x, n)) return Value::null();
  bool plain_list = is_list(x) && vm.type_of(x) == vm.types.list;
  for (int64_t i = n - 1; i >= 1; --i) {
    int64_t j = static_cast<int64_t>(randbelow_u64(self, static_cast<uint64_t>(i + 1)));
    if (plain_list && static_cast<int64_t>(as_list(x)->items.size()) == n) {
      std::swap(as_list(x)->items[i], as_list(x)->items[j]);
      continue;
    }
    // x[i], x[j] = x[j], x[i]
    Value vi = Value::small_int(i), vj = Value::small_int(j);
    Value xj = py_getitem(vm, x, vj);
    if (xj.is_null()) return xj;
    Value xi = py_getitem(vm, x, vi);
    if (xi.is_null()) return xi;
    if (!py_setitem(vm, x, vi, xj) || !py_setitem(vm, x, vj, xi)) return Value::null();
  }
  return Value::none();
}

Value random_sample(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.sample", {"population", "k", "counts"}, 2, 2};
  Value a[3];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  return sample_impl(vm, self_of(args), a[0], a[1], a[2]);
}

Value random_choices(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{
      "Random.choices", {"population", "weights", "cum_weights", "k"}, 1, 2};
  Value a[4];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  RandomObject* self = self_of(args);
  Value population = a[0], weights = default_to(a[1], Value::none());
  Value cum_weights = default_to(a[2], Value::none()), k = default_to(a[3], Value::small_int(1));
  int64_t n;
  if (!py_len(vm, population, n)) return Value::null();
  RootScope roots(vm);
  int64_t count;
  if (cum_weights.is_none()) {
    if (weights.is_none()) {
      double nf = static_cast<double>(n);
      if (!repeat_count(vm, k, count)) return Value::null();
      ListObject* out = vm.new_list(static_cast<size_t>(count));
      if (!out) return Value::null();
      roots.add(Value::object(out));
      for (int64_t i = 0; i < count; ++i) {
        double f = std::floor(genrand_double(self) * nf);
        Value item = py_getitem(vm, population, vm.new_int(static_cast<int64_t>(f)));
        if (item.is_null()) return item;
        out->items.push_back(item);
      }
      return Value::object(out);
    }
    ListObject* cum = accumulate(vm, weights);
    if (!cum) {
      if (vm.error_matches(vm.exc.TypeError) && is_int_like(weights)) {
        vm.clear_error();
        Value r = py_repr(vm, weights);
        if (r.is_null()) return r;
        return vm.raise_fmt(vm.exc.TypeError,
                            "The number of choices must be a keyword argument: k={}", str_view(r));
      }
      return Value::null();
    }
    cum_weights = Value::object(cum);
    roots.add(cum_weights);
  } else if (!weights.is_none()) {
    return vm.raise(vm.exc.TypeError, "Cannot specify both weights and cumulative weights");
  }
  int64_t ncum;
  if (!py_len(vm, cum_weights, ncum)) return Value::null();
  if (ncum != n) {
    return vm.raise(vm.exc.ValueError, "The number of weights does not match the population");
  }
  Value last = py_getitem(vm, cum_weights, Value::small_int(-1));
  if (last.is_null()) return last;
  Value total = add(vm, last, fdouble(0.0));
  if (total.is_null()) return total;
  roots.add(total);
  int le = compare(vm, total, fdouble(0.0), CompareOp::Le);
  if (le < 0) return Value::null();
  if (le) return vm.raise(vm.exc.ValueError, "Total of weights must be greater than zero");
  double tf;
  if (!py_to_double(vm, total, tf)) return Value::null();
  if (!std::isfinite(tf)) return vm.raise(vm.exc.ValueError, "Total of weights must be finite");
  int64_t hi = n - 1;
  if (!repeat_count(vm, k, count)) return Value::null();
  ListObject* out = vm.new_list(static_cast<size_t>(count));
  if (!out) return Value::null();
  roots.add(Value::object(out));
  for (int64_t i = 0; i < count; ++i) {
    Value x = mul(vm, fdouble(genrand_double(self)), total);
    if (x.is_null()) return x;
    int64_t pos;
    if (!bisect_right(vm, cum_weights, x, 0, hi, pos)) return Value::null();
    Value item = py_getitem(vm, population, vm.new_int(pos));
    if (item.is_null()) return item;
    out->items.push_back(item);
  }
  return Value::object(out);
}

Value random_uniform(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.uniform", {"a", "b"}, 2, 2};
  Value a[2];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  Value width = sub(vm, a[1], a[0]);  // a + (b - a) * self.random()
  if (width.is_null()) return width;
  Value t = mul(vm, width, fdouble(genrand_double(self_of(args))));
  return t.is_null() ? t : add(vm, a[0], t);
}

Value random_triangular(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.triangular", {"low", "high", "mode"}, 0, 3};
  Value a[3];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  Value low = default_to(a[0], fdouble(0.0)), high = default_to(a[1], fdouble(1.0));
  Value mode = default_to(a[2], Value::none());
  Value u = fdouble(genrand_double(self_of(args)));
  Value c = fdouble(0.5);
  if (!mode.is_none()) {
    Value num = sub(vm, mode, low);
    Value den = num.is_null() ? num : sub(vm, high, low);
    c = den.is_null() ? den : truediv(vm, num, den);
    if (c.is_null()) {
      if (vm.error_matches(vm.exc.ZeroDivisionError)) {
        vm.clear_error();
        return low;
      }
      return c;
    }
  }
  int gt = compare(vm, u, c, CompareOp::Gt);
  if (gt < 0) return Value::null();
  if (gt) {
    u = fdouble(1.0 - u.as_double());
    c = sub(vm, fdouble(1.0), c);
    if (c.is_null()) return c;
    std::swap(low, high);
  }
  Value uc = mul(vm, u, c);
  if (uc.is_null()) return uc;
  double root;
  if (!math_sqrt(vm, uc, root)) return Value::null();
  Value width = sub(vm, high, low);
  Value t = width.is_null() ? width : mul(vm, width, fdouble(root));
  return t.is_null() ? t : add(vm, low, t);
}

Value random_normalvariate(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.normalvariate", {"mu", "sigma"}, 0, 2};
  Value a[2];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  return normalvariate_impl(vm, self_of(args), default_to(a[0], fdouble(0.0)),
                            default_to(a[1], fdouble(1.0)));
}

Value random_gauss(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.gauss", {"mu", "sigma"}, 0, 2};
  Value a[2];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  RandomObject* self = self_of(args);
  Value z = self->gauss_next;
  self->gauss_next = Value::none();
  if (z.is_none()) {
    double x2pi = genrand_double(self) * kTwoPi;
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - genrand_double(self)));
    z = fdouble(std::cos(x2pi) * g2rad);
    self->gauss_next = fdouble(std::sin(x2pi) * g2rad);
  }
  Value t = mul(vm, z, default_to(a[1], fdouble(1.0)));
  return t.is_null() ? t : add(vm, default_to(a[0], fdouble(0.0)), t);
}

Value random_lognormvariate(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.lognormvariate", {"mu", "sigma"}, 2, 2};
  Value a[2];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  Value r = normalvariate_impl(vm, self_of(args), a[0], a[1]);
  return r.is_null() ? r : math_exp(vm, r);
}

Value random_expovariate(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.expovariate", {"lambd"}, 1, 1};
  Value a[1];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  return truediv(vm, fdouble(-std::log(1.0 - genrand_double(self_of(args)))), a[0]);
}

Value random_vonmisesvariate(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.vonmisesvariate", {"mu", "kappa"}, 2, 2};
  Value a[2];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  RandomObject* self = self_of(args);
  Value mu = a[0], kappa = a[1];
  int tiny = compare(vm, kappa, fdouble(1e-6), CompareOp::Le);
  if (tiny < 0) return Value::null();
  if (tiny) return fdouble(kTwoPi * genrand_double(self));
  // Fisher, "Statistical Analysis of Circular Data", Cambridge University Press, 1993.
  Value s_v = truediv(vm, fdouble(0.5), kappa);
  if (s_v.is_null()) return s_v;
  double s;
  if (!py_to_double(vm, s_v, s)) return Value::null();
  double r = s + std::sqrt(1.0 + s * s);
  double z;
  for (;;) {
    double u1 = genrand_double(self);
    z = std::cos(kPi * u1);
    double d = z / (r + z);
    double u2 = genrand_double(self);
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d)) break;
  }
  double q = 1.0 / r;
  double f = (q + z) / (1.0 + q * z);
  double u3 = genrand_double(self);
  Value theta = u3 > 0.5 ? add(vm, mu, fdouble(std::acos(f))) : sub(vm, mu, fdouble(std::acos(f)));
  if (theta.is_null()) return theta;
  return py_binary_op(vm, theta, fdouble(kTwoPi), int(BinOp::Mod));
}

Value random_gammavariate(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.gammavariate", {"alpha", "beta"}, 2, 2};
  Value a[2];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  return gammavariate_impl(vm, self_of(args), a[0], a[1]);
}

Value random_betavariate(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.betavariate", {"alpha", "beta"}, 2, 2};
  Value a[2];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  RandomObject* self = self_of(args);
  Value y = gammavariate_impl(vm, self, a[0], fdouble(1.0));
  if (y.is_null()) return y;
  int truthy = py_truthy(vm, y);
  if (truthy < 0) return Value::null();
  if (!truthy) return fdouble(0.0);
  Value y2 = gammavariate_impl(vm, self, a[1], fdouble(1.0));
  Value den = y2.is_null() ? y2 : add(vm, y, y2);
  return den.is_null() ? den : truediv(vm, y, den);
}

Value random_paretovariate(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.paretovariate", {"alpha"}, 1, 1};
  Value a[1];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  double u = 1.0 - genrand_double(self_of(args));
  Value e = truediv(vm, fdouble(-1.0), a[0]);
  return e.is_null() ? e : py_binary_op(vm, fdouble(u), e, int(BinOp::Pow));
}

Value random_weibullvariate(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"Random.weibullvariate", {"alpha", "beta"}, 2, 2};
  Value a[2];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  double u = 1.0 - genrand_double(self_of(args));
  Value e = truediv(vm, fdouble(1.0), a[1]);
  if (e.is_null()) return e;
  Value p = py_binary_op(vm, fdouble(-std::log(u)), e, int(BinOp::Pow));
  return p.is_null() ? p : mul(vm, a[0], p);
}

// --- SystemRandom: the OS's entropy source, without state ---

Value system_new(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 1 || !is_type(args[0])) {
    return vm.raise(vm.exc.TypeError, "SystemRandom.__new__(X): X is not a type object");
  }
  Value own_new = type_lookup(as_type(args[0]), vm.names.__new__);
  if (!is_native_function(own_new) || as_native(own_new)->fn != system_new) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "SystemRandom.__new__({}): {} is not a subtype of SystemRandom",
                        as_type(args[0])->name->view(), as_type(args[0])->name->view());
  }
  auto* r = vm.make<RandomObject>(as_type(args[0]));
  if (!r) return Value::null();
  r->system = true;
  return Value::object(r);
}

Value system_seed(VM&, const Value*, size_t, TupleObject*) {
  return Value::none();
}

Value system_no_state(VM& vm, const Value*, size_t, TupleObject*) {
  return vm.raise(vm.exc.NotImplementedError, "System entropy source does not have state.");
}

Value system_random(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"SystemRandom.random", {}, 0, 0};
  if (!bind_method(vm, sig, args, nargs, kwnames, nullptr)) return Value::null();
  // (int.from_bytes(_urandom(7)) >> 3) * RECIP_BPF
  unsigned char b[7];
  os_random_bytes(b, sizeof b);
  uint64_t x = 0;
  for (unsigned char c : b) x = (x << 8) | c;
  return fdouble(static_cast<double>(x >> 3) * 0x1p-53);
}

// os.urandom(n)'s argument: an index, not negative.
bool urandom_size(VM& vm, Value n, int64_t& out) {
  if (!py_index_int64(vm, n, out)) return false;
  if (out < 0) {
    vm.raise(vm.exc.ValueError, "negative argument not allowed");
    return false;
  }
  return true;
}

Value system_getrandbits(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"SystemRandom.getrandbits", {"k"}, 1, 1};
  Value a[1];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  int neg = compare(vm, a[0], Value::small_int(0), CompareOp::Lt);
  if (neg < 0) return Value::null();
  if (neg) return vm.raise(vm.exc.ValueError, "number of bits must be non-negative");
  int64_t k;
  if (!urandom_size(vm, a[0], k)) return Value::null();
  size_t numbytes = static_cast<size_t>((k + 7) / 8);
  std::vector<uint8_t> bytes(numbytes);
  os_random_bytes(bytes.data(), numbytes);
  BigInt x = BigInt::from_bytes(bytes.data(), numbytes, false, false);
  return vm.new_int(BigInt::rshift(x, numbytes * 8 - static_cast<uint64_t>(k)));
}

Value system_randbytes(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const PySignature sig{"SystemRandom.randbytes", {"n"}, 1, 1};
  Value a[1];
  if (!bind_method(vm, sig, args, nargs, kwnames, a)) return Value::null();
  int64_t n;
  if (!urandom_size(vm, a[0], n)) return Value::null();
  std::string bytes(static_cast<size_t>(n), '\0');
  os_random_bytes(bytes.data(), bytes.size());
  return vm.new_bytes(bytes);
}

Value random_gauss_next_get(VM&, const Value* args, size_t, TupleObject*) {
  return self_of(args)->gauss_next;
}

Value random_gauss_next_set(VM&, const Value* args, size_t, TupleObject*) {
  self_of(args)->gauss_next = args[1];
  return Value::none();
}

// The names random.py exports as bound methods of its shared instance.
constexpr const char* kExported[] = {
    "seed",          "random",         "uniform",       "triangular",      "randint",
    "choice",        "randrange",      "sample",        "shuffle",         "choices",
    "normalvariate", "lognormvariate", "expovariate",   "vonmisesvariate", "gammavariate",
    "gauss",         "betavariate",    "paretovariate", "weibullvariate",  "getstate",
    "setstate",      "getrandbits",    "randbytes",
};

// random.__all__, in CPython's order.
constexpr const char* kAll[] = {
    "Random",         "SystemRandom", "betavariate",    "choice",
    "choices",        "expovariate",  "gammavariate",   "gauss",
    "getrandbits",    "getstate",     "lognormvariate", "normalvariate",
    "paretovariate",  "randbytes",    "randint",        "random",
    "randrange",      "sample",       "seed",           "setstate",
    "shuffle",        "triangular",   "uniform",        "vonmisesvariate",
    "weibullvariate",
};

}  // namespace

Value random_module_init(VM& vm) {
  ModuleObject* m = vm.new_module("random");
  if (!m) return Value::null();
  DictObject* d = m->dict;
  TypeObject* t = vm.new_builtin_type("Random", nullptr, ObjKind::Other);
  if (!t) return Value::null();
  t->is_basetype = false;  // Python subclasses would need an instance dict
  vm.add_attr(t, "__module__", vm.intern_value("random"));
  vm.add_attr(t, "VERSION", Value::small_int(kRandomVersion));
  vm.add_methods(t, {
                        {"__new__", random_new, MethodDef::kStatic},
                        {"__init__", random_init},
                        {"seed", random_seed},
                        {"random", random_random},
                        {"getrandbits", random_getrandbits},
                        {"getstate", random_getstate},
                        {"setstate", random_setstate},
                        {"_randbelow", random_randbelow},
                        {"_randbelow_with_getrandbits", random_randbelow},
                        {"randbytes", random_randbytes},
                        {"randrange", random_randrange},
                        {"randint", random_randint},
                        {"choice", random_choice},
                        {"shuffle", random_shuffle},
                        {"sample", random_sample},
                        {"choices", random_choices},
                        {"uniform", random_uniform},
                        {"triangular", random_triangular},
                        {"normalvariate", random_normalvariate},
                        {"gauss", random_gauss},
                        {"lognormvariate", random_lognormvariate},
                        {"expovariate", random_expovariate},
                        {"vonmisesvariate", random_vonmisesvariate},
                        {"gammavariate", random_gammavariate},
                        {"betavariate", random_betavariate},
                        {"paretovariate", random_paretovariate},
                        {"weibullvariate", random_weibullvariate},
                    });
  vm.add_property(t, "gauss_next", random_gauss_next_get, random_gauss_next_set);

  TypeObject* sys_t = vm.new_builtin_type("SystemRandom", t, ObjKind::Other);
  if (!sys_t) return Value::null();
  sys_t->is_basetype = false;
  vm.add_attr(sys_t, "__module__", vm.intern_value("random"));
  vm.add_methods(sys_t, {
                            {"__new__", system_new, MethodDef::kStatic},
                            {"seed", system_seed},
                            {"getstate", system_no_state},
                            {"setstate", system_no_state},
                            {"random", system_random},
                            {"getrandbits", system_getrandbits},
                            {"randbytes", system_randbytes},
                        });

  auto set = [&](const char* name, Value v) {
    return !v.is_null() && dict_set(vm, d, Value::object(vm.intern(name)), v);
  };
  auto* inst = vm.make<RandomObject>(t);
  if (!inst) return Value::null();
  seed_from_os(inst);
  Value inst_v = Value::object(inst);
  bool ok = set("Random", Value::object(t)) && set("SystemRandom", Value::object(sys_t)) &&
            set("_inst", inst_v) && set("NV_MAGICCONST", fdouble(kNvMagicConst)) &&
            set("TWOPI", fdouble(kTwoPi)) && set("LOG4", fdouble(kLog4)) &&
            set("SG_MAGICCONST", fdouble(kSgMagicConst)) && set("BPF", Value::small_int(53)) &&
            set("RECIP_BPF", fdouble(0x1p-53));
  if (!ok) return Value::null();
  for (const char* name : kExported) {
    if (!set(name, py_getattr(vm, inst_v, vm.intern(name)))) return Value::null();
  }
  ListObject* all = vm.new_list();
  if (!all || !set("__all__", Value::object(all))) return Value::null();
  for (const char* name : kAll) all->items.push_back(vm.intern_value(name));
  return Value::object(m);
}

}  // namespace krait
