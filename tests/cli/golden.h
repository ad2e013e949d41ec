// Golden files for the command line: what a command printed (exit code,
// standard output, standard error) is compared with tests/cli/golden/NAME.txt.
// After an intended change, regenerate them and review the diff:
//   SYNCFEED_UPDATE_GOLDEN=1 build/tests/test_cli
#pragma once

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "support/corpus_files.h"
#include "support/run_process.h"

namespace syncfeed::test {

inline std::string syncfeed_binary() { return SYNCFEED_BINARY; }

// Runs syncfeed with `args` from the source folder, so that paths in messages are the relative ones given.
inline ProcessResult run_syncfeed(const std::vector<std::string>& args, const ProcessOptions& options = {}) {
  std::vector<std::string> argv{syncfeed_binary()};
  argv.insert(argv.end(), args.begin(), args.end());
  ProcessOptions o = options;
  if (o.working_folder.empty()) o.working_folder = source_dir();
  return run_process(argv, o);
}

inline std::string golden_text(const std::vector<std::string>& args, const ProcessResult& r) {
  std::string command = "syncfeed";
  for (const std::string& a : args) command += " " + a;
  return fmt::format("$ {}\nexit: {}\n--- stdout\n{}--- stderr\n{}", command, r.exit_code, r.out, r.err);
}

// Runs the command and checks everything it printed against golden/NAME.txt.
inline ProcessResult check_golden(const std::string& name, const std::vector<std::string>& args,
                                  const ProcessOptions& options = {}) {
  const ProcessResult r = run_syncfeed(args, options);
  const std::string actual = golden_text(args, r);
  const auto path = source_dir() / "tests" / "cli" / "golden" / (name + ".txt");
  if (std::getenv("SYNCFEED_UPDATE_GOLDEN")) write_whole_file(path, actual);
  INFO("golden file " << path.string() << " (SYNCFEED_UPDATE_GOLDEN=1 rewrites it)");
  CHECK(std::filesystem::exists(path));
  CHECK(actual == read_whole_file(path));
  return r;
}

}  // namespace syncfeed::test
