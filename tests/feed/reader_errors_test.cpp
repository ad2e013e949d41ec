// A file that is not well-formed ends with one finding at its exact
// line:column (where Xerces stops); what was read before it stays reported.
// Files that cannot be opened are an I/O error, not a finding.
#include <catch2/catch.hpp>

#include "recording_sink.h"
#include "support/run_process.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {
const std::string kTwoGoodProjects =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<Projects>\n"
    "  <Project Id=\"1\"><Name>A</Name></Project>\n"
    "  <Project Id=\"2\"><Name>B</Name></Project>\n";
}  // namespace

TEST_CASE("an unclosed tag: one finding at the mismatched end tag, earlier projects handed over") {
  const RecordingSink sink = read_text(kTwoGoodProjects + "  <Project Id=\"3\"><Name>C</Project>\n</Projects>\n");
  CHECK_FALSE(sink.summary.complete);
  REQUIRE(sink.projects.size() == 2);
  CHECK(sink.projects[1].value(Kind::Name) == "B");
  REQUIRE(sink.findings.size() == 1);
  CHECK(sink.findings[0].rule == "xml-not-well-formed");
  CHECK(sink.findings[0].loc == Location{5, 28});  // Xerces points just past "</"
  CHECK(sink.findings[0].message.find("'Name'") != std::string::npos);
}

TEST_CASE("a truncated file: one finding at the end of the input") {
  const RecordingSink sink = read_text(kTwoGoodProjects + "  <Project Id=\"3\"><Name>C");
  CHECK(sink.projects.size() == 2);
  REQUIRE(sink.findings.size() == 1);
  CHECK(sink.findings[0].rule == "xml-not-well-formed");
  CHECK(sink.findings[0].loc.line == 5);
}

TEST_CASE("a character XML does not allow: one finding on its line") {
  const RecordingSink sink =
      read_text(kTwoGoodProjects + "  <Project Id=\"3\"><Name>C\x01</Name></Project>\n</Projects>\n");
  CHECK(sink.projects.size() == 2);
  REQUIRE(sink.findings.size() == 1);
  CHECK(sink.findings[0].rule == "xml-not-well-formed");
  CHECK(sink.findings[0].loc == Location{5, 27});  // Xerces points just past the character
}

TEST_CASE("the project that was being read when the file broke is not handed over") {
  const RecordingSink sink = read_text("<Projects><Project Id=\"1\"><Name>A</Name><Orders><Order Id=\"x\">");
  CHECK(sink.projects.empty());
  CHECK(sink.findings.size() == 1);
}

TEST_CASE("an empty input or one without a root element is not well-formed") {
  for (const std::string& xml : {std::string(), std::string("<?xml version=\"1.0\"?>\n"), std::string("just text")}) {
    const RecordingSink sink = read_text(xml);
    CHECK_FALSE(sink.summary.complete);
    REQUIRE(sink.findings.size() == 1);
    CHECK(sink.findings[0].rule == "xml-not-well-formed");
  }
}

TEST_CASE("a file that cannot be opened is an I/O error, with no finding") {
  TempFolder folder;
  for (const auto& path : {folder / "missing.xml", folder.path()}) {
    const RecordingSink sink = read_file(path.string());
    CHECK_FALSE(sink.summary.opened);
    CHECK_FALSE(sink.summary.io_error.empty());
    CHECK(sink.findings.empty());
  }
}

TEST_CASE("a file is read like the same text in memory") {
  TempFolder folder;
  const std::string xml = kTwoGoodProjects + "</Projects>\n";
  write_whole_file(folder / "feed.xml", xml);
  const RecordingSink from_file = read_file((folder / "feed.xml").string());
  const RecordingSink from_text = read_text(xml);
  CHECK(from_file.summary.complete);
  CHECK(from_file.projects == from_text.projects);
  CHECK(from_file.projects.at(1).loc == from_text.projects.at(1).loc);
}
