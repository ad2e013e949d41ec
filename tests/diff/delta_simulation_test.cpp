// The property that makes delta worth having: MiniCRM (the simulator) ends in
// the same state whether it gets the full new feed or only the delta, in the
// memory, SQLite and scratch states alike.
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include "feed_edits.h"
#include "revision_pair.h"
#include "sim/memory_state.h"
#include "sim/scratch_state.h"
#include "sim/simulator.h"
#include "sim/sqlite_state.h"
#include "support/temp_folder.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {

// Applies feeds in order to `state`, a new simulated system; returns every
// card and the counters (the next card ids) as one text, for comparing and showing.
std::string state_after(sim::State& state, const std::vector<std::vector<Element>>& feeds) {
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

// The same in each kind of state the commands use: memory (the reference),
// apply's SQLite state, plan's scratch store. They must agree.
std::string state_after(const std::vector<std::vector<Element>>& feeds) {
  sim::MemoryState memory;
  const std::string reference = state_after(memory, feeds);
  TempFolder dir;
  sim::Database db((dir / "state.db").string(), sim::Database::Mode::ReadWriteCreate);
  sim::Transaction transaction(db, true);
  sim::SqliteState on_disk(db);
  sim::ScratchState scratch;
  if (state_after(on_disk, feeds) != reference) return "the SQLite state differs from the memory state";
  if (state_after(scratch, feeds) != reference) return "the scratch state differs from the memory state";
  return reference;
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

TEST_CASE("a changed namesake without Id or e-mail: the delta carries the whole contact list") {
  // MiniCRM finds the second "Radu Stan" as the second one stored: sent alone,
  // the changed one would find the first and overwrite it.
  const std::string old_xml =
      R"(<Projects><Project Id="1"><Name>Stan SRL</Name><Business><Name>Stan SRL</Name></Business><Contacts>
<Contact><FirstName>Radu</FirstName><LastName>Stan</LastName><Phone>1</Phone></Contact>
<Contact><FirstName>Radu</FirstName><LastName>Stan</LastName><Phone>2</Phone></Contact>
</Contacts></Project></Projects>)";
  std::string new_xml = old_xml;
  new_xml.replace(new_xml.find("<Phone>2</Phone>"), 16, "<Phone>3</Phone>");
  const PairResult r = diff_texts(old_xml, new_xml, true);
  REQUIRE(r.ok);
  const auto old_feed = parse_projects(old_xml), new_feed = parse_projects(new_xml);
  const auto delta = parse_projects(r.delta);
  INFO(r.delta);
  REQUIRE(delta.size() == 1);
  CHECK(delta[0].items(Kind::Contacts).size() == 2);
  CHECK(state_after({old_feed, delta}) == state_after({old_feed, new_feed}));
}
