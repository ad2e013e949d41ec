#include "net/curl_handle.h"

#include "feed/ascii_case.h"

namespace syncfeed::net {
namespace {

// The schemes a redirect may lead to: never a downgrade from TLS.
const char* redirect_protocols(const std::string& url) {
  const std::string scheme = ascii_lower(url.substr(0, url.find(':')));
  if (scheme == "https") return "https";
  if (scheme == "ftps") return "ftps";
  return "http,https,ftp,ftps";
}

}  // namespace

void ensure_curl() {
  static const bool initialized = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
  (void)initialized;
}

CURL* make_curl_handle(const std::string& url, const DownloadOptions& options, char* error_buffer, Response& response) {
  ensure_curl();
  CURL* curl = curl_easy_init();
  if (!curl) return nullptr;
  error_buffer[0] = '\0';
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_buffer);
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // threads: no SIGALRM for name lookups
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https,ftp,ftps");
  curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, redirect_protocols(url));
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_MAXREDIRS, options.max_redirects);
  curl_easy_setopt(curl, CURLOPT_UNRESTRICTED_AUTH, 0L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  if (!options.ca_file.empty()) curl_easy_setopt(curl, CURLOPT_CAINFO, options.ca_file.c_str());
  if (!options.user.empty()) curl_easy_setopt(curl, CURLOPT_USERPWD, options.user.c_str());
  // .netrc: used for a host only when neither --user nor the URL gives credentials.
  curl_easy_setopt(curl, CURLOPT_NETRC, static_cast<long>(CURL_NETRC_OPTIONAL));
  if (!options.netrc_file.empty()) curl_easy_setopt(curl, CURLOPT_NETRC_FILE, options.netrc_file.c_str());
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "gzip, deflate");
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, options.connect_timeout_seconds);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, options.low_speed_time_seconds);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, options.low_speed_limit);
  // Refused before the body when the server announces more (Download counts the decoded bytes too).
  curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options.max_bytes));
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "syncfeed");
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &Response::on_header);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response);
  return curl;
}

}  // namespace syncfeed::net
