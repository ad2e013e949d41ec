// Every element keeps where its start tag begins: the '<', 1-based line and
// column. Findings and lint messages point there.
#include <catch2/catch.hpp>

#include "recording_sink.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {
Location at(std::uint32_t line, std::uint32_t column) { return {line, column}; }
}  // namespace

TEST_CASE("an element's location is the '<' of its start tag, 1-based") {
  const Element p = only_project(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<Projects>\n"
      "  <Project Id=\"7\">\n"
      "    <Name>Anna</Name><CategoryId>21</CategoryId>\n"
      "\t<StatusId>New</StatusId>\n"
      "  </Project>\n"
      "</Projects>\n");
  CHECK(p.loc == at(3, 3));
  CHECK(p.child(Kind::Name)->loc == at(4, 5));
  CHECK(p.child(Kind::CategoryId)->loc == at(4, 22));
  CHECK(p.child(Kind::StatusId)->loc == at(5, 2));
}

TEST_CASE("locations stay exact after comments, CDATA, character references and multi-line tags") {
  const Element p = only_project(
      "<Projects><Project Id=\"1\"><Name><![CDATA[a<b]]></Name><UserId>x&amp;y&#233;</UserId>"
      "<!-- note --><StatusId>s</StatusId>\n"
      "<Business\n   ><Name>B</Name></Business></Project></Projects>");
  CHECK(p.loc == at(1, 11));
  CHECK(p.child(Kind::Name)->loc == at(1, 27));
  CHECK(p.child(Kind::UserId)->loc == at(1, 55));
  CHECK(p.child(Kind::StatusId)->loc == at(1, 98));
  CHECK(p.child(Kind::Business)->loc == at(2, 1));
  CHECK(p.child(Kind::Business)->child(Kind::Name)->loc == at(3, 5));
}

TEST_CASE("columns count characters, not bytes: a character outside the BMP counts twice (UTF-16 units, as SARIF)") {
  const Element p = only_project("<Projects><Project Id=\"1\"><Name>é😀</Name><UserId>u</UserId></Project></Projects>");
  // <Name> at 27; "é" is one column, "😀" two; </Name> is 7 columns.
  CHECK(p.child(Kind::UserId)->loc == at(1, 27 + 6 + 3 + 7));
}

TEST_CASE("the items of an aliased element point at the alias") {
  const Element p = only_project(
      "<Projects><Project Id=\"1\">\n"
      "  <Business><Email>a@b.hu</Email></Business></Project></Projects>");
  const Element& emails = *p.child(Kind::Business)->child(Kind::Emails);
  CHECK(emails.loc == at(2, 13));
  CHECK(emails.children.at(0).loc == at(2, 13));
  CHECK(emails.children.at(0).child(Kind::Value)->loc == at(2, 13));
}

TEST_CASE("comments are handed over with their text and location") {
  RecordingSink sink = read_text(
      "<Projects>\n"
      "  <!-- syncfeed-disable email-format -->\n"
      "  <Project Id=\"1\"><Name>A</Name></Project>\n"
      "</Projects>\n");
  REQUIRE(sink.comments.size() == 1);
  CHECK(sink.comments[0].what == " syncfeed-disable email-format ");
  CHECK(sink.comments[0].loc == at(2, 3));
}

TEST_CASE("comments and processing instructions before the root element are located where they begin") {
  // Xerces reports no whitespace outside the root: the location is counted back from the markup's end.
  RecordingSink sink = read_text(
      "<?xml version=\"1.0\"?>\n"
      "\n"
      "  <!-- exported 2026-02-01 -->\n"
      "<?shop-export batch=\"7\"?>\n"
      "<Projects/>\n"
      "<!-- trailer -->\n");
  REQUIRE(sink.comments.size() == 2);
  CHECK(sink.comments[0].loc == at(3, 3));
  CHECK(sink.comments[1].loc == at(6, 1));
  REQUIRE(sink.dropped.size() == 3);
  CHECK(sink.dropped[1].what == "processing instruction <?shop-export?>");
  CHECK(sink.dropped[1].loc == at(4, 1));
}

TEST_CASE("the root element is located on its own line") {
  RecordingSink sink = read_text("<?xml version=\"1.0\"?>\n\n<Feed>\n</Feed>\n");
  REQUIRE(sink.findings.size() == 1);
  CHECK(sink.findings[0].rule == "schema");
  CHECK(sink.findings[0].loc == at(3, 1));
}

TEST_CASE("text where the format has no place for it is located where it begins") {
  RecordingSink sink = read_text(
      "<Projects>\n"
      "  <Project Id=\"1\">\n"
      "    <Business>\n"
      "      Szabó és Fia\n"
      "      <Name>B</Name>\n"
      "    </Business>\n"
      "    <Orders><Order Id=\"2\"><Project>  stray</Project></Order></Orders>\n"
      "  </Project>\n"
      "</Projects>\n");
  REQUIRE(sink.findings.size() == 2);
  CHECK(sink.findings[0].loc == at(4, 7));
  CHECK(sink.findings[1].loc == at(7, 38));
  REQUIRE(sink.dropped.size() == 2);
  CHECK(sink.dropped[0].what == "text inside <Business>");
  CHECK(sink.dropped[0].loc == at(4, 7));
}

TEST_CASE("a misplaced element is reported once") {
  RecordingSink sink = read_text("<Projects>\n  <Order Id=\"1\"/>\n</Projects>\n");
  CHECK(sink.finding_lines() == std::vector<std::string>{"2:3 schema"});
}
