// The output formats, in one table: each format's name, the commands that
// write it, and lint's renderer of it. --format's parsing and --help text,
// and lint's --output FORMAT=PATH, all read it (docs/design.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cli/command_line.h"
#include "lint/report.h"

namespace syncfeed::cli {

struct OutputFormat {
  std::string_view name;                   // as --format takes it
  std::vector<std::string_view> commands;  // the commands that write it, as the user types them
  lint::Format lint_writer;                // what lint renders it with; the other commands write
                                           // text or JSON with their own printers
};

const std::vector<OutputFormat>& output_formats();

// The names of the formats `command` writes, in the table's order (text first).
std::vector<std::string> format_names(std::string_view command);

// The format `name` when `command` writes it, else null.
const OutputFormat* find_format(std::string_view name, std::string_view command);

// Adds --format (`spelling`: "format", or "format,f" for a short form too),
// which takes the formats `command` writes and stores the name in `target`.
void add_format_option(CommandLine& line, std::string_view command, std::string* target,
                       const char* spelling = "format");

}  // namespace syncfeed::cli
