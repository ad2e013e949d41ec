#include "cli/options.h"

#include <fmt/format.h>

#include <iostream>

namespace syncfeed::cli {

int usage_error(const std::string& message) {
  fmt::print(stderr, "syncfeed: {}\n", message);
  return kExitError;
}

std::optional<int> parse_command_line(CommandLine& line, const Args& args) {
  line.options.add_options()("help,h", "show this help");
  try {
    po::store(po::command_line_parser(args).options(line.options).positional(line.positional).run(), line.values);
    po::notify(line.values);
  } catch (const po::error& e) {
    usage_error(fmt::format("{} (see: {} --help)", e.what(), line.usage.substr(0, line.usage.find(" [")) ));
    return kExitError;
  }
  if (line.values.count("help")) {
    std::cout << "Usage: " << line.usage << "\n\n" << line.description << "\n\n" << line.options << "\n";
    return kExitClean;
  }
  return std::nullopt;
}

}  // namespace syncfeed::cli
