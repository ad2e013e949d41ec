// Runs the built syncfeed binary the way a user would, for the lint command
// line tests: fixed environment (NO_COLOR=1, SYNCFEED_TODAY=2026-11-28), the
// source folder as working folder, so that paths in outputs are relative.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../lint/lint_text.h"

namespace syncfeed::test {

inline std::filesystem::path source_dir() { return SYNCFEED_SOURCE_DIR; }

struct Run {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// `syncfeed ARGS...` in `folder` (default: the source folder), `input` on standard input.
inline Run run_syncfeed(const std::vector<std::string>& args, const std::string& input = "",
                    const std::filesystem::path& folder = source_dir(), const std::string& env = "") {
  TempFolder io;
  write_whole_file(io / "in", input);
  std::string command = "cd " + shell_quote(folder.string()) + " && env NO_COLOR=1 SYNCFEED_TODAY=2026-11-28 " + env +
                        " " + shell_quote(SYNCFEED_BINARY);
  for (const std::string& a : args) command += " " + shell_quote(a);
  command += " <" + shell_quote((io / "in").string()) + " >" + shell_quote((io / "out").string()) + " 2>" +
             shell_quote((io / "err").string());
  const int status = std::system(command.c_str());
  Run run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = read_whole_file(io / "out");
  run.err = read_whole_file(io / "err");
  return run;
}

}  // namespace syncfeed::test
