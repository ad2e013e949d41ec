#include "feed/json_writer.h"

#include <array>

#include "feed/utf.h"

namespace syncfeed {
namespace {

// What a byte below 0x80 becomes in a JSON string; empty: itself.
using Escapes = std::array<std::string_view, 128>;

constexpr Escapes json_escapes() {
  Escapes e{};
  constexpr std::string_view kControls[] = {
      "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
      "\\b",     "\\t",     "\\n",     "\\u000b", "\\f",     "\\r",     "\\u000e", "\\u000f",
      "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
      "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f"};
  for (std::size_t c = 0; c < 0x20; ++c) e[c] = kControls[c];
  e['"'] = "\\\"";
  e['\\'] = "\\\\";
  return e;
}

constexpr Escapes kEscapes = json_escapes();
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

// Runs of bytes that need nothing are appended whole, as feed/writer.cpp's
// XML escaping does: values rarely hold anything to escape.
void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      if (kEscapes[b].empty()) {
        ++i;
        continue;
      }
      out.append(text.data() + run, i - run);
      out += kEscapes[b];
      run = ++i;
      continue;
    }
    if (const std::size_t length = utf8_sequence_length(text, i); length > 0) {
      i += length;
      continue;
    }
    out.append(text.data() + run, i - run);
    out += kReplacement;
    run = i += utf8_invalid_length(text, i);
  }
  out.append(text.data() + run, text.size() - run);
  out += '"';
}

JsonWriter& JsonWriter::key(std::string_view name) {
  before_value();
  append_json_string(out_.text(), name);
  out_.text() += layout_ == Layout::Indented ? ": " : ":";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  before_value();
  append_json_string(out_.text(), text);
  return done();
}

JsonWriter& JsonWriter::open(char bracket) {
  before_value();
  out_.text() += bracket;
  empty_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  const bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty) new_line(empty_.size());
  out_.text() += bracket;
  return done();
}

void JsonWriter::before_value() {
  if (after_key_) {  // the value of a member: right after its key
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;  // a value at the top
  if (!empty_.back()) out_.text() += ',';
  empty_.back() = false;
  new_line(empty_.size());
}

void JsonWriter::new_line(std::size_t depth) {
  if (layout_ == Layout::Compact) return;
  out_.text() += '\n';
  out_.text().append(depth * 2, ' ');
}

}  // namespace syncfeed
