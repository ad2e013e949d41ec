// Secure by construction: a DTD is refused with xml-dtd and never processed,
// so no entity is expanded and nothing external is read.
#include <catch2/catch.hpp>

#include <chrono>

#include "recording_sink.h"
#include "support/run_process.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {

bool holds(const Element& e, std::string_view secret) {
  if (e.text.find(secret) != std::string::npos || e.id.find(secret) != std::string::npos) return true;
  for (const Attribute& a : e.attributes)
    if (a.value.find(secret) != std::string::npos) return true;
  for (const Element& c : e.children)
    if (holds(c, secret)) return true;
  return false;
}

bool mentions(const RecordingSink& sink, std::string_view secret) {
  for (const Element& p : sink.projects)
    if (holds(p, secret)) return true;
  for (const Finding& f : sink.findings)
    if (f.message.find(secret) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a DOCTYPE with an entity declaration is refused with xml-dtd; the entity is never expanded") {
  const RecordingSink sink = read_text(
      "<?xml version=\"1.0\"?>\n"
      "<!DOCTYPE Projects [\n  <!ENTITY company \"EXPANDED-ENTITY\">\n]>\n"
      "<Projects><Project Id=\"1\"><Name>&company;</Name></Project></Projects>\n");
  CHECK_FALSE(sink.summary.complete);
  CHECK(sink.projects.empty());
  REQUIRE(sink.findings.size() == 1);
  CHECK(sink.findings[0].rule == "xml-dtd");
  CHECK(sink.findings[0].loc.line == 2);
  CHECK_FALSE(mentions(sink, "EXPANDED-ENTITY"));
  REQUIRE(sink.dropped.size() == 1);
  CHECK(sink.dropped[0].what == "DOCTYPE");
}

TEST_CASE("billion laughs: refused at once, in bounded time and memory") {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Projects [\n  <!ENTITY lol0 \"lol\">\n";
  for (int i = 1; i <= 12; ++i) {
    xml += fmt::format("  <!ENTITY lol{} \"", i);
    for (int k = 0; k < 10; ++k) xml += fmt::format("&lol{};", i - 1);
    xml += "\">\n";
  }
  xml += "]>\n<Projects><Project Id=\"1\"><Name>&lol12;</Name></Project></Projects>\n";
  const auto start = std::chrono::steady_clock::now();
  const RecordingSink sink = read_text(xml);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(elapsed < std::chrono::seconds(1));  // 10^12 "lol"s if it were expanded
  CHECK(sink.projects.empty());
  REQUIRE(sink.findings.size() == 1);
  CHECK(sink.findings[0].rule == "xml-dtd");
}

TEST_CASE("an external entity naming a local file is not read") {
  TempFolder folder;
  const auto secret_file = folder / "secret.txt";
  write_whole_file(secret_file, "TOP-SECRET-CONTENT");
  const std::string uri = "file://" + secret_file.string();
  for (const std::string& doctype :
       std::vector<std::string>{"<!DOCTYPE Projects [<!ENTITY s SYSTEM \"" + uri + "\">]>",
                                "<!DOCTYPE Projects [<!ENTITY s SYSTEM \"file:///etc/passwd\">]>",
                                "<!DOCTYPE Projects SYSTEM \"" + uri + "\">"}) {
    CAPTURE(doctype);
    const RecordingSink sink = read_text("<?xml version=\"1.0\"?>\n" + doctype +
                                         "\n<Projects><Project Id=\"1\"><Name>&s;</Name></Project></Projects>\n");
    CHECK(sink.projects.empty());
    CHECK_FALSE(mentions(sink, "TOP-SECRET-CONTENT"));
    CHECK_FALSE(mentions(sink, "root:"));
    REQUIRE(sink.findings.size() == 1);
    CHECK(sink.findings[0].rule == "xml-dtd");
  }
}

TEST_CASE("an entity reference without a DTD is not well-formed, reported where it stands") {
  const RecordingSink sink = read_text("<Projects>\n<Project Id=\"1\"><Name>&passwd;</Name></Project></Projects>\n");
  CHECK(sink.projects.empty());
  REQUIRE(sink.findings.size() == 1);
  CHECK(sink.findings[0].rule == "xml-not-well-formed");
  CHECK(sink.findings[0].loc.line == 2);
}

TEST_CASE("nesting deeper than max_depth ends the file with input-limit instead of exhausting the stack") {
  std::string deep = "<Projects><Project Id=\"1\"><Name>kept</Name></Project><Project Id=\"2\"><Deep>";
  for (int i = 0; i < 300; ++i) deep += "<a>";
  for (int i = 0; i < 300; ++i) deep += "</a>";
  deep += "</Deep></Project></Projects>";
  const RecordingSink sink = read_text(deep);
  CHECK_FALSE(sink.summary.complete);
  REQUIRE(sink.projects.size() == 1);
  CHECK(sink.projects[0].id == "1");
  REQUIRE(sink.findings.size() == 1);
  CHECK(sink.findings[0].rule == "input-limit");

  ReadOptions generous;
  generous.max_depth = 400;
  CHECK(read_text(deep, generous).summary.complete);
}

TEST_CASE("a value longer than max_text ends the file with input-limit") {
  ReadOptions small;
  small.max_text = 1000;
  const RecordingSink sink =
      read_text("<Projects><Project Id=\"1\"><Name>" + std::string(1001, 'x') + "</Name></Project></Projects>", small);
  CHECK_FALSE(sink.summary.complete);
  CHECK(sink.projects.empty());
  REQUIRE(sink.findings.size() == 1);
  CHECK(sink.findings[0].rule == "input-limit");
}
