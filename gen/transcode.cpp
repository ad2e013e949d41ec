#include "gen/transcode.h"

#include <iconv.h>

#include <cerrno>
#include <stdexcept>

#include <fmt/format.h>

namespace syncfeed::gen {
namespace {

// The code point of the UTF-8 sequence at `p` and its length.
std::pair<char32_t, std::size_t> decode(const unsigned char* p, std::size_t left) {
  const unsigned char c = p[0];
  std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (n > left) n = left;
  char32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
  for (std::size_t i = 1; i < n; ++i) cp = (cp << 6) | (p[i] & 0x3F);
  return {cp, n};
}

}  // namespace

TranscodingOutput::TranscodingOutput(Output& out, const std::string& encoding) : out_(out) {
  iconv_t cd = iconv_open(encoding.c_str(), "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv does not know the encoding " + encoding);
  cd_ = cd;
}

TranscodingOutput::~TranscodingOutput() { iconv_close(static_cast<iconv_t>(cd_)); }

void TranscodingOutput::write(std::string_view utf8) {
  char* in = const_cast<char*>(utf8.data());
  std::size_t in_left = utf8.size();
  buffer_.resize(utf8.size() * 2 + 16);
  char* out = buffer_.data();
  std::size_t out_left = buffer_.size();
  while (in_left > 0) {
    if (iconv(static_cast<iconv_t>(cd_), &in, &in_left, &out, &out_left) != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {
      const std::size_t used = static_cast<std::size_t>(out - buffer_.data());
      buffer_.resize(buffer_.size() * 2);
      out = buffer_.data() + used;
      out_left = buffer_.size() - used;
      continue;
    }
    // EILSEQ (a character the encoding lacks) or EINVAL: a character reference.
    const auto [cp, length] = decode(reinterpret_cast<const unsigned char*>(in), in_left);
    const std::string reference = fmt::format("&#{};", static_cast<std::uint32_t>(cp));
    const std::size_t used = static_cast<std::size_t>(out - buffer_.data());
    if (out_left < reference.size()) {
      buffer_.resize(buffer_.size() * 2 + reference.size());
      out = buffer_.data() + used;
      out_left = buffer_.size() - used;
    }
    std::copy(reference.begin(), reference.end(), out);
    out += reference.size();
    out_left -= reference.size();
    in += length;
    in_left -= length;
  }
  out_.write(std::string_view(buffer_.data(), static_cast<std::size_t>(out - buffer_.data())));
}

}  // namespace syncfeed::gen
