// The "missing or empty" check the rules share (rules/missing_field.h), with
// the two wordings of a blank value: the Project card's rules quote it always,
// the others tell empty from blank.
#include <catch2/catch.hpp>

#include <string>

#include "rule_check.h"

using namespace syncfeed;
using syncfeed::test::one_project;
using syncfeed::test::run_rule;

namespace {

struct CardField {
  std::string_view rule;
  std::string_view tag;
  std::string_view why;
};

constexpr CardField kCardFields[] = {
    {"project-name-missing", "Name", "MiniCRM requires it to name the card"},
    {"category-id-missing", "CategoryId", "MiniCRM requires the Webshop module's id to place the card"},
    {"status-id-missing", "StatusId", "MiniCRM expects the card's status (Registered is enough)"},
    {"user-id-missing", "UserId", "the card goes to the system's central user"},
};

std::string field(std::string_view tag, std::string_view value) {
  return "    <" + std::string(tag) + ">" + std::string(value) + "</" + std::string(tag) + ">";
}

}  // namespace

TEST_CASE("the Project card's required fields: absent at the Project, blank at the field, value quoted") {
  for (const CardField& card : kCardFields) {
    INFO(card.rule);
    const auto absent = run_rule(card.rule, one_project("    <Other>x</Other>"));
    REQUIRE(absent.size() == 1);
    CHECK(absent[0].loc.line == 2);
    CHECK(absent[0].message == "<Project> has no <" + std::string(card.tag) + ">; " + std::string(card.why));

    const auto empty = run_rule(card.rule, one_project(field(card.tag, "")));
    REQUIRE(empty.size() == 1);
    CHECK(empty[0].loc.line == 3);
    CHECK(empty[0].message == "<" + std::string(card.tag) + "> is empty (\"\"); " + std::string(card.why));

    const auto blank = run_rule(card.rule, one_project(field(card.tag, "  ")));
    REQUIRE(blank.size() == 1);
    CHECK(blank[0].message == "<" + std::string(card.tag) + "> is empty (\"  \"); " + std::string(card.why));
  }
}

TEST_CASE("other required fields tell an empty value from a blank one") {
  const std::string order =
      "    <Name>Kovács Anna</Name>\n    <Orders>\n      <Order Id=\"7\">\n"
      "        <Customer><Name>{}</Name></Customer>\n      </Order>\n    </Orders>";
  const auto with_buyer = [&](std::string_view name) {
    std::string body = order;
    body.replace(body.find("{}"), 2, name);
    return one_project(body);
  };
  // The buyer's other fields are missing too: only the name's finding is at line 6.
  const auto name_finding = [](const std::vector<Finding>& findings) {
    for (const Finding& f : findings)
      if (f.loc.line == 6 && f.message.rfind("<Name>", 0) == 0) return f.message;
    return std::string();
  };
  CHECK(name_finding(run_rule("customer-missing", with_buyer(""))) ==
        "<Name> is empty; MiniCRM needs the buyer's name");
  CHECK(name_finding(run_rule("customer-missing", with_buyer("  "))) ==
        "<Name> is blank (\"  \"); MiniCRM needs the buyer's name");
}
