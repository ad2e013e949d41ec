// Units that count pieces (quantity-fractional).
#pragma once

#include <string_view>

namespace syncfeed {

// True when `unit` counts whole pieces: piece, pcs, db, darab, buc, bucată and
// their usual variants, in any letter case, with or without accents and a
// final dot ("Db.", "BUCATA").
bool is_piece_unit(std::string_view unit);

}  // namespace syncfeed
