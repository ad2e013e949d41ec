// Sending a feed again is "modified with the new data": an update, never an
// accumulation (docs/simulator.md). Properties over random feeds whose
// contacts often have no Id and no e-mail (namesakes, no key at all, the same
// Id twice), run over the memory, SQLite and scratch states alike.
// RapidCheck prints the seed of a failure; replay it with
//   RC_PARAMS="seed=N" build/tests/test_sim "[property]"
#include <rapidcheck/catch.h>

#include "each_state.h"
#include "feed/writer.h"
#include "random_sim_options.h"
#include "sim/session.h"
#include "support/run_process.h"

using namespace syncfeed::test;
using syncfeed::canonical_document;
using syncfeed::Element;

TEST_CASE("a feed sent again plans as all unchanged, in every state", "[property]") {
  rc::prop("apply F; plan F: unchanged", [] {
    const std::string f = *random_feed({.distinct_keys = true});
    const SimOptions options = random_sim_options();
    const Counters first = random_first_ids();
    for_each_state([&](std::string_view kind, State& state) {
      simulate(state, f, options, first);
      const std::string before = dump(state);
      const Run again = simulate(state, f, options);
      for (const Action& a : again.actions) {
        RC_LOG() << kind << ": " << brief(a) << "\n";
        for (const std::string& c : changes(a)) RC_LOG() << "  " << c << "\n";
        RC_ASSERT(a.op == Op::Unchanged);
      }
      RC_ASSERT(dump(state) == before);
    });
  });
}

TEST_CASE("a feed applied twice leaves the cards as applying it once, in every state", "[property]") {
  // Any feed: a Project Id several times, an Order Id under two projects, a
  // contact Id twice in one project, namesakes without Id or e-mail.
  rc::prop("apply F; apply F == apply F", [] {
    const std::string f = *random_feed();
    const SimOptions options = random_sim_options();
    const Counters first = random_first_ids();
    for_each_state([&](std::string_view kind, State& state) {
      simulate(state, f, options, first);
      const std::string once = dump(state);
      simulate(state, f, options);
      RC_LOG() << kind << ":\n" << once;
      RC_ASSERT(dump(state) == once);
    });
  });
}

TEST_CASE("a card sent several times in one feed ends the same when the feed is applied again", "[property]") {
  rc::prop("apply F; apply F == apply F, one card", [] {
    const std::string f = *random_feed({.one_card = true});
    const SimOptions options = random_sim_options();
    MemoryState state;
    simulate(state, f, options);
    const std::string once = dump(state);
    simulate(state, f, options);
    RC_ASSERT(dump(state) == once);
  });
}

TEST_CASE("applying A then B equals applying A+B in one run, in every state", "[property]") {
  rc::prop("A;B == A+B", [] {
    const auto a = *random_projects();
    const auto b = *random_projects();
    std::vector<Element> both = a;
    both.insert(both.end(), b.begin(), b.end());
    const SimOptions options = random_sim_options();
    const Counters first = random_first_ids();
    std::string reference;
    for_each_state([&](std::string_view kind, State& separately) {
      simulate(separately, {canonical_document(a), canonical_document(b)}, options, first);
      MemoryState together;
      simulate(together, canonical_document(both), options, first);
      RC_LOG() << kind << "\n";
      RC_ASSERT(dump(separately) == dump(together));
      if (reference.empty()) reference = dump(separately);
      RC_ASSERT(dump(separately) == reference);
    });
  });
}

TEST_CASE("plan of a feed just applied, through the commands' sessions, is all unchanged", "[property]") {
  rc::prop("apply F --state; plan F --state: unchanged", [] {
    TempFolder dir;
    write_whole_file(dir / "f.xml", *random_feed({.distinct_keys = true}));
    SessionOptions apply;
    apply.apply = true;
    apply.state_path = (dir / "state.db").string();
    apply.sim = random_sim_options();
    RC_ASSERT(run_session(apply, {(dir / "f.xml").string()}, [](const Action&) {}).outcome ==
              SessionResult::Outcome::Done);
    SessionOptions plan = apply;
    plan.apply = false;
    run_session(plan, {(dir / "f.xml").string()}, [](const Action& a) {
      RC_LOG() << brief(a) << "\n";
      RC_ASSERT(a.op == Op::Unchanged);
    });
  });
}
