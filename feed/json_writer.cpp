#include "feed/json_writer.h"

#include <array>
#include <cassert>
#include <cstdint>
#include <cstring>

#include "feed/utf.h"

namespace syncfeed {
namespace {

// What a byte below 0x80 becomes in a JSON string; empty: itself.
using Escapes = std::array<std::string_view, 128>;

constexpr Escapes json_escapes() {
  Escapes e{};
  constexpr std::string_view kControls[] = {"\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006",
                                            "\\u0007", "\\b",     "\\t",     "\\n",     "\\u000b", "\\f",     "\\r",
                                            "\\u000e", "\\u000f", "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014",
                                            "\\u0015", "\\u0016", "\\u0017", "\\u0018", "\\u0019", "\\u001a", "\\u001b",
                                            "\\u001c", "\\u001d", "\\u001e", "\\u001f"};
  for (std::size_t c = 0; c < 0x20; ++c) e[c] = kControls[c];
  e['"'] = "\\\"";
  e['\\'] = "\\\\";
  return e;
}

constexpr Escapes kEscapes = json_escapes();
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Bytes that stand for themselves in a JSON string: ASCII but the controls, " and \.
using Table = std::array<bool, 256>;
constexpr Table plain_bytes() {
  Table t{};
  for (std::size_t c = 0x20; c < 0x80; ++c) t[c] = c != '"' && c != '\\';
  return t;
}
constexpr Table kPlain = plain_bytes();

// Whether any of the eight bytes of `word` is not plain: a control character,
// a quote, a backslash, or a byte of a multi-byte sequence (which must be
// checked for UTF-8). The bit tricks of "Bit Twiddling Hacks" (determine if a
// word has a byte less than n / equal to n).
bool needs_a_look(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  const auto has_zero = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  const std::uint64_t control = (word - kOnes * 0x20) & ~word & kHighs;
  return (control | has_zero(word ^ (kOnes * '"')) | has_zero(word ^ (kOnes * '\\')) | (word & kHighs)) != 0;
}

// Past the plain bytes from `at`: eight at a time while it can, then one by one.
// (Padding a last part shorter than eight into one word was tried: the
// memcpy of a variable length is a call, and cost more than the loop.)
const char* skip_plain(const char* at, const char* end) {
  for (; end - at >= 8; at += 8) {
    std::uint64_t word;
    std::memcpy(&word, at, 8);
    if (needs_a_look(word)) break;
  }
  while (at < end && kPlain[static_cast<unsigned char>(*at)]) ++at;
  return at;
}

}  // namespace

// Runs of plain bytes are appended whole, as feed/writer.cpp's XML escaping
// does: values rarely hold anything to escape. This is the reports' hottest
// loop: runs are found eight bytes at a time, and a byte is looked at alone
// only when its word holds something that is not plain.
void append_json_escaped(std::string& out, std::string_view text) {
  const char* const end = text.data() + text.size();
  const char* run = text.data();
  // append(pointer, length): the (first, last) overload goes through the slower general replace.
  const auto append_run = [&](const char* to) { out.append(run, static_cast<std::size_t>(to - run)); };
  for (const char* at = skip_plain(run, end); at < end; at = skip_plain(at, end)) {
    const auto b = static_cast<unsigned char>(*at);
    if (b < 0x80) {
      append_run(at);
      out += kEscapes[b];
      run = ++at;
      continue;
    }
    const std::size_t offset = static_cast<std::size_t>(at - text.data());
    if (const std::size_t length = utf8_sequence_length(text, offset); length > 0) {
      at += length;
      continue;
    }
    append_run(at);
    out += kReplacement;
    run = at += utf8_invalid_length(text, offset);
  }
  append_run(end);
}

JsonWriter& JsonWriter::key(std::string_view name) {
  before_value();
  append_json_string(out_.text(), name);
  out_.text() += layout_ == Layout::Indented ? std::string_view(": ") : std::string_view(":");
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::plain_key(std::string_view name) {
  assert(skip_plain(name.data(), name.data() + name.size()) == name.data() + name.size());
  before_value();
  std::string& out = out_.text();
  out += '"';
  out += name;
  out += layout_ == Layout::Indented ? std::string_view("\": ") : std::string_view("\":");
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
