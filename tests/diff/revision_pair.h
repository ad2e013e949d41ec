// Runs diff (and delta) on two feeds written to files, the way the commands do.
#pragma once

#include <regex>
#include <string>
#include <vector>

#include "diff/compare.h"
#include "diff/delta.h"
#include "diff/revisions.h"
#include "feed/writer.h"
#include "feed_text.h"

namespace syncfeed::test {

struct PairResult {
  bool ok = false;
  std::vector<diff::Change> changes;
  std::string delta;  // the delta feed's text
  std::vector<std::string> warnings;
};

inline PairResult diff_texts(const std::string& old_xml, const std::string& new_xml, bool with_delta = false) {
  TempFolder folder;
  write_whole_file(folder / "old.xml", old_xml);
  write_whole_file(folder / "new.xml", new_xml);
  PairResult r;
  {
    diff::Revisions revisions((folder / "old.xml").string(), (folder / "new.xml").string());
    if (!revisions.ok()) return r;
    revisions.for_each_candidate([&](const Element* a, const Element* b) {
      if (!a) return r.changes.push_back(diff::project_added(*b));
      if (!b) return r.changes.push_back(diff::project_removed(*a));
      for (diff::Change& c : diff::compare_projects(*a, *b)) r.changes.push_back(std::move(c));
    });
  }
  if (with_delta) {
    diff::Revisions revisions((folder / "old.xml").string(), (folder / "new.xml").string());
    StringOutput out;
    {
      CanonicalWriter writer(out);
      diff::write_delta(revisions, writer, r.warnings);
    }
    r.delta = std::move(out.text);
  }
  r.ok = true;
  return r;
}

// The canonical text in another dress: `style` 0 keeps it, 1 drops the
// indentation and line ends, 2 indents with tabs and CRLF; aliases: the
// webshop fields without the underscore, single e-mails as a flat <Email>.
inline std::string redressed(const std::string& canonical, int style, bool aliases) {
  std::string text = canonical;
  if (aliases) {
    text = std::regex_replace(text, std::regex("(</?)Webshop_(\\w+)"), "$1Webshop$2");
    text =
        std::regex_replace(text, std::regex("<Emails>\\s*<Email>\\s*<Value>([^<]+)</Value>\\s*</Email>\\s*</Emails>"),
                           "<Email>$1</Email>");
  }
  if (style == 1) text = std::regex_replace(text, std::regex("\n\\s*<"), "<");
  if (style == 2) text = std::regex_replace(text, std::regex("\n +<"), "\r\n\t\t<");
  return text;
}

}  // namespace syncfeed::test
