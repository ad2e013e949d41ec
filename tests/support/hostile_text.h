// Strings for the report writers' properties: what a finding, an action or a
// change can carry, and worse. Plain words, the characters every escaper
// treats (quotes, backslash, < & > ]]>, % : , CR LF TAB, the other controls,
// DEL), UTF-8 of every length (U+2028 and U+2029 among them), and bytes that
// are not UTF-8 (lone continuations, cut sequences, overlong forms,
// surrogates, F5..FF): a file name can hold any of them.
#pragma once

#include <rapidcheck.h>

#include <string>
#include <vector>

namespace syncfeed::test {

// Pieces that are UTF-8 (what the reader hands on: values, messages).
inline const std::vector<std::string>& utf8_pieces() {
  static const std::vector<std::string> pieces = {"Quantity",
                                                  "feed.xml",
                                                  "a b",
                                                  "0",
                                                  "\"",
                                                  "\\",
                                                  "/",
                                                  "<",
                                                  ">",
                                                  "&",
                                                  "]]>",
                                                  "'",
                                                  "%",
                                                  ":",
                                                  ",",
                                                  "::",
                                                  "\r",
                                                  "\n",
                                                  "\t",
                                                  "\b",
                                                  "\f",
                                                  std::string(1, '\0'),
                                                  "\x01",
                                                  "\x1b[31m",
                                                  "\x1f",
                                                  "\x7f",
                                                  "\xc2\x85",
                                                  "é",
                                                  "ő",
                                                  "\xe2\x80\xa8",
                                                  "\xe2\x80\xa9",
                                                  "€",
                                                  "\xf0\x9f\x98\x80",
                                                  "\xef\xbf\xbd"};
  return pieces;
}

inline rc::Gen<std::string> hostile_piece() {
  static const std::vector<std::string> pieces = [] {
    std::vector<std::string> all = utf8_pieces();
    for (const char* bad : {"\x80", "\xbf", "\xc3", "\xe2\x82", "\xf0\x9f\x98", "\xc0\x80", "\xc1\xbf", "\xe0\x80\xaf",
                            "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf5", "\xff", "\xfe\xff"})
      all.emplace_back(bad);
    return all;
  }();
  return rc::gen::elementOf(pieces);
}

inline std::string joined(const std::vector<std::string>& parts) {
  std::string s;
  for (const std::string& p : parts) s += p;
  return s;
}

// Up to `pieces` pieces that are all UTF-8.
inline rc::Gen<std::string> hostile_utf8_text(int pieces = 8) {
  return rc::gen::map(
      rc::gen::resize(pieces, rc::gen::container<std::vector<std::string>>(rc::gen::elementOf(utf8_pieces()))), joined);
}

// Up to `pieces` pieces, or any bytes at all.
inline rc::Gen<std::string> hostile_text(int pieces = 8) {
  return rc::gen::oneOf(
      rc::gen::map(rc::gen::resize(pieces, rc::gen::container<std::vector<std::string>>(hostile_piece())), joined),
      rc::gen::string<std::string>());
}

}  // namespace syncfeed::test
