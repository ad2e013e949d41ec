// Placeholder until the order rules land: keeps the registry linkable.
#include "rules/families.h"

namespace syncfeed {
void add_order_rules(RuleList&) {}
}  // namespace syncfeed
