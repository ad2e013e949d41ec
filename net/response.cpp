#include "net/response.h"

#include <charconv>
#include <string_view>

#include "feed/ascii_case.h"

namespace syncfeed::net {
namespace {

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

}  // namespace

std::string Response::status_text() const {
  if (status == 0) return "";
  std::string text = "HTTP " + std::to_string(status);
  if (!reason.empty()) text += " " + reason;
  return text;
}

void Response::take_header_line(const char* data, std::size_t n) {
  const std::string_view line = trimmed({data, n});
  if (line.size() > 5 && line.substr(0, 5) == "HTTP/") {
    // A new response (after a redirect, or a 100 Continue): start over.
    *this = Response{};
    const std::size_t code_at = line.find(' ');
    if (code_at == std::string_view::npos) return;
    const std::string_view rest = line.substr(code_at + 1);
    std::from_chars(rest.data(), rest.data() + rest.size(), status);
    const std::size_t reason_at = rest.find(' ');
    if (reason_at != std::string_view::npos) reason = std::string(trimmed(rest.substr(reason_at + 1)));
    return;
  }
  const std::size_t colon = line.find(':');
  if (colon != std::string_view::npos && equal_ignoring_ascii_case(line.substr(0, colon), "content-encoding"))
    content_encoding = ascii_lower(trimmed(line.substr(colon + 1)));
}

std::size_t Response::on_header(char* data, std::size_t size, std::size_t count, void* response) {
  static_cast<Response*>(response)->take_header_line(data, size * count);
  return size * count;
}

}  // namespace syncfeed::net
