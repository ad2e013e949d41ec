// A small generator of feed models for the diff properties: projects with
// unique Ids, orders with Ids unique in the feed, products unique in their
// order, contacts of every shape (with an Id, e-mail only, a name only,
// namesakes, none of these), custom fields with unique names.
// Children are built in canonical order, as the reader gives them. Kept here,
// small and independent of gen/, on purpose: the properties test diff, not
// the generator.
#pragma once

#include <rapidcheck.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "diff/record_key.h"
#include "feed/model.h"
#include "feed/writer.h"

namespace syncfeed::test {

inline Element leaf(Kind kind, std::string text) {
  Element e(kind);
  e.text = std::move(text);
  return e;
}

inline Element with_id(Kind kind, std::string id) {
  Element e(kind);
  e.has_id = true;
  e.id = std::move(id);
  return e;
}

inline Element list_of(Kind kind, std::vector<Element> items) {
  Element e(kind);
  e.children = std::move(items);
  return e;
}

// Values that test escaping and exactness: empty, spaces, markup characters, accents.
inline rc::Gen<std::string> gen_value() {
  return rc::gen::element<std::string>("", "1", "2.5", "Kiss Anna", " padded ", "a & b <c>", "Árvíztűrő",
                                       "x\"y'z", "27%", "Registered");
}

inline void maybe_add(std::vector<Element>& children, Kind kind) {
  if (*rc::gen::arbitrary<bool>()) children.push_back(leaf(kind, *gen_value()));
}

inline Element gen_emails() {
  std::vector<Element> items;
  const int n = *rc::gen::inRange(1, 3);
  for (int i = 0; i < n; ++i) {
    Element email(Kind::Email);
    email.children.push_back(leaf(Kind::Value, *rc::gen::element<std::string>("a@x.hu", "b@x.hu", "B@X.hu", "")));
    items.push_back(std::move(email));
  }
  return list_of(Kind::Emails, std::move(items));
}

inline Element gen_custom(const std::string& name) {
  Element e(Kind::Custom);
  e.name = name;
  if (*rc::gen::inRange(0, 4) == 0) {
    Element inner(Kind::Custom);
    inner.name = "Item";
    inner.text = *gen_value();
    e.attributes.push_back({"type", "list"});
    e.children.push_back(std::move(inner));
  } else {
    e.text = *gen_value();
  }
  return e;
}

inline std::vector<Element> gen_customs(const std::vector<std::string>& names) {
  std::vector<Element> out;
  for (const std::string& name : names)
    if (*rc::gen::arbitrary<bool>()) out.push_back(gen_custom(name));
  return out;
}

inline Element gen_order(const std::string& id) {
  Element order = with_id(Kind::Order, id);
  order.children.push_back(leaf(Kind::Number, "R-" + id));
  order.children.push_back(leaf(Kind::CurrencyCode, *rc::gen::element<std::string>("HUF", "EUR")));
  maybe_add(order.children, Kind::Subject);
  order.children.push_back(leaf(Kind::Status, *rc::gen::element<std::string>("Issued", "Completed")));
  if (*rc::gen::arbitrary<bool>()) {
    Element customer(Kind::Customer);
    customer.children.push_back(leaf(Kind::Name, *gen_value()));
    maybe_add(customer.children, Kind::City);
    order.children.push_back(std::move(customer));
  }
  std::vector<Element> products;
  const int n = *rc::gen::inRange(0, 4);
  for (int i = 1; i <= n; ++i) {
    Element product = with_id(Kind::Product, std::to_string(3540 + i));
    product.children.push_back(leaf(Kind::Name, *gen_value()));
    product.children.push_back(leaf(Kind::PriceNet, *rc::gen::element<std::string>("1000", "-50", "7086.6141732283")));
    product.children.push_back(leaf(Kind::Quantity, *rc::gen::element<std::string>("1", "2", "0.5")));
    maybe_add(product.children, Kind::Unit);
    products.push_back(std::move(product));
  }
  if (!products.empty()) order.children.push_back(list_of(Kind::Products, std::move(products)));
  if (auto fields = gen_customs({"Enum7", "Text8"}); !fields.empty()) {
    Element card(Kind::OrderProject);
    card.children = std::move(fields);
    order.children.push_back(std::move(card));
  }
  return order;
}

// A contact in each of the shapes MiniCRM tells apart: with an Id, with
// e-mails only, with a name only (often a namesake: "Radu" twice), with none
// of the three.
inline Element gen_contact(int i) {
  const int shape = *rc::gen::inRange(0, 4);
  Element contact = shape == 0 ? with_id(Kind::Contact, "c" + std::to_string(i)) : Element(Kind::Contact);
  if (shape == 2) {
    contact.children.push_back(leaf(Kind::FirstName, *rc::gen::element<std::string>("Radu", "Ana")));
    if (*rc::gen::arbitrary<bool>()) contact.children.push_back(leaf(Kind::LastName, "Stan"));
  } else if (shape != 3) {
    maybe_add(contact.children, Kind::FirstName);
  }
  if (shape == 1 || (shape == 0 && *rc::gen::arbitrary<bool>())) contact.children.push_back(gen_emails());
  if (*rc::gen::arbitrary<bool>()) {
    Element phone(Kind::Phone);
    phone.children.push_back(leaf(Kind::Value, *gen_value()));
    std::vector<Element> phones;
    phones.push_back(std::move(phone));
    contact.children.push_back(list_of(Kind::Phones, std::move(phones)));
  }
  return contact;
}

inline Element gen_project(int id) {
  Element p = with_id(Kind::Project, std::to_string(id));
  p.children.push_back(leaf(Kind::Name, *gen_value()));
  p.children.push_back(leaf(Kind::CategoryId, "21"));
  p.children.push_back(leaf(Kind::StatusId, *rc::gen::element<std::string>("Registered", "Ordered", "12")));
  maybe_add(p.children, Kind::UserId);
  maybe_add(p.children, Kind::Disabled);
  maybe_add(p.children, Kind::LostBasketValue);
  if (*rc::gen::arbitrary<bool>()) {
    Element business(Kind::Business);
    business.children.push_back(leaf(Kind::Name, *gen_value()));
    maybe_add(business.children, Kind::VatNumber);
    if (*rc::gen::arbitrary<bool>()) business.children.push_back(gen_emails());
    p.children.push_back(std::move(business));
  }
  std::vector<Element> contacts;
  const int n_contacts = *rc::gen::inRange(0, 4);
  for (int i = 1; i <= n_contacts; ++i) contacts.push_back(gen_contact(i));
  if (!contacts.empty()) p.children.push_back(list_of(Kind::Contacts, std::move(contacts)));
  std::vector<Element> orders;
  const int n_orders = *rc::gen::inRange(0, 3);
  for (int i = 1; i <= n_orders; ++i) orders.push_back(gen_order(std::to_string(id * 10 + i)));
  if (!orders.empty()) p.children.push_back(list_of(Kind::Orders, std::move(orders)));
  for (Element& c : gen_customs({"Enum1951", "Text2", "Multi3"})) p.children.push_back(std::move(c));
  return p;
}

// A feed of up to 6 projects with distinct Ids from 1..12.
inline std::vector<Element> gen_feed() {
  const auto count = *rc::gen::inRange<std::size_t>(0, 7);
  auto ids = *rc::gen::container<std::vector<int>>(count, rc::gen::inRange(1, 13));
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::vector<Element> feed;
  for (int id : ids) feed.push_back(gen_project(id));
  return feed;
}

// Fisher-Yates with RapidCheck's choices, so that a failure shrinks and replays.
template <typename T>
void shuffle(std::vector<T>& v) {
  for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[*rc::gen::inRange<std::size_t>(0, i)]);
}

// Every element below the projects, with its parent (for mutations).
inline void collect(Element& parent, std::vector<std::pair<Element*, std::size_t>>& out) {
  for (std::size_t i = 0; i < parent.children.size(); ++i) {
    out.emplace_back(&parent, i);
    collect(parent.children[i], out);
  }
}

// A later revision: a few edits of values, removals, new projects and orders.
inline std::vector<Element> mutate(std::vector<Element> feed) {
  const int edits = *rc::gen::inRange(1, 4);
  for (int e = 0; e < edits; ++e) {
    const int what = *rc::gen::inRange(0, 5);
    if (what == 3 || feed.empty()) {  // a new project
      feed.push_back(gen_project(100 + static_cast<int>(feed.size()) + e));
      continue;
    }
    Element& project = feed[*rc::gen::inRange<std::size_t>(0, feed.size())];
    if (what == 4) {  // a new order
      Element* orders = project.child(Kind::Orders);
      if (!orders) {
        project.children.push_back(Element(Kind::Orders));
        std::stable_sort(project.children.begin(), project.children.end(), [](const Element& a, const Element& b) {
          return canonical_rank(Kind::Project, a.kind) < canonical_rank(Kind::Project, b.kind);
        });
        orders = project.child(Kind::Orders);
      }
      orders->children.push_back(gen_order("n" + project.id + "-" + std::to_string(e)));
      continue;
    }
    std::vector<std::pair<Element*, std::size_t>> places;
    collect(project, places);
    if (places.empty()) continue;
    auto [parent, index] = places[*rc::gen::inRange<std::size_t>(0, places.size())];
    Element& target = parent->children[index];
    if (what == 2 && !(parent->kind == Kind::Project && target.kind == Kind::Name)) {
      parent->children.erase(parent->children.begin() + static_cast<std::ptrdiff_t>(index));  // removed
    } else if (target.is_leaf() || (target.kind == Kind::Custom && target.children.empty())) {
      target.text = *gen_value();  // perhaps the same value: then nothing changed
    }
  }
  return feed;
}

// Contacts in another order, except that contacts with one key (namesakes
// without Id or e-mail, contacts with neither, the same e-mail) keep their
// order among themselves: the k-th of them is matched with the k-th, so
// their order is data.
inline void shuffle_keeping_namesakes(std::vector<Element>& contacts) {
  auto base_key = [](const diff::KeyedChild& k) { return k.key.substr(0, k.key.find('#')); };
  Element before(Kind::Contacts);
  before.children = contacts;
  std::vector<std::string> keys;
  for (const diff::KeyedChild& k : diff::keyed_children(before)) keys.push_back(base_key(k));
  std::vector<std::size_t> order(contacts.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  shuffle(order);
  // Slot s takes the next contact, in original order, of the key that the shuffle put there.
  std::map<std::string, std::vector<std::size_t>> of_key;
  for (std::size_t i = 0; i < contacts.size(); ++i) of_key[keys[i]].push_back(i);
  std::map<std::string, std::size_t> used;
  std::vector<Element> out;
  for (std::size_t slot : order) {
    const std::string& key = keys[slot];
    out.push_back(before.children[of_key[key][used[key]++]]);
  }
  contacts = std::move(out);
}

// The same data in another order: projects, orders, products, contacts and
// custom fields shuffled (the reader puts known fields back in their order).
inline std::vector<Element> shuffled(std::vector<Element> feed) {
  shuffle(feed);
  for (Element& p : feed) {
    if (Element* orders = p.child(Kind::Orders)) shuffle(orders->children);
    if (Element* contacts = p.child(Kind::Contacts)) shuffle_keeping_namesakes(contacts->children);
    if (Element* orders = p.child(Kind::Orders))
      for (Element& o : orders->children)
        if (Element* products = o.child(Kind::Products)) shuffle(products->children);
    auto first_custom = std::find_if(p.children.begin(), p.children.end(),
                                     [](const Element& c) { return c.kind == Kind::Custom; });
    std::vector<Element> customs(std::make_move_iterator(first_custom), std::make_move_iterator(p.children.end()));
    p.children.erase(first_custom, p.children.end());
    shuffle(customs);
    for (Element& c : customs) p.children.push_back(std::move(c));
  }
  return feed;
}

}  // namespace syncfeed::test
