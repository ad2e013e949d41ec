#include "cli/output_formats.h"

#include <algorithm>

namespace syncfeed::cli {

const std::vector<OutputFormat>& output_formats() {
  static const std::vector<OutputFormat> table = {
      {"text", {"lint", "plan", "apply", "diff", "state show", "rules"}, lint::Format::Text},
      {"json", {"lint", "plan", "apply", "diff", "state show", "rules"}, lint::Format::Json},
      {"sarif", {"lint"}, lint::Format::Sarif},
      {"junit", {"lint"}, lint::Format::Junit},
      {"github", {"lint"}, lint::Format::Github},
  };
  return table;
}

namespace {

bool writes(const OutputFormat& format, std::string_view command) {
  return std::find(format.commands.begin(), format.commands.end(), command) != format.commands.end();
}

}  // namespace

std::vector<std::string> format_names(std::string_view command) {
  std::vector<std::string> names;
  for (const OutputFormat& f : output_formats())
    if (writes(f, command)) names.emplace_back(f.name);
  return names;
}

const OutputFormat* find_format(std::string_view name, std::string_view command) {
  for (const OutputFormat& f : output_formats())
    if (f.name == name && writes(f, command)) return &f;
  return nullptr;
}

void add_format_option(CommandLine& line, std::string_view command, std::string* target, const char* spelling) {
  std::vector<std::string> names = format_names(command);
  const std::string help = or_list(names) + " (default: text), on standard output";
  line.options.add_options()(spelling, choice_value(target, std::move(names), "FORMAT"), help.c_str());
}

}  // namespace syncfeed::cli
