// syncfeed plan: what the feeds, applied in order, would do in MiniCRM.
#include "cli/sim_command.h"

namespace syncfeed::cli {

int run_plan(const Args& args) {
  CommandLine line;
  line.usage = "syncfeed plan [--state DB] [options] FEED...";
  line.description =
      "Simulates MiniCRM's upsert by Reference ID (docs/format.md section 4) and shows, like terraform plan,\n"
      "which cards the feeds would create and which values they would change. Writes nothing: the\n"
      "state is opened read-only, and without --state the plan starts from an empty system whose\n"
      "first card id is --first-card-id. A FEED may be a file, - or an http(s):// or ftp(s):// URL.\n"
      "Exit: 0 planned, 1 a feed is not well-formed (MiniCRM would import nothing), 2 usage or I/O error.";
  return run_simulation_command(line, args, false);
}

}  // namespace syncfeed::cli
