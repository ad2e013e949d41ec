// The state in SQLite (tables in docs/simulator.md). One connection reads
// from one or more layers, schema names searched in order, and writes to
// "main":
//   apply:               main = the user's state file.
//   plan without state:  main = a private temporary database.
//   plan with a state:   main = a private temporary database, over the user's
//                        file attached read-only as "base": a card that
//                        changes is copied whole into main, base is never written.
// The SQLite page cache bounds memory; the cards themselves live on disk.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sim/sqlite.h"
#include "sim/state.h"

namespace syncfeed::sim {

class SqliteState final : public State {
 public:
  // `layers` are schema names, "main" first. Creates the tables in main when
  // they are missing. Throws SqliteError, or
  // std::runtime_error for a database that is not a syncfeed state.
  SqliteState(Database& db, std::vector<std::string> layers);
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
  CardCounts card_counts();  // main only

  // The order cards that hang on a project card: (card id, Reference ID),
  // read from main only (state show opens the state as main).
  std::vector<std::pair<std::int64_t, std::string>> orders_of(std::int64_t project_card_id);

  // Creates the tables in `schema` unless they exist. Throws when the
  // database holds other tables but not a syncfeed state.
  static void create_schema(Database& db, const std::string& schema);
  // True when `schema` holds a syncfeed state (its meta table).
  static bool holds_state(Database& db, const std::string& schema);
  // Throws when the state in `schema` was written in another format.
  static void check_format(Database& db, const std::string& schema);

 private:
  struct Layer;
  void load_relations(Layer& layer, Card& card);
  std::vector<std::unique_ptr<Layer>> layers_;  // layers_[0] is main
  Database& db_;
  struct Writer;
  std::unique_ptr<Writer> writer_;
};

}  // namespace syncfeed::sim
