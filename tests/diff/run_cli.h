// Runs the built syncfeed the way a user does from a shell, for the golden tests.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "feed_text.h"

namespace syncfeed::test {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::string shell_quoted(const std::string& arg) {
  std::string out = "'";
  for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// `env` is prepended as shell assignments (NO_COLOR=1); `stdin_file` feeds standard input.
inline CliResult run_syncfeed(const std::vector<std::string>& args, const std::string& env = "",
                              const std::string& stdin_file = "/dev/null") {
  TempFolder io;
  std::string command = env + " " + shell_quoted(SYNCFEED_BINARY);
  for (const std::string& a : args) command += " " + shell_quoted(a);
  command += " <" + shell_quoted(stdin_file) + " >" + shell_quoted((io / "out").string()) + " 2>" +
             shell_quoted((io / "err").string());
  const int status = std::system(command.c_str());
  CliResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(io / "out");
  r.err = read_file(io / "err");
  return r;
}

}  // namespace syncfeed::test
