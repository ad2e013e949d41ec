#include "lint/policy.h"

#include <fmt/format.h>

#include <algorithm>

#include "lint/rule_ids.h"
#include "rules/registry.h"

namespace syncfeed::lint {
namespace {

bool contains(const std::vector<std::string>& ids, std::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end() ||
         std::find(ids.begin(), ids.end(), kAllRules) != ids.end();
}

bool check_ids(const std::vector<std::string>& ids, std::string_view option, std::string& error) {
  for (const std::string& id : ids)
    if (id != kAllRules && !is_rule_id(id)) {
      error = fmt::format("{}: unknown rule '{}'{}", option, id, did_you_mean(id));
      return false;
    }
  return true;
}

}  // namespace

std::vector<std::string> split_rule_lists(const std::vector<std::string>& lists) {
  std::vector<std::string> out;
  for (const std::string& list : lists) {
    std::size_t start = 0;
    while (start <= list.size()) {
      std::size_t end = list.find(',', start);
      if (end == std::string::npos) end = list.size();
      std::string item = list.substr(start, end - start);
      item.erase(0, item.find_first_not_of(" \t"));
      item.erase(item.find_last_not_of(" \t") + 1);
      if (!item.empty()) out.push_back(std::move(item));
      start = end + 1;
    }
  }
  return out;
}

std::optional<Policy> Policy::make(const Config& config, const std::vector<std::string>& cli_select,
                                   const std::vector<std::string>& cli_ignore, std::string& error) {
  if (!check_ids(cli_select, "--select", error) || !check_ids(cli_ignore, "--ignore", error)) return std::nullopt;
  const std::vector<std::string> all{std::string(kAllRules)};
  const std::vector<std::string>& select = !cli_select.empty() ? cli_select : config.select ? *config.select : all;
  std::vector<std::string> ignore = config.ignore;
  ignore.insert(ignore.end(), cli_ignore.begin(), cli_ignore.end());

  Policy policy;
  for (const RuleEntry& entry : all_rules()) {
    const std::string_view id = entry.info.id;
    bool on = contains(select, id) && !contains(ignore, id);
    Severity severity = entry.info.severity;
    if (auto o = config.severity.find(std::string(id)); o != config.severity.end()) {
      on = on && !o->second.off;
      severity = o->second.severity;
      if (!o->second.off) policy.configured_[id] = severity;
    }
    policy.effective_[id] = on ? std::optional<Severity>(severity) : std::nullopt;
  }
  return policy;
}

Policy Policy::all() {
  Policy policy;
  for (const RuleEntry& entry : all_rules()) policy.effective_[entry.info.id] = entry.info.severity;
  return policy;
}

bool Policy::enabled(std::string_view rule) const {
  auto it = effective_.find(rule);
  return it != effective_.end() && it->second.has_value();
}

Severity Policy::severity(std::string_view rule) const {
  auto it = effective_.find(rule);
  if (it != effective_.end() && it->second) return *it->second;
  const RuleEntry* entry = find_rule(rule);
  return entry ? entry->info.severity : Severity::Error;
}

Severity Policy::severity(const Finding& finding) const {
  if (!finding.severity_by_rule) return severity(finding.rule);
  const auto it = configured_.find(finding.rule);
  return it != configured_.end() ? it->second : finding.severity;
}

std::vector<const RuleEntry*> Policy::enabled_rules() const {
  std::vector<const RuleEntry*> out;
  for (const RuleEntry& entry : all_rules())
    if (enabled(entry.info.id)) out.push_back(&entry);
  return out;
}

}  // namespace syncfeed::lint
