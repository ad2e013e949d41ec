#include "net/url.h"

#include <array>

#include "feed/ascii_case.h"

namespace syncfeed::net {
namespace {

constexpr std::array<std::string_view, 4> kSchemes{"http://", "https://", "ftp://", "ftps://"};

bool starts_with_ascii_case(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && equal_ignoring_ascii_case(text.substr(0, prefix.size()), prefix);
}

bool is_scheme_char(char c, bool first) {
  const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return letter || (!first && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
}

}  // namespace

bool is_url(std::string_view name) {
  for (std::string_view scheme : kSchemes)
    if (starts_with_ascii_case(name, scheme)) return true;
  return false;
}

bool has_other_scheme(std::string_view name) {
  const std::size_t colon = name.find("://");
  if (colon == std::string_view::npos || colon == 0 || is_url(name)) return false;
  for (std::size_t i = 0; i < colon; ++i)
    if (!is_scheme_char(name[i], i == 0)) return false;
  return true;
}

std::string masked_url(std::string_view url) {
  const std::size_t authority = url.find("://");
  if (authority == std::string_view::npos) return std::string(url);
  const std::size_t start = authority + 3;
  const std::size_t end = std::min(url.find_first_of("/?#", start), url.size());
  // The user information ends at the last '@' of the authority (a password may hold one).
  const std::size_t at = url.substr(start, end - start).rfind('@');
  if (at == std::string_view::npos) return std::string(url);
  const std::size_t colon = url.substr(start, at).find(':');
  if (colon == std::string_view::npos) return std::string(url);  // a user name alone is no secret
  return std::string(url.substr(0, start + colon + 1)) + "***" + std::string(url.substr(start + at));
}

}  // namespace syncfeed::net
