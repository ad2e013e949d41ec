// The command table, --help of every command, --version, and the exit code 2
// for what is not a command.
#include "command_golden.h"
#include "support/command_list.h"

using namespace syncfeed::test;

TEST_CASE("syncfeed --help lists the commands and exits 0") {
  // Not a golden file: every new command changes this text.
  const ProcessResult r = run_syncfeed({"--help"});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.rfind("syncfeed ", 0) == 0);
  CHECK(r.out.find("\n  fmt ") != std::string::npos);
  CHECK(r.out.find("\n  roundtrip ") != std::string::npos);
  CHECK(r.out.find("\n  xsd ") != std::string::npos);
  CHECK(r.out.find("Exit codes: 0 clean or same, 1 findings or differences, 2 usage or I/O error.") !=
        std::string::npos);
  CHECK(run_syncfeed({"-h"}).out == r.out);
}

TEST_CASE("syncfeed without a command prints the help and exits 2") {
  const ProcessResult r = run_syncfeed({});
  CHECK(r.exit_code == 2);
  CHECK(r.out == run_syncfeed({"--help"}).out);
}

TEST_CASE("--help of each command") {
  check_golden("fmt-help", {"fmt", "--help"});
  check_golden("roundtrip-help", {"roundtrip", "--help"});
  check_golden("xsd-help", {"xsd", "--help"});
}

TEST_CASE("every command in the table has a --help that exits 0") {
  // Commands added later are covered too: the list comes from the binary itself.
  const std::string help = run_syncfeed({"--help"}).out;
  const auto start = help.find("Commands:\n");
  REQUIRE(start != std::string::npos);
  std::istringstream lines(help.substr(start + 10));
  int commands = 0;
  for (std::string line; std::getline(lines, line) && line.rfind("  ", 0) == 0; ++commands) {
    const std::string name = line.substr(2, line.find(' ', 2) - 2);
    CAPTURE(name);
    const ProcessResult r = run_syncfeed({name, "--help"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.rfind("Usage: syncfeed " + name, 0) == 0);
    CHECK(r.err.empty());
  }
  CHECK(commands >= 3);
}

TEST_CASE("--version prints the version and exits 0") {
  const ProcessResult r = run_syncfeed({"--version"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("syncfeed ", 0) == 0);
  CHECK(r.err.empty());
}

TEST_CASE("an unknown command or option exits 2 with a hint on standard error") {
  check_golden("unknown-command", {"frobnicate"});
  check_golden("unknown-option", {"fmt", "--frobnicate", "corpus/good/pretty.xml"});
}

TEST_CASE("syncfeed xsd prints the schema the binary embeds: xsd/syncfeed.xsd") {
  const ProcessResult r = run_syncfeed({"xsd"});
  CHECK(r.exit_code == 0);
  CHECK(r.out == read_whole_file(source_dir() / "xsd" / "syncfeed.xsd"));
}

TEST_CASE("a usage error's hint is a command that works: syncfeed COMMAND --help") {
  for (const std::string& name : every_command()) {
    CAPTURE(name);
    std::vector<std::string> args = words(name);
    args.push_back("--frobnicate");
    const ProcessResult r = run_syncfeed(args);
    CHECK(r.exit_code == 2);
    const std::string hint = "(see: syncfeed " + name + " --help)\n";
    CHECK(r.err == "syncfeed: unrecognised option '--frobnicate' " + hint);
    args.back() = "--help";
    CHECK(run_syncfeed(args).exit_code == 0);
  }
}

TEST_CASE("--help lists no option that only carries the positional arguments") {
  for (const std::string& command : every_command()) {
    std::vector<std::string> args = words(command);
    args.push_back("--help");
    const std::string help = run_syncfeed(args).out;
    CAPTURE(help);
    for (const std::string internal : {"--input", "--feeds", "--files", "--old ", "--new ", "--rule ", "--reference"})
      CHECK(help.find(internal) == std::string::npos);
  }
}
