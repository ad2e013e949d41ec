// Folds names for matching (see text_fold.h). The table below is the Unicode
// canonical decomposition (NFKD) of U+00C0..U+017F without its combining
// marks, plus the letters that do not decompose (æ ð ø þ ß đ ħ ı ĸ ł ŋ œ ŧ)
// spelt the way their languages transliterate them. A small table, not ICU:
// the names we match are Latin-script, and this runs for every order line.
#include "rules/value_checks/text_fold.h"

#include <cstdint>
#include <iterator>

namespace syncfeed {
namespace {

// ASCII replacements for U+00C0..U+017F; nullptr keeps the character (× ÷).
constexpr const char* kLatinFold[] = {
    "a", "a", "a",  "a",  "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",  // U+00C0
    "d", "n", "o",  "o",  "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a",  "a",  "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",  // U+00E0
    "d", "n", "o",  "o",  "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "y",
    "a", "a", "a",  "a",  "a", "a", "c",  "c",     "c", "c", "c", "c", "c", "c", "d",  "d",  // U+0100
    "d", "d", "e",  "e",  "e", "e", "e",  "e",     "e", "e", "e", "e", "g", "g", "g",  "g",
    "g", "g", "g",  "g",  "h", "h", "h",  "h",     "i", "i", "i", "i", "i", "i", "i",  "i",  // U+0120
    "i", "i", "ij", "ij", "j", "j", "k",  "k",     "k", "l", "l", "l", "l", "l", "l",  "l",
    "l", "l", "l",  "n",  "n", "n", "n",  "n",     "n", "n", "n", "n", "o", "o", "o",  "o",  // U+0140
    "o", "o", "oe", "oe", "r", "r", "r",  "r",     "r", "r", "s", "s", "s", "s", "s",  "s",
    "s", "s", "t",  "t",  "t", "t", "t",  "t",     "u", "u", "u", "u", "u", "u", "u",  "u",  // U+0160
    "u", "u", "u",  "u",  "w", "w", "y",  "y",     "y", "z", "z", "z", "z", "z", "z",  "s",
};
static_assert(std::size(kLatinFold) == 0x180 - 0xC0);

// One decoded character: its code point and its length in bytes; an invalid
// or truncated sequence is one byte with code point -1.
struct Decoded {
  std::int32_t code_point;
  std::size_t length;
};

Decoded decode(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (length == 0 || lead > 0xF4 || i + length > s.size()) return {-1, 1};
  std::int32_t cp = lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {-1, 1};
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  return {cp, length};
}

bool is_space(std::int32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0; }

// The ASCII replacement of a character, or nullptr to keep it.
const char* fold(std::int32_t cp) {
  if (cp >= 0xC0 && cp < 0x180) return kLatinFold[static_cast<std::size_t>(cp - 0xC0)];
  switch (cp) {
    case 0x218:
    case 0x219: return "s";  // Ș ș (Romanian, comma below)
    case 0x21A:
    case 0x21B: return "t";  // Ț ț
    case 0x2018:
    case 0x2019:
    case 0x02BC: return "'";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014: return "-";
    default: return nullptr;
  }
}

}  // namespace

std::string fold_name(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    const Decoded d = decode(text, i);
    if (is_space(d.code_point)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      if (d.code_point >= 'A' && d.code_point <= 'Z')
        out += static_cast<char>(d.code_point - 'A' + 'a');
      else if (const char* ascii = fold(d.code_point))
        out += ascii;
      else
        out.append(text.substr(i, d.length));
    }
    i += d.length;
  }
  return out;
}

std::string_view trim_space(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::size_t count_code_points(std::string_view utf8) {
  std::size_t count = 0;
  for (char c : utf8)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  return count;
}

}  // namespace syncfeed
