// sys._getframe() and the frame objects it returns: a snapshot of a running frame (its code,
// line, globals, locals and the frames below it), taken when asked for. Krait's frames are not
// Python objects while they run; a snapshot serves the uses scripts have for them (the caller's
// module name, function and line, inspect.stack()), not later changes of the live frame.
#include "interpreter/eval.h"
#include "runtime/dict.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

struct FrameSnapshot : Object {
  explicit FrameSnapshot(TypeObject* t) : Object(t, ObjKind::Other) {}
  void trace(GcVisitor& v) const override {
    v.visit(type);
    v.visit(code);
    v.visit(globals);
    v.visit(locals);
    v.visit(back);
  }
  Value code = Value::none();
  Value globals = Value::none();
  Value locals = Value::none();
  Value back = Value::none();
  int lineno = 0;
};

FrameSnapshot* snapshot_of(Value v) {
  return is_kind(v, ObjKind::Other) ? dynamic_cast<FrameSnapshot*>(v.as_object()) : nullptr;
}

TypeObject* frame_type(VM& vm) {
  Value sys = dict_get_str(vm.modules(), vm.intern("sys"));
  if (!is_kind(sys, ObjKind::Module)) return nullptr;
  Value t =
      dict_get_str(static_cast<ModuleObject*>(sys.as_object())->dict, vm.intern("_frame_type"));
  return is_type(t) ? as_type(t) : nullptr;
}

// Snapshots of f and the frames below it, outermost last in the `back` chain.
Value snapshot(VM& vm, TypeObject* type, Frame* f) {
  std::vector<Frame*> chain;
  for (Frame* p = f; p; p = p->back) chain.push_back(p);
  Value back = Value::none();
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    Frame* p = *it;
    auto* s = vm.make<FrameSnapshot>(type);
    if (!s) return Value::null();
    vm.extra_roots().push_back(Value::object(s));
    s->back = back;
    s->code = Value::object(p->code);
    s->globals = p->globals ? Value::object(p->globals) : Value::none();
    s->lineno = frame_current_line(p);
    Value locals = frame_locals(vm, p);
    vm.extra_roots().pop_back();
    if (locals.is_null()) return locals;
    s->locals = locals;
    back = Value::object(s);
  }
  return back;
}

Value sys_getframe(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  int64_t depth = 0;
  if (nargs > 0 && !py_index_int64(vm, args[0], depth)) return Value::null();
  Frame* f = vm.current_frame();
  for (int64_t i = 0; i < depth && f; ++i) f = f->back;
  if (!f) return vm.raise(vm.exc.ValueError, "call stack is not deep enough");
  TypeObject* type = frame_type(vm);
  if (!type) return vm.raise(vm.exc.SystemError, "sys._frame_type missing");
  return snapshot(vm, type, f);
}

Value frame_code(VM&, const Value* args, size_t, TupleObject*) {
  return snapshot_of(args[0])->code;
}
Value frame_globals(VM&, const Value* args, size_t, TupleObject*) {
  return snapshot_of(args[0])->globals;
}
Value frame_locals_attr(VM&, const Value* args, size_t, TupleObject*) {
  return snapshot_of(args[0])->locals;
}
Value frame_back(VM&, const Value* args, size_t, TupleObject*) {
  return snapshot_of(args[0])->back;
}
Value frame_lineno(VM&, const Value* args, size_t, TupleObject*) {
  return Value::small_int(snapshot_of(args[0])->lineno);
}
Value frame_builtins(VM& vm, const Value* args, size_t, TupleObject*) {
  Value g = snapshot_of(args[0])->globals;
  if (!is_dict(g)) return Value::object(vm.builtins());
  Value b = dict_get_str(as_dict(g), vm.names.__builtins__);
  if (is_kind(b, ObjKind::Module))
    return Value::object(static_cast<ModuleObject*>(b.as_object())->dict);
  return is_dict(b) ? b : Value::object(vm.builtins());
}
Value frame_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  FrameSnapshot* s = snapshot_of(args[0]);
  auto* code = static_cast<CodeObject*>(s->code.as_object());
  return vm.new_str(fmt::format("<frame at {:#x}, file '{}', line {}, code {}>",
                                reinterpret_cast<uintptr_t>(s), code->filename->view(), s->lineno,
                                code->name->view()));
}

}  // namespace

void install_frame_snapshots(VM& vm, DictObject* sys_dict) {
  TypeObject* t = vm.new_builtin_type("frame", nullptr, ObjKind::Other);
  if (!t) return;
  t->is_basetype = false;
  vm.add_methods(t, {{"__repr__", frame_repr}});
  vm.add_property(t, "f_code", frame_code);
  vm.add_property(t, "f_globals", frame_globals);
  vm.add_property(t, "f_locals", frame_locals_attr);
  vm.add_property(t, "f_back", frame_back);
  vm.add_property(t, "f_lineno", frame_lineno);
  vm.add_property(t, "f_builtins", frame_builtins);
  dict_set_str(vm, sys_dict, vm.intern("_frame_type"), Value::object(t));
  add_function(vm, sys_dict, "_getframe", sys_getframe);
}

}  // namespace krait
