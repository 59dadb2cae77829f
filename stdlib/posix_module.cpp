// The `posix` module: the system calls `os` is written over (stdlib/py/os.py), as CPython's
// os.py is written over its posix module. Failures raise OSError subclasses with errno,
// strerror and filename, as CPython's.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "stdlib/stdlib_internal.h"

extern char** environ;

namespace krait {

namespace {

// OSError(errno, strerror, filename): the constructor picks the subclass (FileNotFoundError...).
Value raise_os_error(VM& vm, int err, Value filename = Value::null()) {
  Value code = Value::small_int(err);
  Value message = vm.new_str(strerror(err));
  if (message.is_null()) return message;
  Value e = filename.is_null() ? vm.call(Value::object(vm.exc.OSError), {code, message})
                               : vm.call(Value::object(vm.exc.OSError), {code, message, filename});
  if (e.is_null()) return e;
  return vm.raise_value(e);
}

bool path_arg(VM& vm, const char* fname, Value v, std::string& out) {
  if (!is_str(v) && !is_bytes(v) && v.is_object()) {
    // os.PathLike: its __fspath__() (pathlib paths).
    Value fspath = type_lookup(vm.type_of(v), vm.intern("__fspath__"));
    if (!fspath.is_null()) {
      Value r = vm.call(fspath, {v});
      if (r.is_null()) return false;
      v = r;
    }
  }
  if (is_str(v)) {
    out = str_view(v);
  } else if (is_bytes(v)) {
    out = static_cast<BytesObject*>(v.as_object())->view();
  } else {
    vm.raise_fmt(vm.exc.TypeError, "{}: path should be string, bytes or os.PathLike, not {}", fname,
                 vm.type_name(v));
    return false;
  }
  if (out.find('\0') != std::string::npos) {
    vm.raise_fmt(vm.exc.ValueError, "{}: embedded null character in path", fname);
    return false;
  }
  return true;
}

Value posix_getcwd(VM& vm, const Value*, size_t nargs, TupleObject*) {
  if (nargs != 0) return vm.raise(vm.exc.TypeError, "getcwd() takes no arguments");
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) return raise_os_error(vm, errno);
  return vm.new_str(buf);
}

Value posix_getpid(VM& vm, const Value*, size_t, TupleObject*) {
  return vm.new_int(static_cast<int64_t>(getpid()));
}
Value posix_getppid(VM& vm, const Value*, size_t, TupleObject*) {
  return vm.new_int(static_cast<int64_t>(getppid()));
}

Value posix_cpu_count(VM& vm, const Value*, size_t, TupleObject*) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? vm.new_int(n) : Value::none();
}

Value posix_strerror(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 1 || !args[0].is_small_int())
    return vm.raise(vm.exc.TypeError, "strerror() expects one int");
  return vm.new_str(strerror(static_cast<int>(args[0].as_small_int())));
}

Value posix_listdir(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  std::string path = ".";
  Value shown = vm.new_str(".");
  if (nargs > 0 && !args[0].is_none()) {
    if (!path_arg(vm, "listdir", args[0], path)) return Value::null();
    shown = args[0];
  }
  DIR* dir = opendir(path.c_str());
  if (!dir) return raise_os_error(vm, errno, shown);
  ListObject* out = vm.new_list();
  if (!out) {
    closedir(dir);
    return Value::null();
  }
  while (dirent* e = readdir(dir)) {
    std::string_view name = e->d_name;
    if (name == "." || name == "..") continue;
    Value s = vm.new_str(name);
    if (s.is_null()) {
      closedir(dir);
      return s;
    }
    out->items.push_back(s);
  }
  closedir(dir);
  return Value::object(out);
}

// stat(path) -> (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime); os.py makes the
// stat_result.
Value stat_impl(VM& vm, const Value* args, size_t nargs, bool follow) {
  std::string path;
  if (nargs != 1 || !path_arg(vm, follow ? "stat" : "lstat", args[0], path)) {
    if (!vm.has_error()) vm.raise(vm.exc.TypeError, "stat() expects one path");
    return Value::null();
  }
  struct stat st;
  if ((follow ? stat(path.c_str(), &st) : lstat(path.c_str(), &st)) != 0)
    return raise_os_error(vm, errno, args[0]);
  auto ts = [](const timespec& t) {
    return Value::from_double(static_cast<double>(t.tv_sec) + t.tv_nsec * 1e-9);
  };
  return vm.new_tuple({vm.new_int(st.st_mode), vm.new_int(static_cast<int64_t>(st.st_ino)),
                       vm.new_int(static_cast<int64_t>(st.st_dev)),
                       vm.new_int(static_cast<int64_t>(st.st_nlink)), vm.new_int(st.st_uid),
                       vm.new_int(st.st_gid), vm.new_int(static_cast<int64_t>(st.st_size)),
                       ts(st.st_atim), ts(st.st_mtim), ts(st.st_ctim)});
}
Value posix_stat(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  return stat_impl(vm, args, nargs, true);
}
Value posix_lstat(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  return stat_impl(vm, args, nargs, false);
}

Value posix_realpath(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  std::string path;
  if (nargs != 1 || !path_arg(vm, "realpath", args[0], path)) {
    if (!vm.has_error()) vm.raise(vm.exc.TypeError, "_realpath() expects one path");
    return Value::null();
  }
  char buf[PATH_MAX];
  if (!realpath(path.c_str(), buf)) return Value::none();  // posixpath resolves what it can
  return vm.new_str(buf);
}

// One path argument, one system call that returns 0 or -1.
template <int (*Call)(const char*), const char* const* Name>
Value path_call(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  std::string path;
  if (nargs != 1 || !path_arg(vm, *Name, args[0], path)) {
    if (!vm.has_error()) vm.raise_fmt(vm.exc.TypeError, "{}() expects one path", *Name);
    return Value::null();
  }
  if (Call(path.c_str()) != 0) return raise_os_error(vm, errno, args[0]);
  return Value::none();
}
int do_rmdir(const char* p) {
  return rmdir(p);
}
int do_unlink(const char* p) {
  return unlink(p);
}
int do_chdir(const char* p) {
  return chdir(p);
}
const char* const kRmdir = "rmdir";
const char* const kUnlink = "unlink";
const char* const kChdir = "chdir";

Value posix_mkdir(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  std::string path;
  if (nargs < 1 || nargs > 2 || !path_arg(vm, "mkdir", args[0], path)) {
    if (!vm.has_error()) vm.raise(vm.exc.TypeError, "mkdir() expects a path and a mode");
    return Value::null();
  }
  int mode = nargs == 2 && args[1].is_small_int() ? static_cast<int>(args[1].as_small_int()) : 0777;
  if (mkdir(path.c_str(), static_cast<mode_t>(mode)) != 0)
    return raise_os_error(vm, errno, args[0]);
  return Value::none();
}

Value posix_rename(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  std::string from, to;
  if (nargs != 2 || !path_arg(vm, "rename", args[0], from) ||
      !path_arg(vm, "rename", args[1], to)) {
    if (!vm.has_error()) vm.raise(vm.exc.TypeError, "rename() expects two paths");
    return Value::null();
  }
  if (rename(from.c_str(), to.c_str()) != 0) return raise_os_error(vm, errno, args[0]);
  return Value::none();
}

Value posix_environ(VM& vm, const Value*, size_t, TupleObject*) {
  DictObject* d = vm.new_dict();
  if (!d) return Value::null();
  for (char** e = environ; e && *e; ++e) {
    std::string_view entry = *e;
    size_t eq = entry.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    Value k = vm.new_str(entry.substr(0, eq));
    Value v = vm.new_str(entry.substr(eq + 1));
    if (k.is_null() || v.is_null() || !dict_set(vm, d, k, v)) return Value::null();
  }
  return Value::object(d);
}

Value posix_putenv(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2 || !is_str(args[0]) || !is_str(args[1]))
    return vm.raise(vm.exc.TypeError, "putenv() expects two str");
  std::string k(str_view(args[0])), v(str_view(args[1]));
  if (k.empty() || k.find('=') != std::string::npos)
    return vm.raise(vm.exc.ValueError, "illegal environment variable name");
  if (setenv(k.c_str(), v.c_str(), 1) != 0) return raise_os_error(vm, errno);
  return Value::none();
}

Value posix_unsetenv(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 1 || !is_str(args[0])) return vm.raise(vm.exc.TypeError, "unsetenv() expects str");
  std::string k(str_view(args[0]));
  if (unsetenv(k.c_str()) != 0) return raise_os_error(vm, errno);
  return Value::none();
}

// get_terminal_size(fd=1) -> (columns, lines); OSError when fd is not a terminal.
Value posix_get_terminal_size(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  int fd = nargs > 0 && args[0].is_small_int() ? static_cast<int>(args[0].as_small_int()) : 1;
  winsize w{};
  if (ioctl(fd, TIOCGWINSZ, &w) != 0) return raise_os_error(vm, errno);
  return vm.new_tuple({Value::small_int(w.ws_col), Value::small_int(w.ws_row)});
}

Value posix_urandom(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 1 || !args[0].is_small_int()) return vm.raise(vm.exc.TypeError, "urandom(size)");
  int64_t n = args[0].as_small_int();
  if (n < 0) return vm.raise(vm.exc.ValueError, "negative argument not allowed");
  if (vm.heap().would_exceed(static_cast<size_t>(n))) return vm.raise_memory_error();
  std::string buf(static_cast<size_t>(n), '\0');
  size_t got = 0;
  while (got < buf.size()) {
    ssize_t r = getrandom(buf.data() + got, buf.size() - got, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      return raise_os_error(vm, errno);
    }
    got += static_cast<size_t>(r);
  }
  return vm.new_bytes(buf);
}

// --- Processes: what subprocess.py is written over ---

// _spawn(argv, cwd, env, stdin_mode, stdout_mode, stderr_mode) -> (pid, in_fd, out_fd, err_fd).
// Modes: 0 inherit, 1 a pipe (its parent end is returned), 2 /dev/null, 3 (stderr only) the
// same as stdout, or a file descriptor >= 10 + fd given as 10 + fd. exec failures in the child
// come back as OSError in the parent (errno through a close-on-exec pipe), as CPython reports them.
Value posix_spawn_process(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 6 || !is_list(args[0]))
    return vm.raise(vm.exc.TypeError, "_spawn(argv, cwd, env, in, out, err)");
  std::vector<std::string> argv_s;
  for (Value a : as_list(args[0])->items) {
    std::string s;
    if (!path_arg(vm, "_spawn", a, s)) return Value::null();
    argv_s.push_back(s);
  }
  if (argv_s.empty()) return vm.raise(vm.exc.ValueError, "args must not be empty");
  std::string cwd;
  bool has_cwd = !args[1].is_none();
  if (has_cwd && !path_arg(vm, "_spawn", args[1], cwd)) return Value::null();
  std::vector<std::string> env_s;
  bool has_env = !args[2].is_none();
  if (has_env) {
    if (!is_dict(args[2])) return vm.raise(vm.exc.TypeError, "env must be a dict");
    size_t pos = 0;
    Value k, v;
    while (dict_next(as_dict(args[2]), pos, k, v)) {
      if (!is_str(k) || !is_str(v))
        return vm.raise(vm.exc.TypeError, "environment entries must be str");
      env_s.push_back(std::string(str_view(k)) + "=" + std::string(str_view(v)));
    }
  }
  int modes[3];
  for (int i = 0; i < 3; ++i) {
    if (!args[3 + i].is_small_int()) return vm.raise(vm.exc.TypeError, "bad stream mode");
    modes[i] = static_cast<int>(args[3 + i].as_small_int());
  }
  // Everything the child needs is prepared before fork: it only calls async-signal-safe
  // functions until exec.
  std::vector<char*> argv_p, env_p;
  for (auto& a : argv_s) argv_p.push_back(a.data());
  argv_p.push_back(nullptr);
  for (auto& e : env_s) env_p.push_back(e.data());
  env_p.push_back(nullptr);
  int pipes[3][2] = {{-1, -1}, {-1, -1}, {-1, -1}};
  auto close_all = [&] {
    for (auto& p : pipes) {
      for (int fd : p) {
        if (fd >= 0) close(fd);
      }
    }
  };
  for (int i = 0; i < 3; ++i) {
    if (modes[i] == 1 && pipe2(pipes[i], O_CLOEXEC) != 0) {
      int e = errno;
      close_all();
      return raise_os_error(vm, e);
    }
  }
  int errpipe[2];
  if (pipe2(errpipe, O_CLOEXEC) != 0) {
    int e = errno;
    close_all();
    return raise_os_error(vm, e);
  }
  pid_t pid = fork();
  if (pid < 0) {
    int e = errno;
    close_all();
    close(errpipe[0]);
    close(errpipe[1]);
    return raise_os_error(vm, e);
  }
  if (pid == 0) {
    // The child.
    sigset_t all;
    sigemptyset(&all);
    pthread_sigmask(SIG_SETMASK, &all, nullptr);
    signal(SIGINT, SIG_DFL);
    for (int i = 0; i < 3; ++i) {
      int fd = -1;
      if (modes[i] == 1) fd = i == 0 ? pipes[i][0] : pipes[i][1];
      if (modes[i] == 2) fd = open("/dev/null", i == 0 ? O_RDONLY : O_WRONLY);
      if (modes[i] == 3 && i == 2) fd = 1;
      if (modes[i] >= 10) fd = modes[i] - 10;
      if (fd >= 0 && fd != i) dup2(fd, i);
      if (fd == i) fcntl(fd, F_SETFD, 0);
    }
    if (has_cwd && chdir(cwd.c_str()) != 0) {
      int e = errno;
      ssize_t w = write(errpipe[1], &e, sizeof e);
      (void)w;
      _exit(255);
    }
    if (has_env) {
      execvpe(argv_p[0], argv_p.data(), env_p.data());
    } else {
      execvp(argv_p[0], argv_p.data());
    }
    int e = errno;
    ssize_t w = write(errpipe[1], &e, sizeof e);
    (void)w;
    _exit(255);
  }
  close(errpipe[1]);
  int child_errno = 0;
  ssize_t got;
  do {
    got = read(errpipe[0], &child_errno, sizeof child_errno);
  } while (got < 0 && errno == EINTR);
  close(errpipe[0]);
  int parent_ends[3] = {-1, -1, -1};
  for (int i = 0; i < 3; ++i) {
    if (modes[i] != 1) continue;
    close(i == 0 ? pipes[i][0] : pipes[i][1]);
    parent_ends[i] = i == 0 ? pipes[i][1] : pipes[i][0];
  }
  if (got == sizeof child_errno) {
    int status;
    waitpid(pid, &status, 0);
    for (int fd : parent_ends) {
      if (fd >= 0) close(fd);
    }
    Value name = has_cwd && child_errno == ENOENT && access(cwd.c_str(), F_OK) != 0
                     ? args[1]
                     : vm.new_str(argv_s[0]);
    return raise_os_error(vm, child_errno, name);
  }
  return vm.new_tuple({vm.new_int(pid), Value::small_int(parent_ends[0]),
                       Value::small_int(parent_ends[1]), Value::small_int(parent_ends[2])});
}

// The exit status as subprocess reports it: the code, or -signal.
int64_t status_code(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return -WTERMSIG(status);
  return status;
}

double now_seconds() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

// _communicate(pid, in_fd, out_fd, err_fd, input, timeout) -> (returncode or None, out, err):
// writes `input`, reads both outputs until they close, then waits for the process; stops at
// `timeout` seconds (negative: none) with returncode None and what was read so far. Ctrl-C
// ends it with KeyboardInterrupt.
Value posix_communicate(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 6) return vm.raise(vm.exc.TypeError, "_communicate() takes 6 arguments");
  pid_t pid = static_cast<pid_t>(args[0].as_small_int());
  int fds[3] = {static_cast<int>(args[1].as_small_int()), static_cast<int>(args[2].as_small_int()),
                static_cast<int>(args[3].as_small_int())};
  std::string input;
  if (is_bytes(args[4])) input = static_cast<BytesObject*>(args[4].as_object())->view();
  double timeout = -1;
  if (!args[5].is_none() && !py_to_double(vm, args[5], timeout)) return Value::null();
  double deadline = timeout >= 0 ? now_seconds() + timeout : -1;
  size_t written = 0;
  if (fds[0] >= 0 && input.empty()) {
    close(fds[0]);
    fds[0] = -1;
  }
  std::string out[2];
  bool timed_out = false;
  while (fds[0] >= 0 || fds[1] >= 0 || fds[2] >= 0) {
    pollfd p[3];
    int idx[3];
    int n = 0;
    for (int i = 0; i < 3; ++i) {
      if (fds[i] < 0) continue;
      p[n] = {fds[i], static_cast<short>(i == 0 ? POLLOUT : POLLIN), 0};
      idx[n++] = i;
    }
    int wait_ms = -1;
    if (deadline >= 0) {
      double left = deadline - now_seconds();
      if (left <= 0) {
        timed_out = true;
        break;
      }
      wait_ms = static_cast<int>(left * 1000) + 1;
    }
    int r = poll(p, static_cast<nfds_t>(n), wait_ms);
    if (r < 0) {
      if (errno != EINTR) return raise_os_error(vm, errno);
      if (vm.interrupt_requested() && !vm.check_interrupt()) return Value::null();
      continue;
    }
    for (int k = 0; k < n; ++k) {
      int i = idx[k];
      if (!p[k].revents) continue;
      if (i == 0) {
        ssize_t w = write(fds[0], input.data() + written, input.size() - written);
        if (w > 0) written += static_cast<size_t>(w);
        if (w < 0 && errno != EINTR && errno != EAGAIN) written = input.size();
        if (written >= input.size()) {
          close(fds[0]);
          fds[0] = -1;
        }
        continue;
      }
      char buf[65536];
      ssize_t got = read(fds[i], buf, sizeof buf);
      if (got > 0) {
        out[i - 1].append(buf, static_cast<size_t>(got));
      } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
        close(fds[i]);
        fds[i] = -1;
      }
    }
  }
  for (int i = 0; i < 3; ++i) {
    if (fds[i] >= 0 && timed_out) continue;  // kept for the next communicate() after a timeout
    if (fds[i] >= 0) close(fds[i]);
  }
  Value code = Value::none();
  if (!timed_out) {
    int status = 0;
    for (;;) {
      pid_t w = deadline >= 0 ? waitpid(pid, &status, WNOHANG) : waitpid(pid, &status, 0);
      if (w == pid) {
        code = vm.new_int(status_code(status));
        break;
      }
      if (w < 0 && errno == EINTR) {
        if (vm.interrupt_requested() && !vm.check_interrupt()) return Value::null();
        continue;
      }
      if (w < 0) return raise_os_error(vm, errno);
      if (now_seconds() >= deadline) break;
      usleep(1000);
    }
  }
  return vm.new_tuple({code, vm.new_bytes(out[0]), vm.new_bytes(out[1])});
}

// waitpid(pid, options) -> (pid, status code) as subprocess needs it (code, or -signal).
Value posix_wait_process(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "_wait(pid, nohang)");
  pid_t pid = static_cast<pid_t>(args[0].as_small_int());
  bool nohang = args[1].is_true();
  int status = 0;
  for (;;) {
    pid_t w = waitpid(pid, &status, nohang ? WNOHANG : 0);
    if (w < 0 && errno == EINTR) {
      if (vm.interrupt_requested() && !vm.check_interrupt()) return Value::null();
      continue;
    }
    if (w < 0) return raise_os_error(vm, errno);
    if (w == 0) return Value::none();
    return vm.new_int(status_code(status));
  }
}

Value posix_kill(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2 || !args[0].is_small_int() || !args[1].is_small_int())
    return vm.raise(vm.exc.TypeError, "kill(pid, signal)");
  if (kill(static_cast<pid_t>(args[0].as_small_int()), static_cast<int>(args[1].as_small_int())) !=
      0)
    return raise_os_error(vm, errno);
  return Value::none();
}

Value posix_close(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 1 || !args[0].is_small_int()) return vm.raise(vm.exc.TypeError, "close(fd)");
  if (close(static_cast<int>(args[0].as_small_int())) != 0) return raise_os_error(vm, errno);
  return Value::none();
}

Value posix_open(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  std::string path;
  if (nargs < 2 || !path_arg(vm, "open", args[0], path) || !args[1].is_small_int()) {
    if (!vm.has_error()) vm.raise(vm.exc.TypeError, "open(path, flags, mode=0o777)");
    return Value::null();
  }
  int mode = nargs > 2 && args[2].is_small_int() ? static_cast<int>(args[2].as_small_int()) : 0777;
  int fd = open(path.c_str(), static_cast<int>(args[1].as_small_int()) | O_CLOEXEC, mode);
  if (fd < 0) return raise_os_error(vm, errno, args[0]);
  return Value::small_int(fd);
}

Value posix_dup(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 1 || !args[0].is_small_int()) return vm.raise(vm.exc.TypeError, "dup(fd)");
  int fd = fcntl(static_cast<int>(args[0].as_small_int()), F_DUPFD_CLOEXEC, 0);
  if (fd < 0) return raise_os_error(vm, errno);
  return Value::small_int(fd);
}

Value posix_read(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2 || !args[0].is_small_int() || !args[1].is_small_int())
    return vm.raise(vm.exc.TypeError, "read(fd, n)");
  int64_t n = args[1].as_small_int();
  if (n < 0) return vm.raise(vm.exc.ValueError, "negative count");
  if (vm.heap().would_exceed(static_cast<size_t>(n))) return vm.raise_memory_error();
  std::string buf(static_cast<size_t>(n), '\0');
  ssize_t got;
  do {
    got = read(static_cast<int>(args[0].as_small_int()), buf.data(), buf.size());
  } while (got < 0 && errno == EINTR && !(vm.interrupt_requested() && !vm.check_interrupt()));
  if (vm.has_error()) return Value::null();
  if (got < 0) return raise_os_error(vm, errno);
  buf.resize(static_cast<size_t>(got));
  return vm.new_bytes(buf);
}

Value posix_write(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2 || !args[0].is_small_int() || !is_bytes(args[1]))
    return vm.raise(vm.exc.TypeError, "write(fd, data)");
  std::string_view data = static_cast<BytesObject*>(args[1].as_object())->view();
  ssize_t w;
  do {
    w = write(static_cast<int>(args[0].as_small_int()), data.data(), data.size());
  } while (w < 0 && errno == EINTR);
  if (w < 0) return raise_os_error(vm, errno);
  return vm.new_int(static_cast<int64_t>(w));
}

Value posix_chmod(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  std::string path;
  if (nargs != 2 || !path_arg(vm, "chmod", args[0], path) || !args[1].is_small_int()) {
    if (!vm.has_error()) vm.raise(vm.exc.TypeError, "chmod(path, mode)");
    return Value::null();
  }
  if (chmod(path.c_str(), static_cast<mode_t>(args[1].as_small_int())) != 0)
    return raise_os_error(vm, errno, args[0]);
  return Value::none();
}

Value posix_access(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  std::string path;
  if (nargs != 2 || !path_arg(vm, "access", args[0], path) || !args[1].is_small_int()) {
    if (!vm.has_error()) vm.raise(vm.exc.TypeError, "access(path, mode)");
    return Value::null();
  }
  return Value::boolean(access(path.c_str(), static_cast<int>(args[1].as_small_int())) == 0);
}

// uname() -> (sysname, nodename, release, version, machine)
Value posix_uname(VM& vm, const Value*, size_t, TupleObject*) {
  utsname u;
  if (uname(&u) != 0) return raise_os_error(vm, errno);
  return vm.new_tuple({vm.new_str(u.sysname), vm.new_str(u.nodename), vm.new_str(u.release),
                       vm.new_str(u.version), vm.new_str(u.machine)});
}

}  // namespace

Value posix_module_init(VM& vm) {
  ModuleObject* m = vm.new_module("posix");
  if (!m) return Value::null();
  DictObject* d = m->dict;
  bool ok =
      add_function(vm, d, "getcwd", posix_getcwd) && add_function(vm, d, "getpid", posix_getpid) &&
      add_function(vm, d, "getppid", posix_getppid) &&
      add_function(vm, d, "cpu_count", posix_cpu_count) &&
      add_function(vm, d, "strerror", posix_strerror) &&
      add_function(vm, d, "listdir", posix_listdir) && add_function(vm, d, "stat", posix_stat) &&
      add_function(vm, d, "lstat", posix_lstat) &&
      add_function(vm, d, "_realpath", posix_realpath) &&
      add_function(vm, d, "mkdir", posix_mkdir) &&
      add_function(vm, d, "rmdir", path_call<do_rmdir, &kRmdir>) &&
      add_function(vm, d, "unlink", path_call<do_unlink, &kUnlink>) &&
      add_function(vm, d, "remove", path_call<do_unlink, &kUnlink>) &&
      add_function(vm, d, "chdir", path_call<do_chdir, &kChdir>) &&
      add_function(vm, d, "rename", posix_rename) &&
      add_function(vm, d, "_environ", posix_environ) &&
      add_function(vm, d, "putenv", posix_putenv) &&
      add_function(vm, d, "unsetenv", posix_unsetenv) &&
      add_function(vm, d, "urandom", posix_urandom) &&
      add_function(vm, d, "_get_terminal_size", posix_get_terminal_size) &&
      add_function(vm, d, "_spawn", posix_spawn_process) &&
      add_function(vm, d, "_communicate", posix_communicate) &&
      add_function(vm, d, "_wait", posix_wait_process) && add_function(vm, d, "kill", posix_kill) &&
      add_function(vm, d, "close", posix_close) && add_function(vm, d, "open", posix_open) &&
      add_function(vm, d, "dup", posix_dup) && add_function(vm, d, "read", posix_read) &&
      add_function(vm, d, "write", posix_write) && add_function(vm, d, "chmod", posix_chmod) &&
      add_function(vm, d, "access", posix_access) && add_function(vm, d, "_uname", posix_uname);
  return ok ? Value::object(m) : Value::null();
}

}  // namespace krait
