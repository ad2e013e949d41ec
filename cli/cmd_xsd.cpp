#include <fmt/format.h>

#include "cli/command_line.h"
#include "feed/embedded_xsd.h"

namespace syncfeed::cli {

int run_xsd(const Args& args) {
  CommandLine line;
  line.usage = "syncfeed xsd";
  line.description =
      "Prints the XML schema (XSD 1.0) that syncfeed validates against, as embedded in the binary.\n"
      "It also works with other tools: syncfeed xsd > syncfeed.xsd; xmllint --schema syncfeed.xsd feed.xml";
  if (auto done = parse_command_line(line, args)) return *done;
  fmt::print("{}", embedded_xsd());
  return kExitClean;
}

}  // namespace syncfeed::cli
