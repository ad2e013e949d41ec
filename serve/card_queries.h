// What the pages and the read API ask of the state's cards, on a read-only
// connection (WAL: reads go on while a sync applies).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/card.h"
#include "sim/sqlite.h"

namespace syncfeed::serve {

sim::Database open_read_only(const std::string& state_path);

// Every card with that card id, contacts and lines included (a project and an
// order share an id only with --order-ids separate).
std::vector<sim::Card> cards_with_id(sim::Database& db, std::int64_t card_id);
std::vector<sim::Card> cards_with_reference(sim::Database& db, const std::string& reference_id);

struct CardRow {
  std::int64_t card_id = 0;
  std::string kind;  // project, order
  std::string reference_id;
  std::string name;  // a project's Name, an order's Number
};
// Cards whose Reference ID is `query`, or whose name holds it (any case);
// all cards when it is empty. By card id, at most `limit`.
std::vector<CardRow> search_cards(sim::Database& db, const std::string& query, int limit);
// The order cards of a project card.
std::vector<sim::Card> orders_of(sim::Database& db, std::int64_t project_card_id);

}  // namespace syncfeed::serve
