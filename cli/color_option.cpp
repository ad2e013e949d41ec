#include "cli/color_option.h"

#include <unistd.h>

#include <cstdlib>
#include <string_view>

namespace syncfeed::cli {
namespace {

bool environment_refuses_color() {
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return (no_color && *no_color) || (term && std::string_view(term) == "dumb");
}

}  // namespace

void add_color_option(CommandLine& line) {
  line.options.add_options()("color", choice_value(nullptr, {"auto", "always", "never"}, "WHEN"),
                             "auto (default: on a terminal, unless NO_COLOR is set or TERM=dumb), always or never");
}

bool color_wanted(const CommandLine& line) {
  const std::string when = line.values.count("color") ? line.values["color"].as<std::string>() : "auto";
  if (when != "auto") return when == "always";
  return !environment_refuses_color() && ::isatty(STDOUT_FILENO);
}

}  // namespace syncfeed::cli
