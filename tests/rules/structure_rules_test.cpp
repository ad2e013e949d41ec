// The structure rules: unknown-element, unknown-attribute, webshop-field-spelling, field-repeated.
#include <catch2/catch.hpp>

#include "rule_check.h"

using namespace syncfeed;
using syncfeed::test::one_project;
using syncfeed::test::run_rule;

TEST_CASE("unknown-element: a real custom field is info, named, and kept") {
  const auto findings =
      run_rule("unknown-element", one_project("    <Name>Kovács Anna</Name>\n    <Enum1951>Igen</Enum1951>"));
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
    const auto findings = run_rule("unknown-element", one_project(std::string("    <") + tag + ">x</" + tag + ">"));
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
  CHECK_THAT(findings[0].message,
             Catch::StartsWith("<Type> is not a field of <Contact>") && !Catch::Contains("did you mean"));
  CHECK(findings[1].field == "Phone");
  CHECK(findings[1].order_id == "7");
  CHECK_THAT(findings[1].message, Catch::Contains("the format has it at Business/Phones/Phone"));
  CHECK(findings[2].field == "Weight");
  CHECK(findings[2].product_id == "3");
  CHECK(findings[3].field == "Total");
  CHECK_THAT(findings[3].message, Catch::StartsWith("<Total> is not a field of <Order>"));
}

TEST_CASE("unknown-element: a near miss of the record's own field is named, a far one is not") {
  const auto near =
      run_rule("unknown-element", one_project("    <Contacts><Contact><firstname>A</firstname><Emial>a@b.hu</Emial>"
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
      "  <Project "
      "Id=\"1\"><Contacts><Contact><Type>P</Type></Contact><Contact><Type>P</Type></Contact></Contacts></Project>\n"
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
  // A name of the format in a list that does not hold it, a list's item outside its list: misplaced.
  for (const char* body : {"    <Orders><Name>1</Name></Orders>", "    <Contact><FirstName>A</FirstName></Contact>",
                           "    <Orders><Order Id=\"7\"><Product Id=\"1\"/></Order></Orders>",
                           "    <Orders><Product Id=\"1\"/></Orders>"}) {
    INFO(body);
    CHECK(run_rule("unknown-element", one_project(body)).empty());
    CHECK(run_rule("schema", one_project(body)).size() == 1);
  }
  CHECK(run_rule("unknown-element", one_project("    <Name>A</Name><WebshopDisabled>0</WebshopDisabled>\n"
                                                "    <Business><Email>a@b.hu</Email></Business>"))
            .empty());
}

TEST_CASE("unknown-element: an unknown name in a list is a warning, not schema; MiniCRM most likely ignores it") {
  const std::pair<const char*, const char*> cases[] = {
      {"    <Orders><Count>3</Count><Order Id=\"7\"/></Orders>", "<Count> is not an element of <Orders>"},
      {"    <Orders><Order Id=\"7\"><Products><Shipping><Name>GLS</Name></Shipping></Products></Order></Orders>",
       "<Shipping> is not an element of <Products>"},
      {"    <Business><Emails><Primary>a@b.hu</Primary></Emails></Business>",
       "<Primary> is not an element of <Emails>"},
      {"    <Contacts><Person/></Contacts>", "<Person> is not an element of <Contacts>"},
      {"    <Business><Phones><Mobile>1</Mobile></Phones><Addresses><Main/></Addresses></Business>",
       "<Mobile> is not an element of <Phones>"},
  };
  for (const auto& [body, message] : cases) {
    INFO(body);
    CHECK(run_rule("schema", one_project(body)).empty());
    const auto findings = run_rule("unknown-element", one_project(body));
    REQUIRE(!findings.empty());
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].loc.line == 3);
    CHECK(findings[0].project_id == "14353");
    CHECK_THAT(findings[0].message, Catch::StartsWith(message));
    CHECK_THAT(findings[0].message, Catch::Contains("most likely ignores anything else, so what the generator meant "
                                                    "to send in it may be lost"));
  }
  const auto shipping = run_rule("unknown-element", one_project("    <Orders><Order Id=\"7\"><Products>"
                                                                "<Shipping/></Products></Order></Orders>"));
  REQUIRE(shipping.size() == 1);
  CHECK(shipping[0].order_id == "7");
  CHECK(shipping[0].field == "Shipping");
}

TEST_CASE("unknown-element: an unknown name directly in <Projects> is a warning, not schema") {
  const std::string feed =
      "<Projects>\n"
      "  <GeneratedAt>2026-12-01</GeneratedAt>\n"
      "  <Shop><Name>Bolt</Name></Shop>\n"
      "  <Project Id=\"1\"><Name>A</Name></Project>\n"
      "</Projects>\n";
  CHECK(run_rule("schema", feed).empty());
  const auto findings = run_rule("unknown-element", feed);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].severity == Severity::Warning);
  CHECK(findings[0].loc == Location{2, 3});
  CHECK(findings[0].project_id.empty());
  CHECK_THAT(findings[0].message, Catch::StartsWith("<GeneratedAt> is not an element of <Projects> in the format: "
                                                    "MiniCRM reads <Project> items by name"));
  CHECK_THAT(findings[0].message, Catch::Contains("fmt does not write it back"));
  CHECK(findings[1].loc == Location{3, 3});
}

TEST_CASE("unknown-element: in a list, a misspelt item is named, and a repeated name is reported once") {
  const std::string feed =
      "<Projects>\n"
      "  <project Id=\"1\"><Name>A</Name></project>\n"
      "  <Project Id=\"2\"><Orders><order Id=\"7\"/><Count>1</Count></Orders></Project>\n"
      "  <Project Id=\"3\"><Orders><Count>2</Count></Orders></Project>\n"
      "</Projects>\n";
  const auto findings = run_rule("unknown-element", feed);
  REQUIRE(findings.size() == 3);
  CHECK_THAT(findings[0].message, Catch::Contains("did you mean <Project>?"));
  CHECK_THAT(findings[1].message, Catch::Contains("did you mean <Order>?"));
  CHECK(findings[1].project_id == "2");
  CHECK(findings[2].loc.line == 3);
  CHECK_THAT(findings[2].message, Catch::Contains("<Count> is not an element of <Orders>") &&
                                      Catch::Contains("(2 times in the file)") && !Catch::Contains("did you mean"));
}

TEST_CASE("unknown-attribute: an attribute the format does not have is a warning, not schema") {
  const std::pair<const char*, const char*> cases[] = {
      {"    <Orders><Order Id=\"7\"><Products><Product Id=\"1\" sku=\"x\"/></Products></Order></Orders>",
       "<Product> has an attribute sku=\"x\"; its only attribute is Id"},
      {"    <Contacts><Contact Id=\"5\" type=\"person\"/></Contacts>",
       "<Contact> has an attribute type=\"person\"; its only attribute is Id"},
      {"    <Business Id=\"3\"><Name>Bolt</Name></Business>",
       "<Business> has an attribute Id=\"3\"; it takes no attributes"},
      {"    <Contacts><Contact><Email Id=\"1\">a@b.hu</Email></Contact></Contacts>",
       "<Email> has an attribute Id=\"1\"; it takes no attributes"},
  };
  for (const auto& [body, message] : cases) {
    INFO(body);
    CHECK(run_rule("schema", one_project(body)).empty());
    const auto findings = run_rule("unknown-attribute", one_project(body));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].loc.line == 3);
    CHECK(findings[0].project_id == "14353");
    CHECK_THAT(findings[0].message, Catch::StartsWith(message));
    CHECK_THAT(findings[0].message,
               Catch::Contains("MiniCRM reads elements, so it most likely ignores the attribute") &&
                   Catch::Contains("fmt does not write it back"));
  }
  // The root's, but not its namespace declarations.
  const auto root = run_rule("unknown-attribute",
                             "<Projects version=\"2\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                             "  <Project Id=\"1\"/>\n</Projects>\n");
  REQUIRE(root.size() == 1);
  CHECK(root[0].field == "@version");
  CHECK_THAT(root[0].message, Catch::StartsWith("<Projects> has an attribute version=\"2\"; it takes none"));
}

TEST_CASE("schema: an unknown element in a record is no schema error, but keeps the structure its name has") {
  CHECK(run_rule("schema",
                 one_project("    <Business><Nev>Bolt Kft.</Nev><FirstName>A</FirstName></Business>\n"
                             "    <Contacts><Contact><Type id=\"1\"><Code>P</Code></Type></Contact></Contacts>"))
            .empty());
  // An e-mail is a value wherever it stands: it holds no element. An attribute on it is no schema error.
  const std::string feed = one_project(
      "    <Orders><Order Id=\"7\"><Customer>\n"
      "      <Email><Value>a@b.hu</Value></Email>\n"
      "      <Phone type=\"mobile\">1</Phone>\n"
      "    </Customer></Order></Orders>");
  const auto schema = run_rule("schema", feed);
  REQUIRE(schema.size() == 1);
  CHECK(schema[0].loc.line == 4);
  CHECK_THAT(schema[0].message, Catch::Contains("<Email> holds a value"));
  const auto attribute = run_rule("unknown-attribute", feed);
  REQUIRE(attribute.size() == 1);
  CHECK(attribute[0].loc.line == 5);
  CHECK_THAT(attribute[0].message,
             Catch::Contains("attribute type=\"mobile\"; where the format has a <Phone>, it takes "
                             "no attributes") &&
                 Catch::Contains("syncfeed keeps it"));
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
  const auto findings =
      run_rule("field-repeated", one_project("    <StatusId>Nou</StatusId>\n    <StatusId>Nou</StatusId>\n"
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
  const auto findings =
      run_rule("field-repeated", one_project("    <Orders><Order Id=\"7\"><Products><Product Id=\"99\">\n"
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
  const auto findings = run_rule("field-repeated", one_project("    <Business><Name>Bolt Kft.</Name></Business>\n"
                                                               "    <Business><Name>Bolt Zrt.</Name></Business>"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].loc.line == 4);
  CHECK_THAT(findings[0].message, Catch::Contains("<Business> appears again in <Project> (first at line 3)"));
}

TEST_CASE("field-repeated: lists and list items are not repeats") {
  CHECK(run_rule(
            "field-repeated",
            one_project(
                "    <Orders><Order Id=\"1\"><Number>1</Number></Order></Orders>\n"
                "    <Orders><Order Id=\"2\"><Number>2</Number></Order></Orders>\n"
                "    "
                "<Business><Emails><Email><Value>a@b.hu</Value></Email><Email><Value>c@d.hu</Value></Email></Emails>\n"
                "      <Email>e@f.hu</Email><Phones/><Phones/></Business>\n"
                "    <Contacts><Contact><FirstName>Anna</FirstName></Contact></Contacts>\n"
                "    <Contacts><Contact><FirstName>Béla</FirstName></Contact></Contacts>\n"
                "    <Enum1951>1</Enum1951><Enum1951>2</Enum1951>"))
            .empty());
}
