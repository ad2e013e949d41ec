// Running a hostile or broken generator: the timeout kills its process
// group, its output is bounded, a crash is reported with its signal.
#include <catch2/catch.hpp>

#include <signal.h>

#include "proptest/child_process.h"

using namespace syncfeed::proptest;
using namespace std::chrono_literals;

TEST_CASE("run_command: input in, output out, the exit code") {
  const RunResult r = run_command({"sh", "-c", "tr a-z A-Z; echo oops >&2; exit 3"}, "hello", {});
  CHECK(r.end == RunEnd::Exited);
  CHECK(r.exit_code == 3);
  CHECK(r.out == "HELLO");
  CHECK(r.error_tail == "oops\n");
}

TEST_CASE("run_command: a large input to a command that reads none of it does not block or kill us") {
  const RunResult r = run_command({"true"}, std::string(4 << 20, 'x'), {});
  CHECK(r.end == RunEnd::Exited);
  CHECK(r.exit_code == 0);
}

TEST_CASE("run_command: a hang is killed at the timeout, children included") {
  const auto start = std::chrono::steady_clock::now();
  // The grandchild holds standard output open: the whole group must go.
  const RunResult r = run_command({"sh", "-c", "sleep 60 & sleep 60"}, "", {.timeout = 300ms});
  CHECK(r.end == RunEnd::TimedOut);
  CHECK(std::chrono::steady_clock::now() - start < 5s);
  CHECK(describe(r, {.timeout = 300ms}) == "still running after 300 ms (--timeout): killed");
}

TEST_CASE("run_command: output past the bound ends the run") {
  const RunResult r = run_command({"yes"}, "", {.max_output = 1 << 20});
  CHECK(r.end == RunEnd::OutputTooLong);
  CHECK(r.out.size() == 1u << 20);
}

TEST_CASE("run_command: a crash is reported with its signal") {
  const RunResult r = run_command({"sh", "-c", "kill -SEGV $$"}, "", {});
  CHECK(r.end == RunEnd::Signaled);
  CHECK(r.signal == SIGSEGV);
  CHECK(describe(r, {}) == "killed by SIGSEGV (signal 11)");
}

TEST_CASE("run_command: a command that does not exist cannot be run, and no shell is involved") {
  RunResult r = run_command({"no-such-generator-here"}, "", {});
  CHECK(r.end == RunEnd::CannotRun);
  CHECK(r.error == "cannot run no-such-generator-here: No such file or directory");
  r = run_command({"echo", "$HOME;", "`id`"}, "", {});
  CHECK(r.out == "$HOME; `id`\n");
}
