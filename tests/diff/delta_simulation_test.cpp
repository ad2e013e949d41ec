// The property that makes delta worth having: MiniCRM (the simulator) ends in
// the same state whether it gets the full new feed or only the delta.
#include <catch2/catch.hpp>
#include <rapidcheck/catch.h>

#include "random_feed.h"
#include "revision_pair.h"
#include "sim/memory_state.h"
#include "sim/simulator.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {

// Applies feeds in order to a new simulated system; returns every card and
// the counters (the next card ids) as one text, for comparing and showing.
std::string state_after(const std::vector<std::vector<Element>>& feeds) {
  sim::MemoryState state;
  state.set_counters({});
  for (const auto& feed : feeds) {
    sim::Simulator simulator(state, {}, [](const sim::Action&) {});
    for (const Element& project : feed) simulator.project(project, "feed");
    simulator.finish();
  }
  std::string out = "next card id " + std::to_string(state.counters().next_card_id) + "\n";
  state.for_each_card([&](const sim::Card& card) {
    out += std::string(sim::kind_name(card.kind)) + " " + std::to_string(card.id) + " [" + card.reference_id + "] on " +
           std::to_string(card.project_card_id) + "\n";
    for (const auto& [name, value] : sim::flat_view(card)) out += "  " + name + " = " + value + "\n";
  });
  return out;
}

}  // namespace

TEST_CASE("applying delta(A, B) after A leaves the simulated state as applying B after A") {
  rc::prop("delta and the full feed agree", [] {
    const auto a = gen_feed();
    const auto b = mutate(a);
    const PairResult r = diff_texts(canonical_document(a), canonical_document(b), true);
    RC_ASSERT(r.ok);
    const auto delta = parse_projects(r.delta);
    RC_LOG() << "delta:\n" << r.delta;
    RC_ASSERT(delta.size() <= b.size());
    RC_ASSERT(state_after({a, delta}) == state_after({a, b}));
  });

  rc::prop("the delta of a shuffled copy is empty", [] {
    const auto a = gen_feed();
    const PairResult r = diff_texts(canonical_document(a), canonical_document(shuffled(a)), true);
    RC_ASSERT(parse_projects(r.delta).empty());
    RC_ASSERT(r.warnings.empty());
  });
}
