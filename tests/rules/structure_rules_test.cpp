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
      {"Orders_", "did you mean <Orders>?"},
      {"contacts", "did you mean <Contacts>?"},
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

TEST_CASE("unknown-element: a name with an Id of its own is not a slip of a field without one") {
  for (const char* tag : {"ContactId", "OrderId", "BusinessId"}) {
    INFO(tag);
    const auto findings = run_rule("unknown-element", one_project(std::string("    <") + tag + ">77</" + tag + ">"));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Info);
    CHECK_THAT(findings[0].message, !Catch::Contains("did you mean") && !Catch::Contains("the format has it") &&
                                        Catch::Contains("custom field with the API name"));
  }
}

TEST_CASE("unknown-element: in a record other than Project, a warning that MiniCRM most likely ignores it") {
  const auto findings = run_rule(
      "unknown-element",
      one_project("    <Contacts><Contact Id=\"77\"><Type>Person</Type><FirstName>A</FirstName></Contact></Contacts>\n"
                  "    <Orders><Order Id=\"7\"><Customer><Name>A</Name><Phone>+36 1</Phone></Customer>\n"
                  "      <Products><Product Id=\"3\"><Name>B</Name><Weight>0.5</Weight></Product></Products>\n"
                  "      <Total>12</Total></Order></Orders>"));
  REQUIRE(findings.size() == 4);
  for (const Finding& f : findings) {
    INFO(f.message);
    CHECK(f.severity == Severity::Warning);
    CHECK(f.project_id == "14353");
    CHECK_THAT(f.message, Catch::Contains("MiniCRM most likely ignores") && Catch::Contains("may be lost"));
  }
  CHECK(findings[0].field == "Type");
  CHECK(findings[0].loc.line == 3);
  CHECK_THAT(findings[0].message, Catch::StartsWith("<Type> is not a field of <Contact>") && !Catch::Contains("did you mean"));
  CHECK(findings[1].field == "Phone");
  CHECK(findings[1].order_id == "7");
  CHECK_THAT(findings[1].message, Catch::Contains("the format has it at Business/Phones/Phone"));
  CHECK(findings[2].field == "Weight");
  CHECK(findings[2].product_id == "3");
  CHECK(findings[3].field == "Total");
  CHECK_THAT(findings[3].message, Catch::StartsWith("<Total> is not a field of <Order>"));
}

TEST_CASE("unknown-element: a near miss of the record's own field is named, a far one is not") {
  const auto near = run_rule("unknown-element",
                             one_project("    <Contacts><Contact><firstname>A</firstname><Emial>a@b.hu</Emial>"
                                         "<Lastname>B</Lastname><Types>x</Types></Contact></Contacts>"));
  REQUIRE(near.size() == 4);
  CHECK_THAT(near[0].message, Catch::Contains("did you mean <FirstName>?"));
  CHECK_THAT(near[1].message, Catch::Contains("did you mean <Email>?"));
  CHECK_THAT(near[2].message, Catch::Contains("did you mean <LastName>?"));
  CHECK_THAT(near[3].message, !Catch::Contains("did you mean"));
}

TEST_CASE("unknown-element: counted per kind of record, once per name") {
  const std::string feed =
      "<Projects>\n"
      "  <Project Id=\"1\"><Contacts><Contact><Type>P</Type></Contact><Contact><Type>P</Type></Contact></Contacts></Project>\n"
      "  <Project Id=\"2\"><Contacts><Contact><Type>P</Type></Contact></Contacts><Type>custom</Type></Project>\n"
      "</Projects>\n";
  const auto findings = run_rule("unknown-element", feed);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].severity == Severity::Warning);
  CHECK_THAT(findings[0].message, Catch::Contains("(3 <Contact> elements carry it)"));
  CHECK(findings[1].severity == Severity::Info);
  CHECK(findings[1].loc.line == 3);
  CHECK_THAT(findings[1].message, !Catch::Contains("carry it"));
}

TEST_CASE("unknown-element: silent where the reader reports schema, and on the format's own fields") {
  // A list holds only its items; a list's item outside its list is not imported.
  for (const char* body : {"    <Orders><Total>1</Total></Orders>", "    <Contact><FirstName>A</FirstName></Contact>",
                           "    <Orders><Order Id=\"7\"><Product Id=\"1\"/></Order></Orders>"}) {
    INFO(body);
    CHECK(run_rule("unknown-element", one_project(body)).empty());
    CHECK(run_rule("schema", one_project(body)).size() == 1);
  }
  CHECK(run_rule("unknown-element", one_project("    <Name>A</Name><WebshopDisabled>0</WebshopDisabled>\n"
                                                "    <Business><Email>a@b.hu</Email></Business>"))
            .empty());
}

TEST_CASE("schema: an unknown element in a record is no schema error, but keeps the structure its name has") {
  CHECK(run_rule("schema", one_project("    <Business><Nev>Bolt Kft.</Nev><FirstName>A</FirstName></Business>\n"
                                       "    <Contacts><Contact><Type id=\"1\"><Code>P</Code></Type></Contact></Contacts>"))
            .empty());
  // An e-mail is a value wherever it stands: it holds no element and no attribute.
  const auto schema = run_rule("schema", one_project("    <Orders><Order Id=\"7\"><Customer>\n"
                                                     "      <Email><Value>a@b.hu</Value></Email>\n"
                                                     "      <Phone type=\"mobile\">1</Phone>\n"
                                                     "    </Customer></Order></Orders>"));
  REQUIRE(schema.size() == 2);
  CHECK(schema[0].loc.line == 4);
  CHECK_THAT(schema[0].message, Catch::Contains("<Email> holds a value"));
  CHECK(schema[1].loc.line == 5);
  CHECK_THAT(schema[1].message, Catch::Contains("attribute type=\"mobile\""));
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
