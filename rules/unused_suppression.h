// unused-suppression: lint's own rule (rules/unused_suppression.cpp).
#pragma once

#include "rules/rule.h"

namespace syncfeed {

void add_unused_suppression_rule(RuleList& rules);

}  // namespace syncfeed
