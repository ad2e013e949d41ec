// A Source whose choices RapidCheck makes, so that a failing case shrinks
// choice by choice towards 0 (the plainest value), and counts towards their
// minimum. Only usable inside rc::gen::exec or a property.
#pragma once

#include <rapidcheck.h>

#include "gen/source.h"

namespace syncfeed::gen {

class RapidCheckSource final : public Source {
 public:
  // Uniform whatever the size (rc::gen::inRange would scale the range down
  // and leave the end of every vocabulary to the largest sizes), shrinking to 0.
  std::uint64_t below(std::uint64_t n) override {
    if (n <= 1) return 0;
    return *rc::Gen<std::uint64_t>([n](const rc::Random& random, int) {
      const std::uint64_t value = rc::Random(random).next() % n;
      return rc::shrinkable::shrinkRecur(value,
                                         [](std::uint64_t x) { return rc::shrink::towards<std::uint64_t>(x, 0); });
    });
  }
  // Counts grow with RapidCheck's size: small feeds first.
  std::uint64_t count(std::uint64_t min, std::uint64_t max) override {
    return min >= max ? min : *rc::gen::inRange<std::uint64_t>(min, max + 1);
  }
};

}  // namespace syncfeed::gen
