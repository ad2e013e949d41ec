#include "lint/rule_docs.h"

#include <fmt/format.h>

#include "rules/registry.h"
#include "rules/rule_runner.h"

namespace syncfeed::lint {
namespace {

constexpr std::string_view kExampleName = "example.xml";

std::string indent(std::string_view text, std::string_view by) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && c != '\n') out += by;
    out += c;
    line_start = c == '\n';
  }
  if (!out.empty() && out.back() != '\n') out += '\n';
  return out;
}

std::string origin(const RuleInfo& rule) {
  return rule.reader ? "found by the reader while it parses" : "checked on each project as the feed streams";
}

std::string table_cell(std::string_view text) {
  std::string out;
  for (char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

}  // namespace

std::string example_findings(const RuleInfo& rule) {
  std::string out;
  for (const Finding& f : check_text(rule.failing))
    if (f.rule == rule.id)
      out += fmt::format("{}:{}:{}: {}: {} [{}]\n", kExampleName, f.loc.line, f.loc.column, severity_name(f.severity),
                         f.message, f.rule);
  return out;
}

std::string explain_text(const RuleInfo& rule) {
  return fmt::format(
      "{} ({}, {})\n\n{}.\n\n{}\n\nHow to fix:\n{}\n\nFailing example ({}):\n{}\nsyncfeed lint reports:\n{}\n"
      "Passing example:\n{}",
      rule.id, severity_name(rule.severity), origin(rule), rule.summary, rule.description, indent(rule.fix, "  "),
      kExampleName, indent(rule.failing, "  "), indent(example_findings(rule), "  "), indent(rule.passing, "  "));
}

std::string rule_markdown(const RuleInfo& rule) {
  return fmt::format(
      "<!-- Generated from rules/ by scripts/gen-rule-docs (syncfeed rules --markdown-dir). Do not edit. -->\n"
      "# {}\n\n"
      "{}.\n\n"
      "Default severity: **{}** ({}). [All rules](README.md)\n\n"
      "## What it checks\n\n{}\n\n"
      "## How to fix\n\n{}\n\n"
      "## Failing example\n\n```xml\n{}```\n\n"
      "`syncfeed lint {}` reports:\n\n```\n{}```\n\n"
      "## Passing example\n\n```xml\n{}```\n\n"
      "Turn it off or change its severity in `syncfeed.toml` (`[rules.severity] \"{}\" = \"off\"`), or for one "
      "element with `<!-- syncfeed-disable {} -->` (see [lint.md](../lint.md)).\n",
      rule.id, rule.summary, severity_name(rule.severity), origin(rule), rule.description, rule.fix, rule.failing,
      kExampleName, example_findings(rule), rule.passing, rule.id, rule.id);
}

std::string rules_index_markdown() {
  std::string out =
      "<!-- Generated from rules/ by scripts/gen-rule-docs (syncfeed rules --markdown-dir). Do not edit. -->\n"
      "# Rules\n\n"
      "Every rule `syncfeed lint` checks, in catalogue order. `syncfeed explain RULE` prints the same page in the "
      "terminal; `syncfeed rules` lists them. Configuration, suppressions and baselines: [lint.md](../lint.md).\n\n"
      "| Rule | Default | Summary |\n|---|---|---|\n";
  for (const RuleEntry& entry : all_rules())
    out += fmt::format("| [{}]({}.md) | {} | {} |\n", entry.info.id, entry.info.id, severity_name(entry.info.severity),
                       table_cell(entry.info.summary));
  return out;
}

}  // namespace syncfeed::lint
