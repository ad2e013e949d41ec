// Lints many files, in parallel when asked: each file is linted on its own
// (own reader, own rule instances, own baseline matcher), and the results
// come back in the order the files were given, so the output of a parallel
// run is byte for byte the output of a serial one.
#pragma once

#include <vector>

#include "lint/baseline.h"
#include "lint/lint_file.h"
#include "lint/report.h"

namespace syncfeed::lint {

struct RunResult {
  Report report;  // report.stale_baseline: baseline entries that matched nothing (files of this run only)
};

// `jobs` 0: one per core. `baseline` may be null.
RunResult lint_files(const std::vector<std::string>& files, const Policy& policy, const RuleSettings& settings,
                     const LintOptions& options, const Baseline* baseline, unsigned jobs);

}  // namespace syncfeed::lint
