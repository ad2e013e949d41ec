// Lints one feed (a file or standard input) as it streams: the reader hands
// over one project at a time, the rules check it, and the findings pass
// through the configuration, inline suppressions, the baseline and the
// per-rule cap. Memory holds one project, the rules' id indexes and the
// findings kept (at most max_findings_per_rule per rule).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "feed/finding.h"
#include "feed/reader.h"
#include "lint/excerpts.h"
#include "lint/policy.h"
#include "rules/settings.h"

namespace syncfeed::lint {

class BaselineMatcher;

struct LintOptions {
  ReadOptions read;
  // Findings of one rule in one file beyond this many are counted, not kept:
  // one info finding of the rule says how many more there were. 0: no cap.
  std::size_t max_findings_per_rule = 1000;
  bool excerpts = false;  // read the source lines of the findings back (text output)
};

// Everything lint knows about one file.
struct FileResult {
  std::string file;    // as shown: the path as given, "<stdin>" for "-"
  bool opened = true;  // false: the file could not be read (io_error says why)
  std::string io_error;
  std::uint64_t projects = 0;
  std::vector<Finding> findings;  // sorted by line, column, rule
  std::vector<Excerpt> excerpts;  // one per finding when LintOptions::excerpts, else empty
};

// Lints `path` ("-": standard input; a URL: downloaded as it is read). `baseline` (may be null) hides the
// findings it records; it is used by this call only.
FileResult lint_file(const std::string& path, const Policy& policy, const RuleSettings& settings,
                     const LintOptions& options, BaselineMatcher* baseline = nullptr);

// Lints a feed held in memory (`syncfeed fuzz` lints what a generator wrote
// without writing it to a file), shown as `name`. No excerpts, no baseline.
FileResult lint_feed_text(std::string_view xml, const std::string& name, const Policy& policy,
                          const RuleSettings& settings, const LintOptions& options);

// The name a path is shown under: "<stdin>" for "-", a URL with its password masked.
std::string display_name(const std::string& path);

}  // namespace syncfeed::lint
