// The structure rules of the catalogue ("XML and structure" after the reader's):
// one add_ function per file, called in catalogue order by structure_rules.cpp,
// the family's list.
#pragma once

#include "rules/rule.h"

namespace syncfeed {

// The family's list: structure_rules.cpp, called by rules/registry.cpp.
void add_structure_rules(RuleList& rules);

void add_unknown_element_rule(RuleList& rules);         // structure/unknown_element.cpp
void add_unknown_attribute_rule(RuleList& rules);       // structure/unknown_attribute.cpp
void add_webshop_field_spelling_rule(RuleList& rules);  // structure/webshop_field_spelling.cpp
void add_field_repeated_rule(RuleList& rules);          // structure/field_repeated.cpp

}  // namespace syncfeed
