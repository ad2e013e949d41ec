// The Project card rules: ids, name, CategoryId, StatusId, UserId,
// Webshop_Disabled, dates, amounts and the abandoned-basket fields.
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "rule_check.h"
#include "rules/project/project_rules.h"
#include "rules/value_parsers.h"

using namespace syncfeed;
using syncfeed::test::one_project;
using syncfeed::test::run_rule;

namespace {

// A project with Name and CategoryId, and `extra` after them (line 5 on).
std::string card(std::string_view extra, std::string_view id = "14353") {
  return one_project("    <Name>Kovács Anna</Name>\n    <CategoryId>12</CategoryId>\n" + std::string(extra), id);
}

// Runs `rule` on a card whose <tag> holds `value`: its single finding's message, or "" when silent.
std::string message_for(std::string_view rule, std::string_view tag, std::string_view value,
                        const RuleSettings& settings = {}) {
  const std::string field = "    <" + std::string(tag) + ">" + std::string(value) + "</" + std::string(tag) + ">";
  const auto findings = run_rule(rule, card(field), settings);
  if (findings.empty()) return "";
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 5);
  CHECK(findings[0].project_id == "14353");
  return findings[0].message;
}

}  // namespace

// ---- project-id-* ------------------------------------------------------

TEST_CASE("project-id-missing: no Id, an empty one, a blank one") {
  for (const char* start : {"<Project>", "<Project Id=\"\">", "<Project Id=\"  \">"}) {
    INFO(start);
    const auto findings = run_rule("project-id-missing",
                                   std::string("<Projects>\n  ") + start + "<Name>A</Name></Project>\n</Projects>\n");
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Error);
    CHECK(findings[0].loc.line == 2);
    CHECK(findings[0].loc.column == 3);
    CHECK(findings[0].field == "@Id");
    CHECK_THAT(findings[0].message, Catch::Contains("skips the project"));
  }
  CHECK(run_rule("project-id-missing", card("")).empty());
}

TEST_CASE("project-id-format: what is wrong, quoted, with the fix") {
  const std::pair<const char*, const char*> cases[] = {
      {"C-14353", "Project Id \"C-14353\" is not a number; expected a positive integer"},
      {"007", "Project Id \"007\" has leading zeros; write 7"},
      {" 14353", "Project Id \" 14353\" has spaces around it; write 14353"},
      {"-5", "is negative"},
      {"0", "is zero"},
      {"1.5", "is not a whole number"},
      {"+7", "has a plus sign; write 7"},
  };
  for (const auto& [id, message] : cases) {
    INFO(id);
    const auto findings = run_rule("project-id-format", card("", id));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].project_id == id);
    CHECK_THAT(findings[0].message, Catch::Contains(message));
  }
  for (const char* id : {"14353", "1000000", "100014353", "10000000"})
    CHECK(run_rule("project-id-format", card("", id)).empty());
  CHECK(run_rule("project-id-format", card("", "")).empty());  // project-id-missing's
}

TEST_CASE("project-id-duplicate: every place reported, each naming the other") {
  const std::string feed =
      "<Projects>\n"
      "  <Project Id=\"14353\"><Name>Nagy Eszter</Name></Project>\n"
      "  <Project Id=\"53566\"><Name>Kiss Gábor</Name></Project>\n"
      "  <Project Id=\"14353\"><Name>Kiss Gábor</Name></Project>\n"
      "  <Project Id=\"A-1\"><Name>Popa Elena</Name></Project>\n"
      "  <Project Id=\"14353\"><Name>Tóth Katalin</Name></Project>\n"
      "  <Project Id=\"A-1\"><Name>Popa Elena</Name></Project>\n"
      "</Projects>\n";
  const auto findings = run_rule("project-id-duplicate", feed);
  REQUIRE(findings.size() == 5);
  CHECK(findings[0].loc.line == 2);
  CHECK(findings[0].project_id == "14353");
  CHECK(findings[0].severity == Severity::Warning);
  CHECK_THAT(findings[0].message, Catch::Contains("Project Id \"14353\" is given again at lines 4 and 6"));
  CHECK(findings[1].loc.line == 4);
  CHECK_THAT(findings[1].message, Catch::Contains("was already given at line 2"));
  CHECK(findings[2].loc.line == 5);
  CHECK_THAT(findings[2].message, Catch::Contains("Project Id \"A-1\" is given again at line 7"));
  CHECK(findings[3].loc.line == 6);
  CHECK(findings[4].loc.line == 7);
  CHECK(findings[4].project_id == "A-1");
}

TEST_CASE("project-id-duplicate: ids are compared as written") {
  const std::string feed =
      "<Projects>\n"
      "  <Project Id=\"7\"><Name>A</Name></Project>\n"
      "  <Project Id=\"07\"><Name>B</Name></Project>\n"
      "  <Project Id=\"18446744073709551615\"><Name>C</Name></Project>\n"
      "  <Project Id=\"18446744073709551616\"><Name>D</Name></Project>\n"
      "  <Project><Name>E</Name></Project>\n"
      "  <Project><Name>F</Name></Project>\n"
      "</Projects>\n";
  CHECK(run_rule("project-id-duplicate", feed).empty());
}

TEST_CASE("project-id-duplicate: a long list of places is cut") {
  std::string feed = "<Projects>\n";
  for (int i = 0; i < 9; ++i) feed += "<Project Id=\"5\"><Name>A</Name></Project>\n";
  feed += "</Projects>\n";
  const auto findings = run_rule("project-id-duplicate", feed);
  REQUIRE(findings.size() == 9);
  CHECK_THAT(findings[0].message, Catch::Contains("at lines 3, 4, 5, 6, 7 and 3 more"));
}

// ---- project-name-missing ------------------------------------------------

TEST_CASE("project-name-missing: at the project when absent, at the Name when empty") {
  auto findings = run_rule("project-name-missing", one_project("    <CategoryId>12</CategoryId>"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 2);
  CHECK_THAT(findings[0].message, Catch::Contains("<Project> has no <Name>"));
  findings = run_rule("project-name-missing", one_project("    <CategoryId>12</CategoryId>\n    <Name> </Name>"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 4);
  CHECK_THAT(findings[0].message, Catch::Contains("<Name> is empty (\" \")"));
  CHECK(run_rule("project-name-missing", card("")).empty());
}

// ---- category-id-* ---------------------------------------------------------

TEST_CASE("category-id-missing and category-id-format") {
  auto findings = run_rule("category-id-missing", one_project("    <Name>A</Name>"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 2);
  findings = run_rule("category-id-missing", one_project("    <Name>A</Name>\n    <CategoryId/>"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 4);
  CHECK(run_rule("category-id-missing", card("")).empty());

  const auto format = [](const char* value) {
    return run_rule("category-id-format", one_project(std::string("    <CategoryId>") + value + "</CategoryId>"));
  };
  const std::pair<const char*, const char*> cases[] = {
      {"Webshop", "CategoryId \"Webshop\" is not a number; expected the Webshop module's id"},
      {"#!Project-12", "is a piece of the module's address; write only its number, 12"},
      {"https://r3.minicrm.hu/12345/#!Project-21/", "write only its number, 21"},
      {"012", "has leading zeros; write 12"},
      {"12 ", "has spaces around it; write 12"},
      {"0", "is zero"},
  };
  for (const auto& [value, message] : cases) {
    INFO(value);
    const auto f = format(value);
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::Error);
    CHECK(f[0].loc.line == 3);
    CHECK_THAT(f[0].message, Catch::Contains(message));
  }
  CHECK(format("12").empty());
  CHECK(format("").empty());  // category-id-missing's
}

TEST_CASE("category-id-mixed: compared with the first well-formed id of the file") {
  const std::string feed =
      "<Projects>\n"
      "  <Project Id=\"1\"><Name>A</Name><CategoryId>Webshop</CategoryId></Project>\n"
      "  <Project Id=\"2\"><Name>B</Name><CategoryId>12</CategoryId></Project>\n"
      "  <Project Id=\"3\"><Name>C</Name><CategoryId>12</CategoryId></Project>\n"
      "  <Project Id=\"4\"><Name>D</Name><CategoryId>21</CategoryId></Project>\n"
      "  <Project Id=\"5\"><Name>E</Name></Project>\n"
      "</Projects>\n";
  const auto findings = run_rule("category-id-mixed", feed);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 5);
  CHECK(findings[0].project_id == "4");
  CHECK_THAT(findings[0].message,
             Catch::Contains("CategoryId \"21\" differs from \"12\" of the first project (Id \"2\", line 3)"));
}

TEST_CASE("category-id-mixed: the configured id wins over the first project's") {
  RuleSettings settings;
  settings.category_id = "21";
  const std::string feed =
      "<Projects>\n"
      "  <Project Id=\"1\"><Name>A</Name><CategoryId>12</CategoryId></Project>\n"
      "  <Project Id=\"2\"><Name>B</Name><CategoryId>12</CategoryId></Project>\n"
      "  <Project Id=\"3\"><Name>C</Name><CategoryId>21</CategoryId></Project>\n"
      "</Projects>\n";
  const auto findings = run_rule("category-id-mixed", feed, settings);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].loc.line == 2);
  CHECK_THAT(findings[0].message, Catch::Contains("is not the configured Webshop module id \"21\""));
  CHECK(findings[1].loc.line == 3);
}

// ---- status-id-* -----------------------------------------------------------

TEST_CASE("status-id-missing: absent or blank") {
  auto findings = run_rule("status-id-missing", one_project("    <Name>A</Name>"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::Warning);
  CHECK(findings[0].loc.line == 2);
  findings = run_rule("status-id-missing", one_project("    <Name>A</Name>\n    <StatusId></StatusId>"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 4);
  CHECK(run_rule("status-id-missing", card("    <StatusId>Registered</StatusId>")).empty());
}

TEST_CASE("status-id-unknown: every name of the module, in every language, and numeric ids pass") {
  for (const auto& row : webshop_status_table()) {
    INFO(row[2]);
    CHECK(message_for("status-id-unknown", "StatusId", row[2]).empty());
  }
  CHECK(message_for("status-id-unknown", "StatusId", "4711").empty());
}

TEST_CASE("status-id-unknown: near misses name the status they probably mean") {
  const std::pair<const char*, const char*> cases[] = {
      {"registered", "did you mean \"Registered\" (EN, registered)?"},
      {"REGISTERED", "did you mean \"Registered\""},
      {"Regisztralt", "did you mean \"Regisztrált\" (HU, registered)?"},
      {"Promiţător", "did you mean \"Promițător\" (RO, promising)?"},  // cedilla instead of comma below
      {"Inregistrat", "did you mean \"Înregistrat\""},
      {"egyszeri  vevő", "did you mean \"Egyszeri vevő\""},
      {"loyal", "did you mean \"Loyal\""},
  };
  for (const auto& [value, message] : cases) {
    INFO(value);
    const std::string m = message_for("status-id-unknown", "StatusId", value);
    CHECK_THAT(m, Catch::Contains(message) && Catch::Contains("compared exactly"));
  }
}

TEST_CASE("status-id-unknown: an unknown name, and configured extra names") {
  CHECK_THAT(message_for("status-id-unknown", "StatusId", "VIP vevő"),
             Catch::Contains("StatusId \"VIP vevő\" is neither a numeric status id nor a status name") &&
                 Catch::Contains("extra_statuses"));
  RuleSettings settings;
  settings.extra_statuses = {"VIP vevő"};
  CHECK(message_for("status-id-unknown", "StatusId", "VIP vevő", settings).empty());
  CHECK_THAT(message_for("status-id-unknown", "StatusId", "vip vevo", settings),
             Catch::Contains("did you mean \"VIP vevő\"?"));
  for (const char* id : {"0", "007"}) CHECK_FALSE(message_for("status-id-unknown", "StatusId", id).empty());
}

TEST_CASE("status-id-unknown: the compiled names are those of the data file") {
  const std::filesystem::path file =
      std::filesystem::path(SYNCFEED_SOURCE_DIR) / "rules" / "vocabularies" / "minicrm-webshop-statuses.tsv";
  std::ifstream in(file);
  REQUIRE(in);
  std::vector<std::array<std::string, 3>> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#' || line.rfind("language\t", 0) == 0) continue;
    std::istringstream fields(line);
    std::array<std::string, 3> row;
    for (std::string& field : row) std::getline(fields, field, '\t');
    rows.push_back(row);
  }
  const auto table = webshop_status_table();
  REQUIRE(rows.size() == table.size());
  for (std::size_t i = 0; i < rows.size(); ++i)
    for (std::size_t k = 0; k < 3; ++k) CHECK(rows[i][k] == table[i][k]);
}

// ---- user-id-missing -------------------------------------------------------

TEST_CASE("user-id-missing: info, absent or blank") {
  auto findings = run_rule("user-id-missing", card(""));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::Info);
  CHECK(findings[0].loc.line == 2);
  CHECK_THAT(message_for("user-id-missing", "UserId", ""), Catch::Contains("<UserId> is empty"));
  CHECK(message_for("user-id-missing", "UserId", "Kovács Béla").empty());
}

// ---- webshop-disabled-value -----------------------------------------------

TEST_CASE("webshop-disabled-value: 0 and 1 only, with the fix for the usual words") {
  CHECK(message_for("webshop-disabled-value", "Webshop_Disabled", "0").empty());
  CHECK(message_for("webshop-disabled-value", "Webshop_Disabled", "1").empty());
  CHECK(message_for("webshop-disabled-value", "WebshopDisabled", "1").empty());
  const std::pair<const char*, const char*> cases[] = {
      {"true", "Webshop_Disabled \"true\" is not 0 or 1; write 1"},
      {"Igen", "write 1"},
      {"nu", "write 0"},
      {"false", "write 0"},
      {" 1", "has spaces around it; write 1"},
      {"", "is empty; expected 0 or 1"},
      {"2", "is not 0 or 1 (1: the customer is blocked"},
  };
  for (const auto& [value, message] : cases) {
    INFO(value);
    CHECK_THAT(message_for("webshop-disabled-value", "Webshop_Disabled", value), Catch::Contains(message));
  }
}

// ---- date-format, date-implausible ------------------------------------------

TEST_CASE("date-format: project dates and order Performance, with ids") {
  CHECK_THAT(message_for("date-format", "Webshop_RegistrationDate", "2023-02-29"),
             Catch::Contains("Webshop_RegistrationDate \"2023-02-29\" is not a valid date: it is 29 February of 2023"));
  CHECK_THAT(message_for("date-format", "Webshop_LostBasketDate", "2024.03.05. 18:20"),
             Catch::Contains("write 2024-03-05 18:20:00"));
  CHECK_THAT(message_for("date-format", "WebshopLostBasketDate", "2024-03-05T18:20:00"),
             Catch::Contains("Webshop_LostBasketDate"));
  for (const char* good : {"2024-03-05", "2024-03-05 18:20:00", "2024-02-29 00:00:00", ""})
    CHECK(message_for("date-format", "Webshop_RegistrationDate", good).empty());

  const auto findings = run_rule("date-format", card("    <Orders><Order Id=\"100000007\">\n"
                                                     "      <Performance>2024-06-31</Performance>\n"
                                                     "    </Order></Orders>"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 6);
  CHECK(findings[0].order_id == "100000007");
  CHECK(findings[0].field == "Performance");
  CHECK_THAT(findings[0].message, Catch::Contains("has day 31; June has 30 days"));
}

TEST_CASE("date-implausible: before 1990, or more than a year after a fixed today") {
  RuleSettings settings;
  settings.today = "2025-06-15";
  const auto message = [&](const char* value) {
    return message_for("date-implausible", "Webshop_RegistrationDate", value, settings);
  };
  CHECK_THAT(message("1989-12-31 23:59:59"), Catch::Contains("is before 1990-01-01"));
  CHECK_THAT(message("1970-01-01"), Catch::Contains("\"1970-01-01\" is before 1990-01-01"));
  CHECK(message("1990-01-01").empty());
  CHECK(message("2026-06-15 23:59:59").empty());
  CHECK_THAT(message("2026-06-16"), Catch::Contains("is more than a year after today (later than 2026-06-15)"));
  CHECK(message("15.06.2035").empty());  // date-format's

  const auto findings =
      run_rule("date-implausible",
               card("    <Orders><Order Id=\"7\"><Performance>2205-01-01</Performance></Order></Orders>"), settings);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].order_id == "7");
  CHECK(findings[0].severity == Severity::Warning);
}

// ---- money-format ---------------------------------------------------------

TEST_CASE("money-format: the plugin's floats and negative discounts pass; empty is left alone") {
  for (const char* good : {"7086.6141732283", "-500", "0", "12990.5", ""})
    CHECK(message_for("money-format", "Webshop_LostBasketValue", good).empty());
}

TEST_CASE("money-format: each way of writing an amount wrong, with the fix") {
  const std::pair<const char*, const char*> cases[] = {
      {"12,50",
       "Webshop_AllLostBasket \"12,50\" is not a dot-decimal number: it uses a comma as the decimal "
       "separator; write 12.50"},
      {"1.234,50", "uses a thousands separator; write 1234.50"},
      {"12 990", "uses a thousands separator; write 12990"},
      {"12.50 Ft", "carries the currency \"Ft\"; write the number alone, 12.50"},
      {"1.0E-5", "is in exponent notation"},
      {"n/a", "is not a number"},
  };
  for (const auto& [value, message] : cases) {
    INFO(value);
    CHECK_THAT(message_for("money-format", "Webshop_AllLostBasket", value), Catch::Contains(message));
  }
}

TEST_CASE("money-format: a product's PriceNet, with the order and product ids") {
  const auto findings =
      run_rule("money-format", card("    <Orders><Order Id=\"7\"><Products>\n"
                                    "      <Product Id=\"10000001\"><PriceNet>1490,00</PriceNet></Product>\n"
                                    "      <Product Id=\"10000002\"><PriceNet></PriceNet></Product>\n"
                                    "    </Products></Order></Orders>"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 6);
  CHECK(findings[0].order_id == "7");
  CHECK(findings[0].product_id == "10000001");
  CHECK(findings[0].field == "PriceNet");
}

// ---- lost-basket-consistency -------------------------------------------------

TEST_CASE("lost-basket-consistency") {
  const auto run = [](const char* fields) { return run_rule("lost-basket-consistency", card(fields)); };
  const char* const date = "    <Webshop_LostBasketDate>2024-03-05 18:20:00</Webshop_LostBasketDate>\n";

  auto findings = run("    <Webshop_LostBasketValue>12990</Webshop_LostBasketValue>");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 5);
  CHECK_THAT(findings[0].message,
             Catch::Contains("Webshop_LostBasketValue \"12990\" is given without a Webshop_LostBasketDate"));

  findings = run("    <Webshop_LostBasketDate>2024-03-05</Webshop_LostBasketDate>\n    <Webshop_LostBasketValue/>");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 5);
  CHECK_THAT(findings[0].message, Catch::Contains("is given without a Webshop_LostBasketValue"));

  findings = run((std::string(date) + "    <Webshop_LostBasketValue>-100</Webshop_LostBasketValue>").c_str());
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Contains("\"-100\" is negative"));

  findings = run((std::string(date) + "    <Webshop_LostBasketValue>100.5</Webshop_LostBasketValue>\n"
                                      "    <Webshop_AllLostBasket>100</Webshop_AllLostBasket>")
                     .c_str());
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 7);
  CHECK_THAT(
      findings[0].message,
      Catch::Contains("Webshop_AllLostBasket \"100\" is smaller than the last basket's value \"100.5\" (line 6)"));

  // Consistent, empty, zero, or not numbers (money-format's): silent.
  CHECK(run((std::string(date) + "    <Webshop_LostBasketValue>100</Webshop_LostBasketValue>\n"
                                 "    <Webshop_AllLostBasket>100</Webshop_AllLostBasket>")
                .c_str())
            .empty());
  CHECK(run((std::string(date) + "    <Webshop_LostBasketValue>7086.6141732283</Webshop_LostBasketValue>\n"
                                 "    <Webshop_AllLostBasket>7086.614173228</Webshop_AllLostBasket>")
                .c_str())
            .empty());  // a float rounding difference
  CHECK(run("    <Webshop_LostBasketValue>0</Webshop_LostBasketValue>\n    <Webshop_LostBasketDate/>").empty());
  CHECK(run("    <Webshop_LostBasketValue/>\n    <Webshop_LostBasketDate/>\n    "
            "<Webshop_AllLostBasket>0</Webshop_AllLostBasket>")
            .empty());
  CHECK(run((std::string(date) + "    <Webshop_LostBasketValue>12,5</Webshop_LostBasketValue>\n"
                                 "    <Webshop_AllLostBasket>1</Webshop_AllLostBasket>")
                .c_str())
            .empty());
}

// ---- properties ---------------------------------------------------------------

TEST_CASE("date-format: silent on every real date and time, loud on the day after a month's end") {
  rc::prop("real dates pass, impossible days fail", [] {
    const int year = *rc::gen::inRange(1990, 2100);
    const int month = *rc::gen::inRange(1, 13);
    const int day = *rc::gen::inRange(1, days_in_month(year, month) + 1);
    const std::string time =
        *rc::gen::element(std::string(), fmt::format(" {:02}:{:02}:{:02}", *rc::gen::inRange(0, 24),
                                                     *rc::gen::inRange(0, 60), *rc::gen::inRange(0, 60)));
    const std::string good = fmt::format("{:04}-{:02}-{:02}{}", year, month, day, time);
    const std::string bad = fmt::format("{:04}-{:02}-{:02}{}", year, month, days_in_month(year, month) + 1, time);
    RC_ASSERT(
        run_rule("date-format", card("    <Webshop_RegistrationDate>" + good + "</Webshop_RegistrationDate>")).empty());
    RC_ASSERT(
        run_rule("date-format", card("    <Webshop_RegistrationDate>" + bad + "</Webshop_RegistrationDate>")).size() ==
        1u);
  });
}

TEST_CASE("money-format: silent on every dot-decimal amount, loud on its decimal-comma twin") {
  rc::prop("12.50 passes, 12,50 fails", [] {
    const long long whole = *rc::gen::inRange<long long>(-100000000, 100000000);
    const int fraction = *rc::gen::inRange(0, 100000);
    const std::string dot = fmt::format("{}.{}", whole, fraction);
    std::string comma = dot;
    comma[comma.find('.')] = ',';
    RC_ASSERT(
        run_rule("money-format", card("    <Webshop_LostBasketValue>" + dot + "</Webshop_LostBasketValue>")).empty());
    RC_ASSERT(
        run_rule("money-format", card("    <Webshop_LostBasketValue>" + comma + "</Webshop_LostBasketValue>")).size() ==
        1u);
  });
}

TEST_CASE("category-id-format: a very long value is reported, not a crash") {
  const std::string value = "Project-" + std::string(1 << 20, '1') + "x";
  const auto findings = run_rule("category-id-format", one_project("    <CategoryId>" + value + "</CategoryId>"));
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Contains("..."));  // the quoted value is cut
}
