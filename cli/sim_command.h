// What plan and apply share: their options and their run. The simulator
// itself is in sim/ (docs/simulator.md).
#pragma once

#include "cli/command_line.h"

namespace syncfeed::cli {

// Adds the options of plan and apply to `line` and runs the command; `apply`
// stores the result in the state instead of only showing it.
int run_simulation_command(CommandLine& line, const Args& args, bool apply);

}  // namespace syncfeed::cli
