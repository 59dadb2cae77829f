// number_format.h — float text conversion and Python's formatting mini-languages.
//
// Role: every place where Krait turns a number into text or text into a float goes through
// here: repr/str of floats, float(str), round(), float // and %, format()/f-strings
// (the format-spec mini-language for int, float and str) and printf-style `str % args`.
// Pure C++ with no dependency on the VM's value types; ints arrive as BigInt.
//
// The text produced must be byte-for-byte what CPython 3.11 produces, so the code mirrors
// Python/pystrtod.c (format_float_short), Python/formatter_unicode.c and the printf-style
// helpers of Objects/unicodeobject.c. Decimal digits come from std::to_chars, which gives
// the shortest round-trip digits and correctly rounded (half-even) fixed/scientific digits,
// the same digits as CPython's dtoa in modes 0, 2 and 3.
//
// Strings are UTF-8; widths and precisions count code points. Errors are returned, never
// thrown: FormatError carries the Python exception type and CPython's exact message.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/bigint.h"

namespace krait {

// ---- Floats: repr, parsing, rounding, floor division ---------------------------------------

// repr(x) / str(x): shortest round-trip digits, exponent form when the decimal exponent is
// < -4 or >= 16, ".0" added to integral values, "inf", "-inf", "nan", "-0.0".
std::string float_repr(double x);

// float(s) for an ASCII string: surrounding whitespace, sign, '_' between digits, "inf",
// "infinity", "nan" (any case), exponents, ".5", "5.". Overflowing literals give +-inf and
// underflowing ones +-0.0, as in CPython. nullopt for anything else (CPython's message:
// "could not convert string to float: %R"). The caller maps Unicode digits and spaces to
// ASCII first, as CPython does.
std::optional<double> parse_float(std::string_view s);

// round(x) without ndigits: nearest integral value, ties to even, as a double (the caller
// converts to int and rejects inf/nan).
double round_half_even(double x);

// round(x, ndigits): the exact binary value rounded half-even to `ndigits` decimal places,
// then correctly rounded back to a double. inf and nan are returned unchanged. If the result
// overflows, `overflow` is set (CPython: OverflowError "rounded value too large to
// represent").
double float_round(double x, int64_t ndigits, bool& overflow);

// CPython float_floor_div / float_rem / float_divmod, including signed zeros and infinities.
// The caller checks b != 0 (ZeroDivisionError "float floor division by zero", "float modulo",
// "float divmod()").
double py_float_floordiv(double a, double b);
double py_float_mod(double a, double b);
void py_float_divmod(double a, double b, double& floordiv, double& mod);

// PyOS_double_to_string: `code` is one of e E f F g G r (r = repr; precision must be 0).
// Flags as CPython's Py_DTSF_*: add a '+' sign, add ".0" to integers (used by the empty
// format type), alternate form ('#'), and coerce negative zero ('z').
enum FloatFormatFlags : unsigned {
  kFloatSign = 1,
  kFloatAddDot0 = 2,
  kFloatAlt = 4,
  kFloatNoNegZero = 8,
};
std::string double_to_string(double x, char code, int precision, unsigned flags = 0);

// ---- format() / f-strings --------------------------------------------------------------------

// MemoryError (empty message) is reported for widths beyond INT32_MAX, where CPython would
// fail to allocate.
enum class NumErrorKind { ValueError, OverflowError, MemoryError };

struct FormatError {
  NumErrorKind kind = NumErrorKind::ValueError;
  std::string message;
};

// A parsed standard format specifier: [[fill]align][sign]["z"]["#"]["0"][width][grouping]
// ["." precision][type]. Produced by parse_format_spec, which fills in the defaults the
// object's type gives (int: type 'd', align '>'; float: type '\0', align '>'; str: type 's',
// align '<'), exactly like CPython's parse_internal_render_format_spec.
struct FormatSpec {
  char32_t fill = U' ';
  char align = '>';          // '<', '>', '^' or '='
  char sign = '\0';          // '\0', '+', '-' or ' '
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  int64_t width = -1;        // -1: not given
  char grouping = '\0';      // '\0', ',' or '_'
  int group_size = 0;        // 3, or 4 for '_' with b/o/x/X; 0 without grouping
  int64_t precision = -1;    // -1: not given
  char32_t type = U'\0';     // '\0' when omitted and the default type is '\0'
};

// Parses a UTF-8 format spec. `type_name` is used in the messages ("int", "float", "str",
// or a subclass name like "bool"). Width and precision take ASCII digits only (CPython
// also accepts other Unicode decimal digits there).
std::optional<FormatSpec> parse_format_spec(std::string_view spec, char default_type,
                                            char default_align, std::string_view type_name,
                                            FormatError& error);

// format(v, spec) for an int: types b c d o x X n and none; e E f F g G % convert to float
// first (OverflowError "int too large to convert to float"). An empty spec gives str(v)
// (bool's "True"/"False" is the caller's business, as is the int_max_str_digits limit on
// decimal output). 'n' formats as 'd' (the C locale: no grouping).
bool format_int(const BigInt& v, std::string_view spec, std::string& out, FormatError& error,
                std::string_view type_name = "int");

// format(v, spec) for a float: types e E f F g G n % and none. An empty spec gives repr(v).
bool format_float(double v, std::string_view spec, std::string& out, FormatError& error,
                  std::string_view type_name = "float");

// format(s, spec) for a str (UTF-8): type 's' or none, fill/align/width/precision in code
// points.
bool format_str(std::string_view utf8, std::string_view spec, std::string& out, FormatError& error,
                std::string_view type_name = "str");

// ---- printf-style formatting (str.__mod__) ---------------------------------------------------

// One parsed conversion of `str % args`, after the caller has resolved '*' width/precision
// and the mapping key. Mirrors CPython's struct unicode_format_arg_t.
struct PercentSpec {
  bool left_adjust = false;  // '-'
  bool plus_sign = false;    // '+'
  bool space_sign = false;   // ' '
  bool alternate = false;    // '#'
  bool zero_pad = false;     // '0'
  int64_t width = -1;        // -1: not given
  int64_t precision = -1;    // -1: not given
  char conversion = 'd';
};

// %d %i %u %o %x %X for an int (the caller converts floats with int() and rejects other
// types). Fails only with OverflowError "precision too large" (precision > INT_MAX - 3), or
// MemoryError for a width beyond INT32_MAX.
bool percent_format_int(const BigInt& v, const PercentSpec& spec, std::string& out,
                        FormatError& error);

// %e %E %f %F %g %G for a float (precision defaults to 6). Fails only with ValueError
// "precision too big" (precision > INT_MAX), or MemoryError for a width beyond INT32_MAX.
bool percent_format_float(double v, const PercentSpec& spec, std::string& out, FormatError& error);

// %s %r %a %c once the caller has the text (str(), repr(), ascii() or the character):
// precision truncates, width pads with spaces (code points; '0' and signs are ignored for
// text, as in CPython).
void percent_format_str(std::string_view utf8, const PercentSpec& spec, std::string& out);

// ---- UTF-8 helpers shared with the formatters ------------------------------------------------

// Number of code points in valid UTF-8 (continuation bytes are not counted).
size_t utf8_length(std::string_view s);
// Appends the UTF-8 encoding of `cp` `count` times.
void append_utf8(std::string& out, char32_t cp, size_t count = 1);

}  // namespace krait
