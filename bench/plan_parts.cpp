// The part plan's pass alone (feed/reader/part_plan.h), over a file, as many
// times as asked: what docs/parallel.md measures the pass with (callgrind,
// perf, user time). Built on demand: cmake --build build --target bench_plan_parts
// Usage: build/bench_plan_parts FILE [PART_BYTES=524288] [TIMES=1]
#include <cstdio>
#include <cstdlib>
#include <string>

#include "feed/reader/part_plan.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE [PART_BYTES] [TIMES]\n", argv[0]);
    return 2;
  }
  const std::uint64_t part_bytes = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 524288;
  const int times = argc > 3 ? std::atoi(argv[3]) : 1;
  syncfeed::PartPlan plan;
  for (int i = 0; i < times; ++i) plan = syncfeed::plan_parts(argv[1], part_bytes);
  std::printf("%zu cuts, %llu bytes%s%s\n", plan.cuts.size(), static_cast<unsigned long long>(plan.size),
              plan.serial_because.empty() ? "" : ", in one piece: ", plan.serial_because.c_str());
  return 0;
}
