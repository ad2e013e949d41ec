#include "serve/card_queries.h"

#include "sim/session.h"
#include "sim/sqlite_state.h"

namespace syncfeed::serve {
namespace {

std::vector<sim::Card> find_all(sim::Database& db, const std::vector<std::pair<sim::CardKind, std::string>>& keys) {
  sim::SqliteState state(db);
  std::vector<sim::Card> cards;
  for (const auto& [kind, reference] : keys)
    if (auto card = state.find(kind, reference)) cards.push_back(std::move(*card));
  return cards;
}

std::vector<std::pair<sim::CardKind, std::string>> keys_of(sim::Statement& s) {
  std::vector<std::pair<sim::CardKind, std::string>> keys;
  while (s.step())
    keys.emplace_back(s.integer(0) == 0 ? sim::CardKind::Project : sim::CardKind::Order, std::string(s.text(1)));
  return keys;
}

}  // namespace

sim::Database open_read_only(const std::string& state_path) {
  return sim::Database(sim::sqlite_uri(state_path, "mode=ro"), sim::Database::Mode::ReadOnly);
}

std::vector<sim::Card> cards_with_id(sim::Database& db, std::int64_t card_id) {
  sim::Statement s(db,
                   "SELECT 0, reference_id FROM projects WHERE card_id = ?1 "
                   "UNION ALL SELECT 1, reference_id FROM orders WHERE card_id = ?1");
  s.bind(1, card_id);
  return find_all(db, keys_of(s));
}

std::vector<sim::Card> cards_with_reference(sim::Database& db, const std::string& reference_id) {
  return find_all(db, {{sim::CardKind::Project, reference_id}, {sim::CardKind::Order, reference_id}});
}

std::vector<CardRow> search_cards(sim::Database& db, const std::string& query, int limit) {
  sim::Statement s(
      db,
      "SELECT card_id, kind, reference_id, name FROM ("
      " SELECT card_id, 'project' AS kind, reference_id, coalesce(json_extract(fields, '$.Name'), '') AS name"
      "  FROM projects"
      " UNION ALL"
      " SELECT card_id, 'order', reference_id, coalesce(json_extract(fields, '$.Number'), '') FROM orders)"
      " WHERE ?1 = '' OR reference_id = ?1 OR instr(lower(name), lower(?1)) > 0"
      " ORDER BY card_id, kind DESC LIMIT ?2");
  s.bind(1, query).bind(2, static_cast<std::int64_t>(limit));
  std::vector<CardRow> rows;
  while (s.step())
    rows.push_back({s.integer(0), std::string(s.text(1)), std::string(s.text(2)), std::string(s.text(3))});
  return rows;
}

std::vector<sim::Card> orders_of(sim::Database& db, std::int64_t project_card_id) {
  sim::Statement s(db, "SELECT 1, reference_id FROM orders WHERE project_card_id = ? ORDER BY card_id");
  s.bind(1, project_card_id);
  return find_all(db, keys_of(s));
}

}  // namespace syncfeed::serve
