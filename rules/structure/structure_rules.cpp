// The structure family: what the reader keeps but MiniCRM may not read as
// meant (custom fields, alias spellings, repeated fields).
#include "rules/structure/structure_rules.h"

namespace syncfeed {

// The family's rules in catalogue order (rules/registry.cpp lists their ids).
void add_structure_rules(RuleList& rules) {
  add_unknown_element_rule(rules);
  add_unknown_attribute_rule(rules);
  add_webshop_field_spelling_rule(rules);
  add_field_repeated_rule(rules);
}

}  // namespace syncfeed
