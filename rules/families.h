// Each rule file adds its rules to the catalogue with one of these functions;
// rules/registry.cpp calls them in catalogue order (docs/rules/).
#pragma once

#include <vector>

#include "rules/rule.h"

namespace syncfeed {

using RuleList = std::vector<RuleEntry>;

void add_xml_rules(RuleList& rules);        // rules/xml_rules.cpp: xml-*, schema, input-limit (the reader's)
void add_structure_rules(RuleList& rules);  // unknown-element, webshop-field-spelling, field-repeated
void add_project_rules(RuleList& rules);    // the Project card rules
void add_party_rules(RuleList& rules);      // Business and contacts
void add_order_rules(RuleList& rules);      // Orders and products
void add_lint_rules(RuleList& rules);       // rules/lint_rules.cpp: unused-suppression (lint's own)

}  // namespace syncfeed
