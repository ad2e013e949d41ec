#include "feed/reader/encoding.h"

#include <fmt/format.h>

#include <cstdio>

#include <xercesc/framework/XMLRecognizer.hpp>
#include <xercesc/util/XMLString.hpp>

#include "feed/ascii_case.h"
#include "feed/utf.h"

namespace syncfeed {
namespace {

Location to_location(const TextPosition& p) {
  return {static_cast<std::uint32_t>(p.line), static_cast<std::uint32_t>(p.column)};
}

}  // namespace

bool is_utf8(std::string_view encoding) {
  return equal_ignoring_ascii_case(encoding, "utf-8") || equal_ignoring_ascii_case(encoding, "utf8");
}

std::string encoding_of_first_bytes(std::string_view head) {
  using xercesc::XMLRecognizer;
  const auto probed = XMLRecognizer::basicEncodingProbe(reinterpret_cast<const XMLByte*>(head.data()), head.size());
  const XMLCh* name = XMLRecognizer::nameForEncoding(probed);
  std::string out;
  if (name) append_utf8(out, name, xercesc::XMLString::stringLen(name));
  return out;
}

std::optional<std::string> encoding_complaint(std::string_view declared, std::string_view detected) {
  const std::string_view used = declared.empty() ? detected : declared;
  if (used.empty() || is_utf8(used)) return std::nullopt;
  return fmt::format("the feed is encoded as {} ({}); MiniCRM expects UTF-8", used,
                     declared.empty() ? "detected" : "declared");
}

bool is_encoding_error(std::string_view message) {
  return message.find("invalid byte") != std::string_view::npos ||
         message.find("byte sequence") != std::string_view::npos ||
         message.find("multi-byte") != std::string_view::npos;
}

std::optional<Location> first_bad_byte(std::string_view text) {
  Utf8ErrorLocator checker;
  if (checker.feed(text)) return std::nullopt;
  return to_location(checker.position());
}

std::optional<Location> first_bad_byte_in_file(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return std::nullopt;
  Utf8ErrorLocator checker;
  char buffer[1 << 16];
  std::size_t n;
  bool valid = true;
  while (valid && (n = std::fread(buffer, 1, sizeof buffer, f)) > 0) valid = checker.feed({buffer, n});
  std::fclose(f);
  if (valid) return std::nullopt;
  return to_location(checker.position());
}

}  // namespace syncfeed
