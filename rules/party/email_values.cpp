// Where a project's e-mail addresses are (see party_rules.h).
#include "rules/party/party_rules.h"

namespace syncfeed {
namespace {

void append_emails(const Element& owner, std::vector<const Element*>& out) {
  for (const Element* email : owner.items(Kind::Emails))
    if (const Element* value = email->child(Kind::Value)) out.push_back(value);
}

}  // namespace

std::vector<const Element*> email_values(const Element& project) {
  std::vector<const Element*> out;
  if (const Element* business = project.child(Kind::Business)) append_emails(*business, out);
  for (const Element* contact : project.items(Kind::Contacts)) append_emails(*contact, out);
  return out;
}

}  // namespace syncfeed
