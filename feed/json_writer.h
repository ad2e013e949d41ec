// JSON written as it goes, for the reports that programs read (lint's json and
// sarif, plan/apply --format json, diff --format json): no document is built
// in memory, each value goes straight to an OutputBuffer.
//
// The bytes are exactly what nlohmann::json's dump() wrote when the reports
// were trees of nlohmann objects (the reports' goldens and
// tests/feed/json_writer_test.cpp hold them to it): dump() for Layout::Compact,
// dump(2) for Layout::Indented, strings escaped by append_json_string.
#pragma once

#include <charconv>
#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feed/output.h"

namespace syncfeed {

// Appends `text` as a JSON string (RFC 8259), the one JSON escaper of the
// project: in double quotes; \" \\ \b \f \n \r \t; \u00XX (lower-case hex) for
// the other control characters; everything else as it is (DEL, U+2028 and
// U+2029 included: JSON allows them raw). A byte sequence that is not UTF-8
// (a file name can hold one) becomes U+FFFD, one per maximal subpart
// (utf8_invalid_length), so that the output is always UTF-8.
void append_json_escaped(std::string& out, std::string_view text);  // the same, without the quotes
inline void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  append_json_escaped(out, text);
  out += '"';
}
// The string, or null when there is none.
inline void append_json_string_or_null(std::string& out, const std::optional<std::string>& text) {
  if (text)
    append_json_string(out, *text);
  else
    out += std::string_view("null");
}
// A whole number as JSON (and nlohmann) writes it: decimal, '-' when negative.
template <std::integral Number>
requires(!std::same_as<Number, bool>) void append_json_number(std::string& out, Number n) {
  char digits[24];  // a 64-bit number has 20 digits at most, and a sign
  const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  out.append(digits, static_cast<std::size_t>(end - digits));
}

class JsonWriter {
 public:
  enum class Layout {
    Compact,   // {"a":1,"b":[true,null]}
    Indented,  // one member or element a line, indented by two spaces a level
  };
  JsonWriter(OutputBuffer& out, Layout layout) : out_(out), layout_(layout) {}

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  // The name of the next member of the object being written.
  JsonWriter& key(std::string_view name);
  // The same for a name of the program's own that holds nothing to escape
  // (ASCII letters, digits, _ and -): written as it is, without the escaper's
  // look at every byte. The JSON plan writes five such names a changed value.
  JsonWriter& plain_key(std::string_view name);

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(bool b) { return literal(b ? "true" : "false"); }
  template <std::integral Number>
  requires(!std::same_as<Number, bool>) JsonWriter& value(Number n) {
    before_value();
    append_json_number(out_.text(), n);
    return done();
  }
  JsonWriter& null() { return literal("null"); }
  // The string, or null when there is none.
  JsonWriter& value(const std::optional<std::string>& text) { return text ? value(*text) : null(); }
  // A string, or null when it is empty (lint's record ids).
  JsonWriter& value_or_null(std::string_view text) { return text.empty() ? null() : value(text); }

  // Bytes written as they are, between values (the line-a-record frames of
  // the plan and the diff, which no layout of nlohmann's wrote).
  JsonWriter& raw(std::string_view bytes) {
    out_.text() += bytes;
    return done();
  }

 private:
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  JsonWriter& literal(std::string_view text) {
    before_value();
    out_.text() += text;
    return done();
  }
  // The separator and the indentation a new member or element needs.
  void before_value();
  void new_line(std::size_t depth);
  JsonWriter& done() {
    out_.block_done();
    return *this;
  }

  OutputBuffer& out_;
  Layout layout_;
  std::vector<char> empty_;  // per open object or array: nothing in it yet (not vector<bool>: hot)
  bool after_key_ = false;
};

}  // namespace syncfeed
