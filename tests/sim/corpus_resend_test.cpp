// Every feed of corpus/ that MiniCRM would import, applied and then sent
// again: the plan of the second sending is all unchanged, and applying it
// leaves the state as it was (docs/simulator.md: "modified with the new
// data", never an accumulation). A card that one feed sends twice (a Project
// Id or an Order Id repeated) is updated back and forth by its occurrences,
// so only its end state is checked.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

#include "sim/session.h"
#include "sim_support.h"
#include "support/corpus_files.h"
#include "support/temp_folder.h"

using namespace syncfeed::test;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> every_corpus_feed() {
  std::vector<fs::path> feeds;
  for (const auto& entry : fs::recursive_directory_iterator(corpus_dir()))
    if (entry.is_regular_file() && entry.path().extension() == ".xml") feeds.push_back(entry.path());
  std::sort(feeds.begin(), feeds.end());
  return feeds;
}

SessionResult run(const std::string& state, const fs::path& feed, bool apply, EmptyElements empty,
                  std::vector<Action>* actions = nullptr) {
  SessionOptions options;
  options.apply = apply;
  options.state_path = state;
  options.sim.empty = empty;
  return run_session(options, {feed.string()}, [&](const Action& a) {
    if (actions) actions->push_back(a);
  });
}

std::string dump_state(const std::string& path) {
  Database db(path, Database::Mode::ReadOnly);
  SqliteState state(db);
  return dump(state);
}

}  // namespace

TEST_CASE("every feed of corpus/ sent again after it was applied changes nothing") {
  std::size_t imported = 0;
  for (const fs::path& feed : every_corpus_feed()) {
    for (EmptyElements empty : {EmptyElements::Clear, EmptyElements::Keep}) {
      INFO(feed.string() << (empty == EmptyElements::Keep ? " --empty keep" : " --empty clear"));
      TempFolder dir;
      const std::string state = (dir / "state.db").string();
      const SessionResult first = run(state, feed, true, empty);
      if (first.outcome != SessionResult::Outcome::Done) continue;  // refused whole: MiniCRM imports nothing
      ++imported;
      const std::string once = dump_state(state);

      std::vector<Action> planned;
      REQUIRE(run(state, feed, false, empty, &planned).outcome == SessionResult::Outcome::Done);
      std::map<std::pair<CardKind, std::string>, int> sent;
      for (const Action& a : planned)
        if (a.reference_id) ++sent[{a.kind, *a.reference_id}];
      for (const Action& a : planned) {
        if (a.op == Op::Skip || sent[{a.kind, *a.reference_id}] > 1) continue;
        std::string shown = brief(a);
        for (const std::string& c : changes(a)) shown += "\n  " + c;
        INFO(shown);
        CHECK(a.op == Op::Unchanged);
      }

      REQUIRE(run(state, feed, true, empty).outcome == SessionResult::Outcome::Done);
      CHECK(dump_state(state) == once);
    }
  }
  CHECK(imported >= 60);  // the corpus's importable feeds, under both --empty modes
}
