#include "serve/html.h"

namespace syncfeed::serve::html {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string page(std::string_view title, std::string_view body) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>";
  out += escape(title);
  out +=
      " - syncfeed serve</title><style>"
      "body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}"
      "table{border-collapse:collapse;margin:.5em 0 1.5em}"
      "th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}"
      "th{background:#f0f0f0}td.n{text-align:right}"
      ".applied{color:#176017}.rejected,.refused,.unreadable,.failed{color:#a01010;font-weight:bold}"
      "nav a{margin-right:1em}"
      "</style></head><body><nav><a href=\"/\">Syncs</a><a href=\"/cards\">Cards</a>"
      "<form action=\"/cards\" method=\"get\" style=\"display:inline\">"
      "<input name=\"q\" placeholder=\"Reference ID or name\"> <button>Search</button></form></nav><h1>";
  out += escape(title);
  out += "</h1>\n";
  out += body;
  out += "\n</body></html>\n";
  return out;
}

}  // namespace syncfeed::serve::html
