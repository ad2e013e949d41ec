#include "lint/lint_files.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

namespace syncfeed::lint {

RunResult lint_files(const std::vector<std::string>& files, const Policy& policy, const RuleSettings& settings,
                     const LintOptions& options, const Baseline* baseline, unsigned jobs) {
  RunResult run;
  run.report.files.resize(files.size());
  std::vector<std::vector<BaselineEntry>> stale(files.size());

  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  // The XSD grammar pool is shared and not locked for concurrent use: --xsd runs one file at a time.
  if (options.read.xsd) jobs = 1;
  // One file: its parts are read at once when the caller asked for it
  // (options.read.jobs; feed/reader.h); several: the files are, each in one piece.
  LintOptions file_options = options;
  if (files.size() != 1) file_options.read.jobs = 1;
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, files.size()));

  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next++) < files.size();) {
      const std::string shown = display_name(files[i]);
      std::optional<BaselineMatcher> matcher;
      if (baseline) matcher.emplace(baseline->matcher_for(shown));
      try {
        run.report.files[i] = lint_file(files[i], policy, settings, file_options, matcher ? &*matcher : nullptr);
      } catch (const std::exception& e) {  // a bug, or out of memory: this file failed, the others go on
        run.report.files[i] =
            FileResult{shown, false, std::string("internal error while linting: ") + e.what(), 0, {}, {}};
      }
      if (matcher && run.report.files[i].opened) stale[i] = matcher->stale(shown);
    }
  };

  if (jobs <= 1) {
    work();
  } else {
    std::vector<std::jthread> workers;
    for (unsigned j = 0; j < jobs; ++j) workers.emplace_back(work);
  }
  for (auto& s : stale) run.report.stale_baseline.insert(run.report.stale_baseline.end(), s.begin(), s.end());
  return run;
}

}  // namespace syncfeed::lint
