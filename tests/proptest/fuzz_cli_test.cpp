// syncfeed fuzz on the example generators (examples/fuzz-generators/): the
// correct ones pass, each planted bug is found within 200 runs and shrunk to
// one project with the offending value in under 30 s, the saved case
// replays; and on broken commands: a hang, a flood, a crash.
#include <catch2/catch.hpp>

#include <chrono>
#include <regex>

#include "support/run_syncfeed.h"

using namespace syncfeed::test;

namespace {

const std::string kPhp = "examples/fuzz-generators/php/generator.php";
const std::string kPython = "examples/fuzz-generators/python/generator.py";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

struct Found {
  std::uint64_t run = 0;  // the run that failed
  double shrink_seconds = 0;
  std::string minimal;  // the minimal input (one line of JSON)
};

Found found(const ProcessResult& r) {
  Found f;
  std::smatch m;
  if (std::regex_search(r.out, m, std::regex(R"(\nrun (\d+): )"))) f.run = std::stoull(m[1]);
  if (std::regex_search(r.out, m, std::regex(R"(shrunk in ([0-9.]+) s)"))) f.shrink_seconds = std::stod(m[1]);
  if (std::regex_search(r.out, m, std::regex(R"(minimal input \(1 project\):\n(.*)\n)"))) f.minimal = m[1];
  return f;
}

ProcessResult fuzz(std::vector<std::string> options, const std::vector<std::string>& command,
                   const ProcessOptions& how = {}) {
  options.push_back("--");
  options.insert(options.end(), command.begin(), command.end());
  options.insert(options.begin(), "fuzz");
  return run_syncfeed(options, how);
}

}  // namespace

TEST_CASE("fuzz: the correct PHP and Python generators pass") {
  ProcessResult r = fuzz({"--seed", "11", "--runs", "60"}, {"php", kPhp});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(contains(r.out, "syncfeed fuzz: seed 11, 60 runs of php " + kPhp));
  CHECK(contains(r.out, "60 runs: every property held"));
  r = fuzz({"--seed", "11", "--runs", "4"}, {"python3", kPython});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
}

TEST_CASE("fuzz: each planted bug is found within 200 runs and shrunk to one project with the offending value") {
  struct Bug {
    std::string name;
    std::string property;
    std::regex offending;  // the value in the minimal input that shows the bug
  };
  const std::vector<Bug> bugs = {
      {"unescaped", "", std::regex(R"([&<])")},
      {"decimal-comma", "lint-clean", std::regex(R"("PriceNet":)")},
      {"byte-substr", "", std::regex(R"("Description":"[^"]{300,})")},
      {"second-contact", "same-data", std::regex(R"("Contacts":\[\{[^\]]*\},\{)")},
      {"lines-lost", "same-data", std::regex(R"("Products":\[(\{"Id[^\]]*){4})")},
  };
  for (const Bug& bug : bugs) {
    const ProcessResult r = fuzz({"--seed", "1", "--runs", "200"}, {"php", kPhp, "--bug", bug.name});
    const Found f = found(r);
    INFO(bug.name << "\n" << r.out << r.err);
    CHECK(r.exit_code == 1);
    CHECK(f.run >= 1);
    CHECK(f.run <= 200);
    CHECK(f.shrink_seconds < 30);
    REQUIRE_FALSE(f.minimal.empty());  // one project
    CHECK(std::regex_search(f.minimal, bug.offending));
    if (!bug.property.empty()) CHECK(contains(r.out, "FAIL " + bug.property + ":"));
  }
}

TEST_CASE("fuzz: the Python generator's bugs are found too") {
  const ProcessResult r = fuzz({"--seed", "1", "--runs", "200"}, {"python3", kPython, "--bug", "second-contact"});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK(contains(r.out, "FAIL same-data:"));
  CHECK_FALSE(found(r).minimal.empty());
}

TEST_CASE("fuzz: a failure is saved under --save, and only there; --replay runs just that case") {
  TempFolder dir;
  const std::filesystem::path save = dir / "cases";
  const ProcessResult r = fuzz({"--seed", "1", "--runs", "200", "--save", save.string()},
                               {"php", (syncfeed::test::source_dir() / kPhp).string(), "--bug", "second-contact"},
                               {.working_folder = dir.path()});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 1);
  // Nothing but the case: the working folder holds the save folder alone.
  std::vector<std::string> written;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir.path()))
    written.push_back(e.path().lexically_relative(dir.path()).string());
  std::sort(written.begin(), written.end());
  CHECK(written == std::vector<std::string>{"cases", "cases/same-data-seed1-run2.json"});
  const std::string saved = (save / "same-data-seed1-run2.json").string();
  CHECK(contains(r.out, "saved: " + saved));
  CHECK(read_whole_file(saved) == found(r).minimal + "\n");

  ProcessResult replay = fuzz({"--replay", saved}, {"php", kPhp, "--bug", "second-contact"});
  INFO(replay.out);
  CHECK(replay.exit_code == 1);
  CHECK(contains(replay.out, saved + ": FAIL same-data:"));
  // Fixed, the generator passes the case.
  replay = fuzz({"--replay", saved}, {"php", kPhp});
  CHECK(replay.exit_code == 0);
  CHECK(replay.out == saved + ": every property held (1 project)\n");
}

TEST_CASE("fuzz: a hanging command is killed at the timeout") {
  const auto start = std::chrono::steady_clock::now();
  const ProcessResult r = fuzz({"--seed", "1", "--timeout", "0.3", "--shrink-time", "2"}, {"sleep", "60"});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK(contains(r.out, "FAIL exits-0: still running after 300 ms (--timeout): killed"));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
}

TEST_CASE("fuzz: a command that floods standard output is bounded") {
  const ProcessResult r = fuzz({"--seed", "1", "--max-output", "1000000", "--shrink-time", "2"}, {"yes"});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK(contains(r.out, "FAIL exits-0: wrote more than 1000000 bytes to standard output: killed"));
}

TEST_CASE("fuzz: a crashing command is a failure with its signal") {
  const ProcessResult r = fuzz({"--seed", "1", "--shrink-time", "2"}, {"sh", "-c", "cat >/dev/null; kill -ABRT $$"});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK(contains(r.out, "FAIL exits-0: killed by SIGABRT (signal 6)"));
}

TEST_CASE("fuzz: usage errors and a command that cannot be run exit 2") {
  ProcessResult r = run_syncfeed({"fuzz", "--runs", "3"});
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "name the generator after --"));
  r = fuzz({"--seed", "1"}, {"no-such-generator-here"});
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "cannot run no-such-generator-here: No such file or directory"));
  r = fuzz({"--ignore", "Desc"}, {"true"});
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "--ignore takes a field of the feed"));
  r = fuzz({"--replay", "no-such-case.json"}, {"true"});
  CHECK(r.exit_code == 2);
}

TEST_CASE("fuzz: --ignore lets a generator leave a field out; the same seed gives the same session") {
  // A generator that drops every Description: found, unless ignored.
  const std::vector<std::string> no_description = {"sh", "-c",
                                                   "php " + kPhp + " | sed 's#<Description>[^<]*</Description>##'"};
  ProcessResult r = fuzz({"--seed", "4", "--runs", "40", "--shrink-time", "1"}, no_description);
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK(contains(r.out, "/Description: input "));
  const ProcessResult again = fuzz({"--seed", "4", "--runs", "40", "--shrink-time", "1"}, no_description);
  CHECK(found(again).run == found(r).run);
  r = fuzz({"--seed", "4", "--runs", "40", "--ignore", "Description"}, no_description);
  CHECK(r.exit_code == 0);
}

TEST_CASE("fuzz: a generator whose output changes from run to run is not deterministic") {
  const ProcessResult r = fuzz({"--seed", "1", "--runs", "5", "--shrink-time", "5"},
                               {"sh", "-c", "php " + kPhp + " | sed \"s#</Projects>#<!-- $$ --></Projects>#\""});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK(contains(r.out, "FAIL deterministic: the same input gave two different feeds"));
}

TEST_CASE("fuzz --partial: absent fields are allowed, and what plan does with the feed is what it does with the data") {
  // 2165.35 for 2165.3543 is the same number to same-data, and so to plan-equivalent.
  ProcessResult r = fuzz({"--seed", "2", "--runs", "15", "--partial"}, {"php", kPhp});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  // A partial feed without UserId: MiniCRM keeps the project card's owner.
  const std::vector<std::string> no_user = {"sh", "-c", "php " + kPhp + " | sed 's#<UserId>[^<]*</UserId>##'"};
  r = fuzz({"--seed", "4", "--runs", "15", "--partial"}, no_user);
  CHECK(r.exit_code == 0);
  r = fuzz({"--seed", "4", "--runs", "15", "--shrink-time", "1"}, no_user);
  CHECK(r.exit_code == 1);
  CHECK(contains(r.out, "FAIL same-data:"));
  // Without Descriptions it is not: MiniCRM replaces a re-sent order's product lines whole.
  const std::vector<std::string> no_description = {"sh", "-c",
                                                   "php " + kPhp + " | sed 's#<Description>[^<]*</Description>##'"};
  r = fuzz({"--seed", "4", "--runs", "15", "--partial", "--shrink-time", "1"}, no_description);
  INFO(r.out);
  CHECK(r.exit_code == 1);
  CHECK(contains(r.out, "FAIL plan-equivalent:"));
  CHECK(contains(r.out, "/Description: "));
}

TEST_CASE("fuzz: bytes that are not UTF-8 fail well-formed-utf8-xml, with where they are") {
  const ProcessResult r = fuzz(
      {"--seed", "1", "--shrink-time", "2"},
      {"sh", "-c", R"(cat >/dev/null; printf '<Projects>\n<Project Id="1"><Name>\377</Name></Project></Projects>')"});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK(contains(r.out,
                 "FAIL well-formed-utf8-xml: bytes that are not UTF-8 at line 2, column 23\n"
                 "    line 2: <Project Id=\"1\"><Name>\\xFF</Name></Project></Projects>"));
}
