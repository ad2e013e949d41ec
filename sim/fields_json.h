// How the state stores a card's fields: one JSON object of strings per card,
// contact or product line, in the card's order (Fields). SQLite's
// JSON functions read it (the card_fields view, docs/simulator.md).
// Strings are escaped by feed/json_writer.h's append_json_string, the
// project's one JSON escaper, which the text plan's quoted values use too.
#pragma once

#include <string>
#include <string_view>

#include "feed/json_writer.h"
#include "sim/card.h"

namespace syncfeed::sim {

std::string fields_to_json(const Fields& fields);
// Throws std::runtime_error when `json` is not an object of strings.
Fields fields_from_json(std::string_view json);

}  // namespace syncfeed::sim
