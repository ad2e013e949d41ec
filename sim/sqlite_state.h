// The state that apply keeps: the cards in an SQLite database (tables in
// docs/simulator.md), one card a row. apply writes it in one transaction;
// plan reads it, opened read-only, as the base of its ScratchState; `state
// show` and `state check` read it. The SQLite page cache bounds memory; the
// cards themselves live on disk.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "sim/sqlite.h"
#include "sim/state.h"

namespace syncfeed::sim {

class SqliteState final : public State {
 public:
  // Over the state in `db`; creates its tables when the database is empty.
  // Throws SqliteError, or std::runtime_error for a database that holds other
  // tables or a state of another format.
  explicit SqliteState(Database& db);
  ~SqliteState() override;

  bool initialized() override;
  Counters counters() override;
  void set_counters(const Counters& counters) override;
  std::optional<Card> find(CardKind kind, std::string_view reference_id) override;
  void save(const Card& after, const Card* before) override;
  void for_each_card(const std::function<void(const Card&)>& visit) override;

  struct CardCounts {
    std::int64_t projects = 0;
    std::int64_t orders = 0;
  };
  CardCounts card_counts();

  // The order cards that hang on a project card: (card id, Reference ID).
  std::vector<std::pair<std::int64_t, std::string>> orders_of(std::int64_t project_card_id);

  // True when `db` holds a syncfeed state (its meta table).
  static bool holds_state(Database& db);
  // True when `db` holds no table at all (a new or empty file).
  static bool is_empty(Database& db);
  // Throws when the state in `db` was written in another format.
  static void check_format(Database& db);

 private:
  void load_relations(Card& card);
  Database& db_;
  struct Statements;
  std::unique_ptr<Statements> statements_;
};

}  // namespace syncfeed::sim
