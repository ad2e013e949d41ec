// business-name-missing and contact-name-missing: a company or person
// without a name cannot be told apart from the others in MiniCRM.
#include <fmt/format.h>

#include "rules/missing_field.h"
#include "rules/party/party_rules.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kBusinessNameMissing{
    .id = "business-name-missing",
    .severity = Severity::Error,
    .summary = "A Business without a Name",
    .description =
        "A `<Business>` becomes (or updates) a company card in MiniCRM, and a company card is "
        "known by its name: without one, MiniCRM has nothing to show in lists, searches and on "
        "the project card. A missing `<Name>` and an empty or blank one are the same here.",
    .fix =
        "Send the company's registered name in `<Business><Name>`. If the customer is a private "
        "person, leave out the `<Business>` and send a single `<Contact>` instead.",
    .failing_line = 7,
};

constexpr RuleInfo kContactNameMissing{
    .id = "contact-name-missing",
    .severity = Severity::Warning,
    .summary = "A Contact with neither FirstName nor LastName",
    .description =
        "A `<Contact>` becomes a person in MiniCRM. With neither `<FirstName>` nor `<LastName>` "
        "(absent, empty or blank) the person has no name on the card: MiniCRM can still store it, "
        "but nobody can tell who it is, and e-mails to the contact cannot greet anyone. One of the "
        "two is enough (some shops only ask for a full name).",
    .fix =
        "Send the customer's first and last name. If the shop only has one name field, send it "
        "as `<LastName>`.",
    .failing_line = 7,
};

class BusinessNameMissing final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    if (const Element* business = project.child(Kind::Business))
      report_missing_field(*business, Kind::Name, "MiniCRM shows a company by its name", context, {&project});
  }
};

class ContactNameMissing final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for (const Element* contact : project.items(Kind::Contacts)) {
      if (has_value(*contact, Kind::FirstName) || has_value(*contact, Kind::LastName)) continue;
      const std::string which = contact->has_id ? fmt::format("<Contact> {}", quoted(contact->id)) : "<Contact>";
      context.report(contact->loc,
                     fmt::format("{} has neither a <FirstName> nor a <LastName>; expected at least one of them", which),
                     {&project}, "FirstName");
    }
  }
};

}  // namespace

void add_party_name_rules(RuleList& rules) {
  rules.push_back({kBusinessNameMissing, make_rule<BusinessNameMissing>});
  rules.push_back({kContactNameMissing, make_rule<ContactNameMissing>});
}

}  // namespace syncfeed
