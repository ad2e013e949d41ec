// syncfeed's public C++ API: checking feeds against the rule catalogue
// (docs/rules/), as `syncfeed lint` does.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/lint_file.h" // lint::lint_file, LintOptions, FileResult: a file, streamed
#include "lint/policy.h"    // lint::Policy: which rules, at what severity
#include "rules/rule_runner.h"   // check_text
#include "rules/registry.h" // all_rules, find_rule: ids, severities, docs, examples
#include "rules/settings.h" // RuleSettings: the configured CategoryId, statuses, VAT rates, countries
#include "syncfeed/model.h"

namespace syncfeed {

// Every finding of every rule on a feed held in memory (XML-level ones
// included), sorted by location, with default severities.
inline std::vector<Finding> lint_text(std::string_view xml, const RuleSettings& settings = {}) {
  return check_text(xml, settings);
}

// Lints a file (or "-", standard input) as it streams, with every rule at its
// default severity.
inline lint::FileResult lint_path(const std::string& path, const RuleSettings& settings = {}) {
  return lint::lint_file(path, lint::Policy::all(), settings, lint::LintOptions{});
}

// True when no finding is at or above `severity`.
inline bool clean(const std::vector<Finding>& findings, Severity severity = Severity::Warning) {
  for (const Finding& f : findings)
    if (f.severity >= severity) return false;
  return true;
}

}  // namespace syncfeed
