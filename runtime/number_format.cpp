// number_format.cpp — float text conversion and the formatting mini-languages
// (see number_format.h for the contract).
//
// Layout: decimal digit generation (to_chars standing in for CPython's dtoa), the port of
// format_float_short, float parsing and rounding, the format-spec parser and renderers
// (port of Python/formatter_unicode.c), and printf-style helpers (port of the
// unicode_format_arg_* functions of Objects/unicodeobject.c).
#include "runtime/number_format.h"

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstring>
#include <system_error>
#include <vector>

namespace krait {

namespace {

// Formatting refuses outputs longer than this (CPython would raise MemoryError trying).
constexpr int64_t kMaxOutput = INT32_MAX;

// Python's str.isspace restricted to ASCII (Py_ISSPACE).
bool is_py_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// ---- Decimal digits (the role of CPython's _Py_dg_dtoa) ---------------------------------------

// The value is (digits) * 10**(decpt - len(digits)); no leading or trailing zeros in `digits`
// except that zero itself is "0" with decpt 1, and a value rounding to zero in mode 3 is ""
// with decpt = -ndigits (dtoa's "no digits" case).
struct DecimalDigits {
  std::string digits;
  int decpt = 0;
  bool negative = false;
};

// Parses to_chars scientific output "d[.ddd]e[+-]xx" (no sign) into digits and decpt.
void parse_scientific(std::string_view s, DecimalDigits& out) {
  size_t e = s.find('e');
  std::string_view mant = s.substr(0, e);
  int exp = 0;
  std::from_chars(s.data() + e + 1 + (s[e + 1] == '+' ? 1 : 0), s.data() + s.size(), exp);
  out.digits.clear();
  for (char c : mant)
    if (c != '.') out.digits.push_back(c);
  while (out.digits.size() > 1 && out.digits.back() == '0') out.digits.pop_back();
  out.decpt = exp + 1;
}

// mode 0: shortest round-trip; mode 2: max(ndigits, 1) significant digits; mode 3: ndigits
// digits after the decimal point. x must be finite.
DecimalDigits dtoa(double x, int mode, int ndigits) {
  DecimalDigits r;
  r.negative = std::signbit(x);
  double ax = std::fabs(x);
  if (ax == 0.0) {
    r.digits = "0";
    r.decpt = 1;
    return r;
  }
  std::string buf;
  if (mode == 0) {
    buf.resize(64);
    auto res =
        std::to_chars(buf.data(), buf.data() + buf.size(), ax, std::chars_format::scientific);
    parse_scientific(std::string_view(buf.data(), static_cast<size_t>(res.ptr - buf.data())), r);
  } else if (mode == 2) {
    int prec = std::max(ndigits, 1) - 1;
    buf.resize(static_cast<size_t>(prec) + 32);
    auto res =
        std::to_chars(buf.data(), buf.data() + buf.size(), ax, std::chars_format::scientific, prec);
    parse_scientific(std::string_view(buf.data(), static_cast<size_t>(res.ptr - buf.data())), r);
  } else {
    buf.resize(static_cast<size_t>(ndigits) + 330);
    auto res =
        std::to_chars(buf.data(), buf.data() + buf.size(), ax, std::chars_format::fixed, ndigits);
    std::string_view s(buf.data(), static_cast<size_t>(res.ptr - buf.data()));
    size_t dot = s.find('.');
    std::string_view ipart = s.substr(0, dot);
    std::string_view fpart = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
    std::string all;
    all.reserve(ipart.size() + fpart.size());
    all.append(ipart);
    all.append(fpart);
    int decpt = static_cast<int>(ipart.size());
    size_t lead = 0;
    while (lead < all.size() && all[lead] == '0') ++lead;
    if (lead == all.size()) {
      r.digits.clear();
      r.decpt = -ndigits;
      return r;
    }
    decpt -= static_cast<int>(lead);
    size_t last = all.size();
    while (last > lead && all[last - 1] == '0') --last;
    r.digits = all.substr(lead, last - lead);
    r.decpt = decpt;
  }
  return r;
}

// Port of CPython's format_float_short (Python/pystrtod.c, 3.11): lays out dtoa's digits for
// format codes 'e', 'f', 'g' and 'r'.
std::string format_float_short(double d, char format_code, int mode, int precision,
                               bool always_add_sign, bool add_dot_0_if_integer,
                               bool use_alt_formatting, bool no_negative_zero, bool upper) {
  std::string out;
  if (std::isnan(d) || std::isinf(d)) {
    // The sign of a nan is ignored.
    if (std::isinf(d) && d < 0)
      out.push_back('-');
    else if (always_add_sign)
      out.push_back('+');
    out += std::isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return out;
  }
  DecimalDigits dd = dtoa(d, mode, precision);
  bool sign = dd.negative;
  const std::string& digits = dd.digits;
  const int64_t digits_len = static_cast<int64_t>(digits.size());
  int64_t decpt = dd.decpt;
  // 'z': a result that rounded to zero loses its sign (checked before any zero padding).
  if (no_negative_zero && sign && (digits_len == 0 || (digits_len == 1 && digits[0] == '0')))
    sign = false;

  int64_t vdigits_end = digits_len;
  bool use_exp = false;
  int64_t exp = 0;
  switch (format_code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0_if_integer ? precision - 1 : precision)) use_exp = true;
      if (use_alt_formatting) vdigits_end = precision;
      break;
    case 'r':
      // Exponent form from 1e16: a 16-digit shortest repr padded with zeros would mislead.
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
    default:
      break;
  }
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  // Ensure vdigits_start < decpt <= vdigits_end, or vdigits_start < decpt < vdigits_end if
  // add_dot_0_if_integer and no exponent.
  const int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0_if_integer)
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

  out.reserve(static_cast<size_t>(vdigits_end - vdigits_start) + 8);
  if (sign)
    out.push_back('-');
  else if (always_add_sign)
    out.push_back('+');
  // Zero padding on the left of the digit string.
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out.push_back('.');
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vdigits_start), '0');
  }
  // Digits, with the decimal point when it falls inside them.
  if (0 < decpt && decpt <= digits_len) {
    out.append(digits, 0, static_cast<size_t>(decpt));
    out.push_back('.');
    out.append(digits, static_cast<size_t>(decpt), std::string::npos);
  } else {
    out.append(digits);
  }
  // Zeros on the right.
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out.push_back('.');
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  // Drop a trailing decimal point unless in alternate form.
  if (out.back() == '.' && !use_alt_formatting) out.pop_back();
  if (use_exp) {
    char buf[32];
    int64_t ae = exp < 0 ? -exp : exp;
    int n = 0;
    buf[n++] = upper ? 'E' : 'e';
    buf[n++] = exp < 0 ? '-' : '+';
    std::string e = std::to_string(ae);
    if (e.size() < 2) buf[n++] = '0';
    out.append(buf, static_cast<size_t>(n));
    out.append(e);
  }
  return out;
}

// ---- UTF-8 ----------------------------------------------------------------------------------

std::u32string decode_utf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    char32_t cp;
    size_t n;
    if (c < 0x80) {
      cp = c;
      n = 1;
    } else if ((c >> 5) == 6) {
      cp = c & 0x1F;
      n = 2;
    } else if ((c >> 4) == 14) {
      cp = c & 0x0F;
      n = 3;
    } else if ((c >> 3) == 30) {
      cp = c & 0x07;
      n = 4;
    } else {
      cp = c;
      n = 1;
    }  // invalid lead byte: take it as Latin-1
    if (i + n > s.size()) {
      cp = c;
      n = 1;
    }
    for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

// Byte offset of the first `n` code points of `s`.
size_t utf8_prefix_bytes(std::string_view s, size_t n) {
  size_t i = 0;
  while (i < s.size() && n > 0) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --n;
  }
  return i;
}

// ---- Format-spec error messages (formatter_unicode.c) ---------------------------------------

std::string char_for_message(char32_t c) {
  // CPython prints printable ASCII as is and anything else as \x<hex>.
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  char buf[16];
  auto res = std::to_chars(buf, buf + sizeof buf, static_cast<uint32_t>(c), 16);
  return "\\x" + std::string(buf, res.ptr);
}

std::string truncated_type_name(std::string_view type_name) {
  return std::string(type_name.substr(0, 200));  // CPython's %.200s
}

bool fail(FormatError& error, std::string message, NumErrorKind kind = NumErrorKind::ValueError) {
  error.kind = kind;
  error.message = std::move(message);
  return false;
}

bool unknown_presentation_type(FormatError& error, char32_t type, std::string_view type_name) {
  return fail(error, "Unknown format code '" + char_for_message(type) + "' for object of type '" +
                         truncated_type_name(type_name) + "'");
}

// ---- Number layout (calc_number_widths + fill_number) ----------------------------------------

// _PyUnicode_InsertThousandsGrouping: the digits grouped by `group` (0: no grouping),
// left-padded with zeros (which are grouped too) up to min_width characters.
std::string group_digits(std::string_view digits, int64_t min_width, int group, char sep) {
  std::string rev;  // built right to left
  int64_t remaining = static_cast<int64_t>(digits.size());
  min_width = std::max<int64_t>(0, min_width);
  size_t pos = digits.size();
  bool use_sep = false, loop_broken = false;
  auto emit = [&](int64_t n_chars, int64_t n_zeros) {
    if (use_sep) rev.push_back(sep);
    for (int64_t i = 0; i < n_chars; ++i) rev.push_back(digits[--pos]);
    rev.append(static_cast<size_t>(n_zeros), '0');
  };
  if (group > 0) {
    while (true) {
      int64_t len = std::min<int64_t>(group, std::max<int64_t>(std::max(remaining, min_width), 1));
      int64_t n_zeros = std::max<int64_t>(0, len - remaining);
      int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
      emit(n_chars, n_zeros);
      use_sep = true;
      remaining -= n_chars;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        loop_broken = true;
        break;
      }
      min_width -= 1;  // the separator's width
    }
  }
  if (!loop_broken) {
    int64_t len = std::max<int64_t>(std::max(remaining, min_width), 1);
    int64_t n_zeros = std::max<int64_t>(0, len - remaining);
    int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
    emit(n_chars, n_zeros);
  }
  std::reverse(rev.begin(), rev.end());
  return rev;
}

struct NumberParts {
  char sign_char = '\0';     // '-' if the number is negative
  std::string prefix;        // "0x", "0B", ... (alternate form)
  std::string digits;        // the integer digits
  bool has_decimal = false;  // a '.' follows the digits
  std::string remainder;     // after the '.', or the exponent, or the 'c' character
  size_t remainder_cps = 0;  // code points in remainder
};

// Splits a formatted float ("-12.5e+03", "inf", "50.0%") into the parts CPython's
// parse_number finds.
NumberParts split_float_text(const std::string& text) {
  NumberParts p;
  size_t i = 0;
  if (!text.empty() && text[0] == '-') {
    p.sign_char = '-';
    i = 1;
  }
  size_t start = i;
  while (i < text.size() && is_digit(text[i])) ++i;
  p.digits = text.substr(start, i - start);
  if (i < text.size() && text[i] == '.') {
    p.has_decimal = true;
    ++i;
  }
  p.remainder = text.substr(i);
  p.remainder_cps = p.remainder.size();
  return p;
}

bool render_number(const NumberParts& p, const FormatSpec& spec, std::string& out,
                   FormatError& error) {
  char sign = '\0';
  switch (spec.sign) {
    case '+':
      sign = p.sign_char == '-' ? '-' : '+';
      break;
    case ' ':
      sign = p.sign_char == '-' ? '-' : ' ';
      break;
    default:
      sign = p.sign_char == '-' ? '-' : '\0';
      break;
  }
  const int64_t n_sign = sign ? 1 : 0;
  const int64_t n_prefix = static_cast<int64_t>(p.prefix.size());
  const int64_t n_decimal = p.has_decimal ? 1 : 0;
  const int64_t n_remainder = static_cast<int64_t>(p.remainder_cps);
  const int64_t n_non_digit_non_padding = n_sign + n_prefix + n_decimal + n_remainder;
  // Zero padding with '=' goes through the grouping code so the zeros get separators too.
  int64_t n_min_width = 0;
  if (spec.fill == U'0' && spec.align == '=') n_min_width = spec.width - n_non_digit_non_padding;
  if (n_min_width > kMaxOutput) return fail(error, "", NumErrorKind::MemoryError);
  // No digits only happens for 'c' and for inf/nan; grouping always wants one character.
  std::string grouped;
  if (!p.digits.empty())
    grouped = group_digits(p.digits, n_min_width, spec.group_size, spec.grouping);
  const int64_t n_grouped = static_cast<int64_t>(grouped.size());
  int64_t n_padding = spec.width - (n_non_digit_non_padding + n_grouped);
  if (n_padding > kMaxOutput) return fail(error, "", NumErrorKind::MemoryError);
  int64_t n_lpadding = 0, n_spadding = 0, n_rpadding = 0;
  if (n_padding > 0) {
    switch (spec.align) {
      case '<':
        n_rpadding = n_padding;
        break;
      case '^':
        n_lpadding = n_padding / 2;
        n_rpadding = n_padding - n_lpadding;
        break;
      case '=':
        n_spadding = n_padding;
        break;
      default:
        n_lpadding = n_padding;
        break;
    }
  }
  out.clear();
  append_utf8(out, spec.fill, static_cast<size_t>(n_lpadding));
  if (sign) out.push_back(sign);
  out += p.prefix;
  append_utf8(out, spec.fill, static_cast<size_t>(n_spadding));
  out += grouped;
  if (p.has_decimal) out.push_back('.');
  out += p.remainder;
  append_utf8(out, spec.fill, static_cast<size_t>(n_rpadding));
  return true;
}

// format_float_internal with an already parsed spec (also used for ints with float types).
bool format_float_with_spec(double val, const FormatSpec& format, std::string& out,
                            FormatError& error) {
  if (format.precision > INT_MAX) return fail(error, "precision too big");
  int precision = static_cast<int>(format.precision);
  int default_precision = 6;
  char type = static_cast<char>(format.type);
  unsigned flags = 0;
  if (format.alternate) flags |= kFloatAlt;
  if (format.no_neg_zero) flags |= kFloatNoNegZero;
  if (type == '\0') {
    // Omitted type: like repr() without a precision, else like 'g' but always with at
    // least one digit after the decimal point.
    flags |= kFloatAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';  // 'n' is 'g' in the C locale
  bool add_pct = false;
  if (type == '%') {
    type = 'f';
    val *= 100;
    add_pct = true;
  }
  if (precision < 0)
    precision = default_precision;
  else if (type == 'r')
    type = 'g';
  std::string text = double_to_string(val, type, precision, flags);
  if (add_pct) text.push_back('%');
  NumberParts parts = split_float_text(text);
  return render_number(parts, format, out, error);
}

// ---- printf-style output (unicode_format_arg_output) ----------------------------------------

// `text` is the converted value; `numeric` is CPython's arg->sign (true for numbers).
void percent_output(const std::string& text, const PercentSpec& spec, bool numeric,
                    std::string& out) {
  out.clear();
  int64_t len = static_cast<int64_t>(utf8_length(text));
  int64_t width = spec.width;
  const char ch = spec.conversion;
  if ((width == -1 || width <= len) && (spec.precision == -1 || spec.precision >= len) &&
      !(spec.plus_sign || spec.space_sign)) {
    out = text;
    return;
  }
  if ((ch == 's' || ch == 'r' || ch == 'a') && spec.precision >= 0 && len > spec.precision)
    len = spec.precision;
  size_t pindex = 0;
  char signchar = '\0';
  if (numeric) {
    char c = text.empty() ? '\0' : text[0];
    if (c == '-' || c == '+') {
      signchar = c;
      --len;
      ++pindex;
    } else if (spec.plus_sign) {
      signchar = '+';
    } else if (spec.space_sign) {
      signchar = ' ';
    }
  }
  const char fill = numeric && spec.zero_pad ? '0' : ' ';
  if (width < len) width = len;
  if (signchar) {
    if (fill != ' ') out.push_back(signchar);
    if (width > len) --width;
  }
  const bool has_prefix = spec.alternate && (ch == 'x' || ch == 'X' || ch == 'o');
  if (has_prefix) {
    if (fill != ' ') {
      out.append(text, pindex, 2);
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !spec.left_adjust) {
    out.append(static_cast<size_t>(width - len), fill);
    width = len;
  }
  if (fill == ' ') {
    if (signchar) out.push_back(signchar);
    if (has_prefix) {
      out.append(text, pindex, 2);
      pindex += 2;
    }
  }
  if (len > 0) {
    size_t nbytes =
        utf8_prefix_bytes(std::string_view(text).substr(pindex), static_cast<size_t>(len));
    out.append(text, pindex, nbytes);
  }
  if (width > len) out.append(static_cast<size_t>(width - len), ' ');
}

}  // namespace

// ---- UTF-8 helpers ---------------------------------------------------------------------------

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

void append_utf8(std::string& out, char32_t cp, size_t count) {
  char buf[4];
  size_t n;
  if (cp < 0x80) {
    buf[0] = static_cast<char>(cp);
    n = 1;
  } else if (cp < 0x800) {
    buf[0] = static_cast<char>(0xC0 | (cp >> 6));
    buf[1] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    buf[0] = static_cast<char>(0xE0 | (cp >> 12));
    buf[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[2] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    buf[0] = static_cast<char>(0xF0 | (cp >> 18));
    buf[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buf[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[3] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 4;
  }
  if (n == 1) {
    out.append(count, buf[0]);
    return;
  }
  out.reserve(out.size() + n * count);
  for (size_t i = 0; i < count; ++i) out.append(buf, n);
}

// ---- Floats ----------------------------------------------------------------------------------

std::string double_to_string(double x, char code, int precision, unsigned flags) {
  if (precision < 0) precision = 0;
  // PyOS_double_to_string: map the format code to a dtoa mode.
  bool upper = false;
  int mode = 0;
  switch (code) {
    case 'E':
      upper = true;
      code = 'e';
      [[fallthrough]];
    case 'e':
      mode = 2;
      ++precision;
      break;
    case 'F':
      upper = true;
      code = 'f';
      [[fallthrough]];
    case 'f':
      mode = 3;
      break;
    case 'G':
      upper = true;
      code = 'g';
      [[fallthrough]];
    case 'g':
      mode = 2;
      if (precision == 0) precision = 1;  // precision 0 makes no sense for 'g'
      break;
    case 'r':
      mode = 0;
      precision = 0;
      break;
    default:
      return std::string();
  }
  return format_float_short(x, code, mode, precision, flags & kFloatSign, flags & kFloatAddDot0,
                            flags & kFloatAlt, flags & kFloatNoNegZero, upper);
}

std::string float_repr(double x) {
  return double_to_string(x, 'r', 0, kFloatAddDot0);
}

std::optional<double> parse_float(std::string_view s) {
  // CPython: PyFloat_FromString -> _Py_string_to_number_with_underscores ->
  // float_from_string_inner -> _PyOS_ascii_strtod.
  size_t b = 0, e = s.size();
  while (b < e && is_py_space(s[b])) ++b;
  while (e > b && is_py_space(s[e - 1])) --e;
  std::string_view t = s.substr(b, e - b);
  std::string cleaned;
  if (t.find('_') != std::string_view::npos) {
    // Underscores only between digits.
    char prev = '\0';
    for (char c : t) {
      if (c == '_') {
        if (!is_digit(prev)) return std::nullopt;
      } else {
        if (prev == '_' && !is_digit(c)) return std::nullopt;
        cleaned.push_back(c);
      }
      prev = c;
    }
    if (prev == '_') return std::nullopt;
    t = cleaned;
  }
  bool negative = false;
  size_t i = 0;
  if (i < t.size() && (t[i] == '+' || t[i] == '-')) {
    negative = t[i] == '-';
    ++i;
  }
  std::string_view body = t.substr(i);
  auto iequals = [](std::string_view a, std::string_view b2) {
    if (a.size() != b2.size()) return false;
    for (size_t k = 0; k < a.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(a[k])) != b2[k]) return false;
    return true;
  };
  if (iequals(body, "inf") || iequals(body, "infinity")) return negative ? -HUGE_VAL : HUGE_VAL;
  if (iequals(body, "nan")) return negative ? -std::nan("") : std::nan("");
  // Validate the decimal grammar: digits [. digits] (at least one digit) [e [sign] digits].
  size_t k = 0, mant_digits = 0;
  int64_t int_digits = 0;  // significant integer digits (leading zeros skipped)
  int64_t leading_frac_zeros = 0;
  bool seen_nonzero = false;
  while (k < body.size() && is_digit(body[k])) {
    if (body[k] != '0' || seen_nonzero) {
      seen_nonzero = true;
      ++int_digits;
    }
    ++k;
    ++mant_digits;
  }
  if (k < body.size() && body[k] == '.') {
    ++k;
    while (k < body.size() && is_digit(body[k])) {
      if (!seen_nonzero) {
        if (body[k] == '0')
          ++leading_frac_zeros;
        else
          seen_nonzero = true;
      }
      ++k;
      ++mant_digits;
    }
  }
  if (mant_digits == 0) return std::nullopt;
  int64_t exponent = 0;
  if (k < body.size() && (body[k] == 'e' || body[k] == 'E')) {
    ++k;
    bool eneg = false;
    if (k < body.size() && (body[k] == '+' || body[k] == '-')) {
      eneg = body[k] == '-';
      ++k;
    }
    size_t estart = k;
    while (k < body.size() && is_digit(body[k])) {
      if (exponent < 1'000'000'000) exponent = exponent * 10 + (body[k] - '0');
      ++k;
    }
    if (k == estart) return std::nullopt;
    if (eneg) exponent = -exponent;
  }
  if (k != body.size()) return std::nullopt;
  double value = 0.0;
  auto res =
      std::from_chars(body.data(), body.data() + body.size(), value, std::chars_format::general);
  if (res.ec == std::errc::result_out_of_range) {
    // Overflow or underflow: decide by the decimal exponent of the first significant digit.
    int64_t sci_exp =
        int_digits > 0 ? int_digits - 1 + exponent : exponent - leading_frac_zeros - 1;
    value = sci_exp >= 0 ? HUGE_VAL : 0.0;
  } else if (res.ec != std::errc() || res.ptr != body.data() + body.size()) {
    return std::nullopt;
  }
  return negative ? -value : value;
}

double round_half_even(double x) {
  // CPython float___round___impl without ndigits.
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
  return rounded;
}

double float_round(double x, int64_t ndigits, bool& overflow) {
  overflow = false;
  if (!std::isfinite(x)) return x;
  // CPython's NDIGITS_MAX / NDIGITS_MIN: beyond them the result is x itself or a zero.
  constexpr int64_t kNdigitsMax = static_cast<int64_t>((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
  constexpr int64_t kNdigitsMin = -static_cast<int64_t>((DBL_MAX_EXP + 1) * 0.30103);
  if (ndigits > kNdigitsMax) return x;
  if (ndigits < kNdigitsMin) return 0.0 * x;
  if (x == 0.0) return x;
  // CPython rounds via dtoa mode 3 and strtod; the exact equivalent here: x = M * 2**E,
  // round x * 10**ndigits half-even to an integer q, then correctly round q / 10**ndigits.
  int e2 = 0;
  double m = std::frexp(std::fabs(x), &e2);
  BigInt mant(static_cast<uint64_t>(std::ldexp(m, DBL_MANT_DIG)));
  const int64_t e = e2 - DBL_MANT_DIG;
  BigInt num = mant, den(1);
  const BigInt p10 =
      BigInt::pow(BigInt(10), static_cast<uint64_t>(ndigits >= 0 ? ndigits : -ndigits));
  if (ndigits >= 0)
    num = num * p10;
  else
    den = p10;
  if (e >= 0)
    num = BigInt::lshift(num, static_cast<uint64_t>(e));
  else
    den = BigInt::lshift(den, static_cast<uint64_t>(-e));
  BigInt q, r;
  BigInt::divmod_floor(num, den, q, r);
  int c = BigInt::lshift(r, 1).compare(den);
  if (c > 0 || (c == 0 && q.is_odd())) q = q + BigInt(1);
  double result;
  if (ndigits >= 0) {
    result = BigInt::true_divide(q, p10, overflow);
  } else {
    result = (q * p10).to_double(overflow);
  }
  if (std::isinf(result)) overflow = true;
  return std::signbit(x) ? -result : result;
}

void py_float_divmod(double vx, double wx, double& floordiv, double& mod) {
  // CPython _float_div_mod.
  mod = std::fmod(vx, wx);
  // fmod is exact, so vx - mod is mathematically a multiple of wx; the division may still
  // be slightly off an integer, hence the snapping below.
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
}

double py_float_floordiv(double a, double b) {
  double q, r;
  py_float_divmod(a, b, q, r);
  return q;
}

double py_float_mod(double vx, double wx) {
  // CPython float_rem.
  double mod = std::fmod(vx, wx);
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) mod += wx;
  } else {
    mod = std::copysign(0.0, wx);
  }
  return mod;
}

// ---- Format-spec parsing ---------------------------------------------------------------------

std::optional<FormatSpec> parse_format_spec(std::string_view spec_utf8, char default_type,
                                            char default_align, std::string_view type_name,
                                            FormatError& error) {
  // Port of parse_internal_render_format_spec (CPython 3.11).
  const std::u32string spec = decode_utf8(spec_utf8);
  const size_t end = spec.size();
  size_t pos = 0;
  FormatSpec f;
  f.align = default_align;
  f.type = static_cast<unsigned char>(default_type);
  bool align_specified = false, fill_char_specified = false;
  auto is_align = [](char32_t c) { return c == U'<' || c == U'>' || c == U'=' || c == U'^'; };
  auto is_sign = [](char32_t c) { return c == U' ' || c == U'+' || c == U'-'; };
  auto get_integer = [&](int64_t& result) -> int {
    int64_t acc = 0;
    int numdigits = 0;
    for (; pos < end && spec[pos] >= U'0' && spec[pos] <= U'9'; ++pos, ++numdigits) {
      int64_t d = spec[pos] - U'0';
      if (acc > (INT64_MAX - d) / 10) {
        fail(error, "Too many decimal digits in format string");
        return -1;
      }
      acc = acc * 10 + d;
    }
    result = acc;
    return numdigits;
  };

  if (end - pos >= 2 && is_align(spec[pos + 1])) {
    f.align = static_cast<char>(spec[pos + 1]);
    f.fill = spec[pos];
    fill_char_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(spec[pos])) {
    f.align = static_cast<char>(spec[pos]);
    align_specified = true;
    ++pos;
  }
  if (end - pos >= 1 && is_sign(spec[pos])) {
    f.sign = static_cast<char>(spec[pos]);
    ++pos;
  }
  if (end - pos >= 1 && spec[pos] == U'z') {
    f.no_neg_zero = true;
    ++pos;
  }
  if (end - pos >= 1 && spec[pos] == U'#') {
    f.alternate = true;
    ++pos;
  }
  // '0' before the width means zero fill, and '=' alignment for numbers (since 3.10 it no
  // longer changes the alignment of strings, whose default is '<').
  if (!fill_char_specified && end - pos >= 1 && spec[pos] == U'0') {
    f.fill = U'0';
    if (!align_specified && default_align == '>') f.align = '=';
    ++pos;
  }
  int consumed = get_integer(f.width);
  if (consumed < 0) return std::nullopt;
  if (consumed == 0) f.width = -1;
  if (end - pos >= 1 && spec[pos] == U',') {
    f.grouping = ',';
    ++pos;
  }
  if (end - pos >= 1 && spec[pos] == U'_') {
    if (f.grouping != '\0') {
      fail(error, "Cannot specify both ',' and '_'.");
      return std::nullopt;
    }
    f.grouping = '_';
    ++pos;
  }
  if (end - pos >= 1 && spec[pos] == U',' && f.grouping == '_') {
    fail(error, "Cannot specify both ',' and '_'.");
    return std::nullopt;
  }
  if (end - pos >= 1 && spec[pos] == U'.') {
    ++pos;
    consumed = get_integer(f.precision);
    if (consumed < 0) return std::nullopt;
    if (consumed == 0) {
      fail(error, "Format specifier missing precision");
      return std::nullopt;
    }
  }
  if (end - pos > 1) {
    fail(error, "Invalid format specifier '" + std::string(spec_utf8) + "' for object of type '" +
                    truncated_type_name(type_name) + "'");
    return std::nullopt;
  }
  if (end - pos == 1) f.type = spec[pos++];
  if (f.grouping != '\0') {
    switch (f.type) {
      case U'd':
      case U'e':
      case U'f':
      case U'g':
      case U'E':
      case U'G':
      case U'%':
      case U'F':
      case U'\0':
        f.group_size = 3;
        break;
      case U'b':
      case U'o':
      case U'x':
      case U'X':
        if (f.grouping == '_') {
          f.group_size = 4;  // PEP 515: every four digits in bin/oct/hex
          break;
        }
        [[fallthrough]];
      default:
        fail(error, std::string("Cannot specify '") + f.grouping + "' with '" +
                        char_for_message(f.type) + "'.");
        return std::nullopt;
    }
  }
  return f;
}

// ---- format() --------------------------------------------------------------------------------

bool format_int(const BigInt& v, std::string_view spec_text, std::string& out, FormatError& error,
                std::string_view type_name) {
  if (spec_text.empty()) {
    out = v.to_string(10);
    return true;
  }
  auto parsed = parse_format_spec(spec_text, 'd', '>', type_name, error);
  if (!parsed) return false;
  const FormatSpec& format = *parsed;
  switch (format.type) {
    case U'b':
    case U'c':
    case U'd':
    case U'o':
    case U'x':
    case U'X':
    case U'n':
      break;
    case U'e':
    case U'E':
    case U'f':
    case U'F':
    case U'g':
    case U'G':
    case U'%': {
      bool overflow = false;
      double d = v.to_double(overflow);
      if (overflow)
        return fail(error, "int too large to convert to float", NumErrorKind::OverflowError);
      return format_float_with_spec(d, format, out, error);
    }
    default:
      return unknown_presentation_type(error, format.type, type_name);
  }
  // format_long_internal.
  if (format.precision != -1)
    return fail(error, "Precision not allowed in integer format specifier");
  if (format.no_neg_zero)
    return fail(error, "Negative zero coercion (z) not allowed in integer format specifier");
  NumberParts parts;
  if (format.type == U'c') {
    if (format.sign != '\0')
      return fail(error, "Sign not allowed with integer format specifier 'c'");
    if (format.alternate)
      return fail(error, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t cp = 0;
    if (!v.to_int64(cp))  // PyLong_AsLong fails before the range check
      return fail(error, "Python int too large to convert to C long", NumErrorKind::OverflowError);
    if (cp < 0 || cp > 0x10FFFF)
      return fail(error, "%c arg not in range(0x110000)", NumErrorKind::OverflowError);
    // The character is laid out as a "remainder": copied, never grouped.
    append_utf8(parts.remainder, static_cast<char32_t>(cp));
    parts.remainder_cps = 1;
  } else {
    int base = 10;
    const char* prefix = "";
    switch (format.type) {
      case U'b':
        base = 2;
        prefix = "0b";
        break;
      case U'o':
        base = 8;
        prefix = "0o";
        break;
      case U'x':
        base = 16;
        prefix = "0x";
        break;
      case U'X':
        base = 16;
        prefix = "0X";
        break;
      default:
        break;
    }
    parts.digits = v.abs().to_string(base);
    if (format.type == U'X')
      std::transform(parts.digits.begin(), parts.digits.end(), parts.digits.begin(), [](char c) {
        return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      });
    if (format.alternate) parts.prefix = prefix;
    if (v.is_negative()) parts.sign_char = '-';
  }
  FormatSpec effective = format;
  if (format.type == U'n') effective.group_size = 0;  // C locale: no grouping
  return render_number(parts, effective, out, error);
}

bool format_float(double v, std::string_view spec_text, std::string& out, FormatError& error,
                  std::string_view type_name) {
  if (spec_text.empty()) {
    out = float_repr(v);
    return true;
  }
  auto parsed = parse_format_spec(spec_text, '\0', '>', type_name, error);
  if (!parsed) return false;
  switch (parsed->type) {
    case U'\0':
    case U'e':
    case U'E':
    case U'f':
    case U'F':
    case U'g':
    case U'G':
    case U'n':
    case U'%':
      return format_float_with_spec(v, *parsed, out, error);
    default:
      return unknown_presentation_type(error, parsed->type, type_name);
  }
}

bool format_str(std::string_view utf8, std::string_view spec_text, std::string& out,
                FormatError& error, std::string_view type_name) {
  if (spec_text.empty()) {
    out.assign(utf8);
    return true;
  }
  auto parsed = parse_format_spec(spec_text, 's', '<', type_name, error);
  if (!parsed) return false;
  const FormatSpec& format = *parsed;
  if (format.type != U's') return unknown_presentation_type(error, format.type, type_name);
  // format_string_internal.
  if (format.sign != '\0') {
    return fail(error, format.sign == ' ' ? "Space not allowed in string format specifier"
                                          : "Sign not allowed in string format specifier");
  }
  if (format.no_neg_zero)
    return fail(error, "Negative zero coercion (z) not allowed in string format specifier");
  if (format.alternate)
    return fail(error, "Alternate form (#) not allowed in string format specifier");
  if (format.align == '=')
    return fail(error, "'=' alignment not allowed in string format specifier");
  int64_t len = static_cast<int64_t>(utf8_length(utf8));
  if ((format.width == -1 || format.width <= len) &&
      (format.precision == -1 || format.precision >= len)) {
    out.assign(utf8);
    return true;
  }
  if (format.precision >= 0 && len >= format.precision) len = format.precision;
  if (format.width > kMaxOutput) return fail(error, "", NumErrorKind::MemoryError);
  int64_t total = format.width >= 0 && format.width > len ? format.width : len;
  int64_t lpad = 0;
  if (format.align == '>')
    lpad = total - len;
  else if (format.align == '^')
    lpad = (total - len) / 2;
  int64_t rpad = total - len - lpad;
  out.clear();
  append_utf8(out, format.fill, static_cast<size_t>(lpad));
  out.append(utf8.substr(0, utf8_prefix_bytes(utf8, static_cast<size_t>(len))));
  append_utf8(out, format.fill, static_cast<size_t>(rpad));
  return true;
}

// ---- printf-style ----------------------------------------------------------------------------

bool percent_format_int(const BigInt& v, const PercentSpec& spec, std::string& out,
                        FormatError& error) {
  // _PyUnicode_FormatLong, then unicode_format_arg_output.
  if (spec.precision > INT_MAX - 3)
    return fail(error, "precision too large", NumErrorKind::OverflowError);
  if (spec.width > kMaxOutput) return fail(error, "", NumErrorKind::MemoryError);
  const char ch = spec.conversion;
  int base = 10;
  if (ch == 'o')
    base = 8;
  else if (ch == 'x' || ch == 'X')
    base = 16;
  std::string digits = v.abs().to_string(base);
  if (spec.precision > static_cast<int64_t>(digits.size()))
    digits.insert(0, static_cast<size_t>(spec.precision) - digits.size(), '0');
  std::string text;
  if (v.is_negative()) text.push_back('-');
  if (spec.alternate && base != 10) text += base == 8 ? "0o" : "0x";
  text += digits;
  if (ch == 'X')
    for (auto& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  percent_output(text, spec, true, out);
  return true;
}

bool percent_format_float(double v, const PercentSpec& spec, std::string& out, FormatError& error) {
  // formatfloat, then unicode_format_arg_output.
  if (spec.precision > INT_MAX) return fail(error, "precision too big");
  if (spec.width > kMaxOutput) return fail(error, "", NumErrorKind::MemoryError);
  int prec = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
  std::string text =
      double_to_string(v, spec.conversion, prec, spec.alternate ? unsigned{kFloatAlt} : 0u);
  percent_output(text, spec, true, out);
  return true;
}

void percent_format_str(std::string_view utf8, const PercentSpec& spec, std::string& out) {
  percent_output(std::string(utf8), spec, false, out);
}

}  // namespace krait
