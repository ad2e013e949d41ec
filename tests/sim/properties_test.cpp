// Properties of the simulator over random feeds (gen/random_feed.h).
// RapidCheck prints the seed of a failure; replay it with
//   RC_PARAMS="seed=N" build/tests/test_sim "[property]"
#include <rapidcheck/catch.h>

#include <set>

#include "random_sim_options.h"
#include "sim/session.h"
#include "sim_support.h"
#include "support/run_process.h"

using namespace syncfeed::test;

namespace {

std::vector<std::int64_t> sorted_ids(State& state, std::optional<CardKind> kind) {
  std::vector<std::int64_t> ids;
  state.for_each_card([&](const Card& card) {
    if (!kind || card.kind == *kind) ids.push_back(card.id);
  });
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::vector<std::int64_t> range(std::int64_t from, std::int64_t to) {
  std::vector<std::int64_t> ids;
  for (std::int64_t i = from; i < to; ++i) ids.push_back(i);
  return ids;
}

}  // namespace

TEST_CASE("card ids are unique and dense from --first-card-id", "[property]") {
  rc::prop("ids", [] {
    const auto feeds = *rc::gen::container<std::vector<std::string>>(rc::gen::scale(0.5, random_feed()));
    const Counters first = random_first_ids();
    MemoryState state;
    simulate(state, feeds, random_sim_options(), first);
    const Counters after = state.counters();
    if (first.order_ids == OrderIds::Shared) {
      RC_ASSERT(sorted_ids(state, std::nullopt) == range(first.next_card_id, after.next_card_id));
    } else {
      RC_ASSERT(sorted_ids(state, CardKind::Project) == range(first.next_card_id, after.next_card_id));
      RC_ASSERT(sorted_ids(state, CardKind::Order) == range(first.next_order_card_id, after.next_order_card_id));
    }
  });
}

TEST_CASE("the SQLite state behaves as the in-memory one", "[property]") {
  rc::prop("same actions, same state", [] {
    const auto feeds = *rc::gen::container<std::vector<std::string>>(rc::gen::scale(0.5, random_feed()));
    const SimOptions options = random_sim_options();
    const Counters first = random_first_ids();
    TempFolder dir;
    Database db((dir / "state.db").string(), Database::Mode::ReadWriteCreate);
    Transaction transaction(db, true);  // as apply does; without it every statement waits for the disk
    SqliteState on_disk(db);
    MemoryState in_memory;
    const Run a = simulate(on_disk, feeds, options, first);
    const Run b = simulate(in_memory, feeds, options, first);
    RC_ASSERT(briefs(a) == briefs(b));
    RC_ASSERT(dump(on_disk) == dump(in_memory));
  });
}

TEST_CASE("plan never changes the database, and shows what apply then does", "[property]") {
  rc::prop("plan is read-only", [] {
    TempFolder dir;
    const auto db = dir / "state.db";
    write_whole_file(dir / "a.xml", *random_feed());
    write_whole_file(dir / "b.xml", *random_feed());
    SessionOptions apply;
    apply.apply = true;
    apply.state_path = db.string();
    apply.sim = random_sim_options();
    RC_ASSERT(run_session(apply, {(dir / "a.xml").string()}, [](const Action&) {}).outcome ==
              SessionResult::Outcome::Done);
    const std::string bytes = read_whole_file(db);

    SessionOptions plan = apply;
    plan.apply = false;
    std::vector<std::string> planned, applied;
    run_session(plan, {(dir / "b.xml").string()}, [&](const Action& a) { planned.push_back(brief(a)); });
    RC_ASSERT(read_whole_file(db) == bytes);
    run_session(apply, {(dir / "b.xml").string()}, [&](const Action& a) { applied.push_back(brief(a)); });
    RC_ASSERT(planned == applied);
  });
}
