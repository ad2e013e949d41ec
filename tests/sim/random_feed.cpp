#include "random_feed.h"

#include <optional>
#include <set>

#include "feed/writer.h"

namespace syncfeed::test {
namespace {

Element leaf(Kind kind, std::string text) {
  Element e(kind);
  e.text = std::move(text);
  return e;
}

Element with_id(Kind kind, std::string id) {
  Element e(kind);
  e.has_id = true;
  e.id = std::move(id);
  return e;
}

Element list(Kind container, Kind item, const std::vector<std::string>& values) {
  Element c(container);
  for (const std::string& v : values) {
    Element i(item);
    i.children.push_back(leaf(Kind::Value, v));
    c.children.push_back(std::move(i));
  }
  return c;
}

// A value from a handful, the empty one included (for --empty).
std::string some(const std::vector<std::string>& values) { return *rc::gen::elementOf(values); }

// Adds `kind` with a value, or not.
void maybe_leaf(Element& parent, Kind kind, const std::vector<std::string>& values) {
  if (*rc::gen::arbitrary<bool>()) parent.children.push_back(leaf(kind, some(values)));
}

Element random_contact(const std::string& id, const std::string& email) {
  Element contact = id.empty() ? Element(Kind::Contact) : with_id(Kind::Contact, id);
  maybe_leaf(contact, Kind::FirstName, {"Ana", "Dan", ""});
  maybe_leaf(contact, Kind::LastName, {"Pop", "Ene"});
  if (!email.empty()) contact.children.push_back(list(Kind::Emails, Kind::Email, {email}));
  return contact;
}

Element random_order(const std::string& id) {
  Element order = with_id(Kind::Order, id);
  maybe_leaf(order, Kind::Number, {"W1", "W2"});
  maybe_leaf(order, Kind::CurrencyCode, {"RON", "HUF"});
  maybe_leaf(order, Kind::Status, {"Issued", "Completed", "Failed", ""});
  if (*rc::gen::arbitrary<bool>()) {
    Element customer(Kind::Customer);
    customer.children.push_back(leaf(Kind::City, some({"Cluj", "Iasi"})));
    order.children.push_back(std::move(customer));
  }
  if (*rc::gen::arbitrary<bool>()) {
    Element products(Kind::Products);
    const int n = *rc::gen::inRange(0, 3);
    for (int i = 0; i < n; ++i) {
      Element product = with_id(Kind::Product, some({"p1", "p2", "p3"}));
      maybe_leaf(product, Kind::Name, {"Tea", "Mug"});
      maybe_leaf(product, Kind::Quantity, {"1", "2.5"});
      products.children.push_back(std::move(product));
    }
    order.children.push_back(std::move(products));
  }
  if (*rc::gen::arbitrary<bool>()) {
    Element own(Kind::OrderProject);
    Element custom(Kind::Custom);
    custom.name = "Text77";
    custom.text = some({"gift", "rush"});
    own.children.push_back(std::move(custom));
    order.children.push_back(std::move(own));
  }
  return order;
}

// Takes a key from `pool`; with distinct keys, one not taken before.
std::optional<std::string> take(const std::vector<std::string>& pool, std::set<std::string>& taken, bool distinct) {
  std::vector<std::string> free;
  for (const std::string& k : pool)
    if (!distinct || !taken.count(k)) free.push_back(k);
  if (free.empty()) return std::nullopt;
  std::string key = *rc::gen::elementOf(free);
  taken.insert(key);
  return key;
}

Element random_project(const std::string& id, std::set<std::string>& orders_taken, bool distinct) {
  Element project = with_id(Kind::Project, id);
  maybe_leaf(project, Kind::Name, {"Popescu Ioana", "Ionescu Dan", ""});
  maybe_leaf(project, Kind::CategoryId, {"21"});
  maybe_leaf(project, Kind::StatusId, {"Registered", "New", "Lost"});
  maybe_leaf(project, Kind::UserId, {"Ana", ""});
  if (*rc::gen::arbitrary<bool>()) {
    Element business(Kind::Business);
    business.children.push_back(leaf(Kind::Name, some({"SC Alfa SRL", "SC Beta SA"})));
    if (*rc::gen::arbitrary<bool>())
      business.children.push_back(
          list(Kind::Emails, Kind::Email, *rc::gen::container<std::vector<std::string>>(
                                              rc::gen::element<std::string>("a@x.ro", "B@x.ro", "b@x.ro"))));
    project.children.push_back(std::move(business));
  }
  if (*rc::gen::arbitrary<bool>()) {
    Element contacts(Kind::Contacts);
    std::set<std::string> ids, emails;
    const int n = *rc::gen::inRange(0, 3);
    for (int i = 0; i < n; ++i) {
      // With distinct keys a contact has a key of its own (an Id, else an
      // e-mail): a contact without either is added anew at every apply.
      const bool by_id = *rc::gen::arbitrary<bool>();
      std::optional<std::string> key =
          by_id ? take({"c1", "c2"}, ids, distinct) : take({"e@x.ro", "f@x.ro"}, emails, distinct);
      if (!key) continue;
      if (by_id) contacts.children.push_back(random_contact(*key, distinct ? "" : some({"", "e@x.ro"})));
      else contacts.children.push_back(random_contact(distinct || *rc::gen::arbitrary<bool>() ? "" : "c1", *key));
    }
    project.children.push_back(std::move(contacts));
  }
  if (*rc::gen::arbitrary<bool>()) {
    Element orders(Kind::Orders);
    const int n = *rc::gen::inRange(0, 3);
    for (int i = 0; i < n; ++i)
      if (auto order_id = take({"7001", "7002", "7003", "7004"}, orders_taken, distinct))
        orders.children.push_back(random_order(*order_id));
    project.children.push_back(std::move(orders));
  }
  if (*rc::gen::arbitrary<bool>()) {
    Element custom(Kind::Custom);
    custom.name = "Enum1951";
    custom.text = some({"Gold", "Silver", ""});
    project.children.push_back(std::move(custom));
  }
  return project;
}

}  // namespace

rc::Gen<std::vector<Element>> random_projects(FeedShape shape) {
  return rc::gen::exec([shape] {
    std::vector<Element> projects;
    std::set<std::string> projects_taken, orders_taken;
    const int n = *rc::gen::inRange(0, 6);
    for (int i = 0; i < n; ++i) {
      // Now and then a project MiniCRM cannot key: it must be skipped.
      if (!shape.distinct_keys && *rc::gen::inRange(0, 10) == 0) {
        Element unkeyed(Kind::Project);
        unkeyed.children.push_back(leaf(Kind::Name, "No Id"));
        projects.push_back(std::move(unkeyed));
        continue;
      }
      if (auto id = take({"14353", "53566", "1", "2", "3"}, projects_taken, shape.distinct_keys))
        projects.push_back(random_project(*id, orders_taken, shape.distinct_keys));
    }
    return projects;
  });
}

rc::Gen<std::string> random_feed(FeedShape shape) {
  return rc::gen::map(random_projects(shape), [](const std::vector<Element>& projects) {
    return canonical_document(projects);
  });
}

}  // namespace syncfeed::test
