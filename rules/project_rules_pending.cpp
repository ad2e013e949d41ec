// Placeholder until the project rules land: keeps the registry linkable.
#include "rules/families.h"

namespace syncfeed {
void add_project_rules(RuleList&) {}
}  // namespace syncfeed
