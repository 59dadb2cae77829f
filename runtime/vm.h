// The VM: one Python world (heap, types, modules, the running frames), with no global state, so
// several can live in one process.
//
// This is the interface native code (runtime objects, stdlib modules) is written against:
// allocation helpers, the pending exception, calls back into Python, and the registry of builtin
// types. The dispatch loop itself lives in interpreter/ (interpreter/eval.cpp).
#pragma once

#include <fmt/format.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/bigint.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/object.h"
#include "runtime/value.h"

namespace krait {

struct StrObject;
struct TupleObject;
struct ListObject;
struct DictObject;
struct SetObject;
struct TypeObject;
struct ModuleObject;
struct ExceptionObject;
struct CodeUnit;
struct AsyncRuntime;

struct BuiltinTypes {
  TypeObject *type, *object, *none_type, *not_implemented_type, *ellipsis_type;
  TypeObject *bool_, *int_, *float_, *str, *bytes, *tuple, *list, *dict, *set, *frozenset;
  TypeObject *range, *slice, *function, *builtin_function, *method, *code, *cell, *module;
  TypeObject *generator, *coroutine, *async_generator, *property, *staticmethod, *classmethod;
  TypeObject *super, *traceback, *range_iterator, *list_iterator, *tuple_iterator, *str_iterator;
  TypeObject *seq_iterator, *callable_iterator, *dict_keys, *dict_values, *dict_items;
  TypeObject *dict_keyiterator, *dict_valueiterator, *dict_itemiterator, *set_iterator;
  TypeObject *bytes_iterator, *enumerate, *zip, *map, *filter, *reversed, *list_reverseiterator;
  TypeObject* coroutine_wrapper;
  TypeObject *bytearray, *bytearray_iterator;
  TypeObject* longrange_iterator;
  TypeObject* complex;
  TypeObject* member_descriptor;  // member_descriptor.cpp
  TypeObject *async_generator_asend, *async_generator_athrow,
      *anext_awaitable;  // async_generator.cpp
};

// Every builtin exception type, named as in Python.
#define KRAIT_EXCEPTION_TYPES(X)                                                   \
  X(BaseException, _root)                                                          \
  X(BaseExceptionGroup, BaseException)                                             \
  X(GeneratorExit, BaseException)                                                  \
  X(KeyboardInterrupt, BaseException)                                              \
  X(SystemExit, BaseException)                                                     \
  X(Exception, BaseException)                                                      \
  X(ArithmeticError, Exception)                                                    \
  X(FloatingPointError, ArithmeticError)                                           \
  X(OverflowError, ArithmeticError)                                                \
  X(ZeroDivisionError, ArithmeticError)                                            \
  X(AssertionError, Exception)                                                     \
  X(AttributeError, Exception)                                                     \
  X(BufferError, Exception)                                                        \
  X(EOFError, Exception)                                                           \
  X(ExceptionGroup, Exception) /* also a BaseExceptionGroup: see exceptions.cpp */ \
  X(ImportError, Exception)                                                        \
  X(ModuleNotFoundError, ImportError)                                              \
  X(LookupError, Exception)                                                        \
  X(IndexError, LookupError)                                                       \
  X(KeyError, LookupError)                                                         \
  X(MemoryError, Exception)                                                        \
  X(NameError, Exception)                                                          \
  X(UnboundLocalError, NameError)                                                  \
  X(OSError, Exception)                                                            \
  X(BlockingIOError, OSError)                                                      \
  X(ChildProcessError, OSError)                                                    \
  X(ConnectionError, OSError)                                                      \
  X(BrokenPipeError, ConnectionError)                                              \
  X(ConnectionAbortedError, ConnectionError)                                       \
  X(ConnectionRefusedError, ConnectionError)                                       \
  X(ConnectionResetError, ConnectionError)                                         \
  X(FileExistsError, OSError)                                                      \
  X(FileNotFoundError, OSError)                                                    \
  X(InterruptedError, OSError)                                                     \
  X(IsADirectoryError, OSError)                                                    \
  X(NotADirectoryError, OSError)                                                   \
  X(PermissionError, OSError)                                                      \
  X(ProcessLookupError, OSError)                                                   \
  X(TimeoutError, OSError)                                                         \
  X(ReferenceError, Exception)                                                     \
  X(RuntimeError, Exception)                                                       \
  X(NotImplementedError, RuntimeError)                                             \
  X(RecursionError, RuntimeError)                                                  \
  X(StopAsyncIteration, Exception)                                                 \
  X(StopIteration, Exception)                                                      \
  X(SyntaxError, Exception)                                                        \
  X(IndentationError, SyntaxError)                                                 \
  X(TabError, IndentationError)                                                    \
  X(SystemError, Exception)                                                        \
  X(TypeError, Exception)                                                          \
  X(ValueError, Exception)                                                         \
  X(UnicodeError, ValueError)                                                      \
  X(UnicodeDecodeError, UnicodeError)                                              \
  X(UnicodeEncodeError, UnicodeError)                                              \
  X(UnicodeTranslateError, UnicodeError)                                           \
  X(Warning, Exception)                                                            \
  X(BytesWarning, Warning)                                                         \
  X(DeprecationWarning, Warning)                                                   \
  X(EncodingWarning, Warning)                                                      \
  X(FutureWarning, Warning)                                                        \
  X(ImportWarning, Warning)                                                        \
  X(PendingDeprecationWarning, Warning)                                            \
  X(ResourceWarning, Warning)                                                      \
  X(RuntimeWarning, Warning)                                                       \
  X(SyntaxWarning, Warning)                                                        \
  X(UnicodeWarning, Warning)                                                       \
  X(UserWarning, Warning)

struct ExceptionTypes {
  TypeObject* _root = nullptr;  // the "base" of BaseException in the list: object
#define KRAIT_DECLARE_EXC(name, base) TypeObject* name = nullptr;
  KRAIT_EXCEPTION_TYPES(KRAIT_DECLARE_EXC)
#undef KRAIT_DECLARE_EXC
};

// A method of a builtin type, or a function of a native module.
struct MethodDef {
  enum Flags : uint8_t { kNone = 0, kStatic = 1, kClass = 2 };
  const char* name;
  NativeFn fn;
  uint8_t flags = kNone;
};

struct VMOptions {
  size_t memory_limit = 0;  // bytes; 0 = none
  int recursion_limit = 1000;
  bool virtual_time = false;
};

// Output hooks: print() and error reports go through these so a host can capture them.
struct OutputHooks {
  std::function<void(std::string_view)> out;    // sys.stdout
  std::function<void(std::string_view)> err;    // sys.stderr
  std::function<bool(std::string&)> read_line;  // input(); false at EOF
  std::function<void()> flush;                  // sys.stdout.flush()
};

// Returns the module, or Null with an exception pending.
using ModuleInit = std::function<Value(VM& vm)>;

struct WeakRefObject;

class VM {
 public:
  explicit VM(VMOptions options = {});
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  Heap& heap() { return m_heap; }
  BuiltinTypes types{};
  ExceptionTypes exc{};
  OutputHooks output;
  VMOptions options;

  // --- Allocation. Each returns Null / nullptr with MemoryError pending when over the limit. ---
  Value new_str(std::string_view utf8);         // `utf8` must be valid UTF-8
  Value new_str_ascii(std::string_view ascii);  // caller knows it is ASCII
  StrObject* intern(std::string_view utf8);     // never fails (names are small)
  Value intern_value(std::string_view utf8);
  Value new_int(int64_t i) {
    return Value::fits_small_int(i) ? Value::small_int(i) : new_bigint(BigInt(i));
  }
  Value new_int(BigInt b);  // normalises to a small int when it fits
  Value new_bigint(BigInt b);
  Value new_bytes(std::string_view data);
  TupleObject* new_tuple(size_t n);  // items are None
  Value new_tuple(std::initializer_list<Value> items);
  ListObject* new_list(size_t reserve = 0);
  DictObject* new_dict();
  SetObject* new_set(bool frozen = false);
  NativeFunctionObject* new_native(std::string_view name, NativeFn fn);
  ModuleObject* new_module(std::string_view name);
  // Any object: heap().make<T>(...) plus the MemoryError on failure.
  template <class T, class... Args>
  T* make(Args&&... args) {
    T* o = m_heap.make<T>(std::forward<Args>(args)...);
    if (!o) raise_memory_error();
    return o;
  }
  template <class T, class... Args>
  T* make_sized(size_t extra, Args&&... args) {
    T* o = m_heap.make_sized<T>(extra, std::forward<Args>(args)...);
    if (!o) raise_memory_error();
    return o;
  }

  // --- Types. ---
  // A builtin type with `base` (object when null) and instance layout `kind`.
  TypeObject* new_builtin_type(std::string_view name, TypeObject* base, ObjKind kind);
  void add_methods(TypeObject* type, std::initializer_list<MethodDef> methods);
  void add_attr(TypeObject* type, std::string_view name, Value v);  // also bumps the version
  // A read-only (setter null) or read-write attribute computed by natives: getter(self),
  // setter(self, value) (returning None or Null on error). Stored as a `property`.
  void add_property(TypeObject* type, std::string_view name, NativeFn getter,
                    NativeFn setter = nullptr);
  TypeObject* type_of(Value v) const;
  std::string_view type_name(Value v) const;                        // type(v).__name__
  bool is_subtype(const TypeObject* a, const TypeObject* b) const;  // issubclass, via the MRO
  bool isinstance(Value v, const TypeObject* t) const { return is_subtype(type_of(v), t); }

  // --- The pending exception (at most one). Functions that fail return Null/false/-1. ---
  Value raise(TypeObject* type, std::string_view msg);  // returns Null
  template <class... A>
  Value raise_fmt(TypeObject* type, fmt::format_string<A...> f, A&&... args) {
    return raise(type, fmt::format(f, std::forward<A>(args)...));
  }
  // Raises an exception instance, or a class (instantiated with no arguments). Returns Null.
  Value raise_value(Value exc);
  Value raise_memory_error();
  // StopIteration(value) without a traceback entry yet.
  Value raise_stop_iteration(Value value);
  bool has_error() const { return !m_error.is_null(); }
  Value error() const { return m_error; }
  Value take_error() {
    Value e = m_error;
    m_error = Value::null();
    return e;
  }
  void clear_error() { m_error = Value::null(); }
  void set_error(Value exc_instance) { m_error = exc_instance; }
  bool error_matches(const TypeObject* t) const;
  // A new exception instance (not raised); Null on failure.
  Value new_exception(TypeObject* type, std::string_view msg);
  Value new_exception_args(TypeObject* type, std::initializer_list<Value> args);

  // --- Calls back into Python (they may run the dispatch loop re-entrantly). ---
  Value call(Value callable, const Value* args, size_t nargs, TupleObject* kwnames = nullptr);
  Value call(Value callable, std::initializer_list<Value> args) {
    return call(callable, args.begin(), args.size());
  }
  // obj.name(*args), looking `name` up as a method.
  Value call_method(Value obj, StrObject* name, std::initializer_list<Value> args);

  // --- Modules. ---
  void register_builtin_module(std::string_view name, ModuleInit init);
  Value import_module(std::string_view name);  // Null with ImportError/ModuleNotFoundError
  std::vector<std::string> builtin_module_names() const;  // sorted
  DictObject* builtins() { return m_builtins; }
  void set_builtins(DictObject* d) { m_builtins = d; }
  DictObject* modules() { return m_modules; }  // sys.modules

  // --- Running code. ---
  // Compiles and runs `source` as the module `__main__` (or `module_name`) with these globals.
  // Returns the result (None for exec) or Null with the exception pending.
  Value exec_source(std::string_view source, std::string_view filename, DictObject* globals,
                    DictObject* locals = nullptr);
  Value eval_source(std::string_view source, std::string_view filename, DictObject* globals,
                    DictObject* locals = nullptr);
  // Runs a module of the standard library written in Python: like exec_source, but its frames
  // stay out of tracebacks and warnings.
  Value exec_stdlib_source(std::string_view source, std::string_view filename, DictObject* globals);
  // A SyntaxError instance from the compiler's error info is raised by these.

  // Compiles one input of an interactive session: CompileMode::Single (expression statements
  // print their value through sys.displayhook) with top-level `await` allowed. Returns the code
  // object, or Null with SyntaxError pending. `filename` names the input in tracebacks, which
  // show its lines.
  Value compile_interactive(std::string_view source, std::string_view filename);
  // Runs a code object at module level in `globals`. Code that uses top-level await is not run:
  // the result is a coroutine, to await or run as a task.
  Value run_code(Value code, DictObject* globals);

  // Formats an exception with its traceback exactly as CPython's default excepthook does.
  std::string format_exception(Value exc);
  // The same as Lib/traceback.py formats it (what logging and asyncio's reports print).
  std::string format_exception_for_logging(Value exc);
  // Writes format_exception to the error hook.
  void print_exception(Value exc);
  void write_out(std::string_view s) {
    if (output.out) output.out(s);
  }
  void write_err(std::string_view s) {
    if (output.err) output.err(s);
  }

  // Guards reprs of self-containing containers (CPython's Py_ReprEnter): returns false when `o`
  // is already being repr'd, in which case the caller prints "[...]" / "{...}".
  bool repr_enter(const Object* o);
  void repr_leave(const Object* o);

  // --- Common constants. ---
  Value not_implemented() const { return m_not_implemented; }
  Value ellipsis() const { return m_ellipsis; }
  TupleObject* empty_tuple() const { return m_empty_tuple; }
  // Interned names the runtime looks up often: vm.names.__init__ etc.
  struct Names {
#define KRAIT_NAMES(X)                                                                             \
  X(__init__)                                                                                      \
  X(__new__)                                                                                       \
  X(__call__)                                                                                      \
  X(__repr__)                                                                                      \
  X(__str__)                                                                                       \
  X(__hash__) X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) X(__bool__) X(__len__)   \
      X(__iter__) X(__next__) X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__)         \
          X(__getattr__) X(__getattribute__) X(__setattr__) X(__delattr__) X(__get__) X(__set__)   \
              X(__delete__) X(__enter__) X(__exit__) X(__index__) X(__int__) X(__float__)          \
                  X(__format__) X(__missing__) X(__name__) X(__qualname__) X(__module__)           \
                      X(__doc__) X(__dict__) X(__class__) X(__file__) X(__builtins__) X(__main__)  \
                          X(__annotations__) X(__classcell__) X(__init_subclass__) X(__set_name__) \
                              X(__mro_entries__) X(__prepare__) X(__await__) X(__aiter__)          \
                                  X(__anext__) X(__aenter__) X(__aexit__) X(__neg__) X(__pos__)    \
                                      X(__abs__) X(__invert__) X(__round__) X(__reversed__)        \
                                          X(__class_getitem__) X(__instancecheck__)                \
                                              X(__subclasscheck__) X(__slots__) X(__weakref__)     \
                                                  X(__spec__) X(__loader__) X(__package__) X(keys) \
                                                      X(items) X(values) X(append) X(extend)       \
                                                          X(write) X(flush) X(args) X(metaclass)
#define KRAIT_DECLARE_NAME(n) StrObject* n = nullptr;
    KRAIT_NAMES(KRAIT_DECLARE_NAME)
#undef KRAIT_DECLARE_NAME
    StrObject* send = nullptr;
    StrObject* throw_ = nullptr;  // "throw"
    StrObject* close = nullptr;
    // __add__/__radd__/__iadd__ and the other binary operators' names, indexed [variant][op]
    // as binop_name() takes them.
    StrObject* binops[3][13] = {};
  } names;

  // Where the last code-point index into a long non-ASCII str was found (str_index_offset):
  // s[i] in a loop then walks from there instead of from an end, which is linear over the
  // loop instead of quadratic. Cleared by every collection, the only time a str can die.
  struct StrOffsetCache {
    const StrObject* str = nullptr;
    size_t index = 0;
    size_t byte = 0;
  } str_offset_cache;

  // --- Internals shared with the interpreter. ---
  struct Internals;
  Internals& internals() {
    return *m_internals;
  }
  // Frames of the running Python code (innermost last in the `back` chain).
  Frame* current_frame() const {
    return m_frame;
  }
  void set_current_frame(Frame* f) {
    m_frame = f;
  }
  FrameStack& frame_stack() {
    return m_frames;
  }
  // The exception being handled (sys.exc_info()), for implicit chaining and bare `raise`.
  Value handled_exception() const {
    return m_handled;
  }
  void set_handled_exception(Value v) {
    m_handled = v;
  }
  int depth() const {
    return m_depth;
  }
  int& depth_ref() {
    return m_depth;
  }
  int native_depth() const {
    return m_native_depth;
  }
  int& native_depth_ref() {
    return m_native_depth;
  }
  // Collects if the heap asks for it and no native code holds unrooted Values.
  void maybe_collect();

  // --- Interrupts (Ctrl-C, or a host stopping a script). ---
  // Safe to call from a signal handler or another thread: the running Python code raises
  // KeyboardInterrupt at its next safepoint (a backward jump, a call, between event-loop
  // callbacks, an interruptible wait such as time.sleep).
  void request_interrupt() {
    m_interrupt_requested.store(true, std::memory_order_relaxed);
    m_heap.request_attention();
  }
  bool interrupt_requested() const {
    return m_interrupt_requested.load(std::memory_order_relaxed);
  }
  // Forgets a request nobody took (before the host runs something new).
  void clear_interrupt() {
    m_interrupt_requested.store(false, std::memory_order_relaxed);
    m_heap.take_attention();
  }
  // Asked when a safepoint finds an interrupt: true raises KeyboardInterrupt there, false
  // drops the request (a host that delivers it its own way, such as the REPL sending it to the
  // statement it is running rather than to a background task). Unset: always raise.
  std::function<bool(VM&)> interrupt_filter;
  // What a safepoint does once heap().should_collect() is true: raises a requested interrupt
  // (false, with KeyboardInterrupt pending) and collects when a collection is due and no native
  // code holds unrooted Values.
  bool safepoint();
  // The interrupt half of safepoint(), for waits that a signal cut short.
  bool check_interrupt();
  void collect_garbage();
  // Host- or native-held Values the collector must keep (LIFO; see RootScope).
  std::vector<Value>& extra_roots() {
    return m_extra_roots;
  }
  // Asks the collector to run o->finalize() if it finds `o` unreachable (see Object).
  void register_finalizer(Object* o) {
    if (o->gc_has_finalizer) return;
    o->gc_has_finalizer = true;
    m_heap.add_finalizable(o);
  }
  // Runs the finalizers the last collection queued (at a safepoint: they may run Python).
  void run_pending_finalizers();
  // Weak references: a registered reference is cleared when the collector frees its referent,
  // and its callback runs after that collection.
  void register_weakref(WeakRefObject* r) {
    m_weakrefs.push_back(r);
  }
  const std::vector<WeakRefObject*>& weakrefs() const {
    return m_weakrefs;
  }
  // Reports an exception raised where nobody can catch it (a finalizer, a callback): CPython's
  // "Exception ignored in: <obj>" and the traceback on stderr. Clears the pending exception.
  void write_unraisable(Value obj, std::string_view prefix = "Exception ignored in");
  // A RuntimeWarning-style warning, "file:line: Category: message" and the source line, at the
  // innermost Python frame, printed once per location as the default warnings filter does.
  // With a filename, the warning is reported at that file and line instead.
  void warn(TypeObject* category, std::string_view message, std::string_view filename = {},
            int line = 0);

  // The clock of the event loop and the time module: CLOCK_MONOTONIC, or under virtual time
  // (VMOptions::virtual_time) a clock that only moves when the event loop jumps it to its next
  // timer or time.sleep() is called, so runs are deterministic and sleeping costs nothing.
  double monotonic();
  // time.time(): the wall clock; under virtual time, the wall clock at start plus the virtual
  // time elapsed.
  double wall_time();
  // Under virtual time, moves the clock forward (never back); otherwise does nothing.
  void advance_virtual_clock(double to);

  // asyncio's per-VM state; created by the asyncio module.
  AsyncRuntime* async_runtime() {
    return m_async.get();
  }
  AsyncRuntime& ensure_async_runtime();

 private:
  void init_core_types();
  void trace_roots(GcVisitor& v);

  Heap m_heap;
  FrameStack m_frames;
  std::unique_ptr<Internals> m_internals;
  std::unordered_map<std::string_view, StrObject*> m_interned;
  // "" and the ASCII characters: the interned strings asked for most (indexing, iterating
  // and splitting text), found without hashing. Index 128 is "".
  StrObject* m_small_strs[129] = {};
  std::unordered_map<std::string, ModuleInit> m_module_inits;
  DictObject* m_builtins = nullptr;
  DictObject* m_modules = nullptr;
  TupleObject* m_empty_tuple = nullptr;
  Value m_not_implemented, m_ellipsis;
  Value m_error = Value::null();
  Value m_handled = Value::none();
  Frame* m_frame = nullptr;
  int m_depth = 0;
  int m_native_depth = 0;
  std::atomic<bool> m_interrupt_requested{false};
  std::vector<Value> m_extra_roots;
  std::vector<Object*> m_pending_finalize;          // strong until run
  std::vector<WeakRefObject*> m_weakrefs;           // live references with a live referent
  std::vector<WeakRefObject*> m_weakref_callbacks;  // cleared references whose callback is due
  void clear_dead_weakrefs();
  void run_weakref_callbacks();
  bool m_running_finalizers = false;
  std::unique_ptr<AsyncRuntime> m_async;
  std::vector<std::string> m_warned;
  double m_virtual_now = 0;        // virtual time: the monotonic clock
  double m_virtual_wall_base = 0;  // virtual time: wall clock minus monotonic clock at start  //
                                   // "file:line:message" already printed
  std::vector<const Object*> m_repr_stack;
};

// Keeps Values alive across calls that may collect (e.g. a native building a list while calling
// a Python key function).
class RootScope {
 public:
  explicit RootScope(VM& vm) : m_roots(vm.extra_roots()), m_mark(m_roots.size()) {}
  ~RootScope() { m_roots.resize(m_mark); }
  RootScope(const RootScope&) = delete;
  RootScope& operator=(const RootScope&) = delete;
  Value add(Value v) {
    m_roots.push_back(v);
    return v;
  }

 private:
  std::vector<Value>& m_roots;
  size_t m_mark;
};

}  // namespace krait
