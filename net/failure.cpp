#include "net/failure.h"

#include <fmt/format.h>

namespace syncfeed::net {
namespace {

std::string curl_words(CURLcode code, const char* error_buffer) {
  return error_buffer && *error_buffer ? error_buffer : curl_easy_strerror(code);
}

std::string cause_of(CURLcode code, const char* error_buffer, std::uint64_t bytes, const DownloadOptions& options) {
  const std::string words = curl_words(code, error_buffer);
  switch (code) {
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_HTTP2_STREAM: return fmt::format("the body was cut short after {} bytes: {}", bytes, words);
    case CURLE_OPERATION_TIMEDOUT: return fmt::format("timed out ({}; --connect-timeout, --low-speed-time)", words);
    case CURLE_PEER_FAILED_VERIFICATION:
      return fmt::format("TLS failed: {} (--cacert FILE trusts a private certificate authority)", words);
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM: return "TLS failed: " + words;
    case CURLE_FILESIZE_EXCEEDED:
      return fmt::format("larger than {} bytes (--max-download raises the limit)", options.max_bytes);
    case CURLE_UNSUPPORTED_PROTOCOL:
      return fmt::format("{} (only http, https, ftp and ftps are read, and an https URL redirects only to https)",
                         words);
    default: return words;
  }
}

}  // namespace

std::string failure_cause(CURLcode code, const char* error_buffer, const Response& response, std::uint64_t bytes,
                          const DownloadOptions& options) {
  // An error status says it all (its body was refused: curl then reports a write error).
  if (response.is_error()) return response.status_text();
  const std::string cause = cause_of(code, error_buffer, bytes, options);
  return response.status == 0 ? cause : response.status_text() + ", " + cause;
}

}  // namespace syncfeed::net
