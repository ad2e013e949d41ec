// Why a download failed, as the one line a user reads: the HTTP status when
// there was one, then libcurl's own words for the cause, with a hint where
// an option of ours changes the outcome.
#pragma once

#include <curl/curl.h>

#include <cstdint>
#include <string>

#include "net/download_options.h"
#include "net/response.h"

namespace syncfeed::net {

// "HTTP 200 OK, the body was cut short after 120 bytes: transfer closed with 880 bytes remaining to read".
std::string failure_cause(CURLcode code, const char* error_buffer, const Response& response, std::uint64_t bytes,
                          const DownloadOptions& options);

}  // namespace syncfeed::net
