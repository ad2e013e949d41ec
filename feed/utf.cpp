#include "feed/utf.h"

namespace syncfeed {

void append_utf8(std::string& out, const char16_t* s, std::size_t n) {
  // Feeds are mostly ASCII: copy a run of it in one go before the general loop.
  std::size_t ascii = 0;
  while (ascii < n && s[ascii] < 0x80) ++ascii;
  const std::size_t old_size = out.size();
  out.resize(old_size + ascii);
  char* dest = out.data() + old_size;
  for (std::size_t i = 0; i < ascii; ++i) dest[i] = static_cast<char>(s[i]);
  if (ascii == n) return;
  out.reserve(out.size() + 3 * (n - ascii));
  for (std::size_t i = ascii; i < n; ++i) {
    char32_t c = s[i];
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    if (c >= 0xD800 && c < 0xDC00 && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000) {
      c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      ++i;
    }
    if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    }
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::u16string utf16(const std::string& text) {
  std::u16string out;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    char32_t c;
    int extra;
    if (b < 0x80) {
      c = b;
      extra = 0;
    } else if ((b >> 5) == 6) {
      c = b & 0x1F;
      extra = 1;
    } else if ((b >> 4) == 14) {
      c = b & 0x0F;
      extra = 2;
    } else if ((b >> 3) == 30) {
      c = b & 0x07;
      extra = 3;
    } else {
      c = 0xFFFD;
      extra = 0;
    }
    ++i;
    for (int k = 0; k < extra && i < text.size(); ++k, ++i) c = (c << 6) | (static_cast<unsigned char>(text[i]) & 0x3F);
    if (c >= 0x10000) {
      c -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (c >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (c & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(c));
    }
  }
  return out;
}

std::size_t utf8_sequence_length(std::string_view text, std::size_t at) {
  Utf8Validator validator;
  for (std::size_t i = at; i < text.size() && i < at + 4; ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (!validator.feed(&b, 1)) return 0;
    if (!validator.mid_sequence()) return i - at + 1;
  }
  return 0;  // cut off at the end of the text
}

std::size_t utf8_invalid_length(std::string_view text, std::size_t at) {
  Utf8Validator validator;
  std::size_t length = 0;
  for (std::size_t i = at; i < text.size() && i < at + 4; ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (!validator.feed(&b, 1) || !validator.mid_sequence()) break;
    ++length;
  }
  return length == 0 ? 1 : length;
}

bool Utf8ErrorLocator::feed(std::string_view bytes) {
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (!validator_.feed(&b, 1)) return false;  // position_ stays where the bad sequence starts
    if (validator_.mid_sequence()) continue;
    if (b == '\n') {
      ++position_.line;
      position_.column = 1;
    } else {
      ++position_.column;
    }
  }
  return validator_.valid();
}

}  // namespace syncfeed
