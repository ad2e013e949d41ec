// The shop data `syncfeed fuzz` hands a feed generator: projects made by
// gen/'s builders (the same realistic Hungarian and Romanian shops, with the
// edge values that break generators), one seed per run, so that a seed
// printed by one session gives the same data on every machine.
#pragma once

#include <cstdint>
#include <vector>

#include "feed/model.h"

namespace syncfeed::proptest {

// The input of one run: the projects, as the feed would hold them.
struct ShopData {
  std::vector<Element> projects;
  friend bool operator==(const ShopData&, const ShopData&) = default;
};

// The data of run `run` of a session seeded with `seed`: 1 to 6 projects of
// up to 3 orders each, edge values included. Custom fields (MiniCRM's own
// card fields, with attributes and mixed content) are left out: the JSON
// input has no place for them.
ShopData make_shop_data(std::uint64_t seed, std::uint64_t run);

}  // namespace syncfeed::proptest
