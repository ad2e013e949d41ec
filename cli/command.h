// The subcommands: each lives in its own cli/cmd_*.cpp and is listed once, in
// cli/commands.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace syncfeed::cli {

// Exit codes, the same for every command.
inline constexpr int kExitClean = 0;     // clean, or the same
inline constexpr int kExitFindings = 1;  // findings, or differences
inline constexpr int kExitError = 2;     // usage or I/O error

using Args = std::vector<std::string>;  // the arguments after the command's name

struct Command {
  std::string_view name;
  std::string_view summary;
  int (*run)(const Args& args);
};

const std::vector<Command>& commands();

int run_lint(const Args& args);
int run_rules(const Args& args);
int run_explain(const Args& args);
int run_fmt(const Args& args);
int run_roundtrip(const Args& args);
int run_xsd(const Args& args);
int run_plan(const Args& args);
int run_apply(const Args& args);
int run_state(const Args& args);
int run_diff(const Args& args);
int run_delta(const Args& args);
int run_gen(const Args& args);
int run_fuzz(const Args& args);
int run_serve(const Args& args);

}  // namespace syncfeed::cli
