// Every command of the built binary, as its --help lists them, so that a test
// that walks the commands cannot forget one that is added later.
#pragma once

#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "support/run_syncfeed.h"

namespace syncfeed::test {

// A command line's words: "state show" -> {"state", "show"}.
inline std::vector<std::string> words(const std::string& command) {
  std::istringstream in(command);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// The commands of `syncfeed --help` ("lint", "plan" ...), and for those whose
// --help lists "syncfeed NAME SUB ..." usages instead of options, each
// subcommand ("state show", "state check").
inline std::vector<std::string> every_command() {
  std::vector<std::string> commands;
  const std::string help = run_syncfeed({"--help"}).out;
  std::istringstream lines(help.substr(help.find("Commands:\n") + 10));
  for (std::string line; std::getline(lines, line) && line.rfind("  ", 0) == 0;) {
    const std::string name = line.substr(2, line.find(' ', 2) - 2);
    const std::string own = run_syncfeed({name, "--help"}).out;
    if (own.find("Options:") != std::string::npos) {
      commands.push_back(name);
      continue;
    }
    const std::regex sub("syncfeed " + name + " ([a-z]+) ");
    for (auto it = std::sregex_iterator(own.begin(), own.end(), sub); it != std::sregex_iterator(); ++it)
      commands.push_back(name + " " + (*it)[1].str());
  }
  return commands;
}

}  // namespace syncfeed::test
