// Makes values in the feed's formats (docs/format.md §2.4), built from integers only:
// calendar dates, dot-decimal money, GTIN check digits, Hungarian and
// Romanian VAT numbers, phone numbers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "gen/source.h"
#include "gen/vocabulary.h"

namespace syncfeed::gen {

// A calendar day as a count of days since 1970-01-01 (Howard Hinnant's
// days_from_civil), so that adding days never makes an invalid date.
struct Day {
  std::int32_t number = 0;
  static Day of(int year, int month, int day);
  int year() const;
  std::string iso() const;  // YYYY-MM-DD
  friend auto operator<=>(const Day&, const Day&) = default;
};
// YYYY-MM-DD HH:MM:SS
std::string date_time(Day day, int seconds_of_day);

// A day in [from, to].
Day day_between(Source& source, Day from, Day to);

// `value` in units of 10^-decimals, as a dot-decimal number: 129950, 2 -> "1299.50".
std::string decimal(std::int64_t value, int decimals);
// The same without trailing zeros (and without a trailing dot): PHP's way of
// printing a float, which MiniCRM's plugin sends: 70866141, 4 -> "7086.6141".
std::string decimal_trimmed(std::int64_t value, int decimals);

// The GS1 check digit of the digits before it (EAN-8, UPC-A, EAN-13, GTIN-14).
char gtin_check_digit(std::string_view digits_without_check);
// A 13-digit EAN with a valid check digit; `body` gives the first 12 digits.
std::string ean13(std::uint64_t body);

// A Hungarian tax number: 8 digits (the 8th a check digit), VAT code, county
// code: 12345676-2-41. With `eu`, the EU VAT form: HU12345676.
std::string hungarian_vat_number(Source& source, bool eu);
// A Romanian CUI with its control digit, with the RO prefix of a VAT payer.
std::string romanian_vat_number(Source& source, bool vat_payer);

// A mobile number as people type them: +36 30 123 4567, 06-20-123-4567 / +40 721 234 567, 0744 123 456.
std::string phone_number(Source& source, Locale locale);

}  // namespace syncfeed::gen
