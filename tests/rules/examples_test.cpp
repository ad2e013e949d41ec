// Every rule's documented examples, run as tests: the failing feed is reported
// by the rule at the documented line, the passing feed is not reported at all.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <set>

#include "rules/registry.h"
#include "rules/rule_runner.h"

using namespace syncfeed;

namespace {

std::vector<Finding> of_rule(const std::vector<Finding>& findings, std::string_view id) {
  std::vector<Finding> out;
  for (const Finding& f : findings)
    if (f.rule == id) out.push_back(f);
  return out;
}

std::string listing(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& f : findings) out += fmt::format("  {}:{} {} {}\n", f.loc.line, f.loc.column, f.rule, f.message);
  return out;
}

}  // namespace

TEST_CASE("every rule fires on its failing example and is silent on its passing one") {
  REQUIRE(!all_rules().empty());
  for (const RuleEntry& entry : all_rules()) {
    const RuleInfo& rule = entry.info;
    DYNAMIC_SECTION(rule.id) {
      INFO("rule " << rule.id);
      const auto failing = check_text(rule.failing);
      const auto hits = of_rule(failing, rule.id);
      INFO("findings on the failing example:\n" << listing(failing));
      REQUIRE(!hits.empty());
      CHECK(hits.front().loc.line == rule.failing_line);
      CHECK(hits.front().severity == rule.severity);
      const auto passing = check_text(rule.passing);
      INFO("findings on the passing example:\n" << listing(passing));
      CHECK(of_rule(passing, rule.id).empty());
    }
  }
}

TEST_CASE("every rule is documented") {
  for (const RuleEntry& entry : all_rules()) {
    const RuleInfo& rule = entry.info;
    INFO(rule.id);
    CHECK(!rule.summary.empty());
    CHECK(!rule.description.empty());
    CHECK(!rule.fix.empty());
    CHECK(rule.summary.back() != '.');
    CHECK((rule.reader || entry.make != nullptr));
  }
}

TEST_CASE("rule ids are unique") {
  std::set<std::string_view> seen;
  for (const RuleEntry& entry : all_rules()) CHECK(seen.insert(entry.info.id).second);
}
