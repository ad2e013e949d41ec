// syncfeed's public C++ API: what MiniCRM does with a feed (upsert by
// Reference ID, docs/format.md §4), as `syncfeed plan` does, on a state held
// in memory.
#pragma once

#include <string_view>
#include <vector>

#include "sim/action.h"        // sim::Action, sim::Op, sim::Summary
#include "sim/feed_run.h"      // sim::simulate_feed_text, FeedRun
#include "sim/memory_state.h"  // sim::MemoryState
#include "sim/simulator.h"     // sim::Simulator, SimOptions

namespace syncfeed {

struct Simulation {
  sim::FeedRun run;                  // run.ok() false: MiniCRM refuses the feed whole
  std::vector<sim::Action> actions;  // what happens to each card, in document order
  sim::Summary summary;              // counts by operation
};

// Simulates `feeds`, one after the other, on `state` (a fresh MemoryState:
// card ids from 1). Stops at the first feed MiniCRM would refuse.
inline Simulation simulate(const std::vector<std::string_view>& feeds, sim::State& state,
                           const sim::SimOptions& options = {}) {
  Simulation result;
  if (!state.initialized()) state.set_counters(sim::Counters{});
  sim::Simulator simulator(state, options, [&](const sim::Action& a) { result.actions.push_back(a); });
  for (std::string_view xml : feeds) {
    result.run = sim::simulate_feed_text(xml, "feed", simulator);
    if (!result.run.ok()) break;
  }
  simulator.finish();
  result.summary = simulator.summary();
  return result;
}

}  // namespace syncfeed
