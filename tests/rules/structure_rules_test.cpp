// The structure rules: unknown-element, webshop-field-spelling, field-repeated.
#include <catch2/catch.hpp>

#include "rule_check.h"

using namespace syncfeed;
using syncfeed::test::one_project;
using syncfeed::test::run_rule;

TEST_CASE("unknown-element: a real custom field is info, named, and kept") {
  const auto findings = run_rule("unknown-element", one_project("    <Name>Kovács Anna</Name>\n    <Enum1951>Igen</Enum1951>"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::Info);
  CHECK(findings[0].loc.line == 4);
  CHECK(findings[0].loc.column == 5);
  CHECK(findings[0].project_id == "14353");
  CHECK(findings[0].field == "Enum1951");
  CHECK_THAT(findings[0].message, Catch::Contains("<Enum1951> is not a field of the format") &&
                                      Catch::Contains("custom field with the API name Enum1951"));
}

TEST_CASE("unknown-element: reported once per name per file, with the number of projects") {
  const std::string feed =
      "<Projects>\n"
      "  <Project Id=\"1\"><Name>A</Name><Enum1951>1</Enum1951><Enum1951>2</Enum1951></Project>\n"
      "  <Project Id=\"2\"><Name>B</Name><Enum1951>1</Enum1951><Text22>x</Text22></Project>\n"
      "  <Project Id=\"3\"><Name>C</Name><Enum1951>1</Enum1951></Project>\n"
      "</Projects>\n";
  const auto findings = run_rule("unknown-element", feed);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].loc.line == 2);
  CHECK(findings[0].project_id == "1");
  CHECK_THAT(findings[0].message, Catch::Contains("(3 projects carry it)"));
  CHECK(findings[1].loc.line == 3);
  CHECK(findings[1].field == "Text22");
  CHECK_THAT(findings[1].message, !Catch::Contains("carry it"));
}

TEST_CASE("unknown-element: names the field a misspelling probably means") {
  const std::pair<const char*, const char*> cases[] = {
      {"name", "did you mean <Name>?"},
      {"CategoryID", "did you mean <CategoryId>?"},
      {"statusId", "did you mean <StatusId>?"},
      {"Status", "did you mean <StatusId>?"},
      {"User", "did you mean <UserId>?"},
      {"webshop_disabled", "did you mean <Webshop_Disabled>?"},
      {"WebShop_RegistrationDate", "did you mean <Webshop_RegistrationDate>?"},
      {"Webshop-LostBasketValue", "did you mean <Webshop_LostBasketValue>?"},
      {"RegistrationDate", "did you mean <Webshop_RegistrationDate>?"},
      {"Webshop_AllLostBaskets", "did you mean <Webshop_AllLostBasket>?"},
      {"Webshop_LostBasketVaule", "did you mean <Webshop_LostBasketValue>?"},
      {"Order", "did you mean <Orders>?"},
      {"Contact", "did you mean <Contacts>?"},
      {"Email", "the format has it at Business/Emails/Email or Contacts/Contact/Emails/Email"},
      {"Phones", "the format has it at Business/Phones or Contacts/Contact/Phones"},
      {"FirstName", "Contacts/Contact/FirstName"},
      {"Customer", "Orders/Order/Customer"},
      {"Emial", "the format has it at Business/Emails/Email or Contacts/Contact/Emails/Email"},
      {"VATNumber", "Business/VatNumber"},
  };
  for (const auto& [tag, advice] : cases) {
    INFO(tag);
    const auto findings =
        run_rule("unknown-element", one_project(std::string("    <") + tag + ">x</" + tag + ">"));
    REQUIRE(findings.size() == 1);
    CHECK_THAT(findings[0].message, Catch::Contains(advice));
  }
}

TEST_CASE("unknown-element: a custom field that resembles nothing gets no suggestion") {
  for (const char* tag : {"Enum1951", "Field2254", "Hirlevel", "Szinkronizalva"}) {
    INFO(tag);
    const auto findings = run_rule("unknown-element", one_project(std::string("    <") + tag + "/>"));
    REQUIRE(findings.size() == 1);
    CHECK_THAT(findings[0].message, !Catch::Contains("did you mean") && !Catch::Contains("the format has it"));
  }
}

TEST_CASE("unknown-element: an order card's custom fields carry the order's id") {
  const auto findings = run_rule("unknown-element", one_project("    <Orders>\n      <Order Id=\"7\">\n"
                                                                "        <Project><Enum77>x</Enum77></Project>\n"
                                                                "      </Order>\n    </Orders>"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 5);
  CHECK(findings[0].order_id == "7");
  CHECK_THAT(findings[0].message, Catch::Contains("order card's custom field with the API name Enum77"));
}

TEST_CASE("unknown-element: silent where the reader reports schema, and on the format's own fields") {
  CHECK(run_rule("unknown-element", one_project("    <Business><Nev>Bolt Kft.</Nev></Business>")).empty());
  CHECK(run_rule("unknown-element", one_project("    <Name>A</Name><WebshopDisabled>0</WebshopDisabled>\n"
                                                "    <Business><Email>a@b.hu</Email></Business>"))
            .empty());
  // ...while the reader does report the misplaced element.
  const auto schema = run_rule("schema", one_project("    <Business><Nev>Bolt Kft.</Nev></Business>"));
  CHECK(schema.size() == 1);
}

TEST_CASE("webshop-field-spelling: each of the six fields without the underscore") {
  for (const char* tag : {"WebshopRegistrationDate", "WebshopDisabled", "WebshopLostBasketContent",
                          "WebshopLostBasketDate", "WebshopLostBasketValue", "WebshopAllLostBasket"}) {
    INFO(tag);
    const auto findings =
        run_rule("webshop-field-spelling", one_project(std::string("    <") + tag + ">1</" + tag + ">"));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].loc.line == 3);
    CHECK(findings[0].project_id == "14353");
    CHECK_THAT(findings[0].message, Catch::Contains(std::string("<") + tag + "> is spelt without the underscore"));
  }
}

TEST_CASE("webshop-field-spelling: silent on the underscore and on a flat Email or Phone") {
  CHECK(run_rule("webshop-field-spelling",
                 one_project("    <Webshop_Disabled>0</Webshop_Disabled>\n"
                             "    <Business><Email>info@bolt.hu</Email><Phone>+36 1 234 5678</Phone></Business>\n"
                             "    <Contacts><Contact><Email>anna@bolt.hu</Email></Contact></Contacts>"))
            .empty());
}

TEST_CASE("field-repeated: a leaf twice, reported at the second with both values") {
  const auto findings =
      run_rule("field-repeated", one_project("    <Name>Popescu Ion</Name>\n    <CategoryId>12</CategoryId>\n"
                                             "    <Name>Popescu Ioan</Name>"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::Error);
  CHECK(findings[0].loc.line == 5);
  CHECK(findings[0].field == "Name");
  CHECK_THAT(findings[0].message,
             Catch::Contains("<Name> appears again in <Project>: \"Popescu Ioan\" here, \"Popescu Ion\" at line 3"));
}

TEST_CASE("field-repeated: every later occurrence names the first") {
  const auto findings = run_rule("field-repeated", one_project("    <StatusId>Nou</StatusId>\n    <StatusId>Nou</StatusId>\n"
                                                               "    <StatusId>Loial</StatusId>"));
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].loc.line == 4);
  CHECK_THAT(findings[0].message, Catch::Contains("with the same value \"Nou\" (first at line 3)"));
  CHECK(findings[1].loc.line == 5);
  CHECK_THAT(findings[1].message, Catch::Contains("at line 3"));
}

TEST_CASE("field-repeated: both spellings of a Webshop field are one field") {
  const auto findings = run_rule("field-repeated", one_project("    <Webshop_Disabled>0</Webshop_Disabled>\n"
                                                               "    <WebshopDisabled>1</WebshopDisabled>"));
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Contains("(as <Webshop_Disabled> and <WebshopDisabled>)"));
}

TEST_CASE("field-repeated: deep in orders and products, with their ids") {
  const auto findings = run_rule("field-repeated",
                                 one_project("    <Orders><Order Id=\"7\"><Products><Product Id=\"99\">\n"
                                             "      <PriceNet>100</PriceNet>\n"
                                             "      <PriceNet>120</PriceNet>\n"
                                             "    </Product></Products></Order></Orders>"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 5);
  CHECK(findings[0].project_id == "14353");
  CHECK(findings[0].order_id == "7");
  CHECK(findings[0].product_id == "99");
}

TEST_CASE("field-repeated: a record twice (Business, Customer)") {
  const auto findings = run_rule("field-repeated",
                                 one_project("    <Business><Name>Bolt Kft.</Name></Business>\n"
                                             "    <Business><Name>Bolt Zrt.</Name></Business>"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 4);
  CHECK_THAT(findings[0].message, Catch::Contains("<Business> appears again in <Project> (first at line 3)"));
}

TEST_CASE("field-repeated: lists and list items are not repeats") {
  CHECK(run_rule("field-repeated",
                 one_project("    <Orders><Order Id=\"1\"><Number>1</Number></Order></Orders>\n"
                             "    <Orders><Order Id=\"2\"><Number>2</Number></Order></Orders>\n"
                             "    <Business><Emails><Email><Value>a@b.hu</Value></Email><Email><Value>c@d.hu</Value></Email></Emails>\n"
                             "      <Email>e@f.hu</Email><Phones/><Phones/></Business>\n"
                             "    <Contacts><Contact><FirstName>Anna</FirstName></Contact></Contacts>\n"
                             "    <Contacts><Contact><FirstName>Béla</FirstName></Contact></Contacts>\n"
                             "    <Enum1951>1</Enum1951><Enum1951>2</Enum1951>"))
            .empty());
}
