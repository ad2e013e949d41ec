// How the state stores a card's fields: one JSON object of strings per card,
// contact or product line, in the card's order (Fields). SQLite's
// JSON functions read it (the card_fields view, docs/simulator.md).
// Its string escaping serves the text plan's quoted values too.
#pragma once

#include <string>
#include <string_view>

#include "sim/card.h"

namespace syncfeed::sim {

std::string fields_to_json(const Fields& fields);
// Throws std::runtime_error when `json` is not an object of strings.
Fields fields_from_json(std::string_view json);

// Appends `text` as a JSON string (RFC 8259): in double quotes, with the
// escapes \" \\ \n \r \t and \u00XX for the other control characters, the
// rest as it is. The text plan quotes its values the same way (quoted()).
void append_json_string(std::string& out, std::string_view text);

}  // namespace syncfeed::sim
