// The Business and contacts family: who a project's card belongs to.
#include "rules/party/party_rules.h"

namespace syncfeed {

// The family's rules in catalogue order (rules/registry.cpp lists their ids).
void add_party_rules(RuleList& rules) {
  add_party_presence_rules(rules);
  add_party_name_rules(rules);
  add_email_format_rule(rules);
  add_email_duplicate_rule(rules);
  add_contact_matched_by_name_rule(rules);
}

}  // namespace syncfeed
