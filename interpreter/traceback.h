// traceback.h — printing exceptions as CPython 3.11 does.
//
// Two renderers, as in CPython: the default sys.excepthook's (C code; traceback.cpp), which
// VM::format_exception / VM::print_exception (runtime/vm.h) use for uncaught exceptions, and
// Lib/traceback.py's (traceback_module.cpp) for traceback.print_exc(), logging and asyncio's
// reports. The helpers below are exported for the places that show tracebacks or source lines
// (a `traceback` module, the REPL, asyncio, warnings). All of them may run Python code (__str__,
// __repr__, dir()); none runs the collector, and a pending exception is left as it was.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/value.h"

namespace krait {

class VM;
struct TracebackObject;

// Line `lineno` (1-based) of the source of `filename`, without its line break, as the
// traceback printer reads it (Python/traceback.c display_source_line_with_margin): never for
// names like "<string>" or "<stdin>"; otherwise from the VM's source map
// (VM::Internals::sources), else from the file on disk (cached in that map), else from the file
// of the same name in a directory of sys.path. nullopt when there is no such line.
std::optional<std::string> traceback_source_line(VM& vm, std::string_view filename, int lineno);

// "Traceback (most recent call last):\n" and the entries of `tb` (outermost first), with source
// lines, carets and "[Previous line repeated N more times]", honouring sys.tracebacklimit: what
// CPython's PyTraceBack_Print writes. Empty when `tb` is null or the limit is <= 0.
std::string format_traceback(VM& vm, TracebackObject* tb);

// The last lines of a report without the traceback or the chained exceptions: the
// SyntaxError location block, "Type: message", the "Did you mean" suggestion and __notes__.
std::string format_exception_only(VM& vm, Value exc);

// Lib/traceback.py's rendering, which is not the excepthook's: it is what
// traceback.print_exc()/format_exception(), logging's exc_info and asyncio's error reports
// print. It differs in details: no "Did you mean", source lines stripped at both ends,
// sys.tracebacklimit counting from the outermost entry, the group margin on every line, its own
// SyntaxError block and caret arithmetic.
struct TracebackModuleOptions {
  std::optional<int64_t> limit;  // the `limit` argument; nullopt reads sys.tracebacklimit
  bool chain = true;  // follow __cause__ / __context__
  bool compact = true;  // as print_exception/format_exception (TracebackException compact=)
  // The traceback shown for the exception itself (print_exception's `tb`); by default its
  // __traceback__.
  std::optional<TracebackObject*> traceback;
};
// "".join(traceback.format_exception(exc, limit=..., chain=...)). `exc` is an exception or None
// ("NoneType: None", as print_exc() outside a handler); the caller rejects other values as
// traceback.py's _parse_value_tb does.
std::string format_exception_tbmodule(VM& vm, Value exc,
                                      const TracebackModuleOptions& options = {});
// "".join(traceback.format_exception_only(exc))
std::string format_exception_only_tbmodule(VM& vm, Value exc);
// "".join(traceback.format_tb(tb, limit)): the entries, without the header.
std::string format_tb_tbmodule(VM& vm, TracebackObject* tb, std::optional<int64_t> limit = {});

// CPython 3.11's _Py_Offer_Suggestions: the closest name for an AttributeError (from dir(obj))
// or a NameError (from the failing code's locals, its module's globals, the builtins), or an
// empty string. Only for exact AttributeError / NameError instances, as CPython.
std::string offer_suggestion(VM& vm, Value exc);

}  // namespace krait
