#include "cli/command.h"

namespace syncfeed::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"fmt", "write the canonical form of a feed", run_fmt},
      {"roundtrip", "prove that nothing is lost between feed, model and canonical feed", run_roundtrip},
      {"xsd", "print the embedded XML schema", run_xsd},
  };
  return table;
}

}  // namespace syncfeed::cli
