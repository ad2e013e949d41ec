// The shared value parsers (rules/value_parsers.h). The parsers are hand-written
// scanners because they run on every value of a 1.5 GB feed; the *_problem
// functions only run on a value already found wrong, so they may use regexes
// to recognise the common mistakes and say what to write instead.
#include "rules/value_parsers.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <regex>

namespace syncfeed {
namespace {

// std::regex matches recursively, one stack frame per character: a long
// value (up to --max-text, 16 MiB) would overflow the stack. The diagnoses
// only look at values short enough to be a mistyped number or date.
constexpr std::size_t kMaxDiagnosed = 64;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Reads exactly `n` digits at `pos` into `out`.
bool read_digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (!is_digit(s[i])) return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

bool valid_date(const Date& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

std::optional<Date> parse_plain_date(std::string_view s) {
  Date d;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!read_digits(s, 0, 4, d.year) || !read_digits(s, 5, 2, d.month) || !read_digits(s, 8, 2, d.day))
    return std::nullopt;
  if (!valid_date(d)) return std::nullopt;
  return d;
}

const char* const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

// What is wrong with the numbers of a date that has the right shape.
std::string calendar_problem(int year, int month, int day) {
  if (month < 1 || month > 12) return fmt::format("has month {:02}; months are 01 to 12", month);
  if (day < 1 || day > days_in_month(year, month)) {
    if (month == 2 && day == 29) return fmt::format("is 29 February of {}, which is not a leap year", year);
    return fmt::format("has day {:02}; {} has {} days", day, kMonthNames[month - 1], days_in_month(year, month));
  }
  return {};
}

std::string clock_problem(int hour, int minute, int second) {
  if (hour > 23) return fmt::format("has hour {:02}; hours are 00 to 23", hour);
  if (minute > 59) return fmt::format("has minute {:02}; minutes are 00 to 59", minute);
  if (second > 59) return fmt::format("has second {:02}; seconds are 00 to 59", second);
  return {};
}

// 1.0E-5 as 0.00001: enough fraction digits for the mantissa's, no trailing zeros.
std::string without_exponent(const std::string& text) {
  const std::size_t e = text.find_first_of("eE");
  const std::size_t dot = text.find('.');
  const int mantissa_digits = dot < e ? static_cast<int>(e - dot - 1) : 0;
  const long exponent = std::strtol(text.c_str() + e + 1, nullptr, 10);  // saturates, never overflows
  const int precision = static_cast<int>(std::clamp(mantissa_digits - std::clamp(exponent, -40L, 40L), 0L, 30L));
  std::string out = fmt::format("{:.{}f}", std::strtod(text.c_str(), nullptr), precision);
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  return out;
}

}  // namespace

bool is_blank(std::string_view value) { return std::all_of(value.begin(), value.end(), is_space); }

// ---- Numbers --------------------------------------------------------------

bool is_positive_integer(std::string_view value) {
  return !value.empty() && value.front() != '0' && std::all_of(value.begin(), value.end(), is_digit);
}

std::string positive_integer_problem(std::string_view value) {
  if (is_positive_integer(value)) return {};
  if (is_blank(value)) return "is empty";
  if (trim(value) != value) {
    const std::string_view inner = trim(value);
    if (is_positive_integer(inner)) return fmt::format("has spaces around it; write {}", inner);
    return "has spaces around it, and " + positive_integer_problem(inner);
  }
  if (std::all_of(value.begin(), value.end(), [](char c) { return c == '0'; })) return "is zero";
  if (std::all_of(value.begin(), value.end(), is_digit)) {
    return fmt::format("has leading zeros; write {}", value.substr(value.find_first_not_of('0')));
  }
  if (value.front() == '-' && is_decimal(value)) return "is negative";
  if (value.front() == '+' && is_positive_integer(value.substr(1)))
    return fmt::format("has a plus sign; write {}", value.substr(1));
  if (is_decimal(value)) return "is not a whole number";
  return "is not a number";
}

bool is_decimal(std::string_view value) {
  std::size_t i = 0;
  if (i < value.size() && value[i] == '-') ++i;
  const std::size_t int_start = i;
  while (i < value.size() && is_digit(value[i])) ++i;
  if (i == int_start) return false;
  if (i == value.size()) return true;
  if (value[i] != '.') return false;
  const std::size_t frac_start = ++i;
  while (i < value.size() && is_digit(value[i])) ++i;
  return i > frac_start && i == value.size();
}

std::optional<double> parse_decimal(std::string_view value) {
  if (!is_decimal(value)) return std::nullopt;
  // from_chars rounds correctly, as strtod does, without a copy of the text:
  // this runs on every price and quantity of the feed.
  double parsed = 0;
  if (std::from_chars(value.data(), value.data() + value.size(), parsed).ec == std::errc()) return parsed;
  // Out of range: strtod's infinity or zero. strtod is locale-dependent only
  // in the decimal point, and the syntax check above has already fixed that
  // to '.'; the "C" locale is in force.
  const std::string text(value);
  return std::strtod(text.c_str(), nullptr);
}

std::string decimal_problem(std::string_view value) {
  if (is_decimal(value)) return {};
  if (is_blank(value)) return "is empty; expected a number such as 1234.50";
  if (trim(value) != value) {
    const std::string_view inner = trim(value);
    if (is_decimal(inner)) return fmt::format("has spaces around it; write {}", inner);
    return "has spaces around it, and " + decimal_problem(inner);
  }
  if (value.size() > kMaxDiagnosed) return "is not a number";
  // A currency written with the amount.
  static const std::regex currency(R"(^(.*?)\s*(Ft|HUF|RON|lei|Lei|LEI|EUR|eur|USD|€|\$|£|Ft\.)\s*(.*?)$)");
  std::smatch m;
  const std::string text(value);
  if (std::regex_match(text, m, currency) && (m[1].length() == 0) != (m[3].length() == 0)) {
    const std::string amount = m[1].length() ? m[1].str() : m[3].str();
    const std::string fixed = decimal_problem(amount).empty() ? amount : std::string();
    return fmt::format("carries the currency \"{}\"; write the number alone{}{}", m[2].str(), fixed.empty() ? "" : ", ",
                       fixed.empty() ? "" : fixed);
  }
  if (value.front() == '+') {
    if (is_decimal(value.substr(1))) return fmt::format("has a plus sign; write {}", value.substr(1));
    return "has a plus sign and is not a number";
  }
  static const std::regex exponent(R"(^-?[0-9]+(\.[0-9]+)?[eE][-+]?[0-9]+$)");
  if (std::regex_match(text, exponent)) {
    return fmt::format("is in exponent notation; write the digits out ({})", without_exponent(text));
  }
  static const std::regex leading_dot(R"(^-?\.[0-9]+$)");
  if (std::regex_match(text, leading_dot)) {
    std::string fixed = text;
    fixed.insert(fixed.find('.'), "0");
    return fmt::format("has no digit before the dot; write {}", fixed);
  }
  static const std::regex trailing_dot(R"(^-?[0-9]+\.$)");
  if (std::regex_match(text, trailing_dot))
    return fmt::format("ends with a dot; write {}", text.substr(0, text.size() - 1));
  // A decimal comma: 12,50 (a single comma, not three digits after it).
  static const std::regex decimal_comma(R"(^-?[0-9]+,[0-9]+$)");
  static const std::regex grouped(
      R"(^-?[0-9]{1,3}([,. ']|\xC2\xA0|\xE2\x80\xAF)[0-9]{3}(([,. ']|\xC2\xA0|\xE2\x80\xAF)[0-9]{3})*([.,][0-9]+)?$)");
  if (std::regex_match(text, decimal_comma) && text.size() - text.find(',') - 1 != 3) {
    std::string fixed = text;
    fixed[fixed.find(',')] = '.';
    return fmt::format("uses a comma as the decimal separator; write {}", fixed);
  }
  if (std::regex_match(text, grouped)) {
    // The last separator followed by other than three digits is the decimal one.
    std::string digits;
    const std::size_t last = text.find_last_of(".,");
    const bool decimal_last = last != std::string::npos && text.size() - last - 1 != 3;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (is_digit(text[i]) || text[i] == '-')
        digits += text[i];
      else if (decimal_last && i == last)
        digits += '.';
    }
    if (std::regex_match(text, decimal_comma))  // 1,234: three digits after one comma
      return fmt::format("has a comma; write {} if it is a thousands separator, or {} if it is the decimal one", digits,
                         std::string(text).replace(text.find(','), 1, "."));
    return fmt::format("uses a thousands separator; write {}", digits);
  }
  return "is not a number";
}

std::optional<double> parse_percent(std::string_view value) {
  if (value.size() < 2 || value.back() != '%') return std::nullopt;
  const std::string_view number = value.substr(0, value.size() - 1);
  if (number.front() == '-') return std::nullopt;
  return parse_decimal(number);
}

// ---- Dates ----------------------------------------------------------------

bool is_leap_year(int year) { return std::chrono::year(year).is_leap(); }

int days_in_month(int year, int month) {
  if (month < 1 || month > 12) return 0;
  const std::chrono::year_month_day_last last{std::chrono::year(year) / std::chrono::month(month) / std::chrono::last};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

Date add_years(Date date, int years) {
  Date out = date;
  out.year += years;
  out.day = std::min(out.day, days_in_month(out.year, out.month));
  return out;
}

std::string format_date(Date date) { return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day); }

std::optional<DateTime> parse_date_time(std::string_view value) {
  DateTime out;
  const auto date = parse_plain_date(value.substr(0, 10));
  if (!date) return std::nullopt;
  out.date = *date;
  if (value.size() == 10) return out;
  if (value.size() != 19 || value[10] != ' ' || value[13] != ':' || value[16] != ':') return std::nullopt;
  if (!read_digits(value, 11, 2, out.hour) || !read_digits(value, 14, 2, out.minute) ||
      !read_digits(value, 17, 2, out.second))
    return std::nullopt;
  if (out.hour > 23 || out.minute > 59 || out.second > 59) return std::nullopt;
  out.has_time = true;
  return out;
}

std::string date_problem(std::string_view value) {
  if (parse_date_time(value)) return {};
  if (is_blank(value)) return "is empty; expected YYYY-MM-DD or YYYY-MM-DD HH:MM:SS";
  if (trim(value) != value) {
    const std::string_view inner = trim(value);
    if (parse_date_time(inner)) return fmt::format("has spaces around it; write {}", inner);
    return "has spaces around it, and " + date_problem(inner);
  }
  if (value.size() > kMaxDiagnosed) return "is not a date of the form YYYY-MM-DD or YYYY-MM-DD HH:MM:SS";
  const std::string text(value);
  std::smatch m;
  int year = 0, month = 0, day = 0;
  std::string rest;  // what follows the date
  // Year first, with '-', '.' or '/' (2024.03.05. is the Hungarian way).
  static const std::regex year_first(R"(^([0-9]{4})([-./])\s?([0-9]{1,2})\2\s?([0-9]{1,2})\.?(.*)$)");
  // Day first (05.03.2024 is the Romanian way; 05/03/2024 is ambiguous with US month first).
  static const std::regex day_first(R"(^([0-9]{1,2})([-./])([0-9]{1,2})\2([0-9]{4})(.*)$)");
  std::string advice;
  if (std::regex_match(text, m, year_first)) {
    year = std::stoi(m[1]), month = std::stoi(m[3]), day = std::stoi(m[4]);
    rest = m[5];
    if (m[2] != "-" || m[3].length() != 2 || m[4].length() != 2 || text.find(". ") != std::string::npos ||
        (m[5].length() && m[5].str()[0] == '.'))
      advice = "is not written YYYY-MM-DD";
  } else if (std::regex_match(text, m, day_first)) {
    day = std::stoi(m[1]), month = std::stoi(m[3]), year = std::stoi(m[4]);
    rest = m[5];
    if (m[2] == "/" && day <= 12 && month <= 12 && day != month)
      return fmt::format(
          "puts the year last, and the day and month order is ambiguous; write {:04}-{:02}-{:02} "
          "or {:04}-{:02}-{:02}",
          year, month, day, year, day, month);
    advice = "puts the day first";
  } else {
    return "is not a date of the form YYYY-MM-DD or YYYY-MM-DD HH:MM:SS";
  }
  if (std::string p = calendar_problem(year, month, day); !p.empty()) return p;
  const std::string date = fmt::format("{:04}-{:02}-{:02}", year, month, day);
  // The time part, if any.
  static const std::regex time_part(
      R"(^([ T])([0-9]{1,2}):([0-9]{2})(:([0-9]{2})(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$)");
  std::string time;
  if (!rest.empty()) {
    std::smatch t;
    if (!std::regex_match(rest, t, time_part))
      return fmt::format("has \"{}\" after the date; expected nothing or a time \" HH:MM:SS\"", rest);
    const int hour = std::stoi(t[2]), minute = std::stoi(t[3]), second = t[5].matched ? std::stoi(t[5]) : 0;
    if (std::string p = clock_problem(hour, minute, second); !p.empty()) return p;
    time = fmt::format(" {:02}:{:02}:{:02}", hour, minute, second);
    if (advice.empty()) {
      if (t[7].matched)
        advice = "has a time zone (MiniCRM reads local time)";
      else if (t[6].matched)
        advice = "has fractions of a second";
      else if (t[1] == "T")
        advice = "separates date and time with a T";
      else if (!t[4].matched)
        advice = "has no seconds";
      else
        advice = "is not written HH:MM:SS";
    }
  }
  if (advice.empty()) advice = "is not written YYYY-MM-DD";
  return fmt::format("{}; write {}{}", advice, date, time);
}

Date rules_today(const RuleSettings& settings) {
  for (const std::string_view configured : {std::string_view(settings.today), [] {
                                              const char* env = std::getenv("SYNCFEED_TODAY");
                                              return std::string_view(env ? env : "");
                                            }()}) {
    if (configured.empty()) continue;
    if (const auto date = parse_plain_date(configured)) return *date;
  }
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

// ---- Messages -------------------------------------------------------------

std::string quoted(std::string_view value) {
  constexpr std::size_t kMax = 60;
  std::string out = "\"";
  std::size_t shown = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(value[i]);
    // Count characters, not bytes: UTF-8 continuation bytes do not start one.
    if ((c & 0xC0) != 0x80 && shown++ == kMax) {
      out += "...";
      break;
    }
    if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (c == '\r')
      out += "\\r";
    else if (c == '"')
      out += "\\\"";
    else if (c < 0x20 || c == 0x7F)
      out += fmt::format("\\x{:02X}", c);
    else
      out += static_cast<char>(c);
  }
  return out + "\"";
}

}  // namespace syncfeed
