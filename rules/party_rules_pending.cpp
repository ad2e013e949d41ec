// Placeholder until the party rules land: keeps the registry linkable.
#include "rules/families.h"

namespace syncfeed {
void add_party_rules(RuleList&) {}
}  // namespace syncfeed
