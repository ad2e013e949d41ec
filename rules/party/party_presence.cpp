// party-missing and contact-without-business: whom a project's card belongs
// to. docs/format.md §3: at least one Business or Contact per project, and
// without a Business exactly one Contact.
#include <fmt/format.h>

#include "rules/party/party_rules.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kPartyMissing{
    .id = "party-missing",
    .severity = Severity::Error,
    .summary = "A project has neither a Business nor a Contact",
    .description =
        "A project card in MiniCRM belongs to a company (`<Business>`) or a person (`<Contact>`): it "
        "is the customer the shop's orders, lost baskets and e-mails are about. A project with "
        "neither has nobody to attach the card to, and MiniCRM's help page marks the section as "
        "required (\"at least one company or person\").\n\n"
        "An empty `<Contacts/>` list counts as no Contact. A `<Business>` without a name counts as "
        "present here (business-name-missing reports the name).",
    .fix =
        "Send the customer with the project: a `<Contacts><Contact>` with `FirstName`, `LastName` "
        "and e-mail for a private customer, or a `<Business>` with its `Name` for a company.",
    .failing_line = 2,
};

constexpr RuleInfo kContactWithoutBusiness{
    .id = "contact-without-business",
    .severity = Severity::Error,
    .summary = "More than one Contact and no Business",
    .description =
        "Without a `<Business>`, a project's `<Contact>` is the customer (a private person), and "
        "MiniCRM takes exactly one: its help page says that without company data only one person "
        "may be given. Several contacts are the contact persons of a company, so they need the "
        "`<Business>` they belong to.\n\n"
        "The finding is at the second `<Contact>`.",
    .fix =
        "If the contacts work for one company, add the company as `<Business>` with its `Name`. "
        "If they are separate customers, send each as a project of its own.",
    .failing_line = 8,
};

class PartyMissing final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    if (project.child(Kind::Business) || !project.items(Kind::Contacts).empty()) return;
    context.report(project.loc,
                   "the project has neither a <Business> nor a <Contact>; MiniCRM needs a company or a person "
                   "to attach the card to",
                   {&project}, "Contacts");
  }
};

class ContactWithoutBusiness final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    if (project.child(Kind::Business)) return;
    const auto contacts = project.items(Kind::Contacts);
    if (contacts.size() < 2) return;
    context.report(contacts[1]->loc,
                   fmt::format("the project has {} <Contact>s and no <Business>; without a Business MiniCRM takes "
                               "exactly one Contact",
                               contacts.size()),
                   {&project}, "Contact");
  }
};

}  // namespace

void add_party_presence_rules(RuleList& rules) {
  rules.push_back({kPartyMissing, make_rule<PartyMissing>});
  rules.push_back({kContactWithoutBusiness, make_rule<ContactWithoutBusiness>});
}

}  // namespace syncfeed
