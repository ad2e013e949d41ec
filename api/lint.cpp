// include/syncfeed/lint.h over the rules (rules/) and lint's file driver
// (lint/lint_file.h), every rule at its default severity.
#include "syncfeed/lint.h"

#include <utility>

#include "lint/lint_file.h"
#include "lint/policy.h"
#include "rules/registry.h"
#include "rules/rule_runner.h"
#include "rules/settings.h"

namespace syncfeed {
namespace {

RuleSettings rule_settings(const LintSettings& settings) {
  RuleSettings s;
  s.category_id = settings.category_id;
  s.extra_statuses = settings.extra_statuses;
  s.vat_rates = settings.vat_rates;
  s.extra_countries = settings.extra_countries;
  s.today = settings.today;
  return s;
}

}  // namespace

std::vector<Finding> lint_text(std::string_view xml, const LintSettings& settings) {
  return check_text(xml, rule_settings(settings));
}

LintResult lint_file(const std::string& path, const LintSettings& settings) {
  lint::FileResult file = lint::lint_file(path, lint::Policy::all(), rule_settings(settings), lint::LintOptions{});
  LintResult result;
  result.opened = file.opened;
  result.io_error = std::move(file.io_error);
  result.projects = file.projects;
  result.findings = std::move(file.findings);
  return result;
}

bool clean(const std::vector<Finding>& findings, Severity severity) {
  for (const Finding& f : findings)
    if (f.severity >= severity) return false;
  return true;
}

std::vector<RuleSummary> rule_catalogue() {
  std::vector<RuleSummary> rules;
  for (const RuleEntry& entry : all_rules())
    rules.push_back({std::string(entry.info.id), entry.info.severity, std::string(entry.info.summary)});
  return rules;
}

}  // namespace syncfeed
