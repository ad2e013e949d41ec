// The semantic comparison of two revisions of one project.
#include <catch2/catch.hpp>

#include "diff/compare.h"
#include "feed_text.h"

using namespace syncfeed;
using namespace syncfeed::diff;
using syncfeed::test::parse_project;
using syncfeed::test::sample_project;

namespace {

std::vector<Change> changes(std::string_view old_xml, std::string_view new_xml, const IgnoreList& ignore = {}) {
  return compare_projects(parse_project(old_xml), parse_project(new_xml), ignore);
}

}  // namespace

TEST_CASE("the same project compares as the same") { CHECK(changes(sample_project(), sample_project()).empty()); }

TEST_CASE("reordered records and fields, other indentation and alias spellings are not differences") {
  const std::string old_xml = R"(<Project Id="1"><Name>A</Name><CategoryId>2</CategoryId>
    <Webshop_Disabled>0</Webshop_Disabled>
    <Business><Name>B Kft</Name><Emails><Email><Value>b@b.hu</Value></Email></Emails></Business>
    <Orders><Order Id="10"><Number>1</Number></Order><Order Id="11"><Number>2</Number>
      <Products><Product Id="5"><Name>x</Name></Product><Product Id="6"><Name>y</Name></Product></Products></Order></Orders>
    <Enum1><x a="1">t</x></Enum1><Enum2>v</Enum2></Project>)";
  const std::string new_xml = R"(<Project Id="1"><Enum2>v</Enum2><Orders>
<Order Id="11"><Products><Product Id="6"><Name>y</Name></Product>
<Product Id="5"><Name>x</Name></Product></Products><Number>2</Number></Order>
<Order Id="10"><Number>1</Number></Order></Orders>
<Business><Email>b@b.hu</Email><Name>B Kft</Name></Business>
<WebshopDisabled>0</WebshopDisabled><CategoryId>2</CategoryId><Enum1><x a="1">t</x></Enum1><Name>A</Name></Project>)";
  CHECK(changes(old_xml, new_xml).empty());
}

TEST_CASE("one changed quantity is one change with its full path") {
  const auto c = changes(sample_project("14353", "1"), sample_project("14353", "3"));
  REQUIRE(c.size() == 1);
  CHECK(c[0].op == Op::Change);
  CHECK(c[0].path == "Project[14353]/Orders/Order[500001]/Products/Product[3546]/Quantity");
  CHECK(c[0].old_value == "1");
  CHECK(c[0].new_value == "3");
  CHECK_FALSE(c[0].record);
}

TEST_CASE("a record added or removed is one change, however many fields it has") {
  const std::string two_orders = R"(<Project Id="1"><Name>A</Name><Orders>
    <Order Id="10"><Number>1</Number><Status>Issued</Status><Products><Product Id="1"><Name>n</Name></Product></Products></Order>
    <Order Id="11"><Number>2</Number></Order></Orders></Project>)";
  const std::string one_order =
      R"(<Project Id="1"><Name>A</Name><Orders><Order Id="11"><Number>2</Number></Order></Orders></Project>)";
  auto removed = changes(two_orders, one_order);
  REQUIRE(removed.size() == 1);
  CHECK(removed[0].op == Op::Remove);
  CHECK(removed[0].path == "Project[1]/Orders/Order[10]");
  CHECK(removed[0].record);
  CHECK_FALSE(removed[0].new_value);
  CHECK(removed[0].old_value->find("<Status>Issued</Status>") != std::string::npos);

  auto added = changes(one_order, two_orders);
  REQUIRE(added.size() == 1);
  CHECK(added[0].op == Op::Add);
  CHECK(added[0].path == "Project[1]/Orders/Order[10]");
}

TEST_CASE("a field added, removed and changed: one change each, in canonical order") {
  const auto c = changes(R"(<Project Id="1"><Name>A</Name><UserId>Béla</UserId></Project>)",
                         R"(<Project Id="1"><Name>B</Name><StatusId>Registered</StatusId></Project>)");
  REQUIRE(c.size() == 3);
  CHECK((c[0].op == Op::Change && c[0].path == "Project[1]/Name" && c[0].old_value == "A" && c[0].new_value == "B"));
  CHECK(
      (c[1].op == Op::Add && c[1].path == "Project[1]/StatusId" && !c[1].old_value && c[1].new_value == "Registered"));
  CHECK((c[2].op == Op::Remove && c[2].path == "Project[1]/UserId" && c[2].old_value == "Béla" && !c[2].new_value));
}

TEST_CASE("an empty field is a value: absent and empty differ") {
  const auto c =
      changes(R"(<Project Id="1"><Name>A</Name></Project>)", R"(<Project Id="1"><Name>A</Name><UserId/></Project>)");
  REQUIRE(c.size() == 1);
  CHECK((c[0].op == Op::Add && c[0].new_value == ""));
}

TEST_CASE("an empty list is no list: <Orders/> and no Orders are the same") {
  CHECK(changes(R"(<Project Id="1"><Name>A</Name><Orders/></Project>)", R"(<Project Id="1"><Name>A</Name></Project>)")
            .empty());
}

TEST_CASE("contacts are matched by Id, else e-mail (any case), else position") {
  SECTION("by Id, even when the e-mail changes") {
    const auto c =
        changes(R"(<Project Id="1"><Contacts><Contact Id="7"><Email>a@x.hu</Email></Contact></Contacts></Project>)",
                R"(<Project Id="1"><Contacts><Contact Id="7"><Email>b@x.hu</Email></Contact></Contacts></Project>)");
    REQUIRE(c.size() == 1);
    CHECK(c[0].path == "Project[1]/Contacts/Contact[7]/Emails/Email[#1]/Value");
  }
  SECTION("by e-mail, whatever its case and place") {
    const auto c = changes(
        R"(<Project Id="1"><Contacts><Contact><FirstName>X</FirstName></Contact><Contact><FirstName>Anna</FirstName><Email>Anna@X.hu</Email></Contact></Contacts></Project>)",
        R"(<Project Id="1"><Contacts><Contact><FirstName>Anne</FirstName><Email>anna@x.hu</Email></Contact><Contact><FirstName>X</FirstName></Contact></Contacts></Project>)");
    REQUIRE(c.size() == 2);  // matched: the first name and the spelling of the e-mail changed
    CHECK(c[0].path == "Project[1]/Contacts/Contact[email:anna@x.hu]/FirstName");
    CHECK(c[0].new_value == "Anne");
    CHECK(c[1].path == "Project[1]/Contacts/Contact[email:anna@x.hu]/Emails/Email[#1]/Value");
  }
  SECTION("the path shows the e-mail in lower case, so that both directions name the same contact") {
    const std::string upper =
        R"(<Project Id="1"><Contacts><Contact><Email>B@X.hu</Email></Contact><Contact><Email>b@x.hu</Email></Contact></Contacts></Project>)";
    const std::string lower =
        R"(<Project Id="1"><Contacts><Contact><Email>b@x.hu</Email></Contact></Contacts></Project>)";
    for (const auto& c : {changes(upper, lower), changes(lower, upper)}) {
      REQUIRE(c.size() == 2);
      CHECK(c[0].path == "Project[1]/Contacts/Contact[email:b@x.hu]/Emails/Email[#1]/Value");
      CHECK(c[1].path == "Project[1]/Contacts/Contact[email:b@x.hu]#2");
    }
  }
  SECTION("by name when a contact has neither, as MiniCRM finds it: renamed, it is another contact") {
    const auto c = changes(
        R"(<Project Id="1"><Contacts><Contact><FirstName>Radu</FirstName><LastName>Stan</LastName></Contact><Contact><FirstName>X</FirstName></Contact></Contacts></Project>)",
        R"(<Project Id="1"><Contacts><Contact><FirstName>Y</FirstName></Contact><Contact><FirstName>Radu</FirstName><LastName>Stan</LastName><Phone>1</Phone></Contact></Contacts></Project>)");
    REQUIRE(c.size() == 3);
    CHECK((c[0].path == "Project[1]/Contacts/Contact[name:Y]" && c[0].op == Op::Add));
    CHECK((c[1].path == "Project[1]/Contacts/Contact[name:Radu Stan]/Phones/Phone[#1]" && c[1].op == Op::Add));
    CHECK((c[2].path == "Project[1]/Contacts/Contact[name:X]" && c[2].op == Op::Remove));
  }
  SECTION("by position when a contact has no name either") {
    const auto c = changes(R"(<Project Id="1"><Contacts><Contact><Phone>1</Phone></Contact></Contacts></Project>)",
                           R"(<Project Id="1"><Contacts><Contact><Phone>2</Phone></Contact></Contacts></Project>)");
    REQUIRE(c.size() == 1);
    CHECK(c[0].path == "Project[1]/Contacts/Contact[#1]/Phones/Phone[#1]/Value");
  }
}

TEST_CASE("custom fields are matched by name and compared whole") {
  const auto c = changes(R"(<Project Id="1"><Enum1>a</Enum1><Multi><v>1</v><v>2</v></Multi></Project>)",
                         R"(<Project Id="1"><Multi><v>1</v><v>3</v></Multi><Enum1>b</Enum1><Extra/></Project>)");
  REQUIRE(c.size() == 3);  // in NEW's order
  CHECK((c[0].path == "Project[1]/Multi" && c[0].op == Op::Change && c[0].record));
  CHECK(*c[0].new_value == "<Multi>\n  <v>1</v>\n  <v>3</v>\n</Multi>");
  CHECK((c[1].path == "Project[1]/Enum1" && c[1].old_value == "a" && c[1].new_value == "b"));
  CHECK((c[2].path == "Project[1]/Extra" && c[2].op == Op::Add && c[2].new_value == ""));
}

TEST_CASE("--ignore leaves a field out by tag, by chain of tags, or by custom name") {
  const std::string a = sample_project("1", "1");
  std::string b = sample_project("1", "1");
  b.replace(b.find("Kiss Anna</Name><CountryId>"), 9, "Kis Anna");  // the customer's name
  b.replace(b.find("gold"), 4, "silver");
  REQUIRE(changes(a, b).size() == 2);
  CHECK(changes(a, b, IgnoreList({"Customer/Name", "Enum1951"})).empty());
  CHECK(changes(a, b, IgnoreList({"Name"})).size() == 1);
  CHECK(changes(a, b, IgnoreList({"Project/Name"})).size() == 2);  // the project's own name did not change
}
