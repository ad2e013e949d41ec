#include "gen/defect_helpers.h"

#include <algorithm>

#include <fmt/format.h>

namespace syncfeed::gen {

Element& insert_child(Element& parent, Element child) {
  const int rank = canonical_rank(parent.kind, child.kind);
  auto at = std::find_if(parent.children.begin(), parent.children.end(),
                         [&](const Element& c) { return canonical_rank(parent.kind, c.kind) > rank; });
  return *parent.children.insert(at, std::move(child));
}

Element& child_of(Element& parent, Kind kind) {
  if (Element* existing = parent.child(kind)) return *existing;
  return insert_child(parent, Element(kind));
}

void set_value(Element& parent, Kind kind, std::string text) { child_of(parent, kind).text = std::move(text); }

bool remove_children(Element& parent, Kind kind) {
  const auto before = parent.children.size();
  std::erase_if(parent.children, [&](const Element& c) { return c.kind == kind; });
  return parent.children.size() != before;
}

namespace {

// A person for a record the injector adds, with an e-mail no other project has.
Person new_person(DefectContext& context, const Element& project) {
  return make_person(context.source, context.feed, fmt::format("{}x{}", project.id, context.feed.next_contact_id()));
}

}  // namespace

Element& ensure_order(Element& project, DefectContext& context) {
  Element& orders = child_of(project, Kind::Orders);
  if (orders.children.empty())
    orders.children.push_back(make_order(context.source, context.feed, new_person(context, project), first_day()));
  return orders.children.front();
}

Element& ensure_product(Element& order, DefectContext& context) {
  Element& products = child_of(order, Kind::Products);
  for (Element& line : products.children)
    if (line.has_id && line.id.size() < 8) return line;  // catalogue ids are small; service lines start at 10000000
  const auto id = 1 + context.source.below(context.feed.catalogue().size());
  std::string currency(order.value(Kind::CurrencyCode));
  if (currency.empty()) currency = "HUF";
  products.children.insert(products.children.begin(),
                           make_product_line(context.source, context.feed, context.feed.catalogue().product(id),
                                             currency, performance_day(order)));
  return products.children.front();
}

Element& ensure_business(Element& project, DefectContext& context) {
  if (Element* business = project.child(Kind::Business)) return *business;
  const Person owner = new_person(context, project);
  return insert_child(project, make_business(context.source, context.feed, owner, project.id + "b"));
}

Element& ensure_contact(Element& project, DefectContext& context) {
  Element& contacts = child_of(project, Kind::Contacts);
  if (contacts.children.empty())
    contacts.children.push_back(make_contact(context.source, context.feed, new_person(context, project)));
  return contacts.children.front();
}

void ensure_lost_basket(Element& project, DefectContext&) {
  if (project.child(Kind::LostBasketValue)) return;
  set_value(project, Kind::LostBasketContent, "1 × Kézkrém – 50 ml");
  set_value(project, Kind::LostBasketDate, "2025-05-04 18:30:00");
  set_value(project, Kind::LostBasketValue, "2490");
  set_value(project, Kind::AllLostBasket, "4980");
}

Element& ensure_registration_date(Element& project, DefectContext&) {
  if (Element* date = project.child(Kind::RegistrationDate)) return *date;
  return insert_child(project, leaf(Kind::RegistrationDate, "2024-01-01 09:00:00"));
}

Element& first_email(Element& project, DefectContext& context) {
  for (Kind owner : {Kind::Business, Kind::Contacts}) {
    Element* holder = project.child(owner);
    if (!holder) continue;
    if (owner == Kind::Contacts) holder = holder->children.empty() ? nullptr : &holder->children.front();
    if (!holder) continue;
    if (Element* emails = holder->child(Kind::Emails); emails && !emails->children.empty())
      return child_of(emails->children.front(), Kind::Value);
  }
  Element& contact = ensure_contact(project, context);
  Element& emails = child_of(contact, Kind::Emails);
  emails.children.insert(emails.children.begin(), Element(Kind::Email));
  Element& value = child_of(emails.children.front(), Kind::Value);
  value.text = new_person(context, project).email;
  return value;
}

Element fresh_project(DefectContext& context) { return make_project(context.source, context.feed); }

}  // namespace syncfeed::gen
