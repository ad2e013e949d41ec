// A `syncfeed fuzz` session: runs the generator on seeded shop data until a
// property fails or the runs are done; shrinks a failure, reports it and
// saves it as a replay file. Or replays one saved case.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

#include "proptest/properties.h"

namespace syncfeed::proptest {

struct SessionOptions {
  CheckOptions check;
  std::uint64_t runs = 100;
  std::uint64_t seed = 0;
  std::string save_dir;  // empty: nothing is saved
  std::string replay;    // a saved case to run instead of the seeded runs
  std::chrono::milliseconds shrink_budget{25000};
};

// Exit codes of `syncfeed fuzz`: 0 nothing found, 1 a property failed, 2 the command cannot be run.
int run_session(const SessionOptions& options, std::ostream& out, std::ostream& err);

// The name a failing case is saved under: PROPERTY-seedS-runN.json.
std::string case_file_name(Property property, std::uint64_t seed, std::uint64_t run);

}  // namespace syncfeed::proptest
