// Piece-like units. Sources: the units MiniCRM's WooCommerce plugin writes
// (piece / darab / bucată, docs/format.md §2.4) and their everyday short and
// plural forms in English (pc, pcs, pieces), Hungarian (db = darab) and
// Romanian (buc = bucată, plural bucăți).
#include "rules/vocabularies/piece_units.h"

#include <algorithm>
#include <string>

#include "rules/value_checks/text_fold.h"

namespace syncfeed {
namespace {

// Folded forms (rules/value_checks/text_fold.h): lower case, no accents.
constexpr std::string_view kPieceUnits[] = {
    "piece", "pieces", "pc", "pcs", "db", "darab", "buc", "bucata", "bucati",
};

}  // namespace

bool is_piece_unit(std::string_view unit) {
  std::string folded = fold_name(unit);
  if (!folded.empty() && folded.back() == '.') folded.pop_back();
  return std::find(std::begin(kPieceUnits), std::end(kPieceUnits), folded) != std::end(kPieceUnits);
}

}  // namespace syncfeed
