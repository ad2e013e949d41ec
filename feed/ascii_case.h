// Comparing text without regard to ASCII letter case: e-mail addresses (as
// MiniCRM matches contacts), encoding names, file extensions. Bytes outside
// ASCII are compared as they are.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace syncfeed {

inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

inline bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

}  // namespace syncfeed
