// The `time` module, mirroring CPython 3.11's Modules/timemodule.c on Linux: the clocks
// (time, monotonic, perf_counter, process_time, thread_time and their _ns forms,
// clock_gettime), sleep, and the calendar functions on glibc's struct tm (gmtime, localtime,
// mktime, asctime, ctime, strftime) with struct_time, plus the timezone constants.
//
// Conversions and messages follow CPython's pytime.c: seconds as floats are rounded the way
// _PyTime_FromSecondsObject / _PyTime_ObjectToTime_t round them, and out-of-range values give
// its OverflowErrors.
#include <errno.h>
#include <time.h>

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/int_object.h"
#include "runtime/module.h"
#include "runtime/number_ops.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

constexpr int64_t kNsPerSec = 1000000000;
constexpr size_t kStructTmItems = 11;   // time._STRUCT_TM_ITEMS
constexpr size_t kStructTmVisible = 9;  // n_sequence_fields

// --- Clocks ---

bool read_clock(VM& vm, clockid_t clock, int64_t& ns) {
  if (vm.options.virtual_time && (clock == CLOCK_MONOTONIC || clock == CLOCK_REALTIME)) {
    // Virtual time (krait --virtual-time): the event loop's clock, which sleeps advance.
    double s = clock == CLOCK_MONOTONIC ? vm.monotonic() : vm.wall_time();
    ns = static_cast<int64_t>(s * 1e9);
    return true;
  }
  struct timespec ts;
  if (clock_gettime(clock, &ts) != 0) {
    int err = errno;
    vm.raise_value(vm.new_exception_args(vm.exc.OSError,
                                         {Value::small_int(err), vm.new_str(std::strerror(err))}));
    return false;
  }
  ns = int64_t{ts.tv_sec} * kNsPerSec + ts.tv_nsec;
  return true;
}

// _PyTime_AsSecondsDouble: whole seconds divide as integers, so they convert exactly.
double ns_to_seconds(int64_t ns) {
  if (ns % kNsPerSec == 0) return static_cast<double>(ns / kNsPerSec);
  return static_cast<double>(ns) / 1e9;
}

template <clockid_t Clock>
Value clock_seconds(VM& vm, const Value*, size_t nargs, TupleObject* kwnames, const char* name) {
  if (!check_no_args(vm, name, nargs, kwnames)) return Value::null();
  int64_t ns;
  if (!read_clock(vm, Clock, ns)) return Value::null();
  return Value::from_double(ns_to_seconds(ns));
}

template <clockid_t Clock>
Value clock_ns(VM& vm, const Value*, size_t nargs, TupleObject* kwnames, const char* name) {
  if (!check_no_args(vm, name, nargs, kwnames)) return Value::null();
  int64_t ns;
  if (!read_clock(vm, Clock, ns)) return Value::null();
  return vm.new_int(ns);
}

#define KRAIT_TIME_CLOCK(fname, clock)                                                     \
  Value time_##fname(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {      \
    return clock_seconds<clock>(vm, args, nargs, kwnames, "time." #fname);                 \
  }                                                                                        \
  Value time_##fname##_ns(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) { \
    return clock_ns<clock>(vm, args, nargs, kwnames, "time." #fname "_ns");                \
  }
KRAIT_TIME_CLOCK(time, CLOCK_REALTIME)
KRAIT_TIME_CLOCK(monotonic, CLOCK_MONOTONIC)
KRAIT_TIME_CLOCK(perf_counter, CLOCK_MONOTONIC)
KRAIT_TIME_CLOCK(process_time, CLOCK_PROCESS_CPUTIME_ID)
KRAIT_TIME_CLOCK(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef KRAIT_TIME_CLOCK

// "i:name": one C int argument.
bool int_arg(VM& vm, Value v, int& out) {
  Value i = py_index(vm, v);
  if (i.is_null()) return false;
  int64_t x;
  if (!int_like_to_int64(i, x)) {
    vm.raise(vm.exc.OverflowError, "Python int too large to convert to C long");
    return false;
  }
  if (x > INT32_MAX) {
    vm.raise(vm.exc.OverflowError, "signed integer is greater than maximum");
    return false;
  }
  if (x < INT32_MIN) {
    vm.raise(vm.exc.OverflowError, "signed integer is less than minimum");
    return false;
  }
  out = static_cast<int>(x);
  return true;
}

bool clock_id_arg(VM& vm, const char* name, const Value* args, size_t nargs, TupleObject* kwnames,
                  clockid_t& out) {
  if (kwnames && kwnames->size) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 1) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes exactly 1 argument ({} given)", name, nargs);
    return false;
  }
  int id;
  if (!int_arg(vm, args[0], id)) return false;
  out = static_cast<clockid_t>(id);
  return true;
}

Value time_clock_gettime(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  clockid_t id;
  if (!clock_id_arg(vm, "clock_gettime", args, nargs, kwnames, id)) return Value::null();
  int64_t ns;
  if (!read_clock(vm, id, ns)) return Value::null();
  return Value::from_double(ns_to_seconds(ns));
}

Value time_clock_gettime_ns(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  clockid_t id;
  if (!clock_id_arg(vm, "clock_gettime_ns", args, nargs, kwnames, id)) return Value::null();
  int64_t ns;
  if (!read_clock(vm, id, ns)) return Value::null();
  return vm.new_int(ns);
}

Value time_clock_getres(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  clockid_t id;
  if (!clock_id_arg(vm, "clock_getres", args, nargs, kwnames, id)) return Value::null();
  struct timespec ts;
  if (clock_getres(id, &ts) != 0) {
    int err = errno;
    return vm.raise_value(vm.new_exception_args(
        vm.exc.OSError, {Value::small_int(err), vm.new_str(std::strerror(err))}));
  }
  return Value::from_double(static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9);
}

// --- sleep ---

// _PyTime_FromSecondsObject(obj, _PyTime_ROUND_TIMEOUT): nanoseconds, rounded away from zero.
bool seconds_to_ns(VM& vm, Value obj, int64_t& out) {
  if (is_float_like(obj)) {
    double d = float_value(obj);
    if (std::isnan(d)) {
      vm.raise(vm.exc.ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    d *= 1e9;
    d = d >= 0 ? std::ceil(d) : std::floor(d);
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
      vm.raise(vm.exc.OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    out = static_cast<int64_t>(d);
    return true;
  }
  Value i = py_index(vm, obj);
  if (i.is_null()) return false;
  int64_t secs;
  if (!int_like_to_int64(i, secs) || secs > INT64_MAX / kNsPerSec || secs < INT64_MIN / kNsPerSec) {
    vm.raise(vm.exc.OverflowError, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  out = secs * kNsPerSec;
  return true;
}

Value time_sleep(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "time.sleep", nargs, kwnames)) return Value::null();
  int64_t ns;
  if (!seconds_to_ns(vm, args[0], ns)) return Value::null();
  if (ns < 0) return vm.raise(vm.exc.ValueError, "sleep length must be non-negative");
  if (vm.options.virtual_time) {
    vm.advance_virtual_clock(vm.monotonic() + static_cast<double>(ns) / 1e9);
    return Value::none();
  }
  struct timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  int64_t end = int64_t{deadline.tv_sec} * kNsPerSec + deadline.tv_nsec + ns;
  deadline.tv_sec = end / kNsPerSec;
  deadline.tv_nsec = end % kNsPerSec;
  // An absolute deadline, so that a signal interrupting the sleep does not lengthen it.
  // Ctrl-C ends the sleep with KeyboardInterrupt, as in CPython.
  while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr) == EINTR) {
    if (vm.interrupt_requested() && !vm.check_interrupt()) return Value::null();
  }
  return Value::none();
}

// --- struct_time ---

// A struct_time is a 9-item tuple that keeps two more fields, tm_zone and tm_gmtoff, after its
// visible items (as CPython's struct sequences do): the allocation holds 11 items, `size` says 9,
// and trace() reports all 11.
struct StructTimeObject : TupleObject {
  using TupleObject::TupleObject;
  void trace(GcVisitor& v) const override {
    for (size_t i = 0; i < kStructTmItems; ++i) v.visit(items()[i]);
  }
};

constexpr const char* kStructTimeFields[kStructTmItems] = {
    "tm_year", "tm_mon",  "tm_mday",  "tm_hour", "tm_min",    "tm_sec",
    "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff",
};

template <int I>
Value struct_time_field(VM&, const Value* args, size_t, TupleObject*) {
  return as_tuple(args[0])->items()[I];
}

constexpr NativeFn kFieldGetters[kStructTmItems] = {
    struct_time_field<0>, struct_time_field<1>, struct_time_field<2>,  struct_time_field<3>,
    struct_time_field<4>, struct_time_field<5>, struct_time_field<6>,  struct_time_field<7>,
    struct_time_field<8>, struct_time_field<9>, struct_time_field<10>,
};

// The module's struct_time type, found through sys.modules['time'] (natives have no module
// state; a script that replaces time.struct_time breaks gmtime() & co, a documented limit).
TypeObject* struct_time_type(VM& vm) {
  Value mod = dict_get_str(vm.modules(), vm.intern("time"));
  if (!is_kind(mod, ObjKind::Module)) return nullptr;
  Value t =
      dict_get_str(static_cast<ModuleObject*>(mod.as_object())->dict, vm.intern("struct_time"));
  return is_type(t) ? as_type(t) : nullptr;
}

Value new_struct_time(VM& vm, TypeObject* type, const Value* items, size_t n) {
  auto* t = vm.make_sized<StructTimeObject>(kStructTmItems * sizeof(Value), type, kStructTmItems);
  if (!t) return Value::null();
  for (size_t i = 0; i < n && i < kStructTmItems; ++i) t->items()[i] = items[i];
  t->size = kStructTmVisible;
  return Value::object(t);
}

bool is_struct_time(VM& vm, Value v) {
  TypeObject* t = struct_time_type(vm);
  return t && is_tuple(v) && vm.type_of(v) == t;
}

// time.struct_time(sequence, dict=None)
Value struct_time_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 1 || !is_type(args[0])) {
    return vm.raise(vm.exc.TypeError, "struct_time.__new__(X): X is not a type object");
  }
  static const ClinicSpec spec{"structseq", {"sequence", "dict"}, 0, 1, 2};
  Value a[2];
  if (!bind_clinic(vm, spec, args + 1, nargs - 1, kwnames, a)) return Value::null();
  TupleObject* seq = nullptr;
  if (is_tuple(a[0])) {
    seq = as_tuple(a[0]);
  } else {
    Value it = py_iter(vm, a[0]);
    if (it.is_null()) {
      if (!vm.error_matches(vm.exc.TypeError)) return Value::null();
      vm.clear_error();
      return vm.raise(vm.exc.TypeError, "constructor requires a sequence");
    }
    seq = py_tuple_from_iterable(vm, a[0]);
    if (!seq) return Value::null();
  }
  if (seq->size < kStructTmVisible) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "time.struct_time() takes an at least {}-sequence ({}-sequence given)",
                        kStructTmVisible, seq->size);
  }
  if (seq->size > kStructTmItems) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "time.struct_time() takes an at most {}-sequence ({}-sequence given)",
                        kStructTmItems, seq->size);
  }
  return new_struct_time(vm, as_type(args[0]), seq->items(), seq->size);
}

Value struct_time_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  TupleObject* self = as_tuple(args[0]);
  std::string out = "time.struct_time(";
  for (size_t i = 0; i < kStructTmVisible && i < self->size; ++i) {
    if (i) out += ", ";
    out += kStructTimeFields[i];
    out += '=';
    if (!repr_into(vm, self->items()[i], out)) return Value::null();
  }
  out += ')';
  return vm.new_str(out);
}

// A struct tm as a struct_time.
Value tm_to_struct_time(VM& vm, const struct tm& tm) {
  TypeObject* type = struct_time_type(vm);
  if (!type) return vm.raise(vm.exc.SystemError, "time module is not initialised");
  Value zone = tm.tm_zone ? vm.new_str(tm.tm_zone) : Value::none();
  if (zone.is_null()) return zone;
  Value items[kStructTmItems] = {
      vm.new_int(int64_t{tm.tm_year} + 1900),
      Value::small_int(tm.tm_mon + 1),
      Value::small_int(tm.tm_mday),
      Value::small_int(tm.tm_hour),
      Value::small_int(tm.tm_min),
      Value::small_int(tm.tm_sec),
      Value::small_int((tm.tm_wday + 6) % 7),
      Value::small_int(tm.tm_yday + 1),
      Value::small_int(tm.tm_isdst),
      zone,
      vm.new_int(static_cast<int64_t>(tm.tm_gmtoff)),
  };
  return new_struct_time(vm, type, items, kStructTmItems);
}

// --- Conversions between seconds, struct tm and tuples ---

// _PyTime_ObjectToTime_t(obj, _PyTime_ROUND_FLOOR).
bool object_to_time_t(VM& vm, Value obj, time_t& out) {
  if (is_float_like(obj)) {
    double d = float_value(obj);
    if (std::isnan(d)) {
      vm.raise(vm.exc.ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    d = std::floor(d);
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
      vm.raise(vm.exc.OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    out = static_cast<time_t>(d);
    return true;
  }
  Value i = py_index(vm, obj);
  if (i.is_null()) return false;
  int64_t v;
  if (!int_like_to_int64(i, v)) {
    vm.raise(vm.exc.OverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  out = static_cast<time_t>(v);
  return true;
}

// The optional `seconds` argument of gmtime/localtime/ctime: None or absent means now.
bool optional_seconds(VM& vm, const char* name, const Value* args, size_t nargs,
                      TupleObject* kwnames, time_t& out) {
  if (kwnames && kwnames->size) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes no keyword arguments", name);
    return false;
  }
  if (nargs > 1) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes at most 1 argument ({} given)", name, nargs);
    return false;
  }
  if (nargs == 0 || args[0].is_none()) {
    out = ::time(nullptr);
    return true;
  }
  return object_to_time_t(vm, args[0], out);
}

bool raise_errno(VM& vm, int err) {
  vm.raise_value(vm.new_exception_args(vm.exc.OSError,
                                       {Value::small_int(err), vm.new_str(std::strerror(err))}));
  return false;
}

bool local_tm(VM& vm, time_t t, struct tm& out) {
  errno = 0;
  if (!localtime_r(&t, &out)) return raise_errno(vm, errno ? errno : EINVAL);
  return true;
}

bool gm_tm(VM& vm, time_t t, struct tm& out) {
  errno = 0;
  if (!gmtime_r(&t, &out)) return raise_errno(vm, errno ? errno : EINVAL);
  return true;
}

// gettmarg(): a tuple of nine ints (and, for a struct_time, its zone and offset) as a struct tm,
// converted to C's conventions. `zone` keeps the tm_zone text alive while `p` is used.
bool gettmarg(VM& vm, Value args, struct tm& p, const char* fname, std::string& zone) {
  std::memset(&p, 0, sizeof p);
  if (!is_tuple(args)) {
    vm.raise(vm.exc.TypeError, "Tuple or struct_time argument required");
    return false;
  }
  TupleObject* t = as_tuple(args);
  if (t->size != kStructTmVisible) {
    vm.raise_fmt(vm.exc.TypeError, "{}(): illegal time tuple argument", fname);
    return false;
  }
  int f[kStructTmVisible];
  for (size_t i = 0; i < kStructTmVisible; ++i) {
    if (!int_arg(vm, t->items()[i], f[i])) return false;
  }
  if (f[0] < INT32_MIN + 1900) {
    vm.raise(vm.exc.OverflowError, "year out of range");
    return false;
  }
  p.tm_year = f[0] - 1900;
  p.tm_mon = f[1] - 1;
  p.tm_mday = f[2];
  p.tm_hour = f[3];
  p.tm_min = f[4];
  p.tm_sec = f[5];
  p.tm_wday = (f[6] + 1) % 7;
  p.tm_yday = f[7] - 1;
  p.tm_isdst = f[8];
  if (is_struct_time(vm, args)) {
    Value z = t->items()[9];
    if (!z.is_none()) {
      if (!is_str(z)) {
        vm.raise(vm.exc.TypeError, "bad argument type for built-in operation");
        return false;
      }
      zone = std::string(str_view(z));
      p.tm_zone = zone.c_str();
    }
    Value off = t->items()[10];
    if (!off.is_none()) {
      if (!is_int_like(off)) {
        vm.raise(vm.exc.TypeError, "an integer is required");
        return false;
      }
      int64_t o;
      if (!int_like_to_int64(off, o)) {
        vm.raise(vm.exc.OverflowError, "Python int too large to convert to C long");
        return false;
      }
      p.tm_gmtoff = static_cast<long>(o);
    }
  }
  return true;
}

// checktm(): the ranges asctime() and strftime() index tables with; 0 stands for the lowest
// valid month, day of month and day of year.
bool checktm(VM& vm, struct tm& p) {
  auto fail = [&](const char* msg) {
    vm.raise(vm.exc.ValueError, msg);
    return false;
  };
  if (p.tm_mon == -1) {
    p.tm_mon = 0;
  } else if (p.tm_mon < 0 || p.tm_mon > 11) {
    return fail("month out of range");
  }
  if (p.tm_mday == 0) {
    p.tm_mday = 1;
  } else if (p.tm_mday < 0 || p.tm_mday > 31) {
    return fail("day of month out of range");
  }
  if (p.tm_hour < 0 || p.tm_hour > 23) return fail("hour out of range");
  if (p.tm_min < 0 || p.tm_min > 59) return fail("minute out of range");
  if (p.tm_sec < 0 || p.tm_sec > 61) return fail("seconds out of range");
  if (p.tm_wday < 0) return fail("day of week out of range");
  if (p.tm_yday == -1) {
    p.tm_yday = 0;
  } else if (p.tm_yday < 0 || p.tm_yday > 365) {
    return fail("day of year out of range");
  }
  return true;
}

Value format_asctime(VM& vm, const struct tm& t) {
  static const char kWday[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char kMon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return vm.new_str(fmt::format("{} {}{:3d} {:02d}:{:02d}:{:02d} {}", kWday[t.tm_wday],
                                kMon[t.tm_mon], t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
                                int64_t{t.tm_year} + 1900));
}

// --- Calendar functions ---

Value time_gmtime(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  time_t t;
  if (!optional_seconds(vm, "gmtime", args, nargs, kwnames, t)) return Value::null();
  struct tm tm;
  if (!gm_tm(vm, t, tm)) return Value::null();
  return tm_to_struct_time(vm, tm);
}

Value time_localtime(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  time_t t;
  if (!optional_seconds(vm, "localtime", args, nargs, kwnames, t)) return Value::null();
  struct tm tm;
  if (!local_tm(vm, t, tm)) return Value::null();
  return tm_to_struct_time(vm, tm);
}

Value time_ctime(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  time_t t;
  if (!optional_seconds(vm, "ctime", args, nargs, kwnames, t)) return Value::null();
  struct tm tm;
  if (!local_tm(vm, t, tm)) return Value::null();
  return format_asctime(vm, tm);
}

Value time_asctime(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_positional(vm, "asctime", nargs, kwnames, 0, 1)) return Value::null();
  struct tm tm;
  std::string zone;
  if (nargs == 0) {
    if (!local_tm(vm, ::time(nullptr), tm)) return Value::null();
  } else if (!gettmarg(vm, args[0], tm, "asctime", zone) || !checktm(vm, tm)) {
    return Value::null();
  }
  return format_asctime(vm, tm);
}

Value time_mktime(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "time.mktime", nargs, kwnames)) return Value::null();
  struct tm tm;
  std::string zone;
  if (!gettmarg(vm, args[0], tm, "mktime", zone)) return Value::null();
  tm.tm_wday = -1;  // sentinel: mktime() sets it when it succeeds
  time_t t = ::mktime(&tm);
  if (t == static_cast<time_t>(-1) && tm.tm_wday == -1) {
    return vm.raise(vm.exc.OverflowError, "mktime argument out of range");
  }
  return Value::from_double(static_cast<double>(t));
}

Value time_strftime(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) {
    return vm.raise(vm.exc.TypeError, "strftime() takes no keyword arguments");
  }
  if (nargs < 1) {
    return vm.raise_fmt(vm.exc.TypeError, "strftime() takes at least 1 argument ({} given)", nargs);
  }
  if (nargs > 2) {
    return vm.raise_fmt(vm.exc.TypeError, "strftime() takes at most 2 arguments ({} given)", nargs);
  }
  if (!is_str(args[0])) {
    return vm.raise_fmt(vm.exc.TypeError, "strftime() argument 1 must be str, not {}",
                        arg_type_name(vm, args[0]));
  }
  struct tm tm;
  std::string zone;
  if (nargs == 1) {
    if (!local_tm(vm, ::time(nullptr), tm)) return Value::null();
  } else {
    if (!gettmarg(vm, args[1], tm, "strftime", zone) || !checktm(vm, tm)) return Value::null();
    // Some libcs index tables with tm_isdst for %Z.
    if (tm.tm_isdst < -1) {
      tm.tm_isdst = -1;
    } else if (tm.tm_isdst > 1) {
      tm.tm_isdst = 1;
    }
  }
  std::string format(str_view(args[0]));
  if (format.find('\0') != std::string::npos) {
    return vm.raise(vm.exc.ValueError, "embedded null character");
  }
  // As CPython: grow the buffer until the result fits, giving up (an empty result) once it is
  // 256 times the format's length.
  for (size_t size = 1024;; size += size) {
    std::vector<char> buf(size);
    size_t n = ::strftime(buf.data(), size, format.c_str(), &tm);
    if (n > 0 || size >= 256 * format.size()) return vm.new_str(std::string_view(buf.data(), n));
  }
}

// --- Timezone constants (init_timezone, for glibc: from January and July of this year) ---

bool set_attr(VM& vm, DictObject* d, const char* name, Value v) {
  return !v.is_null() && dict_set(vm, d, Value::object(vm.intern(name)), v);
}

bool init_timezone(VM& vm, DictObject* d) {
  constexpr time_t kYear = (365 * 24 + 6) * 3600;
  time_t t = (::time(nullptr) / kYear) * kYear;
  struct tm p;
  if (!local_tm(vm, t, p)) return false;
  std::string janname(p.tm_zone ? p.tm_zone : "   ");
  long janzone = -p.tm_gmtoff;
  t += kYear / 2;
  if (!local_tm(vm, t, p)) return false;
  std::string julyname(p.tm_zone ? p.tm_zone : "   ");
  long julyzone = -p.tm_gmtoff;
  janname = janname.substr(0, 9);
  julyname = julyname.substr(0, 9);
  bool southern = janzone < julyzone;  // DST is reversed in the southern hemisphere
  long tz = southern ? julyzone : janzone, alt = southern ? janzone : julyzone;
  Value first = vm.new_str(southern ? julyname : janname);
  Value second = vm.new_str(southern ? janname : julyname);
  if (first.is_null() || second.is_null()) return false;
  return set_attr(vm, d, "timezone", vm.new_int(static_cast<int64_t>(tz))) &&
         set_attr(vm, d, "altzone", vm.new_int(static_cast<int64_t>(alt))) &&
         set_attr(vm, d, "daylight", Value::small_int(janzone != julyzone)) &&
         set_attr(vm, d, "tzname", vm.new_tuple({first, second}));
}

Value time_tzset(VM& vm, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "time.tzset", nargs, kwnames)) return Value::null();
  ::tzset();
  Value mod = dict_get_str(vm.modules(), vm.intern("time"));
  if (is_kind(mod, ObjKind::Module) &&
      !init_timezone(vm, static_cast<ModuleObject*>(mod.as_object())->dict)) {
    return Value::null();
  }
  return Value::none();
}

}  // namespace

Value time_module_init(VM& vm) {
  ModuleObject* m = vm.new_module("time");
  if (!m) return Value::null();
  DictObject* d = m->dict;

  TypeObject* st = vm.new_builtin_type("struct_time", vm.types.tuple, ObjKind::Tuple);
  if (!st) return Value::null();
  st->is_basetype = false;
  TupleObject* match_args = vm.new_tuple(kStructTmVisible);
  if (!match_args) return Value::null();
  for (size_t i = 0; i < kStructTmItems; ++i) {
    if (i < kStructTmVisible) match_args->items()[i] = vm.intern_value(kStructTimeFields[i]);
    vm.add_property(st, kStructTimeFields[i], kFieldGetters[i]);
  }
  vm.add_attr(st, "__module__", vm.intern_value("time"));
  vm.add_attr(st, "__match_args__", Value::object(match_args));
  vm.add_attr(st, "n_fields", Value::small_int(kStructTmItems));
  vm.add_attr(st, "n_sequence_fields", Value::small_int(kStructTmVisible));
  vm.add_attr(st, "n_unnamed_fields", Value::small_int(0));
  vm.add_methods(st, {
                         {"__new__", struct_time_new, MethodDef::kStatic},
                         {"__repr__", struct_time_repr},
                     });
  if (!set_attr(vm, d, "struct_time", Value::object(st))) return Value::null();

  struct Fn {
    const char* name;
    NativeFn fn;
  };
  static const Fn functions[] = {
      {"time", time_time},
      {"time_ns", time_time_ns},
      {"monotonic", time_monotonic},
      {"monotonic_ns", time_monotonic_ns},
      {"perf_counter", time_perf_counter},
      {"perf_counter_ns", time_perf_counter_ns},
      {"process_time", time_process_time},
      {"process_time_ns", time_process_time_ns},
      {"thread_time", time_thread_time},
      {"thread_time_ns", time_thread_time_ns},
      {"clock_gettime", time_clock_gettime},
      {"clock_gettime_ns", time_clock_gettime_ns},
      {"clock_getres", time_clock_getres},
      {"sleep", time_sleep},
      {"gmtime", time_gmtime},
      {"localtime", time_localtime},
      {"ctime", time_ctime},
      {"asctime", time_asctime},
      {"mktime", time_mktime},
      {"strftime", time_strftime},
      {"tzset", time_tzset},
  };
  for (const Fn& f : functions) {
    if (!add_function(vm, d, f.name, f.fn)) return Value::null();
  }
  struct Const {
    const char* name;
    int64_t value;
  };
  static const Const constants[] = {
      {"CLOCK_REALTIME", CLOCK_REALTIME},
      {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
      {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
      {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
      {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
      {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
      {"CLOCK_TAI", CLOCK_TAI},
      {"_STRUCT_TM_ITEMS", static_cast<int64_t>(kStructTmItems)},
  };
  for (const Const& c : constants) {
    if (!set_attr(vm, d, c.name, vm.new_int(c.value))) return Value::null();
  }
  if (!init_timezone(vm, d)) return Value::null();
  return Value::object(m);
}

}  // namespace krait
