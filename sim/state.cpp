#include "sim/state.h"

namespace syncfeed::sim {

std::string_view order_ids_name(OrderIds mode) { return mode == OrderIds::Shared ? "shared" : "separate"; }

std::optional<OrderIds> parse_order_ids(std::string_view text) {
  if (text == "shared") return OrderIds::Shared;
  if (text == "separate") return OrderIds::Separate;
  return std::nullopt;
}

}  // namespace syncfeed::sim
