// Every rule of the catalogue has an injector, and lint reports that rule on
// the feed the injector breaks, and as few others as it can.
#include <catch2/catch.hpp>

#include <algorithm>

#include "gen/defects.h"
#include "gen/feed_generator.h"
#include "rules/registry.h"
#include "support.h"

using namespace syncfeed;
using namespace syncfeed::gen;
using namespace syncfeed::test;

namespace {

// The rules of the catalogue (docs/rules/, and the reader's input-limit), as the
// catalogue names them: injectors must exist even before a rule is implemented.
constexpr std::string_view kCatalogue[] = {"xml-not-well-formed",
                                           "xml-encoding",
                                           "xml-dtd",
                                           "schema",
                                           "input-limit",
                                           "unknown-element",
                                           "webshop-field-spelling",
                                           "field-repeated",
                                           "project-id-missing",
                                           "project-id-format",
                                           "project-id-duplicate",
                                           "project-name-missing",
                                           "category-id-missing",
                                           "category-id-format",
                                           "category-id-mixed",
                                           "status-id-missing",
                                           "status-id-unknown",
                                           "user-id-missing",
                                           "webshop-disabled-value",
                                           "date-format",
                                           "date-implausible",
                                           "money-format",
                                           "lost-basket-consistency",
                                           "party-missing",
                                           "contact-without-business",
                                           "business-name-missing",
                                           "contact-name-missing",
                                           "email-format",
                                           "email-duplicate",
                                           "order-id-missing",
                                           "order-id-duplicate",
                                           "order-field-missing",
                                           "currency-code",
                                           "order-status",
                                           "customer-missing",
                                           "country-unknown",
                                           "order-empty",
                                           "product-id-missing",
                                           "product-id-repeated",
                                           "product-field-missing",
                                           "quantity-invalid",
                                           "quantity-fractional",
                                           "price-negative",
                                           "vat-format",
                                           "vat-rate-unknown",
                                           "ean-checksum",
                                           "product-inconsistent",
                                           "folder-name-missing",
                                           "description-too-long"};

// Odd seeds in the plugin's one-line style: the text-level injectors must
// work on both layouts.
GenOptions small_feed(std::uint64_t seed) {
  GenOptions options;
  options.seed = seed;
  options.projects = 12;
  options.style = seed % 2 ? Style::Plugin : Style::Canonical;
  return options;
}

}  // namespace

TEST_CASE("every rule of the catalogue and of the registry has an injector") {
  for (std::string_view rule : kCatalogue) {
    INFO(rule);
    CHECK(find_defect(rule) != nullptr);
  }
  for (const RuleEntry& entry : all_rules()) {
    INFO(entry.info.id);
    CHECK(find_defect(entry.info.id) != nullptr);
  }
  // And no injector for a rule that exists nowhere (a typo would never be checked).
  for (const Defect& defect : all_defects()) {
    INFO(defect.rule);
    CHECK((find_rule(defect.rule) != nullptr ||
           std::find(std::begin(kCatalogue), std::end(kCatalogue), defect.rule) != std::end(kCatalogue)));
  }
}

TEST_CASE("lint reports each injected rule, and no new rule it does not allow") {
  std::vector<std::string_view> not_registered;
  for (const Defect& defect : all_defects()) {
    if (!find_rule(defect.rule)) {
      not_registered.push_back(defect.rule);
      continue;
    }
    DYNAMIC_SECTION(defect.rule) {
      for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        // One project, and a third of them: different injector variants, and
        // whole-feed defects with and without company.
        for (std::optional<double> rate : {std::optional<double>(), std::optional<double>(0.3)}) {
          const std::string valid = generate_feed_text(small_feed(seed));
          const std::string broken = generate_feed_text(small_feed(seed), {{std::string(defect.rule)}, rate});
          const auto findings = check_text(broken);
          INFO("seed " << seed << (rate ? " rate 0.3" : " one project") << "\n" << listing(findings));
          const auto fired = rule_ids(findings);
          CHECK(fired.count(std::string(defect.rule)) == 1);
          // Rules that fire on the broken feed but not on the valid one must
          // be the target or one the injector declares it cannot avoid.
          const auto before = rule_ids(check_text(valid));
          for (const std::string& rule : fired) {
            if (before.count(rule) || rule == defect.rule) continue;
            INFO("also fired: " << rule);
            CHECK(std::find(defect.also.begin(), defect.also.end(), rule) != defect.also.end());
          }
        }
      }
    }
  }
  if (!not_registered.empty()) {
    std::string list;
    for (auto id : not_registered) list += std::string(list.empty() ? "" : ", ") + std::string(id);
    WARN("rules with an injector that the registry does not have yet (not checked): " << list);
  }
}

TEST_CASE("defects are deterministic and leave the rest of the feed valid") {
  DefectOptions defects{{"order-status", "email-format"}, 0.25};
  const std::string a = generate_feed_text(small_feed(3), defects);
  CHECK(generate_feed_text(small_feed(3), defects) == a);
  CHECK(a != generate_feed_text(small_feed(3)));
  CHECK(rule_ids(check_text(a)) == std::set<std::string>{"order-status", "email-format"});
}

TEST_CASE("unknown defects and bad rates are refused") {
  CHECK_THROWS_AS(generate_feed_text(small_feed(1), {{"no-such-rule"}, {}}), std::invalid_argument);
  CHECK_THROWS_AS(generate_feed_text(small_feed(1), {{"order-status"}, 1.5}), std::invalid_argument);
}

TEST_CASE("combined defects: every rule asked for is reported") {
  // All injectors at once (but those after which the reader stops: the rest
  // of the file would not be checked), with a rate: each rule's anchor project
  // gets that rule alone, so none is undone by another.
  DefectOptions defects;
  defects.rate = 0.3;
  for (const Defect& defect : all_defects())
    if (defect.rule != "xml-not-well-formed" && defect.rule != "xml-dtd" && defect.rule != "input-limit")
      defects.rules.emplace_back(defect.rule);
  GenOptions options = small_feed(4);
  options.projects = 60;
  options.edge_values = true;
  const auto fired = rule_ids(check_text(generate_feed_text(options, defects)));
  for (const std::string& rule : defects.rules) {
    if (!find_rule(rule)) continue;
    INFO(rule);
    CHECK(fired.count(rule) == 1);
  }
}
