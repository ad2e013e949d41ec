// The Project card family: the card's identity (Id, Name, CategoryId,
// StatusId, UserId), the Webshop module's fields, and the value formats of
// dates and money wherever they occur in a project.
#include "rules/project/project_rules.h"

namespace syncfeed {

// The family's rules in catalogue order (rules/registry.cpp lists their ids).
void add_project_rules(RuleList& rules) {
  add_project_id_rules(rules);
  add_project_name_rule(rules);
  add_category_id_rules(rules);
  add_status_id_rules(rules);
  add_user_id_rule(rules);
  add_webshop_disabled_rule(rules);
  add_date_rules(rules);
  add_money_format_rule(rules);
  add_lost_basket_rule(rules);
}

}  // namespace syncfeed
