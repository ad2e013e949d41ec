// Injectors of the Business and contacts rules.
#include <fmt/format.h>

#include "gen/defect_helpers.h"
#include "gen/defects.h"

namespace syncfeed::gen {

namespace {

void drop_parties(Element& project, DefectContext&) {
  remove_children(project, Kind::Business);
  remove_children(project, Kind::Contacts);
}

// Two contacts and no company: MiniCRM cannot tell whose card it is.
void contacts_without_business(Element& project, DefectContext& context) {
  remove_children(project, Kind::Business);
  ensure_contact(project, context);
  Element& contacts = child_of(project, Kind::Contacts);
  const Person other =
      make_person(context.source, context.feed, fmt::format("{}c{}", project.id, context.feed.next_contact_id()));
  contacts.children.push_back(make_contact(context.source, context.feed, other));
}

void drop_business_name(Element& project, DefectContext& context) {
  Element& business = ensure_business(project, context);
  if (context.source.chance(1, 2))
    remove_children(business, Kind::Name);
  else
    set_value(business, Kind::Name, "");
}

void drop_contact_names(Element& project, DefectContext& context) {
  Element& contact = ensure_contact(project, context);
  remove_children(contact, Kind::FirstName);
  remove_children(contact, Kind::LastName);
}

// A contact known only by its name: no Id, no e-mail.
void contact_by_name_only(Element& project, DefectContext& context) {
  Element& contact = ensure_contact(project, context);
  contact.has_id = false;
  contact.id.clear();
  remove_children(contact, Kind::Emails);
}

void bad_email(Element& project, DefectContext& context) {
  // Every form keeps the local part and the domain, which make the address
  // unique in the feed: a broken address must not also be a duplicate.
  Element& value = first_email(project, context);
  const std::size_t at = value.text.find('@');
  const std::string local = value.text.substr(0, at), domain = value.text.substr(at + 1);
  std::string dotless = domain;
  std::erase(dotless, '.');
  constexpr std::string_view kForms[] = {"{0}.{1}", "{0} @{1}", "{0}@@{1}", "{0}@{2}", "{0}@{1}@"};
  value.text = fmt::format(fmt::runtime(context.source.pick(kForms)), local, domain, dotless);
}

// Another project with the same address: two cards for one person.
void duplicate_email(Element& project, DefectContext& context) {
  const std::string email = first_email(project, context).text;
  Element second = fresh_project(context);
  first_email(second, context).text = email;
  context.companions.push_back(std::move(second));
}

}  // namespace

void add_party_defects(std::vector<Defect>& defects) {
  defects.push_back({"party-missing", "neither Business nor Contacts", drop_parties});
  defects.push_back({"contact-without-business", "two Contacts and no Business", contacts_without_business});
  defects.push_back({"business-name-missing", "a Business without Name (or with an empty one)", drop_business_name});
  defects.push_back({"contact-name-missing", "a Contact with neither FirstName nor LastName", drop_contact_names});
  defects.push_back({"email-format", "an e-mail without domain, with a space, without @ or with two", bad_email});
  defects.push_back({"email-duplicate", "a companion project with the same e-mail address", duplicate_email});
  defects.push_back(
      {"contact-matched-by-name", "a Contact with a name but neither Id nor e-mail", contact_by_name_only});
}

}  // namespace syncfeed::gen
