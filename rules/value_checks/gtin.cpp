// GTIN validation (see gtin.h).
#include "rules/value_checks/gtin.h"

#include <algorithm>

#include <fmt/format.h>

namespace syncfeed {

char gtin_check_digit(std::string_view digits) {
  int sum = 0;
  int weight = 3;  // the digit next to the check digit weighs 3
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    sum += (*it - '0') * weight;
    weight = 4 - weight;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string gtin_problem(std::string_view code) {
  const auto other = std::find_if(code.begin(), code.end(), [](char c) { return c < '0' || c > '9'; });
  if (other != code.end())
    return *other == ' ' ? "it contains a space; a GTIN is digits only"
                         : fmt::format("it contains '{}'; a GTIN is digits only", *other);
  const std::size_t n = code.size();
  if (n != 8 && n != 12 && n != 13 && n != 14) return fmt::format("it has {} digits; a GTIN has 8, 12, 13 or 14", n);
  const char expected = gtin_check_digit(code.substr(0, n - 1));
  if (code.back() != expected)
    return fmt::format("its check digit is {}, the digits before it need {}", code.back(), expected);
  return {};
}

}  // namespace syncfeed
