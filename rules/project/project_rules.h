// The Project card rules (docs/rules/): one add_ function per file,
// called in catalogue order by project_rules.cpp, the family's list.
#pragma once

#include <array>
#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace syncfeed {

// The family's list: project_rules.cpp, called by rules/registry.cpp.
void add_project_rules(RuleList& rules);

void add_project_id_rules(RuleList& rules);       // project/project_id.cpp: -missing, -format, -duplicate
void add_project_name_rule(RuleList& rules);      // project/project_name.cpp
void add_category_id_rules(RuleList& rules);      // project/category_id.cpp: -missing, -format, -mixed
void add_status_id_rules(RuleList& rules);        // project/status_id.cpp: -missing, -unknown
void add_user_id_rule(RuleList& rules);           // project/user_id.cpp
void add_webshop_disabled_rule(RuleList& rules);  // project/webshop_disabled.cpp
void add_date_rules(RuleList& rules);             // project/dates.cpp: date-format, date-implausible
void add_money_format_rule(RuleList& rules);      // project/money_format.cpp
void add_lost_basket_rule(RuleList& rules);       // project/lost_basket.cpp

// The Webshop module's status names compiled into status-id-unknown, as rows
// {language, key, name}: tests compare them with the data file they come from.
std::vector<std::array<std::string_view, 3>> webshop_status_table();

}  // namespace syncfeed
