// What the reader builds: exact values, canonical child order, aliases read as
// their canonical fields, repeated list containers merged, custom fields kept whole.
#include <catch2/catch.hpp>

#include "feed/writer.h"
#include "recording_sink.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {
std::vector<std::string> tags(const Element& e) {
  std::vector<std::string> out;
  for (const Element& c : e.children) out.emplace_back(c.kind == Kind::Text ? "#text" : std::string(c.tag()));
  return out;
}
std::vector<std::string> ids(const std::vector<const Element*>& items) {
  std::vector<std::string> out;
  for (const Element* e : items) out.push_back(e->id);
  return out;
}
using Strings = std::vector<std::string>;
}  // namespace

TEST_CASE("values are the exact strings read: never trimmed, never parsed") {
  const Element p = only_project(
      feed("<Project Id=\" 007 \"><Name>  Kiss  Anna \t</Name><CategoryId>021</CategoryId>"
           "<Webshop_LostBasketValue>1,5 Ft</Webshop_LostBasketValue><UserId></UserId>"
           "<StatusId>a&#13;b\r\nc</StatusId><Webshop_LostBasketContent>   </Webshop_LostBasketContent></Project>\n"));
  CHECK(p.id == " 007 ");
  CHECK(p.value(Kind::Name) == "  Kiss  Anna \t");
  CHECK(p.value(Kind::CategoryId) == "021");
  CHECK(p.value(Kind::LostBasketValue) == "1,5 Ft");
  CHECK(p.child(Kind::UserId) != nullptr);
  CHECK(p.value(Kind::UserId).empty());
  CHECK(p.value(Kind::StatusId) == "a\rb\nc");  // a CR reference stays; a raw CR LF is a line end (XML)
  CHECK(p.value(Kind::LostBasketContent) == "   ");
}

TEST_CASE("known children are kept in canonical order, custom fields after them in the order read") {
  const Element p =
      only_project(feed("<Project Id=\"1\"><Zeta>z</Zeta><Orders/><StatusId>s</StatusId><Alpha>a</Alpha>"
                        "<Name>n</Name><Business><Name>b</Name></Business><CategoryId>1</CategoryId></Project>\n"));
  CHECK(tags(p) == Strings{"Name", "CategoryId", "StatusId", "Business", "Orders", "Zeta", "Alpha"});
}

TEST_CASE("webshop fields without the underscore are read as the canonical fields") {
  const Element aliased = only_project(
      feed("<Project Id=\"1\"><WebshopRegistrationDate>2025-01-02</WebshopRegistrationDate>"
           "<WebshopDisabled>1</WebshopDisabled><WebshopLostBasketContent>c</WebshopLostBasketContent>"
           "<WebshopLostBasketDate>2025-02-03</WebshopLostBasketDate><WebshopLostBasketValue>5</WebshopLostBasketValue>"
           "<WebshopAllLostBasket>9</WebshopAllLostBasket></Project>\n"));
  const Element canonical = only_project(feed(
      "<Project Id=\"1\"><Webshop_RegistrationDate>2025-01-02</Webshop_RegistrationDate>"
      "<Webshop_Disabled>1</Webshop_Disabled><Webshop_LostBasketContent>c</Webshop_LostBasketContent>"
      "<Webshop_LostBasketDate>2025-02-03</Webshop_LostBasketDate><Webshop_LostBasketValue>5</Webshop_LostBasketValue>"
      "<Webshop_AllLostBasket>9</Webshop_AllLostBasket></Project>\n"));
  CHECK(aliased == canonical);
  CHECK(aliased.value(Kind::Disabled) == "1");
  CHECK(aliased.child(Kind::Disabled)->alias);
  CHECK_FALSE(canonical.child(Kind::Disabled)->alias);
  CHECK(tags(aliased) == tags(canonical));
}

TEST_CASE("the underscore spelling is only an alias under Project") {
  // Under an order's Project block a WebshopDisabled is a custom field like any other.
  const Element p = only_project(
      feed("<Project Id=\"1\"><Orders><Order Id=\"2\"><Project><WebshopDisabled>1</WebshopDisabled></Project>"
           "</Order></Orders></Project>\n"));
  const Element& block = *p.items(Kind::Orders).at(0)->child(Kind::OrderProject);
  REQUIRE(block.children.size() == 1);
  CHECK(block.children[0].kind == Kind::Custom);
  CHECK(block.children[0].name == "WebshopDisabled");
}

TEST_CASE("a flat Email or Phone is read as Emails/Email/Value, beside the nested form") {
  const Element flat =
      only_project(feed("<Project Id=\"1\"><Business><Email>a@b.hu</Email><Phone>+36 1</Phone><Name>B</Name></Business>"
                        "<Contacts><Contact><Email>c@d.hu</Email><Emails><Email><Value>e@f.hu</Value></Email></Emails>"
                        "<FirstName>X</FirstName></Contact></Contacts></Project>\n"));
  const Element nested = only_project(
      feed("<Project Id=\"1\"><Business><Name>B</Name><Emails><Email><Value>a@b.hu</Value></Email></Emails>"
           "<Phones><Phone><Value>+36 1</Value></Phone></Phones></Business>"
           "<Contacts><Contact><FirstName>X</FirstName><Emails><Email><Value>c@d.hu</Value></Email>"
           "<Email><Value>e@f.hu</Value></Email></Emails></Contact></Contacts></Project>\n"));
  CHECK(flat == nested);
  const Element& business = *flat.child(Kind::Business);
  CHECK(tags(business) == Strings{"Name", "Emails", "Phones"});
  CHECK(business.child(Kind::Emails)->alias);
  CHECK(business.items(Kind::Phones).at(0)->value(Kind::Value) == "+36 1");
  const Element& contact = *flat.items(Kind::Contacts).at(0);
  REQUIRE(contact.items(Kind::Emails).size() == 2);
  CHECK(contact.items(Kind::Emails)[0]->value(Kind::Value) == "c@d.hu");  // in the order read
  CHECK(contact.items(Kind::Emails)[1]->value(Kind::Value) == "e@f.hu");
}

TEST_CASE("a flat Email that is empty is an Email with an empty Value") {
  const Element p = only_project(feed("<Project Id=\"1\"><Business><Email/></Business></Project>\n"));
  const auto emails = p.child(Kind::Business)->items(Kind::Emails);
  REQUIRE(emails.size() == 1);
  REQUIRE(emails[0]->child(Kind::Value) != nullptr);
  CHECK(emails[0]->value(Kind::Value).empty());
}

TEST_CASE("a repeated list container is merged into the first one: its items are the data") {
  const Element p = only_project(
      feed("<Project Id=\"1\"><Orders><Order Id=\"a\"/></Orders><Name>n</Name><Orders><Order Id=\"b\"/>"
           "<Order Id=\"c\"><Products><Product Id=\"p1\"/></Products><Number>1</Number>"
           "<Products><Product Id=\"p2\"/></Products><Project><F1>1</F1></Project><Project><F2>2</F2></Project>"
           "</Order></Orders><Contacts><Contact/></Contacts><Contacts><Contact Id=\"k\"/></Contacts></Project>\n"));
  CHECK(tags(p) == Strings{"Name", "Contacts", "Orders"});
  CHECK(ids(p.items(Kind::Orders)) == Strings{"a", "b", "c"});
  CHECK(p.items(Kind::Contacts).size() == 2);
  const Element& order = *p.items(Kind::Orders)[2];
  CHECK(tags(order) == Strings{"Number", "Products", "Project"});
  CHECK(ids(order.items(Kind::Products)) == Strings{"p1", "p2"});
  CHECK(tags(*order.child(Kind::OrderProject)) == Strings{"F1", "F2"});
}

TEST_CASE("a single-valued field given twice is kept twice, in the order read") {
  // Which one MiniCRM takes is undefined: the rule field-repeated reports it, the model hides nothing.
  const Element p = only_project(feed("<Project Id=\"1\"><Name>first</Name><Name>second</Name></Project>\n"));
  const auto names = p.all(Kind::Name);
  REQUIRE(names.size() == 2);
  CHECK(names[0]->text == "first");
  CHECK(names[1]->text == "second");
  CHECK(p.value(Kind::Name) == "first");
}

TEST_CASE("custom fields are kept whole: attributes in order, nesting, text, mixed content") {
  const Element p =
      only_project(feed("<Project Id=\"1\">\n"
                        "  <Enum1951>Hírlevél</Enum1951>\n"
                        "  <Szallitas tipus=\"futár\" ablak=\"8-12\" ures=\"\">\n"
                        "    <Cim emelet=\"2\">Fő utca 1.</Cim>\n"
                        "    <Ures/>\n"
                        "  </Szallitas>\n"
                        "  <Megjegyzes>Hívjon <b>előtte</b> telefonon<br/>!</Megjegyzes>\n"
                        "  <Szokozok>  </Szokozok>\n"
                        "</Project>\n"));
  REQUIRE(p.children.size() == 4);
  const Element& enum_field = p.children[0];
  CHECK(enum_field.kind == Kind::Custom);
  CHECK(enum_field.name == "Enum1951");
  CHECK(enum_field.text == "Hírlevél");

  const Element& shipping = p.children[1];
  CHECK(shipping.attributes == std::vector<Attribute>{{"tipus", "futár"}, {"ablak", "8-12"}, {"ures", ""}});
  CHECK(shipping.text.empty());  // the indentation between child elements is not data
  REQUIRE(shipping.children.size() == 2);
  CHECK(shipping.children[0].name == "Cim");
  CHECK(shipping.children[0].attributes == std::vector<Attribute>{{"emelet", "2"}});
  CHECK(shipping.children[0].text == "Fő utca 1.");
  CHECK(shipping.children[1].name == "Ures");
  CHECK(shipping.children[1].children.empty());

  const Element& mixed = p.children[2];
  CHECK(tags(mixed) == Strings{"#text", "b", "#text", "br", "#text"});
  CHECK(mixed.children[0].text == "Hívjon ");
  CHECK(mixed.children[1].text == "előtte");
  CHECK(mixed.children[2].text == " telefonon");
  CHECK(mixed.children[4].text == "!");

  CHECK(p.children[3].text == "  ");  // a value that is only spaces is still a value
}

TEST_CASE("custom fields under an order's Project block are kept like those under Project") {
  const Element p =
      only_project(feed("<Project Id=\"1\"><Orders><Order Id=\"2\"><Project>\n"
                        "  <ShippingMethod>GLS</ShippingMethod>\n  <Nested a=\"1\"><Deep>d</Deep></Nested>\n"
                        "</Project></Order></Orders></Project>\n"));
  const Element& block = *p.items(Kind::Orders).at(0)->child(Kind::OrderProject);
  CHECK(tags(block) == Strings{"ShippingMethod", "Nested"});
  CHECK(block.children[1].children.at(0).text == "d");
}

TEST_CASE("unknown elements of every record are kept whole, with no finding, and written back by fmt") {
  const std::string xml = feed(
      "<Project Id=\"1\"><Name>A</Name>\n"
      "  <Contacts><Contact Id=\"77\"><Type>Person</Type><FirstName>A</FirstName></Contact></Contacts>\n"
      "  <Business><Name>B</Name><Emails><Email><Type>Work</Type><Value>b@b.hu</Value></Email></Emails></Business>\n"
      "  <Orders><Order Id=\"2\"><Total>12</Total><Customer><Name>A</Name><Phone>+36 1</Phone></Customer>\n"
      "    <Products><Product Id=\"3\"><Name>C</Name><Weight unit=\"kg\">0.5<Note>n</Note></Weight></Product>"
      "</Products></Order></Orders></Project>\n");
  const RecordingSink sink = read_text(xml);
  CHECK(sink.finding_lines() == Strings{});
  CHECK(sink.dropped.empty());
  REQUIRE(sink.projects.size() == 1);
  const Element& p = sink.projects[0];
  CHECK(tags(*p.items(Kind::Contacts).at(0)) == Strings{"FirstName", "Type"});  // custom after known
  CHECK(p.items(Kind::Contacts).at(0)->id == "77");
  const Element& order = *p.items(Kind::Orders).at(0);
  CHECK(tags(order) == Strings{"Customer", "Products", "Total"});
  CHECK(tags(*order.child(Kind::Customer)) == Strings{"Name", "Phone"});
  const Element& weight = order.items(Kind::Products).at(0)->children.back();
  CHECK(weight.name == "Weight");
  CHECK(weight.attributes == std::vector<Attribute>{{"unit", "kg"}});
  CHECK(tags(weight) == Strings{"#text", "Note"});
  const std::string canonical = canonical_document(sink.projects);
  CHECK(read_text(canonical).projects == sink.projects);
  CHECK(canonical.find("<Type>Work</Type>") != std::string::npos);
}

TEST_CASE("an unknown element directly in <Projects> is no schema finding: handed over as a stray, then dropped") {
  const RecordingSink sink =
      read_text("<Projects>\n  <Generated>2026-03-01</Generated>\n  <Project Id=\"1\"/>\n</Projects>\n");
  CHECK(sink.finding_lines() == Strings{});
  REQUIRE(sink.dropped.size() == 1);
  CHECK(sink.dropped[0].what == "element <Generated> directly in <Projects>");
  REQUIRE(sink.strays.size() == 1);
  CHECK(sink.strays[0].element.name == "Generated");
  CHECK(sink.strays[0].element.text == "2026-03-01");
  CHECK(sink.strays[0].element.loc == Location{2, 3});
  CHECK(sink.strays[0].list == Kind::Projects);
  CHECK(sink.strays[0].project_id.empty());
  CHECK(sink.projects.size() == 1);
}

TEST_CASE("an unknown element in a list is no schema finding: handed over as a stray with its records, not kept") {
  const RecordingSink sink =
      read_text(feed("  <Project Id=\"1\">\n"
                     "    <Orders><Count>2</Count><Order Id=\"7\"><Products><Shipping><Name>GLS</Name></Shipping>"
                     "<Product Id=\"9\"/></Products></Order></Orders>\n"
                     "    <Business><Emails><Primary>a@b.hu</Primary></Emails></Business>\n"
                     "  </Project>\n"));
  CHECK(sink.finding_lines() == Strings{});
  REQUIRE(sink.strays.size() == 3);
  CHECK(sink.strays[0].element.name == "Count");
  CHECK(sink.strays[0].list == Kind::Orders);
  CHECK(sink.strays[0].project_id == "1");
  CHECK(sink.strays[0].order_id.empty());
  CHECK(sink.strays[1].element.name == "Shipping");
  CHECK(sink.strays[1].list == Kind::Products);
  CHECK(sink.strays[1].order_id == "7");
  CHECK(sink.strays[2].element.name == "Primary");
  CHECK(sink.strays[2].list == Kind::Emails);
  CHECK(sink.dropped.size() == 3);
  CHECK(sink.dropped[0].what == "element <Count> in <Orders>");
  // A list holds only its items: the model keeps none of them.
  REQUIRE(sink.projects.size() == 1);
  const Element& project = sink.projects[0];
  REQUIRE(project.items(Kind::Orders).size() == 1);
  CHECK(project.items(Kind::Orders)[0]->items(Kind::Products).size() == 1);
  CHECK(project.child(Kind::Orders)->children.size() == 1);
  CHECK(project.child(Kind::Business)->child(Kind::Emails)->children.empty());
  CHECK(read_text(canonical_document(sink.projects)).projects == sink.projects);
}

TEST_CASE("a name of the format in a list that does not hold it stays a schema finding") {
  const RecordingSink sink =
      read_text(feed("  <Project Id=\"1\">\n"
                     "    <Orders><Name>x</Name><Product Id=\"9\"/></Orders>\n"
                     "  </Project>\n"
                     "  <Order Id=\"8\"/>\n"));
  CHECK(sink.finding_lines() == Strings{"4:13 schema", "4:27 schema", "6:3 schema"});
  CHECK(sink.strays.size() == 3);  // handed over all the same: the rules decide what is theirs
}
TEST_CASE("equality is about data: locations and alias spellings do not count") {
  const Element a =
      only_project("<Projects><Project Id=\"1\"><WebshopDisabled>1</WebshopDisabled></Project></Projects>");
  const Element b =
      only_project(feed("\n\n   <Project Id=\"1\">\n <Webshop_Disabled>1</Webshop_Disabled></Project>\n"));
  CHECK(a.loc != b.loc);
  CHECK(a == b);
  const Element c = only_project(feed("<Project Id=\"1\"><Webshop_Disabled>0</Webshop_Disabled></Project>\n"));
  CHECK_FALSE(a == c);
  const Difference d = first_difference(a, c);
  CHECK(d.path == "Project[1]/Webshop_Disabled");
  CHECK(d.left == "\"1\"");
  CHECK(d.right == "\"0\"");
}

TEST_CASE("projects are handed over one at a time, in document order") {
  struct Counting : FeedSink {
    std::vector<std::string> seen;
    void on_project(Element& p) override { seen.push_back(p.id); }
    void on_finding(Finding) override {}
  } sink;
  const ReadSummary s = read_feed_text(feed("<Project Id=\"b\"/><Project Id=\"a\"/><Project Id=\"b\"/>\n"), sink);
  CHECK(s.complete);
  CHECK(s.projects == 3);
  CHECK(sink.seen == Strings{"b", "a", "b"});
}
