// What a feed's name says about where it is: a URL that syncfeed downloads
// (http, https, ftp, ftps), another scheme it refuses, or a file.
// And how a URL is shown in messages: with its password masked.
#pragma once

#include <string>
#include <string_view>

namespace syncfeed::net {

// "http://", "https://", "ftp://" or "ftps://" at the start (any case): read through libcurl.
bool is_url(std::string_view name);

// "scheme://" at the start, with a scheme is_url() does not take (file://,
// sftp://...): refused with a message rather than looked for as a file.
bool has_other_scheme(std::string_view name);

// `url` with the password of its user information replaced by "***"
// ("https://shop:***@example.com/feed.xml"); anything else as it is.
std::string masked_url(std::string_view url);

}  // namespace syncfeed::net
