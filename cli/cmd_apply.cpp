// syncfeed apply: the plan, stored in the state database.
#include "cli/sim_command.h"

namespace syncfeed::cli {

int run_apply(const Args& args) {
  CommandLine line;
  line.usage = "syncfeed apply --state DB [options] FEED...";
  line.description =
      "Does what plan shows and stores the result in the state, an SQLite database created when\n"
      "missing (its tables: docs/simulator.md). All the feeds of one run go in one transaction: a\n"
      "feed that is not well-formed, or any error, leaves the state exactly as it was. Killing apply\n"
      "never corrupts the state: the next run rolls the interrupted one back. A FEED may be a file,\n"
      "- or an http(s):// or ftp(s):// URL: a download that fails, even half-way, applies nothing.\n"
      "--first-card-id counts only when the state is new.\n"
      "Exit: 0 applied, 1 a feed is not well-formed (nothing applied), 2 usage or I/O error (nothing applied).";
  return run_simulation_command(line, args, true);
}

}  // namespace syncfeed::cli
