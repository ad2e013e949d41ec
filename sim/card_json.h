// A card as JSON, the one shape `state show --format json` and serve's read
// API give: card id, kind, Reference ID, an order's project card, and every
// value of flat_view() (fields, contacts, product lines).
#pragma once

#include <nlohmann/json.hpp>

#include "sim/card.h"

namespace syncfeed::sim {

nlohmann::ordered_json card_json(const Card& card);

}  // namespace syncfeed::sim
