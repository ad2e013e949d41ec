// The part plan's pass before SSE2 (part_plan_reference.cpp): the oracle the
// pass is compared with.
#pragma once

#include <cstdint>
#include <string>

#include "feed/reader/part_plan.h"

namespace syncfeed::test {

PartPlan reference_plan_parts(const std::string& path, std::uint64_t part_bytes);

}  // namespace syncfeed::test
