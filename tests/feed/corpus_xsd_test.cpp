// The schema, both ways: xmllint (libxml2's validator, run as a process) and
// syncfeed's reader in XSD mode accept every good feed and its canonical form;
// the feeds whose structure is broken are flagged by the built-in structural
// check and by the XSD mode on the same lines, and rejected by xmllint.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "feed/writer.h"
#include "recording_sink.h"
#include "support/corpus_files.h"
#include "support/run_process.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {

ProcessResult xmllint_schema(const std::filesystem::path& feed) {
  return run_process(
      {"xmllint", "--noout", "--nonet", "--schema", (source_dir() / "xsd" / "syncfeed.xsd").string(), feed.string()});
}

ReadOptions xsd_mode() {
  ReadOptions options;
  options.xsd = true;
  return options;
}

std::set<std::uint32_t> lines_of(const RecordingSink& sink, std::string_view rule) {
  std::set<std::uint32_t> lines;
  for (const Finding* f : sink.findings_of(rule)) lines.insert(f->loc.line);
  return lines;
}

// The broken feeds that are well-formed: only their structure is wrong.
std::vector<std::filesystem::path> structurally_broken() {
  std::vector<std::filesystem::path> out;
  for (const auto& path : corpus_feeds("broken"))
    if (read_file(path.string()).summary.complete) out.push_back(path);
  return out;
}

}  // namespace

TEST_CASE("xmllint --schema accepts every good feed and its canonical form") {
  TempFolder folder;
  for (const auto& path : corpus_feeds("good")) {
    CAPTURE(path);
    const ProcessResult original = xmllint_schema(path);
    CHECK(original.exit_code == 0);
    CHECK(original.err.find("validates") != std::string::npos);

    const RecordingSink sink = read_file(path.string());
    const auto canonical = folder / path.filename().string();
    write_whole_file(canonical, canonical_document(sink.projects));
    const ProcessResult formatted = xmllint_schema(canonical);
    CAPTURE(formatted.err);
    CHECK(formatted.exit_code == 0);
  }
}

TEST_CASE("the reader's XSD mode accepts every good feed and its canonical form") {
  for (const auto& path : corpus_feeds("good")) {
    CAPTURE(path);
    const RecordingSink plain = read_file(path.string());
    const RecordingSink validated = read_file(path.string(), xsd_mode());
    CHECK(validated.summary.complete);
    CHECK(validated.finding_lines() == std::vector<std::string>{});
    CHECK(validated.projects == plain.projects);
    const RecordingSink canonical = read_text(canonical_document(plain.projects), xsd_mode());
    CHECK(canonical.finding_lines() == std::vector<std::string>{});
  }
}

TEST_CASE("broken structure: flagged by the structural check and the XSD mode on the same lines, and by xmllint") {
  const auto feeds = structurally_broken();
  CHECK(feeds.size() >= 3);
  for (const auto& path : feeds) {
    CAPTURE(path);
    const std::set<std::uint32_t> structural = lines_of(read_file(path.string()), "schema");
    const std::set<std::uint32_t> xsd = lines_of(read_file(path.string(), xsd_mode()), "schema");
    CAPTURE(structural, xsd);
    REQUIRE_FALSE(structural.empty());
    // Xerces also reports a content-model error where the parent ends: XSD may name more lines.
    CHECK(std::includes(xsd.begin(), xsd.end(), structural.begin(), structural.end()));
    CHECK(xmllint_schema(path).exit_code != 0);
  }
}

TEST_CASE("a feed that is not well-formed gives the same xml-* finding in XSD mode") {
  for (const auto& path : corpus_feeds("broken")) {
    const RecordingSink plain = read_file(path.string());
    if (plain.summary.complete) continue;
    CAPTURE(path);
    const RecordingSink validated = read_file(path.string(), xsd_mode());
    CHECK_FALSE(validated.summary.complete);
    REQUIRE_FALSE(plain.findings.empty());
    REQUIRE_FALSE(validated.findings.empty());
    CHECK(validated.finding_lines().back() == plain.finding_lines().back());
  }
}

namespace {

// The top-level element declarations of xsd/syncfeed.xsd: name -> its attributes' text.
std::map<std::string, std::string> global_declarations() {
  const std::string xsd = read_whole_file(source_dir() / "xsd" / "syncfeed.xsd");
  std::map<std::string, std::string> out;
  const std::string marker = "\n  <xs:element name=\"";
  for (std::size_t at = xsd.find(marker); at != std::string::npos; at = xsd.find(marker, at + 1)) {
    const std::size_t name_at = at + marker.size();
    const std::size_t end = xsd.find('"', name_at);
    out[xsd.substr(name_at, end - name_at)] = xsd.substr(end, xsd.find('>', end) - end);
  }
  return out;
}

}  // namespace

TEST_CASE("the reader's shapes are the XSD's global declarations, name by name") {
  const auto globals = global_declarations();
  REQUIRE(globals.size() > 40);
  for (const auto& [name, rest] : globals) {
    CAPTURE(name, rest);
    if (name == "Projects") continue;  // the root
    if (rest.find("abstract=\"true\"") != std::string::npos) {
      CHECK(list_of_item(name) != Kind::Custom);  // an item outside its list
      continue;
    }
    const Kind shape = declared_shape(name);
    REQUIRE(shape != Kind::Custom);
    CHECK(is_leaf(shape) == (rest.find("type=\"xs:string\"") != std::string::npos));
  }
  // ...and every name the format uses somewhere has a declaration.
  for (int k = 0; k < kKindCount; ++k)
    for (const ChildRule& rule : info(static_cast<Kind>(k)).children) {
      const std::string name(tag(rule.kind));
      CAPTURE(name);
      CHECK((globals.count(name) == 1 || rule.kind == Kind::Project));
    }
  for (const char* alias : {"WebshopDisabled", "WebshopRegistrationDate", "Email", "Phone"})
    CHECK(globals.count(alias) == 1);
}

namespace {

using Strings = std::vector<std::string>;

// "line:column rule" of each finding, sorted (Xerces and the structural check report in different orders).
std::vector<std::string> sorted_lines(const RecordingSink& sink) {
  std::vector<std::string> lines = sink.finding_lines();
  std::sort(lines.begin(), lines.end());
  return lines;
}

}  // namespace

TEST_CASE("an unknown element in a list or the root, and an unknown attribute: no schema finding in either mode") {
  const std::string xml = feed(
      "  <GeneratedAt>2026-12-01</GeneratedAt>\n"
      "  <Project Id=\"1\">\n"
      "    <Business Id=\"3\"><Emails><Primary>a@b.hu</Primary></Emails></Business>\n"
      "    <Contacts><Contact Id=\"5\" type=\"person\"><FirstName>A</FirstName></Contact></Contacts>\n"
      "    <Orders>\n"
      "      <Count>3</Count>\n"
      "      <Order Id=\"7\"><Products><Shipping><Name>x</Name></Shipping><Product Id=\"1\" "
      "sku=\"x\"/></Products></Order>\n"
      "    </Orders>\n"
      "  </Project>\n");
  const RecordingSink plain = read_text(xml);
  const RecordingSink validated = read_text(xml, xsd_mode());
  const std::vector<std::string> expected{"5:5 unknown-attribute", "6:15 unknown-attribute", "9:66 unknown-attribute"};
  CHECK(sorted_lines(plain) == expected);
  CHECK(sorted_lines(validated) == expected);
  CHECK(validated.projects == plain.projects);
  CHECK(validated.strays.size() == 4);
  REQUIRE(plain.findings.size() == 3);
  CHECK(plain.findings[0].severity == Severity::Error);  // the reader leaves severities to lint
  CHECK(plain.findings[1].field == "@type");
  CHECK_THAT(plain.findings[1].message,
             Catch::Contains("<Contact> has an attribute type=\"person\"; its only attribute is Id"));
  CHECK_THAT(plain.findings[1].message, Catch::Contains("what the generator meant to send in it may be lost"));
  // ...which the XSD rejects: xmllint says so.
  TempFolder folder;
  const auto path = folder / "extras.xml";
  write_whole_file(path, xml);
  CHECK(xmllint_schema(path).exit_code != 0);
}

TEST_CASE("XSD mode: what an unknown element in a list holds is not checked, as by the structural check") {
  const std::string xml = feed(
      "  <Project Id=\"1\">\n"
      "    <Contacts><Count><Name><b/></Name><Contact/><FirstName a=\"1\"/></Count><Contact/></Contacts>\n"
      "  </Project>\n"
      "  <Generated><Order Id=\"2\"/></Generated>\n");
  CHECK(sorted_lines(read_text(xml)).empty());
  CHECK(sorted_lines(read_text(xml, xsd_mode())).empty());
}

TEST_CASE("XSD mode: a misplaced name of the format after an unknown element in a list is still schema") {
  // Xerces's complaint at the list's end names only the first child that
  // does not fit (the unknown <Count>): it is re-aimed at the <Name>.
  const std::string xml = feed(
      "  <Project Id=\"1\">\n"
      "    <Orders><Count>3</Count><Name>x</Name></Orders>\n"
      "  </Project>\n");
  CHECK(read_text(xml).finding_lines() == Strings{"4:29 schema"});
  const RecordingSink validated = read_text(xml, xsd_mode());
  REQUIRE(validated.findings.size() == 1);
  CHECK(validated.findings[0].rule == "schema");
  CHECK(validated.findings[0].loc.line == 4);
  CHECK_THAT(validated.findings[0].message, Catch::Contains("element 'Name' is not allowed for content model"));
  // Alone, the unknown one is no schema finding.
  const std::string alone = feed("  <Project Id=\"1\">\n    <Orders><Count>3</Count></Orders>\n  </Project>\n");
  CHECK(read_text(alone, xsd_mode()).findings.empty());
}

TEST_CASE("corpus/lint: the XSD mode gives the structural check's findings; the feeds with extras fail xmllint") {
  for (const auto& path : corpus_feeds("lint")) {
    CAPTURE(path);
    const RecordingSink plain = read_file(path.string());
    if (!plain.summary.complete) continue;
    const RecordingSink validated = read_file(path.string(), xsd_mode());
    CHECK(validated.finding_lines() == plain.finding_lines());
    CHECK(validated.projects == plain.projects);
    if (!plain.strays.empty() || !plain.findings.empty()) CHECK(xmllint_schema(path).exit_code != 0);
  }
}
