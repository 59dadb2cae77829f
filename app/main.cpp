// The `krait` command: runs a script, `-c` code or stdin like `python3`, with CPython's exit
// statuses and messages.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "app/repl.h"
#include "app/sigint.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/int_object.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/vm.h"
#include "stdlib/stdlib.h"

namespace {

// run_krait's status for "ended by an uncaught KeyboardInterrupt".
constexpr int kExitBySigint = -2;

constexpr const char* kUsage =
    "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal\n"
    "-V     : print the Krait version number and exit (also --version)\n"
    "--virtual-time : run the event loop on virtual time (sleep costs nothing)\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

std::string absolute_path(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) return path;
  std::string dir = buf;
  std::string p = path;
  while (p.rfind("./", 0) == 0) p = p.substr(2);
  return dir + "/" + p;
}

bool file_exists(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return static_cast<bool>(f);
}

// `-m name`: the module's file under `dir` (name.py, or name/__main__.py for a package), as
// CPython's runpy finds it; empty when there is none. `is_package` tells which.
std::string find_module_file(const std::string& dir, const std::string& name, bool& is_package) {
  std::string rel = name;
  for (char& c : rel)
    if (c == '.') c = '/';
  std::string base = dir + "/" + rel;
  is_package = false;
  if (file_exists(base + "/__init__.py")) {
    is_package = true;
    return file_exists(base + "/__main__.py") ? base + "/__main__.py" : std::string();
  }
  return file_exists(base + ".py") ? base + ".py" : std::string();
}

bool read_all(std::istream& in, std::string& out) {
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace

// SystemExit's code as CPython's handle_system_exit: None -> 0, int -> itself, else print it.
int exit_status_for(krait::VM& vm, krait::Value exc) {
  using namespace krait;
  ExceptionObject* e = as_exception(exc);
  Value code = Value::none();
  if (e->args && e->args->size == 1) code = e->args->items()[0];
  if (e->args && e->args->size > 1) code = Value::object(e->args);
  if (code.is_none()) return 0;
  if (code.is_small_int()) return static_cast<int>(code.as_small_int() & 0xff);
  if (code.is_bool()) return code.is_true() ? 1 : 0;
  Value s = py_str(vm, code);
  if (!s.is_null()) {
    vm.write_err(str_view(s));
    vm.write_err("\n");
  } else {
    vm.clear_error();
  }
  return 1;
}

int run_krait(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string code_arg;
  std::string script;
  std::string module_arg;
  bool have_code = false, have_script = false, from_stdin = false, virtual_time = false;
  bool have_module = false;
  bool inspect = false;
  size_t i = 0;
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-c") {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "Argument expected for the -c option\n%s", kUsage);
        return 2;
      }
      code_arg = args[i + 1];
      have_code = true;
      i += 2;
      break;
    }
    if (a == "-m") {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "Argument expected for the -m option\n%s", kUsage);
        return 2;
      }
      module_arg = args[i + 1];
      have_module = true;
      i += 2;
      break;
    }
    if (a == "-V" || a == "--version") {
      std::printf("Krait %s\n", KRAIT_VERSION);
      return 0;
    }
    if (a == "-h" || a == "-?" || a == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (a == "--virtual-time") {
      virtual_time = true;
      continue;
    }
    if (a == "-i") {
      inspect = true;
      continue;
    }
    if (a == "-u" || a == "-B" || a == "-S" || a == "-E" || a == "-s") continue;
    if (a == "-") {
      from_stdin = true;
      ++i;
      break;
    }
    if (a.size() > 1 && a[0] == '-') {
      std::fprintf(stderr, "Unknown option: %s\n%s", a.c_str(), kUsage);
      return 2;
    }
    script = a;
    have_script = true;
    ++i;
    break;
  }
  std::vector<std::string> rest(args.begin() + static_cast<ptrdiff_t>(std::min(i, args.size())),
                                args.end());

  std::string source;
  std::string filename;
  std::vector<std::string> sys_argv;
  bool stdlib_module = false;  // -m of a stdlib module: runs with its frames hidden
  char cwd_buf[PATH_MAX];
  std::string cwd = getcwd(cwd_buf, sizeof cwd_buf) ? cwd_buf : ".";
  if (have_module && module_arg == "asyncio") {
    // `python -m asyncio` is CPython's REPL with top-level await: Krait's prompt is that.
    have_module = false;
    inspect = true;
    sys_argv.push_back("");
  } else if (have_module) {
    // As CPython: sys.path[0] is the current directory, sys.argv[0] the module's file.
    bool is_package = false;
    std::string path = find_module_file(cwd, module_arg, is_package);
    if (!path.empty()) {
      std::ifstream in(path, std::ios::binary);
      read_all(in, source);
      filename = path;
      sys_argv.push_back(path);
    } else if (const char* src = krait::stdlib_module_source(module_arg)) {
      source = src;
      filename = "<frozen " + module_arg + ">";
      sys_argv.push_back(module_arg);
      stdlib_module = true;
    } else if (is_package) {
      std::fprintf(stderr,
                   "krait: No module named %s.__main__; '%s' is a package and cannot be directly "
                   "executed\n",
                   module_arg.c_str(), module_arg.c_str());
      return 1;
    } else {
      std::fprintf(stderr, "krait: No module named %s\n", module_arg.c_str());
      return 1;
    }
  } else if (have_code) {
    source = code_arg;
    filename = "<string>";
    sys_argv.push_back("-c");
  } else if (have_script) {
    std::ifstream in(script, std::ios::binary);
    std::string abs = absolute_path(script);
    if (!in) {
      std::fprintf(stderr, "krait: can't open file '%s': [Errno %d] %s\n", abs.c_str(), errno,
                   std::strerror(errno));
      return 2;
    }
    read_all(in, source);
    filename = abs;
    sys_argv.push_back(script);
  } else if (!from_stdin && (inspect || isatty(0))) {
    // No script: the interactive prompt.
    inspect = true;
    sys_argv.push_back("");
  } else {
    read_all(std::cin, source);
    filename = "<stdin>";
    sys_argv.push_back(from_stdin ? "-" : "");
  }
  bool run_program = have_code || have_script || have_module || !inspect;
  sys_argv.insert(sys_argv.end(), rest.begin(), rest.end());

  krait::VMOptions options;
  options.virtual_time = virtual_time;
  // The VM lives until the process ends: the system takes its memory back at once, where
  // destroying a large heap object by object takes measurable time. (A static holds it, so leak
  // checkers see it reachable.)
  static krait::VM* process_vm = nullptr;
  process_vm = new krait::VM(options);
  krait::VM& vm = *process_vm;
  vm.output.out = [](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); };
  vm.output.err = [](std::string_view s) {
    std::fflush(stdout);
    std::fwrite(s.data(), 1, s.size(), stderr);
  };
  vm.output.flush = [] { std::fflush(stdout); };
  vm.output.read_line = [](std::string& line) {
    std::fflush(stdout);
    line.clear();
    int c;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
      any = true;
      line.push_back(static_cast<char>(c));
      if (c == '\n') break;
    }
    return any;
  };
  krait::install_stdlib(vm);
  krait::sys_set_argv(vm, sys_argv);
  char exe[PATH_MAX];
  if (realpath("/proc/self/exe", exe)) krait::sys_set_executable(vm, exe);
  // sys.path[0]: the script's directory (symlinks resolved), so its own modules import; for
  // -c, stdin and the prompt, '' (the current directory), as CPython.
  if (have_script) {
    char resolved[PATH_MAX];
    std::string dir = realpath(script.c_str(), resolved) ? resolved : absolute_path(script);
    dir = dir.substr(0, dir.rfind('/'));
    krait::sys_set_path0(vm, dir.empty() ? "/" : dir);
  } else if (have_module) {
    krait::sys_set_path0(vm, cwd);
  }

  using namespace krait;
  ModuleObject* main_module = vm.new_module("__main__");
  DictObject* globals = main_module->dict;
  dict_set_str(vm, vm.modules(), vm.names.__main__, Value::object(main_module));
  Value builtins_module = dict_get_str(vm.modules(), vm.intern("builtins"));
  if (!builtins_module.is_null()) dict_set_str(vm, globals, vm.names.__builtins__, builtins_module);
  if (have_script || (have_module && !stdlib_module))
    dict_set_str(vm, globals, vm.names.__file__, vm.new_str(filename));
  dict_set_str(vm, globals, vm.names.__spec__, Value::none());
  dict_set_str(vm, globals, vm.names.__loader__, Value::none());
  dict_set_str(vm, globals, vm.names.__package__, Value::none());

  install_sigint_handler(&vm);
  int status = 0;
  if (run_program) {
    Value r = stdlib_module ? vm.exec_stdlib_source(source.c_str(), filename, globals)
                            : vm.exec_source(source, filename, globals);
    if (r.is_null()) {
      Value exc = vm.take_error();
      if (vm.isinstance(exc, vm.exc.SystemExit) && !inspect) {
        status = exit_status_for(vm, exc);
      } else {
        // With -i, even SystemExit is only reported: the prompt opens after it (CPython).
        vm.print_exception(exc);
        status = vm.isinstance(exc, vm.exc.KeyboardInterrupt) ? kExitBySigint : 1;
      }
    }
  }
  if (inspect) {
    vm.clear_interrupt();
    clear_sigint();
    ReplOptions options;
    options.terminal = isatty(0) && isatty(1);
    options.banner = !run_program;
    status = run_repl(vm, globals, options);
  }
  vm.clear_interrupt();
  run_atexit_callbacks(vm);
  std::fflush(stdout);
  return status;
}

namespace {

struct MainArgs {
  int argc;
  char** argv;
  int status;
};

void* main_thread(void* p) {
  auto* a = static_cast<MainArgs*>(p);
  a->status = run_krait(a->argc, a->argv);
  return nullptr;
}

}  // namespace

// The interpreter runs on a thread with a large stack: Python recursion is bounded by
// sys.getrecursionlimit() and must hit that limit (with CPython's message) before native
// re-entry (repr, __eq__ from containers...) can exhaust the C++ stack, even in sanitizer builds
// whose frames are several times larger. Pages are only committed when touched.
int main(int argc, char** argv) {
  MainArgs args{argc, argv, 0};
  pthread_attr_t attr;
  pthread_t thread;
  if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, size_t(512) << 20) == 0 &&
      pthread_create(&thread, &attr, main_thread, &args) == 0) {
    // Ctrl-C goes to the interpreter's thread, whose waits it must cut short.
    block_signals_in_this_thread();
    pthread_attr_destroy(&attr);
    pthread_join(thread, nullptr);
  } else {
    args.status = run_krait(argc, argv);
  }
  if (args.status == kExitBySigint) {
    // An uncaught KeyboardInterrupt ends the process by SIGINT, as CPython does, so that the
    // shell sees the interruption.
    std::fflush(stdout);
    signal(SIGINT, SIG_DFL);
    unblock_signals_in_this_thread();
    kill(getpid(), SIGINT);
    return 130;
  }
  return args.status;
}
