// A libcurl easy handle set up the way syncfeed downloads a feed:
//   - only http, https, ftp and ftps, also after a redirect (never file://
//     or another scheme a server might redirect to);
//   - redirects followed up to DownloadOptions::max_redirects, an https URL
//     only to https (never down to http), credentials never to another host;
//   - TLS peers always verified (--cacert adds a CA, nothing turns it off);
//   - credentials: --user, else the URL's, else the .netrc entry for the host;
//   - gzip and deflate bodies asked for and decoded;
//   - the connect and low-speed timeouts and the size limit of the options.
#pragma once

#include <curl/curl.h>

#include <string>

#include "net/download_options.h"
#include "net/response.h"

namespace syncfeed::net {

// curl_global_init, once per process, before any thread starts a transfer.
void ensure_curl();

// The handle, its error text going to `error_buffer` (CURL_ERROR_SIZE bytes)
// and the headers of the response to `response`; both must outlive it. The
// body goes nowhere yet: the caller sets CURLOPT_WRITEFUNCTION.
CURL* make_curl_handle(const std::string& url, const DownloadOptions& options, char* error_buffer, Response& response);

}  // namespace syncfeed::net
