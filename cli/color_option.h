// --color auto|always|never, for every command that colours its output (lint,
// plan, apply, diff): one option, one decision.
#pragma once

#include "cli/command_line.h"

namespace syncfeed::cli {

void add_color_option(CommandLine& line);

// Whether standard output gets ANSI colours: always or never when --color
// says so; else (auto) only on a terminal, and not when NO_COLOR is set and
// not empty (no-color.org) or TERM is dumb.
bool color_wanted(const CommandLine& line);

}  // namespace syncfeed::cli
