#include "gen/formatted_values.h"

#include <fmt/format.h>

namespace syncfeed::gen {

Day Day::of(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return Day{era * 146097 + doe - 719468};
}

namespace {

struct Civil {
  int y, m, d;
};

Civil civil(std::int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp < 10 ? mp + 3 : mp - 9;
  return {yoe + era * 400 + (m <= 2), m, d};
}

}  // namespace

int Day::year() const { return civil(number).y; }

std::string Day::iso() const {
  const Civil c = civil(number);
  return fmt::format("{:04}-{:02}-{:02}", c.y, c.m, c.d);
}

std::string date_time(Day day, int seconds) {
  return fmt::format("{} {:02}:{:02}:{:02}", day.iso(), seconds / 3600, seconds / 60 % 60, seconds % 60);
}

Day day_between(Source& source, Day from, Day to) {
  return Day{static_cast<std::int32_t>(source.between(from.number, to.number))};
}

std::string decimal(std::int64_t value, int decimals) {
  std::int64_t scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  const bool negative = value < 0;
  const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  const auto whole = magnitude / static_cast<std::uint64_t>(scale);
  const auto fraction = magnitude % static_cast<std::uint64_t>(scale);
  if (decimals == 0) return fmt::format("{}{}", negative ? "-" : "", whole);
  return fmt::format("{}{}.{:0{}}", negative ? "-" : "", whole, fraction, decimals);
}

std::string decimal_trimmed(std::int64_t value, int decimals) {
  std::string text = decimal(value, decimals);
  if (decimals == 0) return text;
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

char gtin_check_digit(std::string_view digits) {
  // Weights 3,1,3,1... from the rightmost digit before the check digit.
  int sum = 0;
  int weight = 3;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    sum += (*it - '0') * weight;
    weight = 4 - weight;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string ean13(std::uint64_t body) {
  std::string digits = fmt::format("{:012}", body % 1000000000000ull);
  digits += gtin_check_digit(digits);
  return digits;
}

std::string hungarian_vat_number(Source& source, bool eu) {
  // The 8th digit makes 9,7,3,1,9,7,3,1-weighted sum of the 8 digits a multiple of 10.
  constexpr int kWeights[] = {9, 7, 3, 1, 9, 7, 3};
  std::string base;
  int sum = 0;
  for (int i = 0; i < 7; ++i) {
    const int digit = i == 0 ? 1 + static_cast<int>(source.below(9)) : static_cast<int>(source.below(10));
    base += static_cast<char>('0' + digit);
    sum += digit * kWeights[i];
  }
  base += static_cast<char>('0' + (10 - sum % 10) % 10);
  if (eu) return "HU" + base;
  constexpr int kCounties[] = {2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14,
                               15, 16, 17, 18, 19, 20, 22, 41, 42, 43, 44, 51};
  const int vat_code = source.chance(1, 5) ? 1 + static_cast<int>(source.below(5)) : 2;
  return fmt::format("{}-{}-{:02}", base, vat_code, source.pick(kCounties));
}

std::string romanian_vat_number(Source& source, bool vat_payer) {
  // Control digit: the digits weighted by 7,5,3,2,1,7,5,3,2 aligned to the
  // right, times 10, mod 11 (10 becomes 0).
  constexpr int kKey[] = {7, 5, 3, 2, 1, 7, 5, 3, 2};
  const int length = 6 + static_cast<int>(source.below(4));  // digits before the control digit
  std::string body;
  for (int i = 0; i < length; ++i) body += static_cast<char>('0' + (i == 0 ? 1 + source.below(9) : source.below(10)));
  int sum = 0;
  for (int i = 0; i < length; ++i) sum += (body[i] - '0') * kKey[9 - length + i];
  const int control = sum * 10 % 11 % 10;
  body += static_cast<char>('0' + control);
  return vat_payer ? "RO" + body : body;
}

std::string phone_number(Source& source, Locale locale) {
  const std::string_view prefix = source.pick(mobile_prefixes(locale));
  if (locale == Locale::Hu) {
    const auto a = source.below(1000), b = source.below(10000);
    switch (source.below(3)) {
      case 0: return fmt::format("+36 {} {:03} {:04}", prefix, a, b);
      case 1: return fmt::format("06-{}-{:03}-{:04}", prefix, a, b);
      default: return fmt::format("+36{}{:03}{:04}", prefix, a, b);
    }
  }
  const auto a = source.below(1000), b = source.below(1000);
  switch (source.below(3)) {
    case 0: return fmt::format("+40 {} {:03} {:03}", prefix, a, b);
    case 1: return fmt::format("0{} {:03} {:03}", prefix, a, b);
    default: return fmt::format("+40{}{:03}{:03}", prefix, a, b);
  }
}

}  // namespace syncfeed::gen
