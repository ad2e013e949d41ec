// Boost.Program_options plumbing shared by the subcommands: parse, --help,
// and usage errors that exit 2 with a hint.
#pragma once

#include <boost/program_options.hpp>

#include <optional>
#include <string>

#include "cli/command.h"

namespace syncfeed::cli {

namespace po = boost::program_options;

struct CommandLine {
  std::string usage;                       // "syncfeed fmt [FILE|-] [options]"
  std::string description;                 // one paragraph
  po::options_description options{"Options"};
  po::positional_options_description positional;
  po::variables_map values;
};

// Adds --help, parses `args`. Returns an exit code when the command must stop
// here (help printed: 0; usage error printed: 2), nothing when it may go on.
std::optional<int> parse_command_line(CommandLine& line, const Args& args);

// Prints "syncfeed: <message>" to stderr and returns kExitError.
int usage_error(const std::string& message);

}  // namespace syncfeed::cli
