// HTML for serve's pages. Every value a page shows goes through escape():
// card names, findings' messages, URLs come from feeds and clients.
#pragma once

#include <string>
#include <string_view>

namespace syncfeed::serve::html {

// & < > " ' as character references: safe in text and in quoted attributes.
std::string escape(std::string_view text);

// A whole page: the title (escaped here) and the body (already HTML).
std::string page(std::string_view title, std::string_view body);

}  // namespace syncfeed::serve::html
