// Which rules run and at what severity: the configuration's select, ignore
// and severity table, with --select replacing the configured select and
// --ignore adding to the configured ignore.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "feed/finding.h"
#include "lint/config.h"
#include "rules/rule.h"

namespace syncfeed::lint {

class Policy {
 public:
  // `cli_select` empty: the configured select (default ALL). Fails with a
  // message naming an unknown rule id (a usage error).
  static std::optional<Policy> make(const Config& config, const std::vector<std::string>& cli_select,
                                    const std::vector<std::string>& cli_ignore, std::string& error);
  // Every rule, as it comes (tests, `explain`).
  static Policy all();

  bool enabled(std::string_view rule) const;
  Severity severity(std::string_view rule) const;  // the effective one; the default for unknown ids
  // The effective severity of one finding: the configured one, else the one
  // its rule chose for it (Finding::severity_by_rule), else the rule's.
  Severity severity(const Finding& finding) const;
  // The enabled rules, in catalogue order (what a RuleRunner runs).
  std::vector<const RuleEntry*> enabled_rules() const;

 private:
  std::unordered_map<std::string_view, std::optional<Severity>> effective_;  // nullopt: off
  std::unordered_map<std::string_view, Severity> configured_;                // the severities the configuration sets
};

// "a,b" "c" -> {a, b, c}; empty items dropped.
std::vector<std::string> split_rule_lists(const std::vector<std::string>& lists);

}  // namespace syncfeed::lint
