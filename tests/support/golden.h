// Golden files: what a test saw, compared with a file kept in the repository.
// After an intended change, rewrite them and review the diff:
//   SYNCFEED_UPDATE_GOLDEN=1 build/tests/test_NAME
#pragma once

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "support/temp_folder.h"

namespace syncfeed::test {

inline bool updating_goldens() { return std::getenv("SYNCFEED_UPDATE_GOLDEN") != nullptr; }

// Checks `actual` against the file at `path` (rewritten first under SYNCFEED_UPDATE_GOLDEN).
inline void check_golden_file(const std::filesystem::path& path, const std::string& actual) {
  if (updating_goldens()) write_whole_file(path, actual);
  INFO("golden file " << path.string() << " (SYNCFEED_UPDATE_GOLDEN=1 rewrites it; review the diff)");
  CHECK(std::filesystem::exists(path));
  CHECK(actual == read_whole_file(path));
}

}  // namespace syncfeed::test
