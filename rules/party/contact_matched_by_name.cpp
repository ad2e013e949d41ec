// contact-matched-by-name: a contact that MiniCRM can find again only by its
// name, the weakest of its keys (docs/simulator.md: Id, e-mail, name).
#include <fmt/format.h>

#include "rules/missing_field.h"
#include "rules/party/party_rules.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kContactMatchedByName{
    .id = "contact-matched-by-name",
    .severity = Severity::Info,
    .summary = "A Contact with neither Id nor e-mail: MiniCRM knows it only by its name",
    .description =
        "When a project is sent again, MiniCRM finds each of its `<Contact>`s among the contacts the "
        "card already has: by the `Id` attribute, else by an e-mail address (case ignored), else by "
        "the same `FirstName` and `LastName`; a contact it does not find is added to the card. A "
        "contact with neither an `Id` nor an e-mail can only be found by its name. That works while "
        "the name stays the same, but when the person is renamed in the shop (a typo fixed, a new "
        "family name after marriage, a first name added), the next feed no longer finds the old "
        "contact: the card gets a second contact and keeps the first one, with the old name.\n\n"
        "Shops often know only the name of a company's contact person, so this is information, not "
        "a warning. Two contacts of one card with the same name and no other key are told apart by "
        "their order: the second \"Radu Stan\" sent is the second one stored. A contact with no name "
        "either is reported by contact-name-missing. An empty `Id` or e-mail counts as none.",
    .fix =
        "Send a key that does not change when the person's name does: the shop's own id of the "
        "person (or of the address book entry) as `<Contact Id=\"...\">`, or the person's e-mail "
        "address. If the shop has neither, ignore this rule for the feed "
        "(`--ignore contact-matched-by-name`).",
    .failing_line = 8,
};

bool has_email(const Element& contact) {
  for (const Element* email : contact.items(Kind::Emails))
    if (!email->value(Kind::Value).empty()) return true;
  return false;
}

// The name as a message shows it: "Radu Stan", or the one part there is.
std::string display_name(const Element& contact) {
  const std::string_view first = contact.value(Kind::FirstName), last = contact.value(Kind::LastName);
  if (!has_value(contact, Kind::FirstName)) return std::string(last);
  if (!has_value(contact, Kind::LastName)) return std::string(first);
  return fmt::format("{} {}", first, last);
}

class ContactMatchedByName final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for (const Element* contact : project.items(Kind::Contacts)) {
      if (contact->kind != Kind::Contact) continue;  // misplaced: the schema check reports it
      if ((contact->has_id && !is_blank(contact->id)) || has_email(*contact)) continue;
      if (!has_value(*contact, Kind::FirstName) && !has_value(*contact, Kind::LastName)) continue;
      context.report(contact->loc,
                     fmt::format("<Contact> {} has neither an Id nor an e-mail: MiniCRM can find it again only by "
                                 "its name, so renaming the person in the shop will give the card a second contact",
                                 quoted(display_name(*contact))),
                     {&project}, "@Id");
    }
  }
};

}  // namespace

void add_contact_matched_by_name_rule(RuleList& rules) {
  rules.push_back({kContactMatchedByName, make_rule<ContactMatchedByName>});
}

}  // namespace syncfeed
