#include "rules/registry.h"

#include "rules/examples.h"
#include "rules/families.h"

namespace syncfeed {

std::span<const RuleEntry> all_rules() {
  static const RuleList rules = [] {
    RuleList list;
    add_xml_rules(list);
    add_structure_rules(list);
    add_project_rules(list);
    add_party_rules(list);
    add_order_rules(list);
    add_lint_rules(list);
    for (RuleEntry& entry : list) {
      const RuleExamples examples = rule_examples(entry.info.id);
      entry.info.failing = examples.failing;
      entry.info.passing = examples.passing;
    }
    return list;
  }();
  return rules;
}

const RuleEntry* find_rule(std::string_view id) {
  for (const RuleEntry& entry : all_rules())
    if (entry.info.id == id) return &entry;
  return nullptr;
}

}  // namespace syncfeed
