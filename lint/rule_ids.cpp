#include "lint/rule_ids.h"

#include <fmt/format.h>

#include <vector>

#include "feed/spelling.h"
#include "rules/registry.h"

namespace syncfeed::lint {

bool is_rule_id(std::string_view id) { return find_rule(id) != nullptr; }

std::string did_you_mean(std::string_view id) {
  std::vector<std::string_view> ids;
  for (const RuleEntry& entry : all_rules()) ids.push_back(entry.info.id);
  const std::optional<std::string_view> best = closest_spelling(id, ids);
  return best ? fmt::format(" (did you mean '{}'?)", *best) : std::string();
}

}  // namespace syncfeed::lint
