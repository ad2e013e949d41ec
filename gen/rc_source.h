// A Source whose choices RapidCheck makes: every below() is a picked
// rc::gen::inRange, so a failing case shrinks choice by choice towards 0 (the
// plainest value), and counts shrink towards their minimum.
// Only usable inside rc::gen::exec or a property.
#pragma once

#include <rapidcheck.h>

#include "gen/source.h"

namespace syncfeed::feedgen {

class RapidCheckSource final : public Source {
 public:
  std::uint64_t below(std::uint64_t n) override {
    return n <= 1 ? 0 : *rc::gen::inRange<std::uint64_t>(0, n);
  }
  std::uint64_t count(std::uint64_t min, std::uint64_t max) override {
    return min >= max ? min : *rc::gen::inRange<std::uint64_t>(min, max + 1);
  }
};

}  // namespace syncfeed::feedgen
