// The order-level rules: order-id-missing, order-id-duplicate,
// order-field-missing, currency-code, order-status, customer-missing,
// country-unknown, order-empty.
#include <catch2/catch.hpp>

#include <string>

#include "order_feeds.h"
#include "rule_check.h"

using namespace syncfeed;
using syncfeed::test::one_order;
using syncfeed::test::one_project;
using syncfeed::test::run_rule;

namespace {

std::string order_project(std::string_view project_id, std::string_view order_attr) {
  return "  <Project Id=\"" + std::string(project_id) + "\"><Orders><Order" + std::string(order_attr) +
         "><Number>1</Number></Order></Orders></Project>\n";
}

std::string feed(std::initializer_list<std::string> projects) {
  std::string out = "<Projects>\n";
  for (const std::string& p : projects) out += p;
  return out + "</Projects>\n";
}

}  // namespace

TEST_CASE("order-id-missing: no Id attribute, or a blank one, at the Order") {
  const auto findings =
      run_rule("order-id-missing", feed({order_project("14353", ""), order_project("14354", " Id=\"\""),
                                         order_project("14355", " Id=\" \""), order_project("14356", " Id=\"1001\"")}));
  REQUIRE(findings.size() == 3);
  CHECK(findings[0].severity == Severity::Error);
  CHECK(findings[0].loc.line == 2);
  CHECK(findings[0].loc.column == 31);
  CHECK(findings[0].project_id == "14353");
  CHECK(findings[0].field == "@Id");
  CHECK_THAT(findings[0].message, Catch::StartsWith("<Order> has no Id attribute"));
  CHECK_THAT(findings[1].message, Catch::StartsWith("<Order> has an empty Id (\"\")"));
  CHECK_THAT(findings[2].message, Catch::StartsWith("<Order> has an empty Id (\" \")"));
}

TEST_CASE("order-id-duplicate: under two projects, at the later one, naming the first") {
  const auto findings = run_rule("order-id-duplicate",
                                 feed({order_project("14353", " Id=\"1001\""), order_project("14354", " Id=\"1002\""),
                                       order_project("14355", " Id=\"1001\"")}));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 4);
  CHECK(findings[0].project_id == "14355");
  CHECK(findings[0].order_id == "1001");
  CHECK_THAT(findings[0].message, Catch::StartsWith("Order Id \"1001\" is also in project \"14353\" (line 2)"));
}

TEST_CASE("order-id-duplicate: twice in one project") {
  const auto findings =
      run_rule("order-id-duplicate", one_project("    <Orders>\n      <Order Id=\"A-7\"/>\n      <Order Id=\"A-8\"/>\n"
                                                 "      <Order Id=\"A-7\"/>\n    </Orders>"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 6);
  CHECK(findings[0].order_id == "A-7");
  CHECK_THAT(findings[0].message,
             Catch::StartsWith("Order Id \"A-7\" appears twice in this project (first at line 4)"));
}

TEST_CASE("order-id-duplicate: a project sent twice may repeat its orders; ids compare exactly") {
  CHECK(run_rule("order-id-duplicate",
                 feed({order_project("14353", " Id=\"1001\""), order_project("14353", " Id=\"1001\"")}))
            .empty());
  CHECK(
      run_rule("order-id-duplicate", feed({order_project("P-1", " Id=\"1001\""), order_project("P-1", " Id=\"1001\"")}))
          .empty());
  CHECK(run_rule("order-id-duplicate", feed({order_project("1", " Id=\"7\""), order_project("2", " Id=\"07\"")}))
            .empty());
  CHECK(run_rule("order-id-duplicate", feed({order_project("1", " Id=\"7\""), order_project("2", " Id=\"7 \"")}))
            .empty());
  CHECK(run_rule("order-id-duplicate",
                 feed({order_project("1", " Id=\"100000001\""), order_project("2", " Id=\"200000001\"")}))
            .empty());
  CHECK(run_rule("order-id-duplicate", feed({order_project("1", ""), order_project("2", "")})).empty());
}

TEST_CASE("order-field-missing: absent at the Order, empty at the field, one finding per field") {
  const auto all = run_rule("order-field-missing", one_order("        <Subject>Csengessen!</Subject>"));
  REQUIRE(all.size() == 4);
  for (const Finding& f : all) {
    CHECK(f.loc.line == 4);
    CHECK(f.order_id == "1001");
    CHECK(f.project_id == "14353");
  }
  CHECK(all[0].field == "Number");
  CHECK(all[1].field == "CurrencyCode");
  CHECK(all[2].field == "Performance");
  CHECK(all[3].field == "Status");
  CHECK_THAT(all[3].message, Catch::StartsWith("<Order> has no <Status>; expected Draft, Issued, Completed or Failed"));

  const auto empty = run_rule("order-field-missing", one_order("        <Number>WEB-1001</Number>\n"
                                                               "        <CurrencyCode/>\n"
                                                               "        <Performance> </Performance>\n"
                                                               "        <Status>Completed</Status>"));
  REQUIRE(empty.size() == 2);
  CHECK(empty[0].loc.line == 6);
  CHECK_THAT(empty[0].message, Catch::StartsWith("<CurrencyCode> is empty"));
  CHECK(empty[1].loc.line == 7);
  CHECK_THAT(empty[1].message, Catch::StartsWith("<Performance> is blank (\" \")"));
}

TEST_CASE("currency-code: what was written, and what to write") {
  const std::pair<const char*, const char*> cases[] = {
      {"huf", "write it in capitals: \"HUF\""},
      {"Ron", "write it in capitals: \"RON\""},
      {" HUF", "remove the spaces around it: \"HUF\""},
      {"Ft", "for \"Ft\" write \"HUF\""},
      {"lei", "for \"lei\" write \"RON\""},
      {"€", "for \"€\" write \"EUR\""},
      {"Euro", "for \"Euro\" write \"EUR\""},
      {"HUF ", "remove the spaces around it"},
      {"XYZ", "expected a three-letter code such as HUF, RON or EUR"},
      {"forint", "write \"HUF\""},
  };
  for (const auto& [value, advice] : cases) {
    INFO(value);
    const auto findings =
        run_rule("currency-code", one_order(std::string("        <CurrencyCode>") + value + "</CurrencyCode>"));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].loc.line == 5);
    CHECK(findings[0].loc.column == 9);
    CHECK(findings[0].order_id == "1001");
    CHECK_THAT(findings[0].message, Catch::Contains("is not an ISO 4217 currency code") && Catch::Contains(advice));
  }
}

TEST_CASE("currency-code: current codes, new ones and recently withdrawn ones are accepted") {
  for (const char* code : {"HUF", "RON", "EUR", "USD", "GBP", "CHF", "PLN", "CZK", "BGN", "XCG", "ZWG", "VED", "SLE",
                           "HRK", "LTL", "ANG", "ZWL", "CUC", "XXX"}) {
    INFO(code);
    CHECK(
        run_rule("currency-code", one_order(std::string("        <CurrencyCode>") + code + "</CurrencyCode>")).empty());
  }
  // Long withdrawn, or never a code.
  for (const char* code : {"DEM", "ROL", "SKK", "HU", "EURO", "RMB"}) {
    INFO(code);
    CHECK(
        run_rule("currency-code", one_order(std::string("        <CurrencyCode>") + code + "</CurrencyCode>")).size() ==
        1);
  }
  CHECK(run_rule("currency-code", one_order("        <CurrencyCode/>")).empty());  // order-field-missing's
}

TEST_CASE("order-status: the four statuses exactly; WooCommerce names get a suggestion") {
  for (const char* status : {"Draft", "Issued", "Completed", "Failed"})
    CHECK(run_rule("order-status", one_order(std::string("        <Status>") + status + "</Status>")).empty());
  const std::pair<const char*, const char*> cases[] = {
      {"completed", "; send \"Completed\""}, {"COMPLETED", "; send \"Completed\""}, {"processing", "; send \"Issued\""},
      {"wc-cancelled", "; send \"Failed\""}, {"refunded", "; send \"Failed\""},     {"on-hold", "; send \"Draft\""},
  };
  for (const auto& [value, advice] : cases) {
    INFO(value);
    const auto findings = run_rule("order-status", one_order(std::string("        <Status>") + value + "</Status>"));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].loc.line == 5);
    CHECK_THAT(findings[0].message,
               Catch::Contains("is not one of Draft, Issued, Completed, Failed") && Catch::EndsWith(advice));
  }
  const auto other = run_rule("order-status", one_order("        <Status>Kiszállítva</Status>"));
  REQUIRE(other.size() == 1);
  CHECK_THAT(other[0].message, Catch::EndsWith("is not one of Draft, Issued, Completed, Failed"));
}

TEST_CASE("customer-missing: no Customer at the Order; missing fields at the Customer or the empty field") {
  const auto none = run_rule("customer-missing", one_order("        <Number>WEB-1001</Number>"));
  REQUIRE(none.size() == 1);
  CHECK(none[0].loc.line == 4);
  CHECK(none[0].field == "Customer");

  const auto partial = run_rule("customer-missing", one_order("        <Customer>\n"
                                                              "          <Name>Popescu Ion</Name>\n"
                                                              "          <CountryId>România</CountryId>\n"
                                                              "          <City> </City>\n"
                                                              "          <Address>Strada Memorandumului 28</Address>\n"
                                                              "        </Customer>"));
  REQUIRE(partial.size() == 2);
  CHECK(partial[0].loc.line == 5);
  CHECK(partial[0].field == "PostalCode");
  CHECK_THAT(partial[0].message, Catch::StartsWith("<Customer> has no <PostalCode>"));
  CHECK(partial[1].loc.line == 8);
  CHECK(partial[1].field == "City");
}

TEST_CASE("country-unknown: MiniCRM's names, ISO codes and names, everyday names, case and accents ignored") {
  for (const char* country : {"Magyarország",
                              "Hungary",
                              "Ungaria",
                              "HU",
                              "HUN",
                              "hu",
                              "MAGYARORSZÁG",
                              "Magyarorszag",
                              "magyarorszag ",
                              "Romania",
                              "România",
                              "Románia",
                              "ROMANIA",
                              "RO",
                              "ROU",
                              "Statele Unite",
                              "USA",
                              "UK",
                              "Marea Britanie",
                              "Egyesült Királyság",
                              "Moldova, Republica",
                              "Republica Moldova",
                              "Côte d’Ivoire",
                              "Cote d'Ivoire",
                              "Türkiye",
                              "Turkey",
                              "Törökország",
                              "Slovakia",
                              "Szlovákia",
                              "Slovacia",
                              "Németország",
                              "Germania",
                              "Ausztria",
                              "Holland",
                              "Anglia",
                              "Czech Republic",
                              "Csehország",
                              "Kosovo",
                              "Abházia",
                              "Bosnia și Herzegovina",
                              "Bosnia şi Herzegovina"}) {
    INFO(country);
    CHECK(run_rule("country-unknown",
                   one_order(std::string("        <Customer><CountryId>") + country + "</CountryId></Customer>"))
              .empty());
  }
}

TEST_CASE("country-unknown: other values, at the CountryId, in customers and business addresses") {
  for (const char* country : {"Ungarn", "Hungria", "Erdély", "Transylvania", "N/A", "-", "Magyar", "H"}) {
    INFO(country);
    const auto findings = run_rule("country-unknown", one_order(std::string("        <Customer><CountryId>") + country +
                                                                "</CountryId></Customer>"));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].loc.line == 5);
    CHECK(findings[0].loc.column == 19);
    CHECK(findings[0].order_id == "1001");
    CHECK_THAT(findings[0].message, Catch::Contains("is not a country name or ISO 3166 code that MiniCRM uses"));
  }
  const auto business = run_rule("country-unknown", one_project("    <Business><Name>B</Name><Addresses><Address>\n"
                                                                "      <CountryId>Rumänien</CountryId>\n"
                                                                "    </Address></Addresses></Business>"));
  REQUIRE(business.size() == 1);
  CHECK(business[0].loc.line == 4);
  CHECK(business[0].order_id.empty());
  CHECK(run_rule("country-unknown", one_order("        <Customer><CountryId/></Customer>")).empty());
}

TEST_CASE("country-unknown: names added in the configuration are accepted, case and accents ignored") {
  RuleSettings settings;
  settings.extra_countries = {"Ungarn", "Rumänien"};
  for (const char* country : {"Ungarn", "UNGARN", "Rumanien", "Rumänien"}) {
    INFO(country);
    CHECK(run_rule("country-unknown",
                   one_order(std::string("        <Customer><CountryId>") + country + "</CountryId></Customer>"),
                   settings)
              .empty());
  }
  CHECK(
      run_rule("country-unknown", one_order("        <Customer><CountryId>Österreich</CountryId></Customer>"), settings)
          .size() == 1);
}

TEST_CASE("order-empty: no Products at the Order, an empty list at the Products") {
  const auto none = run_rule("order-empty", one_order("        <Number>WEB-1001</Number>"));
  REQUIRE(none.size() == 1);
  CHECK(none[0].severity == Severity::Warning);
  CHECK(none[0].loc.line == 4);
  CHECK(none[0].order_id == "1001");
  const auto empty = run_rule("order-empty", one_order("        <Number>WEB-1001</Number>\n        <Products/>"));
  REQUIRE(empty.size() == 1);
  CHECK(empty[0].loc.line == 6);
  CHECK(run_rule("order-empty", one_order("        <Products><Product Id=\"1\"/></Products>")).empty());
}
