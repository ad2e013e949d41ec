// Placeholder until the structure rules land: keeps the registry linkable.
#include "rules/families.h"

namespace syncfeed {
void add_structure_rules(RuleList&) {}
}  // namespace syncfeed
