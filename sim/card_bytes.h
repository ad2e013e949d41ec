// A card as bytes, for the plan's scratch file (sim/scratch_state.h): length-
// prefixed strings, no escaping, no field names repeated as JSON keys. Only
// this process reads what it wrote, so the encoding has no version and no
// promise beyond one run.
#pragma once

#include <string>
#include <string_view>

#include "sim/card.h"

namespace syncfeed::sim {

// Appends `card` to `out`.
void append_card_bytes(const Card& card, std::string& out);
// The card that append_card_bytes wrote as `bytes` (exactly its bytes).
// Throws std::runtime_error for bytes it did not write.
Card card_from_bytes(std::string_view bytes);

}  // namespace syncfeed::sim
