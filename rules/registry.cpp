// The catalogue: every rule id, family by family, in the order of `syncfeed
// rules`, docs/rules/ and SARIF. This table is the one place that lists them;
// each family adds its rules from its own list, in its folder, and the ids it
// adds must be the table's, in the table's order (checked when the catalogue
// is first built). scripts/add-rule adds a new rule in both places.
#include "rules/registry.h"

#include <fmt/format.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "rules/examples.h"
#include "rules/order/order_rules.h"
#include "rules/party/party_rules.h"
#include "rules/project/project_rules.h"
#include "rules/structure/structure_rules.h"
#include "rules/unused_suppression.h"
#include "rules/xml/xml_rules.h"

namespace syncfeed {
namespace {

struct Family {
  void (*add)(RuleList&);             // the family's list
  std::vector<std::string_view> ids;  // what it adds, in order
};

const std::vector<Family>& families() {
  static const std::vector<Family> table = {
      // Detected by the reader (feed/reader/); documented in rules/xml/.
      {add_xml_rules, {"xml-not-well-formed", "xml-encoding", "xml-dtd", "schema", "input-limit"}},
      // rules/structure/
      {add_structure_rules, {"unknown-element", "unknown-attribute", "webshop-field-spelling", "field-repeated"}},
      // rules/project/
      {add_project_rules,
       {"project-id-missing", "project-id-format", "project-id-duplicate", "project-name-missing",
        "category-id-missing", "category-id-format", "category-id-mixed", "status-id-missing", "status-id-unknown",
        "user-id-missing", "webshop-disabled-value", "date-format", "date-implausible", "money-format",
        "lost-basket-consistency"}},
      // rules/party/
      {add_party_rules,
       {"party-missing", "contact-without-business", "business-name-missing", "contact-name-missing", "email-format",
        "email-duplicate", "contact-matched-by-name"}},
      // rules/order/
      {add_order_rules, {"order-id-missing",    "order-id-duplicate",    "order-field-missing",
                         "currency-code",       "order-status",          "customer-missing",
                         "country-unknown",     "order-empty",           "product-id-missing",
                         "product-id-repeated", "product-field-missing", "quantity-invalid",
                         "quantity-fractional", "price-negative",        "vat-format",
                         "vat-rate-unknown",    "ean-checksum",          "product-inconsistent",
                         "folder-name-missing", "description-too-long"}},
      // lint's own, reported by rules/rule_runner.cpp (rules/unused_suppression.cpp).
      {add_unused_suppression_rule, {"unused-suppression"}},
  };
  return table;
}

std::string joined(const std::vector<std::string_view>& ids) { return fmt::format("{}", fmt::join(ids, ", ")); }

// The family's rules, checked against the table, with their examples.
void add_family(const Family& family, RuleList& rules) {
  RuleList added;
  family.add(added);
  std::vector<std::string_view> ids;
  for (RuleEntry& entry : added) {
    ids.push_back(entry.info.id);
    const RuleExamples examples = rule_examples(entry.info.id);
    entry.info.failing = examples.failing;
    entry.info.passing = examples.passing;
    rules.push_back(std::move(entry));
  }
  if (ids != family.ids)
    throw std::logic_error(
        fmt::format("rules/registry.cpp lists {}, but the family's list adds {}", joined(family.ids), joined(ids)));
}

}  // namespace

std::span<const RuleEntry> all_rules() {
  static const RuleList rules = [] {
    RuleList list;
    for (const Family& family : families()) add_family(family, list);
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
