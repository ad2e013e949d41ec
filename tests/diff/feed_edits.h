// The diff properties' feeds and their later revisions: feeds of
// gen/random_feed.h with distinct keys (a project, an order once per feed, a
// product once per order, a contact Id once per project) and values that
// test escaping and exactness; a
// later revision edits a few of them (mutate) or only reorders them (shuffled).
#pragma once

#include <rapidcheck.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "diff/record_key.h"
#include "feed/model.h"
#include "feed/writer.h"
#include "gen/random_feed.h"

namespace syncfeed::test {

inline const arbitrary::FeedShape kDiffShape{.distinct_keys = true, .contact_twice = false, .tricky_values = true};

// A feed of up to 5 projects, drawn inside a property.
inline std::vector<Element> gen_feed() { return *arbitrary::random_projects(kDiffShape); }

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
      feed.push_back(arbitrary::random_project(std::to_string(100 + static_cast<int>(feed.size()) + e), kDiffShape));
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
      orders->children.push_back(arbitrary::random_order("n" + project.id + "-" + std::to_string(e), kDiffShape));
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
      target.text = *arbitrary::tricky_value();  // perhaps the same value: then nothing changed
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
    auto first_custom =
        std::find_if(p.children.begin(), p.children.end(), [](const Element& c) { return c.kind == Kind::Custom; });
    std::vector<Element> customs(std::make_move_iterator(first_custom), std::make_move_iterator(p.children.end()));
    p.children.erase(first_custom, p.children.end());
    shuffle(customs);
    for (Element& c : customs) p.children.push_back(std::move(c));
  }
  return feed;
}

}  // namespace syncfeed::test
