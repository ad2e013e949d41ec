// A rule's documentation, rendered from its RuleInfo: `syncfeed explain`
// prints it, docs/rules/<id>.md is generated from it (scripts/gen-rule-docs),
// so the two never disagree.
#pragma once

#include <string>

#include "rules/rule.h"

namespace syncfeed::lint {

// What lint reports on the rule's failing example, as text-format lines
// ("example.xml:3:3: error: ... [rule]"); only this rule's findings.
std::string example_findings(const RuleInfo& rule);

std::string explain_text(const RuleInfo& rule);   // for the terminal
std::string rule_markdown(const RuleInfo& rule);  // docs/rules/<id>.md
std::string rules_index_markdown();               // docs/rules/README.md

}  // namespace syncfeed::lint
