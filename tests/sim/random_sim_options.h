// The simulator's own random inputs beside the feeds (gen/random_feed.h):
// its options and the first ids of a new state, drawn inside a property.
#pragma once

#include <rapidcheck.h>

#include "gen/random_feed.h"
#include "sim/simulator.h"
#include "sim/state.h"

namespace syncfeed::test {

using arbitrary::FeedShape;
using arbitrary::random_feed;
using arbitrary::random_projects;

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
