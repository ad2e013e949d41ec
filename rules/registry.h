// Every rule of the catalogue, registered in one place (registry.cpp).
#pragma once

#include <span>
#include <string_view>

#include "rules/rule.h"

namespace syncfeed {

// All rules, in catalogue order.
std::span<const RuleEntry> all_rules();
// The rule with this id, or nullptr.
const RuleEntry* find_rule(std::string_view id);

}  // namespace syncfeed
