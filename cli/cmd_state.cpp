// syncfeed state: look at the state that apply keeps (show), or check it (check).
#include <fmt/format.h>
#include <sqlite3.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/command_line.h"
#include "cli/output_formats.h"
#include "sim/card_json.h"
#include "sim/plan_output.h"
#include "sim/session.h"
#include "sim/sqlite.h"
#include "sim/sqlite_state.h"

namespace syncfeed::cli {
namespace {

using sim::Card;
using sim::card_json;
using sim::CardKind;

// Advice for the errors a user can fix: a state left by a killed apply, a
// file that is not a database at all. Other errors are SQLite's own words.
std::string explain(const sim::SqliteError& e, const std::string& path) {
  if ((e.code & 0xff) == SQLITE_NOTADB) return fmt::format("{} is not a syncfeed state (not an SQLite database)", path);
  if (e.code == SQLITE_READONLY_ROLLBACK)
    return fmt::format(
        "{} holds the journal of an interrupted apply, which a read-only look cannot roll back; "
        "run: syncfeed state check --state {}",
        path, path);
  return e.what();
}

std::string cards(std::int64_t n, std::string_view kind) {
  return fmt::format("{} {} card{}", n, kind, n == 1 ? "" : "s");
}

void print_card_text(sim::SqliteState& state, const Card& card) {
  fmt::print("card {}  {} {}", card.id, sim::kind_name(card.kind), card.reference_id);
  if (card.kind == CardKind::Order) fmt::print("  (project card {})", card.project_card_id);
  fmt::print("\n");
  for (const auto& [name, value] : sim::flat_view(card))
    if (name != "@project_card") fmt::print("  {} = {}\n", name, sim::quoted(value));
  if (card.kind == CardKind::Project)
    for (const auto& [card_id, reference] : state.orders_of(card.id))
      fmt::print("  order card {} (order {})\n", card_id, reference);
}

int show(const Args& args) {
  CommandLine line;
  line.usage = "syncfeed state show --state DB [REFERENCE_ID] [options]";
  line.description =
      "Shows the cards of a state that apply keeps: all of them, or those with one Reference ID.\n"
      "Opens the state read-only.\n"
      "Exit: 0 shown, 1 no card has that Reference ID, 2 usage or I/O error.";
  std::string path, reference, kind, format = "text";
  line.options.add_options()("state", po::value(&path), "the state database")(
      "kind", po::value(&kind), "project or order: only cards of that module");
  add_format_option(line, "state show", &format);
  line.add_positional("reference", po::value(&reference), 1);
  if (auto done = parse_command_line(line, args)) return *done;
  if (path.empty()) return usage_error("state show: --state DB is required");
  if (kind != "" && kind != "project" && kind != "order") return usage_error("state show: --kind is project or order");
  if (!std::filesystem::exists(path)) return usage_error(fmt::format("state show: {} does not exist", path));
  if (auto why = sim::interrupted_apply(path)) return usage_error("state show: " + *why);
  try {
    sim::Database db(sim::sqlite_uri(path, "mode=ro"), sim::Database::Mode::ReadOnly);
    if (!sim::SqliteState::holds_state(db))
      return usage_error(fmt::format("state show: {} is not a syncfeed state", path));
    sim::Transaction snapshot(db, false);
    sim::SqliteState state(db);
    const sim::Counters counters = state.counters();
    const bool by_reference = line.values.count("reference") > 0;
    auto wanted = [&](const Card& card) { return kind.empty() || sim::kind_name(card.kind) == kind; };
    std::vector<Card> found;
    if (by_reference)
      for (CardKind k : {CardKind::Project, CardKind::Order})
        if (auto card = state.find(k, reference); card && wanted(*card)) found.push_back(std::move(*card));
    if (format == "json") {
      nlohmann::ordered_json head = {{"next_card_id", counters.next_card_id},
                                     {"order_ids", sim::order_ids_name(counters.order_ids)}};
      if (counters.order_ids == sim::OrderIds::Separate) head["next_order_card_id"] = counters.next_order_card_id;
      std::string text = head.dump();
      text.pop_back();  // the cards stream into the same object
      fmt::print("{}, \"cards\": [", text);
      bool first = true;
      auto emit = [&](const Card& card) {
        fmt::print("{}\n{}", first ? "" : ",", card_json(card).dump());
        first = false;
      };
      if (by_reference)
        for (const Card& card : found) emit(card);
      else
        state.for_each_card([&](const Card& card) {
          if (wanted(card)) emit(card);
        });
      fmt::print("{}]}}\n", first ? "" : "\n");
    } else {
      const auto counts = state.card_counts();
      fmt::print("State: {}, {}; next card id {}", cards(counts.projects, "project"), cards(counts.orders, "order"),
                 counters.next_card_id);
      if (counters.order_ids == sim::OrderIds::Separate)
        fmt::print(", next order card id {} (order ids separate)", counters.next_order_card_id);
      fmt::print(".\n");
      if (by_reference)
        for (const Card& card : found) print_card_text(state, card);
      else
        state.for_each_card([&](const Card& card) {
          if (wanted(card)) print_card_text(state, card);
        });
    }
    if (by_reference && found.empty()) {
      fmt::print(stderr, "syncfeed state show: no card has the Reference ID {}\n", reference);
      return kExitFindings;
    }
    return kExitClean;
  } catch (const sim::SqliteError& e) {
    return usage_error("state show: " + explain(e, path));
  } catch (const std::exception& e) {
    return usage_error(std::string("state show: ") + e.what());
  }
}

int check(const Args& args) {
  CommandLine line;
  line.usage = "syncfeed state check --state DB";
  line.description =
      "Opens the state read-write, which rolls back an apply that was killed, then checks it:\n"
      "SQLite's integrity check, and every order card hung on a project card that exists.\n"
      "Exit: 0 sound, 1 problems found (listed), 2 usage or I/O error.";
  std::string path;
  line.options.add_options()("state", po::value(&path), "the state database");
  if (auto done = parse_command_line(line, args)) return *done;
  if (path.empty()) return usage_error("state check: --state DB is required");
  if (!std::filesystem::exists(path)) return usage_error(fmt::format("state check: {} does not exist", path));
  try {
    sim::Database db(sim::sqlite_uri(path, "mode=rw"), sim::Database::Mode::ReadWrite);
    if (!sim::SqliteState::holds_state(db))
      return usage_error(fmt::format("state check: {} is not a syncfeed state", path));
    sim::SqliteState::check_format(db);
    std::vector<std::string> problems;
    sim::Statement integrity(db, "PRAGMA integrity_check");
    while (integrity.step())
      if (integrity.text(0) != "ok") problems.emplace_back(integrity.text(0));
    sim::Statement orphans(db,
                           "SELECT o.card_id, o.reference_id, o.project_card_id FROM orders o "
                           "WHERE NOT EXISTS (SELECT 1 FROM projects p WHERE p.card_id = o.project_card_id)");
    while (orphans.step())
      problems.push_back(fmt::format("order card {} (order {}) hangs on project card {}, which does not exist",
                                     orphans.integer(0), orphans.text(1), orphans.integer(2)));
    for (const std::string& p : problems) fmt::print("{}: {}\n", path, p);
    sim::SqliteState state(db);
    const auto counts = state.card_counts();
    fmt::print("{}: {}: {}, {}, next card id {}.\n", path, problems.empty() ? "ok" : "PROBLEMS",
               cards(counts.projects, "project"), cards(counts.orders, "order"), state.counters().next_card_id);
    return problems.empty() ? kExitClean : kExitFindings;
  } catch (const sim::SqliteError& e) {
    return usage_error("state check: " + explain(e, path));
  } catch (const std::exception& e) {
    return usage_error(std::string("state check: ") + e.what());
  }
}

}  // namespace

int run_state(const Args& args) {
  const std::string what = args.empty() ? "" : args.front();
  const Args rest = args.empty() ? Args() : Args(args.begin() + 1, args.end());
  if (what == "show") return show(rest);
  if (what == "check") return check(rest);
  if (what == "--help" || what == "-h") {
    fmt::print(
        "Usage: syncfeed state show --state DB [REFERENCE_ID]   the cards of the state\n"
        "       syncfeed state check --state DB                 roll back a killed apply, check the state\n");
    return kExitClean;
  }
  return usage_error("state: say show or check (see: syncfeed state --help)");
}

}  // namespace syncfeed::cli
