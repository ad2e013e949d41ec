// Shrinks a failing input: syncfeed's own shrinker over the model, greedy
// delta debugging. RapidCheck's shrinking cannot drive a process it does not
// run, so each candidate here is run through the command, and kept when it
// still fails the same property. Candidates, coarsest first, repeated until
// a whole pass keeps none (or the time budget is spent):
//   - fewer projects: each project alone, then halves, quarters... removed;
//   - fewer elements: every child of every record removed in turn (orders,
//     product lines, contacts, e-mails, whole fields, Business...);
//   - plainer values: a string emptied, or chunks of it removed; a number
//     made 0, 1 or whole; a flag false.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>

#include "proptest/shop_data.h"

namespace syncfeed::proptest {

struct ShrinkResult {
  ShopData data;
  std::uint64_t tries = 0;  // candidates tried (an invalid one is refused before the command runs)
  std::uint64_t kept = 0;   // candidates that still failed
  bool complete = true;     // false: the budget ran out before a pass kept nothing
  double seconds = 0;
};

// `still_fails` runs a candidate and says whether it fails as the original did.
ShrinkResult shrink(const ShopData& failing, const std::function<bool(const ShopData&)>& still_fails,
                    std::chrono::milliseconds budget);

// Lists left without items are dropped (an empty Orders says nothing).
void drop_empty_lists(ShopData& data);

}  // namespace syncfeed::proptest
