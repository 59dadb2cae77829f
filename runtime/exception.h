// Exception instances and tracebacks.
//
// Every builtin exception type and every user subclass of BaseException shares this layout; the
// Python type is in `type`. A traceback is CPython's linked list of (code, instruction) entries,
// most recent last, appended to as the exception unwinds through frames.
#pragma once

#include "runtime/object.h"

namespace krait {

struct TupleObject;
struct DictObject;
struct CodeObject;

struct TracebackObject : Object {
  TracebackObject(TypeObject* t, CodeObject* c, uint32_t at, int line)
      : Object(t, ObjKind::Other), code(c), pc(at), lineno(line) {}
  void trace(GcVisitor& v) const override;

  TracebackObject* next = nullptr;
  CodeObject* code;
  uint32_t pc;  // instruction index, for the caret range
  int lineno;
};

struct ExceptionObject : Object {
  explicit ExceptionObject(TypeObject* t) : Object(t, ObjKind::Exception) {}
  void trace(GcVisitor& v) const override;

  TupleObject* args = nullptr;
  TracebackObject* traceback = nullptr;
  Value cause = Value::none();
  Value context = Value::none();
  bool suppress_context = false;
  DictObject* dict = nullptr;
  // For ExceptionGroup: `exceptions` tuple and `message`; for StopIteration: `value`; for
  // SystemExit: `code`; for KeyError and friends nothing extra. Kept here (not in `dict`) so
  // natives reach them without lookups.
  Value extra = Value::none();
  Value extra2 = Value::none();
};

inline bool is_exception(Value v) {
  return is_kind(v, ObjKind::Exception);
}
inline ExceptionObject* as_exception(Value v) {
  return static_cast<ExceptionObject*>(v.as_object());
}

}  // namespace krait
