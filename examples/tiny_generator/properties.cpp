// Properties of the tiny generator, over shop data that syncfeed generates:
// realistic Hungarian and Romanian customers and orders, with the edge values
// that break generators. A failure prints a shrunk counterexample and the
// seed to replay it with (RC_PARAMS="reproduce=...").
#include <rapidcheck.h>

#include <syncfeed/syncfeed.h>

#include "tiny_generator.h"

namespace {

// The shop's records, taken from a generated project (any feed would do: the
// shop's own database, in real life).
shop::Customer customer_of(const syncfeed::Element& project) {
  using syncfeed::Kind;
  shop::Customer c;
  c.id = project.id;
  for (const syncfeed::Element* contact : project.items(Kind::Contacts)) {
    c.first_name = contact->value(Kind::FirstName);
    c.last_name = contact->value(Kind::LastName);
    for (const syncfeed::Element* email : contact->items(Kind::Emails)) c.email = email->value(Kind::Value);
    break;
  }
  for (const syncfeed::Element* order : project.items(Kind::Orders)) {
    shop::Order o{order->id, std::string(order->value(Kind::Number)), std::string(order->value(Kind::CurrencyCode)),
                  std::string(order->value(Kind::Performance)), std::string(order->value(Kind::Status))};
    const syncfeed::Element& customer = *order->child(Kind::Customer);
    o.customer_name = customer.value(Kind::Name);
    o.country = customer.value(Kind::CountryId);
    o.postal_code = customer.value(Kind::PostalCode);
    o.city = customer.value(Kind::City);
    o.address = customer.value(Kind::AddressLine);
    for (const syncfeed::Element* line : order->items(Kind::Products))
      o.lines.push_back({line->id, std::string(line->value(Kind::Name)), std::string(line->value(Kind::SKU)),
                         std::string(line->value(Kind::PriceNet)), std::string(line->value(Kind::Quantity)),
                         std::string(line->value(Kind::Unit)), std::string(line->value(Kind::VAT))});
    c.orders.push_back(std::move(o));
  }
  return c;
}

}  // namespace

int main() {
  bool ok = true;

  ok &= rc::check("the tiny generator's feeds lint with no error or warning", [] {
    const syncfeed::Feed feed = *syncfeed::arbitrary::feed(syncfeed::arbitrary::with_edge_values());
    std::vector<shop::Customer> customers;
    for (const syncfeed::Element& project : feed.projects)
      if (project.child(syncfeed::Kind::Contacts)) customers.push_back(customer_of(project));
    const std::string xml = shop::write_feed(customers, "21");
    for (const syncfeed::Finding& f : syncfeed::lint_text(xml))
      RC_LOG() << f.loc.line << ":" << f.loc.column << " [" << f.rule << "] " << f.message << "\n";
    RC_ASSERT(syncfeed::clean(syncfeed::lint_text(xml)));
  });

  ok &= rc::check("MiniCRM reads back exactly what the shop wrote", [] {
    const syncfeed::Element project = *syncfeed::arbitrary::project(syncfeed::arbitrary::with_edge_values());
    const bool has_contact = project.child(syncfeed::Kind::Contacts) != nullptr;
    RC_PRE(has_contact);
    const shop::Customer customer = customer_of(project);
    const syncfeed::ReadResult read = syncfeed::read_projects(shop::write_feed({customer}, "21"));
    RC_ASSERT(read.complete);
    RC_ASSERT(read.projects.size() == 1u);
    const shop::Customer back = customer_of(read.projects[0]);
    RC_ASSERT(back.first_name == customer.first_name);
    RC_ASSERT(back.last_name == customer.last_name);
    RC_ASSERT(back.email == customer.email);
    RC_ASSERT(back.orders.size() == customer.orders.size());
    for (std::size_t i = 0; i < back.orders.size(); ++i) {
      RC_ASSERT(back.orders[i].address == customer.orders[i].address);
      RC_ASSERT(back.orders[i].lines.size() == customer.orders[i].lines.size());
    }
  });

  ok &= rc::check("a feed sent twice changes nothing the second time", [] {
    const syncfeed::Feed feed = *syncfeed::arbitrary::feed();
    std::vector<shop::Customer> customers;
    for (const syncfeed::Element& project : feed.projects)
      if (project.child(syncfeed::Kind::Contacts)) customers.push_back(customer_of(project));
    const std::string xml = shop::write_feed(customers, "21");
    syncfeed::CrmState state;
    syncfeed::simulate({xml}, state);
    const syncfeed::Simulation again = syncfeed::simulate({xml}, state);
    RC_ASSERT(again.accepted);
    RC_ASSERT(again.count(syncfeed::CardOp::Create) == 0u);
    RC_ASSERT(again.count(syncfeed::CardOp::Update) == 0u);
  });

  return ok ? 0 : 1;
}
