// Rule ids as users type them: validation against the catalogue, `ALL`, and
// "did you mean" for a misspelt id.
#pragma once

#include <string>
#include <string_view>

namespace syncfeed::lint {

// Stands for every rule in select/ignore lists.
inline constexpr std::string_view kAllRules = "ALL";

bool is_rule_id(std::string_view id);  // a rule of the catalogue

// " (did you mean 'project-id-missing'?)" for the closest rule id, or "" when
// nothing is close.
std::string did_you_mean(std::string_view id);

}  // namespace syncfeed::lint
