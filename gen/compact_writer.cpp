#include "gen/compact_writer.h"

#include "feed/writer.h"

namespace syncfeed::gen {

void append_compact(std::string& out, const Element& e) {
  if (e.kind == Kind::Text) return escape_text(out, e.text);
  const std::string_view tag = e.tag();
  open_start_tag(out, e);
  if (e.children.empty() && e.text.empty()) {
    out += "/>";
    return;
  }
  out += '>';
  escape_text(out, e.text);
  for (const Element& child : e.children) append_compact(out, child);
  out += "</";
  out += tag;
  out += '>';
}

}  // namespace syncfeed::gen
