// A small local generator of random feeds for the simulator's properties:
// few distinct Reference IDs and values, so that feeds collide (updates,
// unchanged cards, moved orders) instead of only creating cards.
#pragma once

#include <rapidcheck.h>

#include <string>
#include <vector>

#include "feed/model.h"
#include "sim/simulator.h"

namespace syncfeed::test {

struct FeedShape {
  // Every project and order key at most once per feed. Without it a feed can
  // send one card twice with different data, and applying it again then
  // updates the card back and forth (the cards end as they were). Contacts
  // are never distinct: namesakes, contacts with no Id and no e-mail and the
  // same contact Id twice in one project are what a re-sent feed must survive.
  bool distinct_keys = false;
  // Every project is the same card, sent 2 to 6 times: what each occurrence
  // adds, replaces (lists) and leaves out piles up on one card.
  bool one_card = false;
};

// Projects in canonical order, ready for canonical_document().
rc::Gen<std::vector<Element>> random_projects(FeedShape shape = {});

// A whole feed, as XML text.
rc::Gen<std::string> random_feed(FeedShape shape = {});

// Simulator options, drawn inside a property (either meaning of an empty element).
inline sim::SimOptions random_sim_options() {
  sim::SimOptions o;
  o.empty = *rc::gen::element(sim::EmptyElements::Clear, sim::EmptyElements::Keep);
  return o;
}

// The first card ids and the order-ids mode of a new state, drawn inside a property.
inline sim::Counters random_first_ids() {
  sim::Counters c;
  c.next_card_id = *rc::gen::inRange<std::int64_t>(1, 100000);
  c.next_order_card_id = *rc::gen::inRange<std::int64_t>(1, 100000);
  c.order_ids = *rc::gen::element(sim::OrderIds::Shared, sim::OrderIds::Separate);
  return c;
}

}  // namespace syncfeed::test
