// Golden files for the command line: what a command printed (exit code,
// standard output, standard error) is compared with tests/cli/golden/NAME.txt
// (support/golden.h says how to rewrite them).
#pragma once

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/golden.h"
#include "support/run_syncfeed.h"

namespace syncfeed::test {

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
  check_golden_file(source_dir() / "tests" / "cli" / "golden" / (name + ".txt"), actual);
  return r;
}

}  // namespace syncfeed::test
