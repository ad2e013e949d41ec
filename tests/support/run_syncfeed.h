// The one way tests run the built syncfeed: from the source folder (so that
// paths in messages are the relative ones given), with an environment that
// does not depend on the shell running the tests: the clock fixed at
// 2026-11-28 (SYNCFEED_TODAY), NO_COLOR and TERM unset. A test adds its own
// changes in ProcessOptions::env.
#pragma once

#include <string>
#include <vector>

#include "support/corpus_files.h"
#include "support/run_process.h"

namespace syncfeed::test {

inline std::string syncfeed_binary() { return SYNCFEED_BINARY; }

inline ProcessResult run_syncfeed(const std::vector<std::string>& args, const ProcessOptions& options = {}) {
  std::vector<std::string> argv{syncfeed_binary()};
  argv.insert(argv.end(), args.begin(), args.end());
  ProcessOptions o = options;
  if (o.working_folder.empty()) o.working_folder = source_dir();
  o.env.insert(o.env.begin(), {"SYNCFEED_TODAY=2026-11-28", "NO_COLOR", "TERM"});
  return run_process(argv, o);
}

}  // namespace syncfeed::test
