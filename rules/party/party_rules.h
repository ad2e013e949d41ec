// The "Business and contacts" rules (docs/rules/): one add_ function per file,
// called in catalogue order by party_rules.cpp, the family's list.
#pragma once

#include <vector>

#include "rules/rule.h"

namespace syncfeed {

// The family's list: party_rules.cpp, called by rules/registry.cpp.
void add_party_rules(RuleList& rules);

void add_party_presence_rules(RuleList& rules);  // party/party_presence.cpp: party-missing, contact-without-business
void add_party_name_rules(RuleList& rules);      // party/party_names.cpp: business-name-missing, contact-name-missing
void add_email_format_rule(RuleList& rules);     // party/email_format.cpp
void add_email_duplicate_rule(RuleList& rules);  // party/email_duplicate.cpp
void add_contact_matched_by_name_rule(RuleList& rules);  // party/contact_matched_by_name.cpp

// Calls visit(value) for every e-mail <Value> of a project, the Business's
// first, then each Contact's, in document order (a flat <Email> is read as
// Emails/Email/Value). Nothing is allocated: every project is walked.
template <typename Visit>
void for_each_email_value(const Element& project, Visit&& visit) {
  const auto emails_of = [&](const Element& owner) {
    for (const Element* email : owner.items(Kind::Emails))
      if (const Element* value = email->child(Kind::Value)) visit(*value);
  };
  if (const Element* business = project.child(Kind::Business)) emails_of(*business);
  for (const Element* contact : project.items(Kind::Contacts)) emails_of(*contact);
}

}  // namespace syncfeed
