#include "lint/rule_ids.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "rules/registry.h"

namespace syncfeed::lint {
namespace {

// Levenshtein distance; ids are short, so the plain table is fine.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

bool is_rule_id(std::string_view id) { return find_rule(id) != nullptr; }

std::string did_you_mean(std::string_view id) {
  std::string_view best;
  std::size_t best_distance = 0;
  for (const RuleEntry& entry : all_rules()) {
    const std::size_t d = edit_distance(id, entry.info.id);
    if (best.empty() || d < best_distance) {
      best = entry.info.id;
      best_distance = d;
    }
  }
  // More than a third of the id changed is not a typo any more.
  if (best.empty() || best_distance * 3 > std::max(id.size(), best.size())) return {};
  return fmt::format(" (did you mean '{}'?)", best);
}

}  // namespace syncfeed::lint
