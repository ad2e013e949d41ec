// The shared value parsers: what counts as a number, a date, blank.
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <cstring>
#include <limits>

#include "rules/value_parsers.h"

using namespace syncfeed;

TEST_CASE("is_blank: empty and XML whitespace only") {
  CHECK(is_blank(""));
  CHECK(is_blank(" \t\r\n"));
  CHECK_FALSE(is_blank(" x "));
  CHECK_FALSE(is_blank("0"));
}

TEST_CASE("is_positive_integer") {
  for (const char* yes : {"1", "14353", "100000001", "1000000"}) CHECK(is_positive_integer(yes));
  for (const char* no : {"", "0", "007", "-1", "+1", "1.0", " 1", "1 ", "12a", "1e3"}) {
    INFO(no);
    CHECK_FALSE(is_positive_integer(no));
  }
}

TEST_CASE("decimals: the plugin's PHP floats, negatives and integers") {
  for (const char* yes : {"0", "12", "-10", "7086.6141732283", "0.5", "-0.01", "007.50"}) {
    INFO(yes);
    CHECK(is_decimal(yes));
    CHECK(decimal_problem(yes).empty());
  }
  CHECK(parse_decimal("7086.6141732283").value() == Approx(7086.6141732283));
  CHECK(parse_decimal("-10").value() == -10.0);
}

TEST_CASE("not decimals, each with the advice a user needs") {
  const std::pair<const char*, const char*> cases[] = {
      {"", "is empty"},
      {"12,50", "uses a comma as the decimal separator; write 12.50"},
      {"1.234,50", "uses a thousands separator; write 1234.50"},
      {"1,234.50", "uses a thousands separator; write 1234.50"},
      {"1 234 567", "uses a thousands separator; write 1234567"},
      {"1.234.567", "uses a thousands separator; write 1234567"},
      {"1,234", "write 1234 if it is a thousands separator, or 1.234 if it is the decimal one"},
      {"12.50 Ft", "carries the currency \"Ft\"; write the number alone, 12.50"},
      {"€12.50", "carries the currency \"€\"; write the number alone, 12.50"},
      {"12 RON", "carries the currency \"RON\""},
      {" 12.50", "has spaces around it; write 12.50"},
      {"+5", "has a plus sign; write 5"},
      {".5", "has no digit before the dot; write 0.5"},
      {"5.", "ends with a dot; write 5"},
      {"1.0E-5", "is in exponent notation; write the digits out (0.00001)"},
      {"2.5e3", "(2500)"},
      {"abc", "is not a number"},
      {"--5", "is not a number"},
  };
  for (const auto& [value, advice] : cases) {
    INFO(value);
    CHECK_FALSE(is_decimal(value));
    CHECK_FALSE(parse_decimal(value).has_value());
    CHECK_THAT(decimal_problem(value), Catch::Contains(advice));
  }
}

TEST_CASE("percentages") {
  CHECK(parse_percent("27%").value() == 27.0);
  CHECK(parse_percent("5.5%").value() == 5.5);
  CHECK(parse_percent("0%").value() == 0.0);
  for (const char* no : {"27", "27 %", "-5%", "27,5%", "%", ""}) {
    INFO(no);
    CHECK_FALSE(parse_percent(no).has_value());
  }
}

TEST_CASE("dates: the two forms, real calendar days and times") {
  const auto d = parse_date_time("2024-02-29");
  REQUIRE(d);
  CHECK(d->date == Date{2024, 2, 29});
  CHECK_FALSE(d->has_time);
  const auto t = parse_date_time("2023-12-31 23:59:59");
  REQUIRE(t);
  CHECK(t->has_time);
  CHECK(t->hour == 23);
  CHECK(parse_date_time("2000-02-29"));  // divisible by 400
  for (const char* no : {"2023-02-29", "1900-02-29", "2024-13-01", "2024-04-31", "2024-00-10", "2024-01-00",
                         "2024-01-01 24:00:00", "2024-01-01 12:60:00", "2024-01-01 12:00:60", "2024-1-1",
                         "2024-01-01T12:00:00", "2024-01-01 12:00", "2024-01-01  12:00:00", " 2024-01-01", ""}) {
    INFO(no);
    CHECK_FALSE(parse_date_time(no));
    CHECK_FALSE(date_problem(no).empty());
  }
}

TEST_CASE("date problems say what to write") {
  const std::pair<const char*, const char*> cases[] = {
      {"2023-02-29", "29 February of 2023, which is not a leap year"},
      {"2024-04-31", "has day 31; April has 30 days"},
      {"2024-13-01", "has month 13"},
      {"2024-01-01 24:00:00", "has hour 24"},
      {"2024.03.05.", "is not written YYYY-MM-DD; write 2024-03-05"},
      {"2024. 03. 05.", "write 2024-03-05"},
      {"05.03.2024", "puts the day first; write 2024-03-05"},
      {"05/03/2024", "ambiguous; write 2024-03-05 or 2024-05-03"},
      {"2024-03-05T14:30:00", "separates date and time with a T; write 2024-03-05 14:30:00"},
      {"2024-03-05 14:30", "has no seconds; write 2024-03-05 14:30:00"},
      {"2024-03-05 14:30:00+02:00", "has a time zone"},
      {"2024-03-05 14:30:00.123", "fractions of a second"},
      {"2024-3-5", "write 2024-03-05"},
      {"tegnap", "is not a date of the form YYYY-MM-DD"},
  };
  for (const auto& [value, advice] : cases) {
    INFO(value);
    CHECK_THAT(date_problem(value), Catch::Contains(advice));
  }
}

TEST_CASE("add_years keeps the day, 29 February included") {
  CHECK(add_years({2024, 2, 29}, 1) == Date{2025, 2, 28});
  CHECK(add_years({2025, 6, 15}, 1) == Date{2026, 6, 15});
}

TEST_CASE("today comes from the settings first") {
  RuleSettings settings;
  settings.today = "2025-06-15";
  CHECK(rules_today(settings) == Date{2025, 6, 15});
}

TEST_CASE("quoted shows spaces and escapes controls, cuts long values") {
  CHECK(quoted(" a\"b\n") == "\" a\\\"b\\n\"");
  CHECK(quoted(std::string(100, 'x')) == "\"" + std::string(60, 'x') + "...\"");
  CHECK(quoted("Kovács Ödön") == "\"Kovács Ödön\"");
}

TEST_CASE("every real calendar date parses, and formats back to itself") {
  rc::prop("format_date and parse_date_time agree", [] {
    const int year = *rc::gen::inRange(1, 10000);
    const int month = *rc::gen::inRange(1, 13);
    const int day = *rc::gen::inRange(1, days_in_month(year, month) + 1);
    const Date date{year, month, day};
    const auto parsed = parse_date_time(format_date(date));
    RC_ASSERT(parsed.has_value());
    RC_ASSERT(parsed->date == date);
  });
}

TEST_CASE("a day past the end of its month never parses") {
  rc::prop("day = days_in_month + 1 is rejected", [] {
    const int year = *rc::gen::inRange(1, 10000);
    const int month = *rc::gen::inRange(1, 13);
    const std::string text = fmt::format("{:04}-{:02}-{:02}", year, month, days_in_month(year, month) + 1);
    RC_ASSERT_FALSE(parse_date_time(text).has_value());
  });
}

TEST_CASE("integers and fixed-point numbers are decimals with their value") {
  rc::prop("parse_decimal reads what fmt writes", [] {
    const long long whole = *rc::gen::inRange<long long>(-1000000000, 1000000000);
    const int cents = *rc::gen::inRange(0, 100);
    const std::string text = fmt::format("{}.{:02}", whole, cents);
    const auto value = parse_decimal(text);
    RC_ASSERT(value.has_value());
    RC_ASSERT(std::abs(*value - std::strtod(text.c_str(), nullptr)) == 0.0);
  });
}

TEST_CASE("parse_decimal gives strtod's value for any decimal, out of range ones included") {
  // Digit strings of any length, so that rounding at the 17th digit, huge
  // values (infinity) and tiny ones (zero) are all reached.
  const auto digits = [](int min_length, int max_length) {
    return rc::gen::mapcat(rc::gen::inRange(min_length, max_length + 1), [](int n) {
      return rc::gen::container<std::string>(static_cast<std::size_t>(n),
                                             rc::gen::inRange('0', static_cast<char>('9' + 1)));
    });
  };
  rc::prop("parse_decimal(text) == strtod(text)", [&] {
    const bool negative = *rc::gen::arbitrary<bool>();
    const std::string whole = *digits(1, 400);
    const std::string fraction = *rc::gen::oneOf(rc::gen::just(std::string()), digits(1, 400));
    const std::string text = (negative ? "-" : "") + whole + (fraction.empty() ? "" : "." + fraction);
    const auto value = parse_decimal(text);
    RC_ASSERT(value.has_value());
    const double expected = std::strtod(text.c_str(), nullptr);
    RC_ASSERT(std::memcmp(&*value, &expected, sizeof expected) == 0);  // bit for bit: -0 and infinities too
  });
  CHECK(parse_decimal("1" + std::string(400, '0')).value() == std::numeric_limits<double>::infinity());
  CHECK(parse_decimal("-0." + std::string(400, '0') + "1").value() == 0.0);
}

TEST_CASE("very long values are diagnosed without running out of stack") {
  const std::string number = std::string(1 << 20, '1') + ",5";
  CHECK(decimal_problem(number) == "is not a number");
  const std::string date = "2024-01-01" + std::string(1 << 20, 'x');
  CHECK_THAT(date_problem(date), Catch::Contains("is not a date of the form"));
  CHECK_THAT(positive_integer_problem(std::string(1 << 20, 'x')), Catch::Contains("is not a number"));
  CHECK_THAT(decimal_problem("1e99999999999999999999"), Catch::Contains("exponent notation"));
}
