// Helpers for the simulator's tests: run feeds (XML text) through a state and
// keep the actions, and read a whole state back for comparisons.
#pragma once

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "sim/feed_run.h"
#include "sim/memory_state.h"
#include "sim/simulator.h"
#include "sim/sqlite.h"
#include "sim/sqlite_state.h"

namespace syncfeed::test {

using namespace syncfeed::sim;

// A feed from the projects' XML: <Projects>...</Projects> around them.
inline std::string feed(const std::string& projects) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Projects>\n" + projects + "</Projects>\n";
}

struct Run {
  std::vector<Action> actions;
  Summary summary;
  bool ok = true;
};

// Applies the feeds, in order, to `state` (counters set first when it is new).
inline Run simulate(State& state, const std::vector<std::string>& feeds, SimOptions options = {}, Counters first = {}) {
  if (!state.initialized()) state.set_counters(first);
  Run run;
  Simulator sim(state, options, [&](const Action& a) { run.actions.push_back(a); });
  for (std::size_t i = 0; i < feeds.size(); ++i)
    run.ok = simulate_feed_text(feeds[i], fmt::format("feed{}.xml", i + 1), sim).ok() && run.ok;
  sim.finish();
  run.summary = sim.summary();
  return run;
}

inline Run simulate(State& state, const std::string& one_feed, SimOptions options = {}, Counters first = {}) {
  return simulate(state, std::vector<std::string>{one_feed}, options, first);
}

inline Counters first_card_id(std::int64_t id) {
  Counters c;
  c.next_card_id = id;
  return c;
}

// "create project 14353 -> card 16": an action in one line, for readable checks.
inline std::string brief(const Action& a) {
  std::string ref = a.reference_id ? *a.reference_id : "(no Id)";
  if (a.op == Op::Skip) return fmt::format("skip {} {}", kind_name(a.kind), ref);
  return fmt::format("{} {} {} -> card {}", op_name(a.op), kind_name(a.kind), ref, a.card_id);
}

inline std::vector<std::string> briefs(const Run& run) {
  std::vector<std::string> out;
  for (const Action& a : run.actions) out.push_back(brief(a));
  return out;
}

// "StatusId: "Registered" -> "New"" for each change of an action.
inline std::vector<std::string> changes(const Action& a) {
  std::vector<std::string> out;
  for (const Change& c : changes_of(a))
    out.push_back(fmt::format("{}: {} -> {}", c.field, c.before ? "\"" + *c.before + "\"" : "(absent)",
                              c.after ? "\"" + *c.after + "\"" : "(absent)"));
  return out;
}

// Every card and counter of a state, as text: two states are equal when their dumps are.
inline std::string dump(State& state) {
  const Counters c = state.counters();
  std::string out = fmt::format("next {} {} {}\n", c.next_card_id, c.next_order_card_id, order_ids_name(c.order_ids));
  state.for_each_card([&](const Card& card) {
    out += fmt::format("card {} {} {}\n", card.id, kind_name(card.kind), card.reference_id);
    for (const auto& [name, value] : flat_view(card)) out += fmt::format("  {} = {}\n", name, value);
  });
  return out;
}

// Every row of every table of a database, in a fixed order: its logical content.
inline std::string dump_database(const std::string& path) {
  Database db(path, Database::Mode::ReadOnly);
  std::string out;
  Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  while (tables.step()) {
    const std::string table(tables.text(0));
    out += "table " + table + "\n";
    std::string order = "1";
    for (int i = 2; i <= Statement(db, "SELECT * FROM " + table).columns(); ++i) order += ", " + std::to_string(i);
    Statement rows(db, "SELECT * FROM " + table + " ORDER BY " + order);
    while (rows.step()) {
      for (int i = 0; i < rows.columns(); ++i) out += rows.is_null(i) ? "NULL|" : std::string(rows.text(i)) + "|";
      out += "\n";
    }
  }
  return out;
}

}  // namespace syncfeed::test
