// Colour, decided the same way by every command that colours its output
// (lint, plan, apply, diff; cli/color_option.h): --color always or never
// decides; auto colours a terminal only, and not with NO_COLOR or TERM=dumb.
// And --format, which takes the names of one table (cli/output_formats.cpp).
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <algorithm>

#include "support/run_syncfeed.h"

using namespace syncfeed::test;

namespace {

bool coloured(const ProcessResult& r) { return r.out.find("\x1b[") != std::string::npos; }

// Each command that colours, on feeds where it has something to colour. `state` is a fresh path for apply.
std::vector<std::vector<std::string>> colouring_commands(const std::string& state) {
  return {{"lint", "--no-config", "corpus/lint/mixed.xml"},
          {"plan", "corpus/sim/seed-example/feed-1.xml"},
          {"apply", "--state", state, "corpus/sim/seed-example/feed-1.xml"},
          {"diff", "corpus/diff/one-quantity/old.xml", "corpus/diff/one-quantity/new.xml"}};
}

ProcessResult on_terminal(const std::vector<std::string>& args, std::vector<std::string> env = {}) {
  return run_syncfeed(args, {.env = std::move(env), .stdout_terminal = true});
}

std::vector<std::string> with(std::vector<std::string> args, const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

}  // namespace

TEST_CASE("--color auto colours a terminal, unless NO_COLOR is set or TERM is dumb") {
  TempFolder folder;
  int n = 0;
  for (const auto& command : colouring_commands((folder / "state").string())) {
    CAPTURE(command[0]);
    auto fresh = [&] {  // apply needs a new state each time to have something to colour
      std::vector<std::string> args = command;
      if (args[0] == "apply") args[2] = (folder / ("state" + std::to_string(++n))).string();
      return args;
    };
    const ProcessResult terminal = on_terminal(fresh(), {"TERM=xterm"});
    CHECK(terminal.exit_code <= 1);
    CHECK(coloured(terminal));
    CHECK(coloured(on_terminal(fresh())));  // TERM unset is no dumb terminal
    CHECK_FALSE(coloured(on_terminal(fresh(), {"TERM=xterm", "NO_COLOR=1"})));
    CHECK(coloured(on_terminal(fresh(), {"TERM=xterm", "NO_COLOR="})));  // set but empty: no-color.org ignores it
    CHECK_FALSE(coloured(on_terminal(fresh(), {"TERM=dumb"})));
    CHECK_FALSE(coloured(run_syncfeed(fresh())));  // a file
    CHECK_FALSE(coloured(run_syncfeed(with(fresh(), {"--color", "auto"}))));
  }
}

TEST_CASE("--color always and never decide, whatever the terminal and the environment") {
  TempFolder folder;
  int n = 0;
  for (const auto& command : colouring_commands((folder / "state").string())) {
    CAPTURE(command[0]);
    auto fresh = [&](const std::vector<std::string>& more) {
      std::vector<std::string> args = command;
      if (args[0] == "apply") args[2] = (folder / ("state" + std::to_string(++n))).string();
      return with(args, more);
    };
    const ProcessResult always = run_syncfeed(fresh({"--color", "always"}), {.env = {"NO_COLOR=1", "TERM=dumb"}});
    CHECK(always.exit_code <= 1);
    CHECK(coloured(always));
    CHECK_FALSE(coloured(on_terminal(fresh({"--color", "never"}), {"TERM=xterm"})));
    // The same text, but for the colours.
    const ProcessResult plain = run_syncfeed(fresh({}));
    std::string stripped = always.out;
    for (std::size_t at; (at = stripped.find("\x1b[")) != std::string::npos;)
      stripped.erase(at, stripped.find('m', at) - at + 1);
    if (command[0] != "apply") CHECK(stripped == plain.out);  // apply's second run finds the cards made
  }
}

TEST_CASE("--color takes auto, always or never, in every command that colours") {
  for (const char* command : {"lint", "plan", "apply", "diff"}) {
    CAPTURE(command);
    const ProcessResult r = run_syncfeed({command, "--color", "sometimes"});
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err ==
          fmt::format("syncfeed: --color takes auto, always or never, not 'sometimes' (see: syncfeed {} --help)\n",
                      command));
    CHECK(run_syncfeed({command, "--help"}).out.find("--color WHEN") != std::string::npos);
  }
}

TEST_CASE("--format takes the formats of the command, and its help lists them") {
  const std::vector<std::pair<std::string, std::string>> formats = {{"lint", "text, json, sarif, junit or github"},
                                                                    {"plan", "text or json"},
                                                                    {"apply", "text or json"},
                                                                    {"diff", "text or json"},
                                                                    {"state show", "text or json"},
                                                                    {"rules", "text or json"}};
  for (const auto& [command, names] : formats) {
    CAPTURE(command);
    std::vector<std::string> args;
    for (std::size_t start = 0; start < command.size();) {
      const std::size_t space = std::min(command.find(' ', start), command.size());
      args.push_back(command.substr(start, space - start));
      start = space + 1;
    }
    const ProcessResult help = run_syncfeed(with(args, {"--help"}));
    CHECK(help.out.find("FORMAT") != std::string::npos);
    CHECK(help.out.find(names + " (default: text)") != std::string::npos);
    const ProcessResult wrong = run_syncfeed(with(args, {"--format", "yaml"}));
    CHECK(wrong.exit_code == 2);
    CHECK(wrong.err ==
          fmt::format("syncfeed: --format takes {}, not 'yaml' (see: syncfeed {} --help)\n", names, command));
  }
  CHECK(run_syncfeed({"plan", "--format", "sarif", "corpus/sim/seed-example/feed-1.xml"}).exit_code == 2);
  CHECK(run_syncfeed({"lint", "--no-config", "--output", "sarif=/dev/null", "corpus/lint/mixed.xml"}).exit_code == 1);
  CHECK(run_syncfeed({"lint", "--no-config", "--output", "xml=/dev/null", "corpus/lint/mixed.xml"}).err ==
        "syncfeed: lint: --output xml=/dev/null is not FORMAT=PATH with FORMAT one of text, json, sarif, junit or "
        "github\n");
}
