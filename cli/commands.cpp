#include "cli/command.h"

namespace syncfeed::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"lint", "check feeds against the rule catalogue (text, JSON, SARIF, JUnit, GitHub output)", run_lint},
      {"rules", "list the rules lint checks", run_rules},
      {"explain", "show what a rule checks, why, how to fix it, with examples", run_explain},
      {"fmt", "write the canonical form of a feed", run_fmt},
      {"roundtrip", "prove that nothing is lost between feed, model and canonical feed", run_roundtrip},
      {"xsd", "print the embedded XML schema", run_xsd},
      {"plan", "show what feeds would create and change in MiniCRM (upsert by Reference ID)", run_plan},
      {"apply", "simulate feeds into a persistent SQLite state of MiniCRM's cards", run_apply},
      {"state", "show or check the state that apply keeps", run_state},
      {"diff", "compare two revisions of a feed record by record", run_diff},
      {"delta", "write the smallest partial feed that takes OLD's data to NEW's", run_delta},
      {"gen", "generate seeded feeds, valid or with defects, for testing feed generators", run_gen},
      {"fuzz", "property-test a feed generator in any language: shop data in as JSON, feed out", run_fuzz},
      {"serve", "a local MiniCRM XML sync API over the state: uploads, Source URLs, pages, JSON", run_serve},
  };
  return table;
}

}  // namespace syncfeed::cli
