// syncfeed explain RULE: one rule's documentation, its examples, and what
// lint reports on the failing one (the same text as docs/rules/RULE.md).
#include <fmt/format.h>

#include "cli/command_line.h"
#include "lint/rule_docs.h"
#include "lint/rule_ids.h"
#include "rules/registry.h"

namespace syncfeed::cli {

int run_explain(const Args& args) {
  CommandLine line;
  line.usage = "syncfeed explain RULE [--markdown]";
  line.description = "Shows what a rule checks, why it matters to MiniCRM, how to fix it, and its examples.";
  std::string id;
  line.options.add_options()("markdown", "print the Markdown page (docs/rules/RULE.md) instead");
  line.add_positional("rule", po::value(&id), 1);
  if (auto done = parse_command_line(line, args)) return *done;
  if (id.empty()) return usage_error("explain: which rule? (see: syncfeed rules)");
  const RuleEntry* entry = find_rule(id);
  if (!entry) return usage_error(fmt::format("explain: unknown rule '{}'{}", id, lint::did_you_mean(id)));
  fmt::print("{}", line.values.count("markdown") ? lint::rule_markdown(entry->info) : lint::explain_text(entry->info));
  return kExitClean;
}

}  // namespace syncfeed::cli
