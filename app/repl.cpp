// The interactive prompt. One asyncio event loop lives as long as the session, as in
// `python -m asyncio`, but on the same thread: while the prompt waits for a key the loop runs
// (so tasks created at one prompt go on in the background), and an input using `await` becomes
// a task the prompt drives to completion. Ctrl-C interrupts that task (or the statement's own
// code) only; the loop and the other tasks survive.
#include "app/repl.h"

#include <fmt/format.h>
#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/completion.h"
#include "app/line_reader.h"
#include "app/sigint.h"
#include "interpreter/code_unit.h"
#include "interpreter/interactive_input.h"
#include "runtime/dict.h"
#include "runtime/event_loop.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/future.h"
#include "runtime/generator.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "stdlib/asyncio_host.h"

int exit_status_for(krait::VM& vm, krait::Value exc);  // main.cpp

using namespace krait;

namespace {

std::string history_path() {
  const char* home = std::getenv("HOME");
  if (!home || !*home) {
    passwd* pw = getpwuid(getuid());
    home = pw ? pw->pw_dir : nullptr;
  }
  return home ? std::string(home) + "/.krait_history" : std::string();
}

bool is_blank(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
}

// `return x`, `pass`, `break`, `continue`, `raise ...`: the last statement of its block.
bool ends_block(std::string_view stmt) {
  for (std::string_view kw : {"return", "pass", "break", "continue", "raise"}) {
    if (stmt.substr(0, kw.size()) == kw &&
        (stmt.size() == kw.size() || stmt[kw.size()] == ' ' || stmt[kw.size()] == '(')) {
      return true;
    }
  }
  return false;
}

// The indentation the next line starts with: the last line's, one level deeper after a ':'.
std::string next_indent(const std::vector<std::string>& lines) {
  if (lines.empty() || is_blank(lines.back())) return "";
  const std::string& last = lines.back();
  size_t lead = last.find_first_not_of(" \t");
  std::string indent = last.substr(0, lead);
  std::string_view code = last;
  size_t hash = code.find('#');  // rough: a '#' inside a string only costs the extra level
  if (hash != std::string_view::npos) code = code.substr(0, hash);
  while (!code.empty() && (code.back() == ' ' || code.back() == '\t')) code.remove_suffix(1);
  if (!code.empty() && code.back() == ':') {
    indent += "    ";
  } else if (ends_block(code.substr(std::min(lead, code.size()))) && indent.size() >= 4) {
    indent.resize(indent.size() - 4);  // nothing more can follow in this block
  }
  return indent;
}

class ReplSession;
ReplSession* g_session = nullptr;  // for the natives below (one prompt per process)

class ReplSession {
 public:
  ReplSession(VM& vm, DictObject* globals, const ReplOptions& options)
      : m_vm(vm), m_globals(globals), m_options(options) {}

  int run() {
    if (!start()) {
      report_error();
      restore();
      return m_exit_status.value_or(1);
    }
    if (m_options.banner) {
      m_vm.write_err(fmt::format(
          "Krait {} (Python 3.11 language, asyncio on a native event loop) on linux\n"
          "Top-level await works here; tasks() lists the running tasks. Ctrl-D or exit() "
          "leaves.\n",
          KRAIT_VERSION));
    }
    std::vector<std::string> lines;
    while (!m_exit_status) {
      std::string prompt = lines.empty() ? ">>> " : "... ";
      std::string indent = m_options.terminal ? next_indent(lines) : "";
      if (!indent.empty() && m_reader->input_pending()) indent.clear();  // a paste has its own
      std::string line;
      ReadResult r = m_reader->read_line(prompt, indent, line);
      if (r == ReadResult::Eof) {
        if (!m_exit_status) m_vm.write_out("\n");
        break;
      }
      if (r == ReadResult::Interrupted) {
        m_vm.write_err("KeyboardInterrupt\n");
        lines.clear();
        continue;
      }
      m_reader->add_history(line);
      lines.push_back(line);
      std::string source;
      for (const std::string& l : lines) source += l + "\n";
      InputStatus status = classify_interactive_input(source);
      if (status == InputStatus::Incomplete) continue;
      // A blank line inside a pasted function body does not end it when more of the body
      // follows (CPython 3.11 stops there and reports the rest as errors).
      if (status == InputStatus::Complete && lines.size() > 1 && is_blank(line) &&
          m_reader->next_line_indented()) {
        continue;
      }
      lines.clear();
      if (status == InputStatus::Empty) continue;
      if (is_exit_command(source)) break;
      execute(source);
    }
    finish();
    return m_exit_status.value_or(0);
  }

  // --- the natives' side ---

  // asyncio.run(main) at the prompt: main runs as a task of the session's loop.
  Value run_coroutine(Value coro) {
    Value task = host_create_task(m_vm, m_loop, coro);
    if (task.is_null()) return task;
    m_vm.extra_roots().push_back(task);
    drive(as_task(task));
    m_vm.extra_roots().pop_back();
    if (m_exit_status) {
      // A background task called sys.exit(): leave through the statement that is running.
      Value e = m_vm.new_exception_args(m_vm.exc.SystemExit, {Value::small_int(*m_exit_status)});
      m_exit_status.reset();
      return e.is_null() ? e : m_vm.raise_value(e);
    }
    return future_result(m_vm, as_task(task));
  }

  void print_tasks() {
    struct Row {
      std::string name, state, where;
    };
    std::vector<Row> rows;
    for (TaskObject* t : loop_tasks(m_vm, m_loop)) {
      if (t == m_statement_task) continue;  // the prompt's own
      Row row;
      Value name = task_get_name(m_vm, t);
      row.name = !name.is_null() && is_str(name) ? std::string(str_view(name)) : "?";
      m_vm.clear_error();
      row.state = task_state_name(t);
      TaskLocation at = task_location(m_vm, t);
      if (at.line > 0) {
        row.where = fmt::format("{}:{} in {}", at.filename, at.line, at.function);
        if (!at.awaiting.empty()) row.where += ", awaiting " + at.awaiting;
      } else {
        row.where = "not started";
      }
      rows.push_back(std::move(row));
    }
    if (rows.empty()) {
      m_vm.write_out("No tasks are running.\n");
      return;
    }
    size_t wname = 4, wstate = 5;
    for (const Row& r : rows) {
      wname = std::max(wname, r.name.size());
      wstate = std::max(wstate, r.state.size());
    }
    std::string out =
        fmt::format("{:<{}}  {:<{}}  {}\n", "Task", wname, "State", wstate, "Suspended at");
    for (const Row& r : rows) {
      out += fmt::format("{:<{}}  {:<{}}  {}\n", r.name, wname, r.state, wstate, r.where);
    }
    m_vm.write_out(out);
  }

 private:
  bool start() {
    g_session = this;
    // Output written while the user types (background tasks) first clears the edited line.
    m_saved_output = m_vm.output;
    auto out = m_vm.output.out;
    auto err = m_vm.output.err;
    m_vm.output.out = [this, out](std::string_view s) {
      if (m_reader) m_reader->before_output(s);
      if (out) out(s);
    };
    m_vm.output.err = [this, err](std::string_view s) {
      if (m_reader) m_reader->before_output(s);
      if (err) err(s);
    };
    m_vm.interrupt_filter = [this](VM&) { return interrupt_here(); };

    Value loop = host_new_event_loop(m_vm);
    if (loop.is_null()) return false;
    m_loop = as_event_loop(loop);
    m_vm.extra_roots().push_back(loop);
    m_vm.extra_roots().push_back(Value::object(m_globals));
    m_roots_pushed = 2;
    Value asyncio = m_vm.import_module("asyncio");
    if (asyncio.is_null()) return false;
    if (dict_get_str(m_globals, m_vm.intern("asyncio")).is_null() &&
        !dict_set(m_vm, m_globals, m_vm.intern_value("asyncio"), asyncio)) {
      return false;
    }
    NativeFunctionObject* host_run = m_vm.new_native("_host_run", &ReplSession::host_run_fn);
    if (!host_run ||
        !py_setattr(m_vm, asyncio, m_vm.intern("_host_run"), Value::object(host_run))) {
      return false;
    }
    NativeFunctionObject* tasks = m_vm.new_native("tasks", &ReplSession::tasks_fn);
    if (!tasks ||
        !dict_set(m_vm, m_vm.builtins(), m_vm.intern_value("tasks"), Value::object(tasks))) {
      return false;
    }

    ReaderHooks hooks;
    hooks.wait_time = [this] { return wait_time(); };
    hooks.run_pending = [this] { run_pending(); };
    hooks.stop_requested = [this] { return m_exit_status.has_value(); };
    hooks.complete = [this](const std::string& before, const std::string& word) {
      return complete_word(m_vm, m_globals, before, word);
    };
    if (m_options.terminal) m_reader = make_terminal_reader(hooks, history_path());
    if (!m_reader) m_reader = make_plain_reader(hooks);
    return true;
  }

  // Cancels what is left, as asyncio.run() does when its main coroutine returns.
  void finish() {
    m_vm.interrupt_filter = nullptr;
    Value asyncio = m_vm.import_module("asyncio");
    if (!asyncio.is_null() && !m_loop->closed) {
      Value cancel_all = py_getattr(m_vm, asyncio, m_vm.intern("_cancel_all_tasks"));
      if (!cancel_all.is_null()) m_vm.call(cancel_all, {Value::object(m_loop)});
      if (m_vm.has_error()) report_error();
      m_vm.call_method(Value::object(m_loop), m_vm.intern("close"), {});
      m_vm.clear_error();
    }
    restore();
  }

  // Gives the VM back as it was: the hooks set in start() refer to this session.
  void restore() {
    m_reader.reset();
    m_vm.output = m_saved_output;
    m_vm.interrupt_filter = nullptr;
    m_vm.extra_roots().resize(m_vm.extra_roots().size() - m_roots_pushed);
    m_roots_pushed = 0;
    g_session = nullptr;
  }

  // Bare `exit` or `quit` leaves too (CPython 3.13 does the same).
  bool is_exit_command(const std::string& source) {
    std::string s = source;
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    if (s != "exit" && s != "quit") return false;
    return dict_get_str(m_globals, m_vm.intern(s)).is_null();
  }

  // One complete input: compiled, run; with `await` in it, run as a task of the loop.
  void execute(const std::string& source) {
    m_vm.clear_interrupt();
    clear_sigint();
    std::string filename = fmt::format("<input-{}>", ++m_inputs);
    Value code = m_vm.compile_interactive(source, filename);
    if (code.is_null()) {
      report_error();
      return;
    }
    m_vm.extra_roots().push_back(code);
    {
      LoopRunningScope running(m_vm, m_loop);
      m_running_sync = true;
      Value r = m_vm.run_code(code, m_globals);
      m_running_sync = false;
      if (r.is_null()) {
        report_error();
      } else if (is_generator(r) && as_generator(r)->flavor == GeneratorObject::Flavor::Coroutine &&
                 as_generator(r)->code == code.as_object()) {
        Value task = host_create_task(m_vm, m_loop, r);
        if (task.is_null()) {
          report_error();
        } else {
          m_vm.extra_roots().push_back(task);
          drive(as_task(task));
          if (as_task(task)->state != FutureObject::State::Pending) {
            Value result = future_result(m_vm, as_task(task));
            if (result.is_null()) report_error();
          }
          m_vm.extra_roots().pop_back();
        }
      }
    }
    m_vm.extra_roots().pop_back();
    // A Ctrl-C the statement already took must not also clear the next prompt.
    clear_sigint();
    m_vm.clear_interrupt();
    std::fflush(stdout);
  }

  // Runs the loop until `task` is done. Ctrl-C throws KeyboardInterrupt into the task.
  void drive(TaskObject* task) {
    TaskObject* saved = m_statement_task;
    m_statement_task = task;
    while (task->state == FutureObject::State::Pending && !m_exit_status) {
      if (sigint_pending()) {
        clear_sigint();
        if (!task_interrupt(m_vm, task)) report_error();
      }
      m_in_loop_step = true;
      bool ok = m_loop->run_once(m_vm, 0.1);
      m_in_loop_step = false;
      if (!ok) {
        // KeyboardInterrupt/SystemExit out of a step: the statement's own ends it (it is its
        // task's exception); another task's is reported here.
        if (task->state != FutureObject::State::Pending && task->exception == m_vm.error()) {
          m_vm.clear_error();
          break;
        }
        report_error();
      }
    }
    m_statement_task = saved;
  }

  // Ctrl-C raises KeyboardInterrupt where the code runs only in the statement being run (its
  // own code or its task), never in a background task.
  bool interrupt_here() {
    if (m_statement_task && m_loop->current_task == Value::object(m_statement_task)) return true;
    return m_running_sync && !m_in_loop_step;
  }

  double wait_time() {
    if (m_loop->closed) return -1;
    if (!m_loop->ready.empty()) return 0;
    if (m_loop->timers.empty()) return -1;
    return std::max(0.0, m_loop->timers.front().when - m_loop->time(m_vm));
  }

  // The loop's turn while the prompt waits for a key.
  void run_pending() {
    if (m_loop->closed) return;
    LoopRunningScope running(m_vm, m_loop);
    m_in_loop_step = true;
    bool ok = m_loop->run_once(m_vm, 0);
    m_in_loop_step = false;
    if (!ok) report_error();
    std::fflush(stdout);
  }

  void report_error() {
    Value e = m_vm.take_error();
    if (e.is_null()) return;
    if (m_vm.isinstance(e, m_vm.exc.SystemExit)) {
      m_exit_status = exit_status_for(m_vm, e);
      return;
    }
    m_vm.print_exception(e);
  }

  static Value host_run_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
    if (nargs != 1 || kwnames) return vm.raise(vm.exc.TypeError, "_host_run(main)");
    Value main = args[0];
    Value asyncio = vm.import_module("asyncio");
    if (asyncio.is_null()) return asyncio;
    Value is_coro = vm.call_method(asyncio, vm.intern("iscoroutine"), {main});
    if (is_coro.is_null()) return is_coro;
    if (!is_coro.is_true()) {
      Value r = py_repr(vm, main);
      if (r.is_null()) return r;
      return vm.raise_fmt(vm.exc.ValueError, "a coroutine was expected, got {}", str_view(r));
    }
    if (!g_session) return vm.raise(vm.exc.RuntimeError, "no interactive session");
    return g_session->run_coroutine(main);
  }

  static Value tasks_fn(VM& vm, const Value*, size_t nargs, TupleObject* kwnames) {
    if (nargs != 0 || kwnames) return vm.raise(vm.exc.TypeError, "tasks() takes no arguments");
    if (!g_session) return vm.raise(vm.exc.RuntimeError, "no interactive session");
    g_session->print_tasks();
    return Value::none();
  }

  VM& m_vm;
  DictObject* m_globals;
  ReplOptions m_options;
  std::unique_ptr<LineReader> m_reader;
  OutputHooks m_saved_output;
  size_t m_roots_pushed = 0;
  EventLoopObject* m_loop = nullptr;
  TaskObject* m_statement_task = nullptr;  // the input being run as a task
  bool m_running_sync = false;             // an input's own code is running (not a task)
  bool m_in_loop_step = false;
  int m_inputs = 0;
  std::optional<int> m_exit_status;
};

}  // namespace

int run_repl(VM& vm, DictObject* globals, const ReplOptions& options) {
  ReplSession session(vm, globals, options);
  return session.run();
}
