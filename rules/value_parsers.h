// Value parsers shared by the rules. The model keeps every value as the exact
// string read; rules parse on demand with these, so that "what is a date" or
// "what is a number" is decided in one place (docs/format.md §2.4, "Value
// formats"). Everything here is strict: no trimming, no locale, no exponent.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "rules/settings.h"

namespace syncfeed {

// True when the value is empty or only XML whitespace (space, tab, CR, LF):
// the "missing or empty" of the rules.
bool is_blank(std::string_view value);

// ---- Numbers --------------------------------------------------------------

// A positive integer as MiniCRM ids are written: digits only, no sign, no
// spaces, not zero, no leading zero ("7", "100000001"; not "07", "0", "+7").
bool is_positive_integer(std::string_view value);
// Why `value` is not a positive integer, said for a user ("has leading zeros;
// write 7"); empty when it is one.
std::string positive_integer_problem(std::string_view value);

// The feed's number syntax (prices, quantities, basket values): an optional
// leading minus, digits, and an optional dot followed by digits.
// "7086.6141732283", "-10", "0.5" are decimals; "12,50", "1 000", "1,000.00",
// "+5", ".5", "5.", "1e3", "12 Ft", "" are not.
bool is_decimal(std::string_view value);
// The value of a decimal (is_decimal), or nullopt.
std::optional<double> parse_decimal(std::string_view value);
// Why `value` is not a decimal, said for a user ("uses a comma as the decimal
// separator; write 12.50"); empty when it is one. Used in rule messages.
std::string decimal_problem(std::string_view value);

// A percentage as VAT is written: a non-negative decimal directly followed by
// '%' ("27%", "5.5%", "0%"); nullopt for "27", "27 %", "-5%", "27,5%".
std::optional<double> parse_percent(std::string_view value);

// ---- Dates ----------------------------------------------------------------

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  friend auto operator<=>(const Date&, const Date&) = default;
};

struct DateTime {
  Date date;
  bool has_time = false;  // written as YYYY-MM-DD HH:MM:SS
  int hour = 0, minute = 0, second = 0;
};

// `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` (one space), a real calendar date
// (leap years included) and a real time 00:00:00..23:59:59; else nullopt.
std::optional<DateTime> parse_date_time(std::string_view value);
// Why `value` is not such a date, said for a user; empty when it is one.
std::string date_problem(std::string_view value);

bool is_leap_year(int year);
int days_in_month(int year, int month);  // 0 for a month outside 1..12
// The same day `years` later; 29 February becomes 28 February in a common year.
Date add_years(Date date, int years);
std::string format_date(Date date);  // YYYY-MM-DD

// "Today" for the rules that compare with it (date-implausible), from, in
// order: settings.today, the environment variable SYNCFEED_TODAY (both
// YYYY-MM-DD; tests and golden files fix the clock with them; an invalid
// one is skipped), the local system clock.
Date rules_today(const RuleSettings& settings);

// ---- Messages -------------------------------------------------------------

// A value quoted for a message: "value", with control characters escaped and
// a long value cut ("first 60 characters..."). Quoting shows spaces.
std::string quoted(std::string_view value);

}  // namespace syncfeed
