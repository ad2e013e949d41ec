// Runs the generator under test, which may be broken or hostile: no shell
// (the arguments go to execvp as they are), the JSON on its standard input
// through a pipe, its standard output read through another while it runs.
// It runs in a process group of its own, so that at the timeout or when its
// output passes the bound the whole group is killed, children included.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace syncfeed::proptest {

struct RunLimits {
  std::chrono::milliseconds timeout{10000};
  std::size_t max_output = 64u << 20;  // bytes of standard output kept; more ends the run
  std::size_t max_error = 4096;        // the last bytes of standard error kept, for the report
};

enum class RunEnd {
  Exited,         // exit_code says how
  Signaled,       // killed by a signal of its own (a crash): signal says which
  TimedOut,       // still running at the timeout: killed
  OutputTooLong,  // wrote more than max_output: killed
  CannotRun,      // execvp failed (error says why): the command cannot be run at all
};

struct RunResult {
  RunEnd end = RunEnd::CannotRun;
  int exit_code = 0;
  int signal = 0;
  std::string out;         // standard output (at most max_output bytes)
  std::string error_tail;  // the end of standard error
  std::string error;       // CannotRun: why
  double seconds = 0;
};

// Runs argv[0] (looked up in PATH) with `input` on its standard input.
RunResult run_command(const std::vector<std::string>& argv, std::string_view input, const RunLimits& limits);

// "killed by SIGSEGV (signal 11)", "exit code 3", "still running after 10 s: killed"...
std::string describe(const RunResult& result, const RunLimits& limits);

}  // namespace syncfeed::proptest
