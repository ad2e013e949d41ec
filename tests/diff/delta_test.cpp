// The delta: only what changed, plus what the rules require of every project.
#include <catch2/catch.hpp>

#include "diff/delta.h"
#include "feed/writer.h"
#include "feed_text.h"

using namespace syncfeed;
using namespace syncfeed::diff;
using syncfeed::test::feed_of;
using syncfeed::test::parse_projects;
using syncfeed::test::sample_project;
using syncfeed::test::TempFolder;
using syncfeed::test::write_whole_file;

namespace {

struct Delta {
  std::string xml;
  std::vector<Element> projects;
  std::vector<std::string> warnings;
  DeltaCounts counts;
};

Delta delta_of(const std::vector<std::string>& old_projects, const std::vector<std::string>& new_projects) {
  TempFolder folder;
  write_whole_file(folder / "old.xml", feed_of(old_projects));
  write_whole_file(folder / "new.xml", feed_of(new_projects));
  Revisions revisions((folder / "old.xml").string(), (folder / "new.xml").string());
  REQUIRE(revisions.ok());
  Delta d;
  StringOutput out;
  {
    CanonicalWriter writer(out);
    d.counts = write_delta(revisions, writer, d.warnings);
  }
  d.xml = out.text;
  d.projects = parse_projects(d.xml);
  return d;
}

std::vector<std::string_view> tags(const Element& e) {
  std::vector<std::string_view> out;
  for (const Element& c : e.children) out.push_back(c.tag());
  return out;
}

using Tags = std::vector<std::string_view>;

}  // namespace

TEST_CASE("the delta of a feed and itself is an empty feed") {
  const Delta d = delta_of({sample_project("1"), sample_project("2")}, {sample_project("2"), sample_project("1")});
  CHECK(d.xml == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Projects/>\n");
  CHECK(d.warnings.empty());
  CHECK(d.counts.unchanged == 2);
}

TEST_CASE("a changed quantity sends its order whole, with the fields every project needs") {
  const Delta d = delta_of({sample_project("1"), sample_project("2")}, {sample_project("1"), sample_project("2", "4")});
  REQUIRE(d.projects.size() == 1);
  const Element& p = d.projects[0];
  CHECK(p.id == "2");
  // Name, CategoryId and StatusId for the rules; the one contact names the
  // card's party (there is no Business); the unchanged custom field stays out.
  CHECK(tags(p) == Tags{"Name", "CategoryId", "StatusId", "Contacts", "Orders"});
  const auto orders = p.items(Kind::Orders);
  REQUIRE(orders.size() == 1);
  CHECK(orders[0]->items(Kind::Products).size() == 2);  // the order whole: MiniCRM replaces its lines
  CHECK(d.warnings.empty());
  CHECK(d.counts.changed == 1);
  CHECK(d.counts.unchanged == 1);
}

TEST_CASE("a new project is sent whole, an unchanged one not at all") {
  const Delta d = delta_of({sample_project("1")}, {sample_project("1"), sample_project("9")});
  REQUIRE(d.projects.size() == 1);
  CHECK(d.projects[0] == parse_projects(feed_of({sample_project("9")}))[0]);
  CHECK(d.counts.added == 1);
}

TEST_CASE("what a feed cannot delete is a warning, never dropped in silence") {
  const std::string with_user = R"(<Project Id="1"><Name>A</Name><CategoryId>2</CategoryId><UserId>Béla</UserId>
    <Contacts><Contact Id="1"><Email>a@a.hu</Email></Contact><Contact Id="2"><Email>b@a.hu</Email></Contact></Contacts>
    <Orders><Order Id="5"><Number>1</Number></Order></Orders></Project>)";
  const std::string without = R"(<Project Id="1"><Name>A</Name><CategoryId>2</CategoryId>
    <Contacts><Contact Id="1"><Email>a@a.hu</Email></Contact></Contacts></Project>)";
  const Delta d = delta_of({with_user, sample_project("2")}, {without});
  CHECK(d.projects.empty());  // nothing a feed can say
  REQUIRE(d.warnings.size() == 4);
  CHECK(d.warnings[0] ==
        "Project[1]/UserId is in OLD but not in NEW: a feed cannot delete it (MiniCRM keeps \"Béla\")");
  CHECK(d.warnings[1] == "Project[1]/Contacts/Contact[2] is in OLD but not in NEW: a feed cannot delete it");
  CHECK(d.warnings[2] ==
        "Project[1]/Orders/Order[5] is in OLD but not in NEW: a feed cannot delete it; to cancel an order, send it "
        "with Status Failed");
  CHECK(d.warnings[3] ==
        "Project[2] is in OLD but not in NEW: a feed cannot delete it (to block the customer, send it with "
        "Webshop_Disabled 1)");
}

TEST_CASE("a list that NEW sends replaces OLD's: its dropped items are no warning") {
  const std::string two = R"(<Project Id="1"><Name>A</Name><Business><Name>B</Name><Emails>
    <Email><Value>a@b.hu</Value></Email><Email><Value>c@b.hu</Value></Email></Emails></Business></Project>)";
  const std::string one =
      R"(<Project Id="1"><Name>A</Name><Business><Name>B</Name><Email>a@b.hu</Email></Business></Project>)";
  const std::string none =
      R"(<Project Id="1"><Name>A</Name><Business><Name>B</Name><VatNumber>1</VatNumber></Business></Project>)";
  SECTION("a shorter list") {
    const Delta d = delta_of({two}, {one});
    CHECK(d.warnings.empty());
    REQUIRE(d.projects.size() == 1);
    CHECK(d.projects[0].child(Kind::Business)->items(Kind::Emails).size() == 1);
  }
  SECTION("no list at all: MiniCRM keeps the old one") {
    const Delta d = delta_of({two}, {none});
    REQUIRE(d.warnings.size() == 2);
    CHECK(d.warnings[0].starts_with("Project[1]/Business/Emails/Email[#1] is in OLD but not in NEW"));
  }
}

TEST_CASE("an unchanged Business is sent as its Name only, to name the card's party") {
  const std::string old_xml =
      R"(<Project Id="1"><Name>A</Name><Business><Name>B Kft</Name><VatNumber>1</VatNumber></Business>
    <Enum1>x</Enum1></Project>)";
  std::string new_xml = old_xml;
  new_xml.replace(new_xml.find(">x<"), 3, ">y<");
  const Delta d = delta_of({old_xml}, {new_xml});
  REQUIRE(d.projects.size() == 1);
  CHECK(tags(d.projects[0]) == Tags{"Name", "Business", "Enum1"});
  CHECK(tags(*d.projects[0].child(Kind::Business)) == Tags{"Name"});
}

TEST_CASE("the lost-basket fields travel together, as lost-basket-consistency compares them") {
  const std::string old_xml =
      R"(<Project Id="1"><Name>A</Name><Webshop_LostBasketDate>2024-01-01</Webshop_LostBasketDate>
    <Webshop_LostBasketValue>100</Webshop_LostBasketValue><Webshop_AllLostBasket>300</Webshop_AllLostBasket></Project>)";
  std::string new_xml = old_xml;
  new_xml.replace(new_xml.find(">100<"), 5, ">200<");
  const Delta d = delta_of({old_xml}, {new_xml});
  REQUIRE(d.projects.size() == 1);
  CHECK(tags(d.projects[0]) ==
        Tags{"Name", "Webshop_LostBasketDate", "Webshop_LostBasketValue", "Webshop_AllLostBasket"});
}
