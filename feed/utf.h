// UTF-16 (Xerces's XMLCh) to UTF-8 and back. One tight loop instead of a
// transcoder object per call: it is the reader's hottest path.
#pragma once

#include <string>
#include <string_view>

#include "feed/utf8_validator.h"

namespace syncfeed {

void append_utf8(std::string& out, const char16_t* text, std::size_t length);
std::u16string utf16(const std::string& text);

// The length in bytes (1 to 4) of the UTF-8 character that starts at
// text[at], by Utf8Validator's rules; 0 when the bytes there are not one.
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);

// Where utf8_sequence_length is 0: how many bytes from text[at] one U+FFFD
// stands for. The longest start of a character (a lead byte and the
// continuation bytes it allows), or the one byte that starts none: Unicode's
// "maximal subpart" practice, which is also nlohmann::json's
// error_handler_t::replace, so JSON written either way is the same. 1 to 3.
std::size_t utf8_invalid_length(std::string_view text, std::size_t at);

// Where the first byte sequence that is not UTF-8 starts (line, and column in
// characters, both 1-based), or nothing when all of it is UTF-8.
struct TextPosition {
  std::size_t line = 1;
  std::size_t column = 1;
};
// Utf8Validator's rules, byte by byte, counting lines and columns: slower, for
// locating a bad byte once one is known to be there.
class Utf8ErrorLocator {
 public:
  // Feeds the next bytes; false once an invalid sequence has been seen.
  bool feed(std::string_view bytes);
  const TextPosition& position() const { return position_; }  // of the invalid sequence, once found

 private:
  TextPosition position_;  // of the character being read
  Utf8Validator validator_;
};

}  // namespace syncfeed
