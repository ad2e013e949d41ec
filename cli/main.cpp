// syncfeed: lint, simulate, format, diff and generate MiniCRM webshop XML sync feeds.
#include <fmt/format.h>

#include <cstring>
#include <exception>
#include <string>

#include "cli/command.h"

namespace {

using namespace syncfeed::cli;

void print_help() {
  fmt::print(
      "syncfeed {}: check a MiniCRM webshop XML sync feed before MiniCRM imports it.\n\n"
      "Usage: syncfeed COMMAND [options] [FILE...]\n\nCommands:\n",
      SYNCFEED_VERSION);
  for (const Command& c : commands()) fmt::print("  {:<11} {}\n", c.name, c.summary);
  fmt::print(
      "\nsyncfeed COMMAND --help shows a command's options.\n"
      "Exit codes: 0 clean or same, 1 findings or differences, 2 usage or I/O error.\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    print_help();
    return kExitError;
  }
  const std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    print_help();
    return kExitClean;
  }
  if (name == "--version" || name == "-V") {
    fmt::print("syncfeed {}\n", SYNCFEED_VERSION);
    return kExitClean;
  }
  for (const Command& c : commands()) {
    if (c.name != name) continue;
    try {
      return c.run(Args(argv + 2, argv + argc));
    } catch (const std::exception& e) {
      fmt::print(stderr, "syncfeed {}: {}\n", name, e.what());
      return kExitError;
    }
  }
  fmt::print(stderr, "syncfeed: unknown command '{}' (see: syncfeed --help)\n", name);
  return kExitError;
}
