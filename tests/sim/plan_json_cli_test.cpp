// `syncfeed plan --format json` as a user runs it: on feeds of many output
// blocks, whole or broken half-way, it prints the bytes the nlohmann printer
// (legacy_plan_json.cpp) prints for the same run (plan_json_test.cpp checks
// the printer alone, on made-up actions); a failed write is exit 2.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <string>

#include "sim/plan_output.h"
#include "sim/session.h"
#include "support/run_syncfeed.h"
#include "support/temp_folder.h"

using namespace syncfeed;
using namespace syncfeed::sim;
using namespace syncfeed::test;

namespace syncfeed::sim::legacy {
std::unique_ptr<PlanPrinter> make_json_printer(Output& out, bool apply);
}

namespace {

// The JSON plan of `feed`, in this process, on one thread, by the old printer.
std::string legacy_plan(const std::string& feed) {
  StringOutput out;
  auto printer = legacy::make_json_printer(out, false);
  SessionOptions options;
  const SessionResult result = run_session(options, {feed}, [&](const Action& a) { printer->action(a); });
  printer->finish(result);
  return out.text;
}

// A feed of `projects` projects by `syncfeed gen` (their orders make about three actions a project).
std::string generated(const TempFolder& temp, int projects) {
  const std::string path = (temp / "feed.xml").string();
  const ProcessResult made = run_syncfeed({"gen", "--seed", "7", "-n", std::to_string(projects), "-o", path});
  REQUIRE(made.exit_code == 0);
  return path;
}

}  // namespace

TEST_CASE("plan --format json: a feed of many batches of actions, byte for byte", "[plan][json][cli]") {
  TempFolder temp;
  const std::string feed = generated(temp, 1500);
  const ProcessResult r = run_syncfeed({"plan", "--format", "json", feed});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  const std::string expected = legacy_plan(feed);
  CHECK(expected.size() > 1000000);  // many output blocks and batches
  CHECK(r.out == expected);
}

TEST_CASE("plan --format json: a feed broken half-way, its actions before the break, then the error",
          "[plan][json][cli]") {
  TempFolder temp;
  const std::string whole = read_whole_file(generated(temp, 1500));
  const std::string feed = (temp / "broken.xml").string();
  write_whole_file(feed, whole.substr(0, whole.size() / 2) + "<<<");
  const ProcessResult r = run_syncfeed({"plan", "--format", "json", feed});
  CHECK(r.exit_code == 1);
  const std::string expected = legacy_plan(feed);
  REQUIRE(expected.find("\"result\": \"broken-feed\"") != std::string::npos);
  CHECK(expected.find("\"op\":\"create\"") != std::string::npos);
  CHECK(r.out == expected);
}

TEST_CASE("plan --format json: an output that cannot be written is exit 2", "[plan][json][cli]") {
  struct stat st;
  if (::stat("/dev/full", &st) != 0 || !S_ISCHR(st.st_mode)) {
    WARN("no /dev/full here: not tested");
    return;
  }
  TempFolder temp;
  const std::string feed = generated(temp, 300);
  const ProcessResult r =
      run_process({"/bin/sh", "-c", "exec \"$0\" plan --format json \"$1\" > /dev/full", syncfeed_binary(), feed});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("syncfeed plan: cannot write the output") != std::string::npos);
}
