// The web pages at / for people: the syncs, one sync's findings, the cards
// and one card. Server-rendered, no JavaScript; every value escaped.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sim/sqlite.h"

namespace syncfeed::serve::pages {

std::string syncs(sim::Database& db);
std::optional<std::string> sync(sim::Database& db, std::int64_t sync_id);  // nullopt: no such sync
std::string cards(sim::Database& db, const std::string& query);
std::optional<std::string> card(sim::Database& db, std::int64_t card_id);  // nullopt: no such card
std::optional<std::string> rule(const std::string& rule_id);               // the rule's doc page

}  // namespace syncfeed::serve::pages
