// The structure rules of the catalogue ("XML and structure" after the reader's):
// one add_ function per file, called in catalogue order by
// rules/structure_rules.cpp.
#pragma once

#include "rules/families.h"

namespace syncfeed {

void add_unknown_element_rule(RuleList& rules);          // structure/unknown_element.cpp
void add_unknown_attribute_rule(RuleList& rules);        // structure/unknown_attribute.cpp
void add_webshop_field_spelling_rule(RuleList& rules);   // structure/webshop_field_spelling.cpp
void add_field_repeated_rule(RuleList& rules);           // structure/field_repeated.cpp

}  // namespace syncfeed
