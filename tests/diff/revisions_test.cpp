// Two revisions on disk: indexed once, the differing projects read back from
// their byte spans, whatever the encoding and whatever surrounds them.
#include <catch2/catch.hpp>

#include "diff/compare.h"
#include "diff/revisions.h"
#include "feed/utf.h"
#include "feed_text.h"

using namespace syncfeed;
using namespace syncfeed::diff;
using syncfeed::test::feed_of;
using syncfeed::test::parse_projects;
using syncfeed::test::sample_project;
using syncfeed::test::TempFolder;
using syncfeed::test::write_whole_file;

namespace {

struct Visit {
  std::string old_id, new_id;  // "" for absent
  std::vector<Change> changes;
};

std::vector<Visit> visits(const std::string& old_xml, const std::string& new_xml) {
  TempFolder folder;
  write_whole_file(folder / "old.xml", old_xml);
  write_whole_file(folder / "new.xml", new_xml);
  Revisions revisions((folder / "old.xml").string(), (folder / "new.xml").string());
  REQUIRE(revisions.ok());
  std::vector<Visit> out;
  revisions.for_each_candidate([&](const Element* a, const Element* b) {
    Visit v{a ? a->id : "", b ? b->id : "", {}};
    if (a && b) v.changes = compare_projects(*a, *b);
    out.push_back(std::move(v));
  });
  return out;
}

}  // namespace

TEST_CASE("only projects whose data differs are read again, NEW's order first, then the removed") {
  const auto v = visits(feed_of({sample_project("1"), sample_project("2"), sample_project("3")}),
                        feed_of({sample_project("4"), sample_project("3", "5"), sample_project("1")}));
  REQUIRE(v.size() == 3);
  CHECK((v[0].old_id.empty() && v[0].new_id == "4"));
  CHECK((v[1].old_id == "3" && v[1].new_id == "3" && v[1].changes.size() == 1));
  CHECK((v[2].old_id == "2" && v[2].new_id.empty()));
}

TEST_CASE("a project read back from its span is the project the whole file holds") {
  // A BOM, comments and processing instructions around the projects, an
  // encoding other than UTF-8, CDATA and character references inside them.
  const std::string tail = "<Enum9><![CDATA[a<b]]>&#233;</Enum9></Project>";
  const std::string project_2 = R"(<Project Id="2"><Name>Tót Éva</Name><!-- a comment -->)" + tail;
  const std::string latin2_body = "<!-- before -->\n<Projects>\n  <?pi x?>\n" + sample_project("1") + "<!-- c -->\n" +
                                  project_2 + "\n<!-- after -->\n</Projects>\n<!-- end -->\n";
  SECTION("UTF-8 with a BOM") {
    const std::string old_xml = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + latin2_body;
    std::string new_xml = old_xml;
    new_xml.replace(new_xml.find("Tót"), 4, "Tóth");
    const auto v = visits(old_xml, new_xml);
    REQUIRE(v.size() == 1);
    REQUIRE(v[0].changes.size() == 1);
    CHECK(v[0].changes[0].path == "Project[2]/Name");
    CHECK(v[0].changes[0].old_value == "Tót Éva");
    CHECK(v[0].changes[0].new_value == "Tóth Éva");
  }
  SECTION("UTF-16 with a BOM") {
    auto utf16le = [](const std::string& text) {
      std::string bytes = "\xFF\xFE";
      for (char16_t c : syncfeed::utf16(text)) {
        bytes.push_back(static_cast<char>(c & 0xFF));
        bytes.push_back(static_cast<char>(c >> 8));
      }
      return bytes;
    };
    const std::string old_text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + latin2_body;
    std::string new_text = old_text;
    new_text.replace(new_text.find("Tót"), 4, "Tóth");
    const auto v = visits(utf16le(old_text), utf16le(new_text));
    REQUIRE(v.size() == 1);
    REQUIRE(v[0].changes.size() == 1);
    CHECK(v[0].changes[0].new_value == "Tóth Éva");
  }
  SECTION("ISO-8859-2") {
    auto latin2 = [](std::string s) {  // the few letters used here
      for (auto [utf8, byte] : {std::pair<std::string, char>{"ó", '\xF3'}, {"É", '\xC9'}, {"ő", '\xF5'}})
        for (std::size_t at; (at = s.find(utf8)) != std::string::npos;) s.replace(at, utf8.size(), 1, byte);
      return s;
    };
    const std::string old_xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>" + latin2(latin2_body);
    std::string new_xml = old_xml;
    new_xml.replace(new_xml.find("T\xF3t"), 3, "T\xF3th");
    const auto v = visits(old_xml, new_xml);
    REQUIRE(v.size() == 1);
    REQUIRE(v[0].changes.size() == 1);
    CHECK(v[0].changes[0].old_value == "Tót Éva");
    CHECK(v[0].changes[0].new_value == "Tóth Éva");
  }
}

TEST_CASE("a Project Id sent twice is compared as the merge of its occurrences") {
  const std::string first = R"(<Project Id="1"><Name>A</Name><StatusId>Registered</StatusId></Project>)";
  const std::string second = R"(<Project Id="1"><StatusId>Ordered</StatusId><UserId>Béla</UserId></Project>)";
  const std::string merged =
      R"(<Project Id="1"><Name>A</Name><StatusId>Ordered</StatusId><UserId>Béla</UserId></Project>)";
  SECTION("the same data, once merged, once in two occurrences") {
    const auto v = visits(feed_of({first, second}), feed_of({merged}));
    REQUIRE(v.size() == 1);  // the hashes differ, the data does not
    CHECK(v[0].changes.empty());
  }
  SECTION("a difference in the second occurrence") {
    std::string other = second;
    other.replace(other.find("Béla"), 5, "Ádám");
    const auto v = visits(feed_of({first, second}), feed_of({first, other}));
    REQUIRE(v.size() == 1);
    REQUIRE(v[0].changes.size() == 1);
    CHECK(v[0].changes[0].path == "Project[1]/UserId");
  }
}

TEST_CASE("projects without a usable Id are counted, not compared") {
  TempFolder folder;
  write_whole_file(folder / "old.xml", feed_of({"<Project><Name>x</Name></Project>", sample_project("1")}));
  write_whole_file(folder / "new.xml", feed_of({R"(<Project Id=""><Name>y</Name></Project>)", sample_project("1")}));
  Revisions revisions((folder / "old.xml").string(), (folder / "new.xml").string());
  REQUIRE(revisions.ok());
  int visited = 0;
  revisions.for_each_candidate([&](const Element*, const Element*) { ++visited; });
  CHECK(visited == 0);
  CHECK(revisions.keyless_old() == 1);
  CHECK(revisions.keyless_new() == 1);
  CHECK(revisions.counts().same == 1);
}

TEST_CASE("a feed that is not well-formed, or missing, stops the comparison with the reason") {
  TempFolder folder;
  write_whole_file(folder / "good.xml", feed_of({sample_project("1")}));
  write_whole_file(folder / "broken.xml", "<Projects><Project Id=\"1\"><Name>x</Project></Projects>");
  Revisions broken((folder / "good.xml").string(), (folder / "broken.xml").string());
  CHECK_FALSE(broken.ok());
  REQUIRE(broken.findings().size() == 1);
  CHECK(broken.findings()[0].rule == "xml-not-well-formed");
  CHECK(broken.findings()[0].file == (folder / "broken.xml").string());

  Revisions missing((folder / "nowhere.xml").string(), (folder / "good.xml").string());
  CHECK_FALSE(missing.ok());
  CHECK(missing.error().find("nowhere.xml") != std::string::npos);
}
