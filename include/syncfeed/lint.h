// syncfeed's public C++ API: checking feeds against the rule catalogue
// (docs/rules/), as `syncfeed lint` does.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syncfeed/model.h"

namespace syncfeed {

// What syncfeed.toml's [settings] tells the rules (docs/lint.md).
struct LintSettings {
  std::optional<std::string> category_id;    // the expected Webshop module id (category-id-mixed)
  std::vector<std::string> extra_statuses;   // StatusId names beyond MiniCRM's (status-id-unknown)
  std::vector<std::string> vat_rates;        // when non-empty: the allowed rates, e.g. "27%" (vat-rate-unknown)
  std::vector<std::string> extra_countries;  // CountryId names beyond the built-in lists (country-unknown)
  std::string today;                         // YYYY-MM-DD; empty: SYNCFEED_TODAY or the clock (date-implausible)
};

// Every finding of every rule on a feed held in memory (XML-level ones
// included), sorted by location, at the rules' default severities.
std::vector<Finding> lint_text(std::string_view xml, const LintSettings& settings = {});

struct LintResult {
  bool opened = true;  // false: the file could not be read (io_error says why)
  std::string io_error;
  std::uint64_t projects = 0;
  std::vector<Finding> findings;  // sorted by line, column, rule; `file` filled in
};

// Lints a file (or "-", standard input) as it streams, every rule at its
// default severity, suppression comments honoured.
LintResult lint_file(const std::string& path, const LintSettings& settings = {});

// True when no finding is at or above `severity`.
bool clean(const std::vector<Finding>& findings, Severity severity = Severity::Warning);

// One rule of the catalogue.
struct RuleSummary {
  std::string id;  // stable: configurations and baselines name it
  Severity severity;
  std::string summary;  // one line
};
std::vector<RuleSummary> rule_catalogue();

}  // namespace syncfeed
