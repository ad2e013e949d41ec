#include "gen/random_feed.h"

#include <cctype>
#include <map>
#include <optional>
#include <set>

#include "feed/writer.h"
#include "gen/builder.h"

namespace syncfeed::arbitrary {
namespace {

using gen::leaf;
using gen::with_id;

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

// Free text: a plain word of `plain`, or with tricky values one that tests
// escaping and exactness.
std::string text(const FeedShape& shape, const std::vector<std::string>& plain) {
  return shape.tricky_values ? *tricky_value() : some(plain);
}

// Adds `kind` with a value, or not.
void maybe_leaf(Element& parent, Kind kind, const std::vector<std::string>& values) {
  if (*rc::gen::arbitrary<bool>()) parent.children.push_back(leaf(kind, some(values)));
}

void maybe_text(Element& parent, Kind kind, const FeedShape& shape, const std::vector<std::string>& plain) {
  if (*rc::gen::arbitrary<bool>()) parent.children.push_back(leaf(kind, text(shape, plain)));
}

// A custom field: a value, or now and then a list of items (a record, in
// canonical XML, for diff).
Element custom_field(const std::string& name, const FeedShape& shape, const std::vector<std::string>& plain) {
  Element e(Kind::Custom);
  e.name = name;
  if (*rc::gen::inRange(0, 4) == 0) {
    Element item(Kind::Custom);
    item.name = "Item";
    item.text = text(shape, plain);
    e.attributes.push_back({"type", "list"});
    e.children.push_back(std::move(item));
  } else {
    e.text = text(shape, plain);
  }
  return e;
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

// A person of one project's card, fixed for the whole feed: every
// occurrence of the project sends it with the same keys (Id, e-mails, name),
// only with other values. A feed that changes a contact's key between two
// occurrences of one project is not idempotent in MiniCRM either
// (docs/simulator.md), so the generator does not make one.
struct Person {
  std::optional<std::string> id;
  std::vector<std::string> emails;                   // often none
  std::optional<std::string> first_name, last_name;  // absent, empty or a name
};

// Names from a small set, so that a card often has namesakes.
std::optional<std::string> some_name(const std::vector<std::string>& names) {
  if (*rc::gen::inRange(0, 5) == 0) return std::nullopt;
  return some(names);
}

std::vector<Person> random_people() {
  std::vector<Person> people;
  std::set<std::string> ids, emails;
  const int n = *rc::gen::inRange(1, 4);
  for (int i = 0; i < n; ++i) {
    Person p;
    if (*rc::gen::inRange(0, 5) == 0) {  // nothing to find it by: no Id, no e-mail, no name
      people.push_back(std::move(p));
      continue;
    }
    if (*rc::gen::arbitrary<bool>()) p.id = take({"c1", "c2", "c3"}, ids, true);
    if (*rc::gen::arbitrary<bool>())
      if (auto email = take({"e@x.ro", "f@x.ro", "g@x.ro"}, emails, true)) p.emails.push_back(*email);
    p.first_name = some_name({"Radu", "Ana", ""});
    p.last_name = some_name({"Stan", "Pop"});
    people.push_back(std::move(p));
  }
  return people;
}

// A Contact element for `person`: sometimes without its Id or e-mails (a
// shop that did not send them this time), e-mails in another case, other
// values drawn anew (a phone, a custom field, empty ones for --empty).
Element random_contact(const Person& person, const FeedShape& shape, bool with_its_id = false) {
  // Three times in four (arbitrary<bool> does not depend on RapidCheck's size, inRange does).
  auto mostly = [] { return *rc::gen::arbitrary<bool>() || *rc::gen::arbitrary<bool>(); };
  Element contact =
      person.id && (with_its_id || mostly()) ? with_id(Kind::Contact, *person.id) : Element(Kind::Contact);
  if (person.first_name) contact.children.push_back(leaf(Kind::FirstName, *person.first_name));
  if (person.last_name) contact.children.push_back(leaf(Kind::LastName, *person.last_name));
  if (!person.emails.empty() && mostly()) {
    std::vector<std::string> emails = person.emails;
    if (*rc::gen::arbitrary<bool>())
      emails[0][0] = static_cast<char>(std::toupper(static_cast<unsigned char>(emails[0][0])));
    contact.children.push_back(list(Kind::Emails, Kind::Email, emails));
  }
  if (*rc::gen::arbitrary<bool>())
    contact.children.push_back(list(Kind::Phones, Kind::Phone, {text(shape, {"0740", "0741", ""})}));
  if (*rc::gen::inRange(0, 4) == 0) {
    Element custom(Kind::Custom);
    custom.name = "Role";
    custom.text = text(shape, {"buyer", "boss", ""});
    contact.children.push_back(std::move(custom));
  }
  return contact;
}

Element order_with(const std::string& id, const FeedShape& shape) {
  Element order = with_id(Kind::Order, id);
  maybe_leaf(order, Kind::Number, {"W1", "W2"});
  maybe_leaf(order, Kind::CurrencyCode, {"RON", "HUF"});
  maybe_text(order, Kind::Subject, shape, {"Order", ""});
  maybe_leaf(order, Kind::Status, {"Issued", "Completed", "Failed", ""});
  if (*rc::gen::arbitrary<bool>()) {
    Element customer(Kind::Customer);
    maybe_text(customer, Kind::Name, shape, {"Pop Ana", ""});
    customer.children.push_back(leaf(Kind::City, text(shape, {"Cluj", "Iasi"})));
    order.children.push_back(std::move(customer));
  }
  if (*rc::gen::arbitrary<bool>()) {
    Element products(Kind::Products);
    std::set<std::string> taken;
    const int n = *rc::gen::inRange(0, 3);
    for (int i = 0; i < n; ++i) {
      const std::optional<std::string> product_id = take({"p1", "p2", "p3"}, taken, shape.distinct_keys);
      Element product = with_id(Kind::Product, *product_id);
      maybe_text(product, Kind::Name, shape, {"Tea", "Mug"});
      maybe_leaf(product, Kind::PriceNet, {"1000", "-50", "7086.6141732283"});
      maybe_leaf(product, Kind::Quantity, {"1", "2.5"});
      maybe_text(product, Kind::Unit, shape, {"pc", ""});
      products.children.push_back(std::move(product));
    }
    order.children.push_back(std::move(products));
  }
  if (*rc::gen::arbitrary<bool>()) {
    Element own(Kind::OrderProject);
    own.children.push_back(custom_field("Text77", shape, {"gift", "rush"}));
    order.children.push_back(std::move(own));
  }
  return order;
}

// The order Ids of one project: from a pool the whole feed shares (orders
// move between projects), or with distinct keys made from the project's Id.
struct OrderIds {
  std::set<std::string>& taken;
  std::optional<std::string> next(const std::string& project_id, int i, bool distinct) {
    if (!distinct) return take({"7001", "7002", "7003", "7004"}, taken, false);
    std::string id = project_id + "-" + std::to_string(i);
    if (!taken.insert(id).second) return std::nullopt;  // the project sent twice: its orders once
    return id;
  }
};

Element project_with(const std::string& id, const std::vector<Person>& people, OrderIds orders_taken,
                     const FeedShape& shape) {
  Element project = with_id(Kind::Project, id);
  maybe_text(project, Kind::Name, shape, {"Popescu Ioana", "Ionescu Dan", ""});
  maybe_leaf(project, Kind::CategoryId, {"21"});
  maybe_leaf(project, Kind::StatusId, {"Registered", "New", "Lost"});
  maybe_leaf(project, Kind::UserId, {"Ana", ""});
  maybe_leaf(project, Kind::Disabled, {"0", "1"});
  maybe_leaf(project, Kind::LostBasketValue, {"1200", ""});
  if (*rc::gen::arbitrary<bool>()) {
    Element business(Kind::Business);
    business.children.push_back(leaf(Kind::Name, text(shape, {"SC Alfa SRL", "SC Beta SA"})));
    maybe_leaf(business, Kind::VatNumber, {"RO123", ""});
    if (*rc::gen::arbitrary<bool>())  // else a business without e-mail
      business.children.push_back(list(
          Kind::Emails, Kind::Email,
          *rc::gen::container<std::vector<std::string>>(rc::gen::element<std::string>("a@x.ro", "B@x.ro", "b@x.ro"))));
    project.children.push_back(std::move(business));
  }
  if (*rc::gen::arbitrary<bool>()) {
    // Some of the card's people, in any order (namesakes, contacts with no key
    // at all), each once; a person with an Id perhaps twice, both times with
    // it. A person sent twice without Id could take, by name, the contact of
    // a namesake the card has from an earlier occurrence of the project, and
    // give it an e-mail: the exception of docs/simulator.md.
    Element contacts(Kind::Contacts);
    std::vector<std::size_t> order(people.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[*rc::gen::inRange<std::size_t>(0, i)]);
    order.resize(*rc::gen::inRange<std::size_t>(0, order.size() + 1));
    const bool twice = shape.contact_twice && !order.empty() && people[order[0]].id && *rc::gen::arbitrary<bool>();
    for (std::size_t i : order) contacts.children.push_back(random_contact(people[i], shape, twice && i == order[0]));
    if (twice) contacts.children.push_back(random_contact(people[order[0]], shape, true));
    project.children.push_back(std::move(contacts));
  }
  if (*rc::gen::arbitrary<bool>()) {
    Element orders(Kind::Orders);
    const int n = *rc::gen::inRange(0, 3);
    for (int i = 0; i < n; ++i)
      if (auto order_id = orders_taken.next(id, i + 1, shape.distinct_keys))
        orders.children.push_back(order_with(*order_id, shape));
    project.children.push_back(std::move(orders));
  }
  if (*rc::gen::arbitrary<bool>()) project.children.push_back(custom_field("Enum1951", shape, {"Gold", "Silver", ""}));
  if (*rc::gen::inRange(0, 4) == 0) project.children.push_back(custom_field("Text2", shape, {"note", ""}));
  return project;
}

}  // namespace

rc::Gen<std::string> tricky_value() {
  return rc::gen::element<std::string>("", "1", "2.5", "Kiss Anna", " padded ", "a & b <c>", "Árvíztűrő", "x\"y'z",
                                       "27%", "Registered");
}

Element random_project(const std::string& id, const FeedShape& shape) {
  std::set<std::string> orders_taken;
  return project_with(id, random_people(), {orders_taken}, shape);
}

Element random_order(const std::string& id, const FeedShape& shape) { return order_with(id, shape); }

rc::Gen<std::vector<Element>> random_projects(FeedShape shape) {
  return rc::gen::exec([shape] {
    std::vector<Element> projects;
    std::set<std::string> projects_taken, orders_taken;
    std::map<std::string, std::vector<Person>> people;  // of each project id, for the whole feed
    const int n = shape.one_card ? *rc::gen::inRange(2, 7) : *rc::gen::inRange(0, 6);
    const std::vector<std::string> ids =
        shape.one_card ? std::vector<std::string>{"1"} : std::vector<std::string>{"14353", "53566", "1", "2", "3"};
    for (int i = 0; i < n; ++i) {
      // Now and then a project MiniCRM cannot key: it must be skipped.
      if (!shape.distinct_keys && !shape.one_card && *rc::gen::inRange(0, 10) == 0) {
        Element unkeyed(Kind::Project);
        unkeyed.children.push_back(leaf(Kind::Name, "No Id"));
        projects.push_back(std::move(unkeyed));
        continue;
      }
      if (auto id = take(ids, projects_taken, shape.distinct_keys)) {
        if (!people.count(*id)) people[*id] = random_people();
        projects.push_back(project_with(*id, people[*id], {orders_taken}, shape));
      }
    }
    return projects;
  });
}

rc::Gen<std::string> random_feed(FeedShape shape) {
  return rc::gen::map(random_projects(shape),
                      [](const std::vector<Element>& projects) { return canonical_document(projects); });
}

}  // namespace syncfeed::arbitrary
