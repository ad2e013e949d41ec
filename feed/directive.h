// Suppression directives: the XML comments that turn lint rules off for part
// of a feed (docs/lint.md, "Inline suppressions"):
//
//   <!-- syncfeed-disable RULE[,RULE...] -->       the next element and all inside it
//   <!-- syncfeed-disable-file RULE[,RULE...] -->  the whole file, wherever it stands
//
// They are the only comments the canonical form keeps: the reader hands each
// one over with the element that follows it (Element::directives), and the
// writer writes it again just before that element, so that a formatted feed
// lints as the original did. rules/suppressions.h applies them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace syncfeed {

inline constexpr std::string_view kDisable = "syncfeed-disable";
inline constexpr std::string_view kDisableFile = "syncfeed-disable-file";

struct SuppressionDirective {
  bool whole_file = false;         // syncfeed-disable-file
  std::vector<std::string> rules;  // the ids as written, split at commas and white space
};

// The directive a comment's text (what stands between <!-- and -->) holds;
// nothing when the comment is not one.
std::optional<SuppressionDirective> parse_directive(std::string_view comment);

}  // namespace syncfeed
