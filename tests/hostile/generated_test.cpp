// Hostile feeds too big to commit, written at test time: lint stops each with
// an input-limit error where the limit was hit (or reads it to the end), in
// bounded time and memory, opening nothing but the feed.
#include <nlohmann/json.hpp>

#include <fstream>

#include "hostile_support.h"

using namespace syncfeed::test;
namespace fs = std::filesystem;

namespace {

struct Linted {
  Measured run;
  nlohmann::json findings;
};

// Writes `text` to a feed in its own folder, lints it (default settings, JSON)
// and checks what every hostile input must satisfy.
Linted lint_generated(const std::string& what, const std::string& text, std::vector<std::string> extra = {}) {
  TempFolder folder;
  const fs::path feed = folder / "feed.xml";
  write_whole_file(feed, text);
  std::vector<std::string> argv = {syncfeed_binary(), "lint", "--no-config", "--format", "json"};
  argv.insert(argv.end(), extra.begin(), extra.end());
  argv.push_back(feed.string());
  Linted l{run_measured(argv), {}};
  check_bounded("lint " + what, l.run);
  l.findings = nlohmann::json::parse(l.run.out).at("findings");
  for (const auto& f : l.findings) {
    CHECK(f.at("line").get<int>() >= 1);
    CHECK(f.at("column").get<int>() >= 1);
  }
  check_touches_only(trace_access(argv), {feed});
  return l;
}

std::vector<nlohmann::json> of_rule(const nlohmann::json& findings, std::string_view rule) {
  std::vector<nlohmann::json> out;
  for (const auto& f : findings)
    if (f.at("rule") == rule) out.push_back(f);
  return out;
}

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

const std::string kHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Projects>\n<Project Id=\"1\"><Name>kept</Name>";
const std::string kTail = "</Project>\n</Projects>\n";

}  // namespace

TEST_CASE("generated: nesting 300,000 levels deep stops at the depth limit, where it is hit") {
  const Linted l = lint_generated(
      "300,000 levels deep", kHead + "<Deep>" + repeat("<a>", 300000) + repeat("</a>", 300000) + "</Deep>" + kTail);
  CHECK(l.run.exit_code == 1);
  const auto limit = of_rule(l.findings, "input-limit");
  REQUIRE(limit.size() == 1);
  CHECK(limit[0].at("severity") == "error");
  CHECK(limit[0].at("line") == 3);
  // Projects, Project, Deep and 253 <a>: the 254th <a> is the 257th level.
  CHECK(limit[0].at("column") == std::string("<Project Id=\"1\"><Name>kept</Name><Deep>").size() + 253 * 3 + 1);
}

TEST_CASE("generated: a 64 MB value stops at the value limit") {
  const Linted l =
      lint_generated("64 MB value", kHead + "<Megjegyzes>" + std::string(64u << 20, 'x') + "</Megjegyzes>" + kTail);
  CHECK(l.run.exit_code == 1);
  const auto limit = of_rule(l.findings, "input-limit");
  REQUIRE(limit.size() == 1);
  CHECK(limit[0].at("line") == 3);
  CHECK(limit[0].at("column") == std::string("<Project Id=\"1\"><Name>kept</Name>").size() + 1);  // the element
  // A higher limit reads it to the end.
  const Linted raised = lint_generated("64 MB value, --max-text 100M",
                                       kHead + "<Megjegyzes>" + std::string(64u << 20, 'x') + "</Megjegyzes>" + kTail,
                                       {"--max-text", std::to_string(100u << 20)});
  CHECK(of_rule(raised.findings, "input-limit").empty());
}

TEST_CASE("generated: 100,000 attributes on one element are findings up to the cap, then a count") {
  std::string attributes;
  for (int i = 0; i < 100000; ++i) attributes += fmt::format(" a{}=\"v\"", i);
  SECTION("on a Project, where only Id belongs") {
    const Linted l =
        lint_generated("100,000 attributes on <Project>",
                       "<Projects>\n<Project Id=\"1\"" + attributes + "><Name>kept</Name></Project>\n</Projects>\n");
    const auto unknown = of_rule(l.findings, "unknown-attribute");
    REQUIRE(unknown.size() == 1001);  // --max-findings-per-rule 1000, then "and 99000 more"
    CHECK(unknown.back().at("message").get<std::string>().find("and 99000 more") != std::string::npos);
  }
  SECTION("on a custom field, which keeps them") {
    const Linted l =
        lint_generated("100,000 attributes on a custom field", kHead + "<Megjegyzes" + attributes + "/>" + kTail);
    CHECK(of_rule(l.findings, "unknown-attribute").empty());
    CHECK(of_rule(l.findings, "schema").empty());
  }
}

TEST_CASE("generated: one million empty projects are read in bounded memory") {
  std::string feed = "<Projects>\n";
  for (int i = 1; i <= 1000000; ++i) feed += fmt::format("<Project Id=\"{}\"/>\n", i);
  feed += "</Projects>\n";
  const Linted l = lint_generated("1,000,000 empty projects", feed);
  CHECK(l.run.exit_code == 1);
  CHECK(of_rule(l.findings, "input-limit").empty());
  CHECK(of_rule(l.findings, "xml-not-well-formed").empty());
}

TEST_CASE("generated: markup that never ends (64 MB name, attribute, comment, CDATA) stops at the input limit") {
  const std::string huge(64u << 20, 'x');
  const std::size_t where = std::string("<Project Id=\"1\"><Name>kept</Name>").size() + 1;
  // What, the markup, and where the markup that never ends begins (after what precedes it on the line).
  struct Case {
    std::string what, markup;
    std::size_t starts_after = 0;
  };
  for (const Case& c : std::vector<Case>{{"64 MB element name", "<" + huge + "/>"},
                                         {"64 MB attribute value", "<Megjegyzes a=\"" + huge + "\"/>"},
                                         {"64 MB comment", "<!--" + huge + "-->"},
                                         {"64 MB CDATA section", "<Megjegyzes><![CDATA[" + huge + "]]></Megjegyzes>",
                                          std::string("<Megjegyzes>").size()},
                                         {"64 MB processing instruction", "<?pi " + huge + "?>"}}) {
    DYNAMIC_SECTION(c.what) {
      const Linted l = lint_generated(c.what, kHead + c.markup + kTail);
      CHECK(l.run.exit_code == 1);
      const auto limit = of_rule(l.findings, "input-limit");
      REQUIRE(limit.size() == 1);
      CHECK(limit[0].at("line") == 3);
      CHECK(limit[0].at("column") == where + c.starts_after);
    }
  }
}

TEST_CASE("generated: a feed on one line with 1000 findings near its start prints its excerpts in one pass") {
  // MiniCRM's plugin writes the whole feed on one line. Each excerpt is
  // complete a few dozen characters past its column; the 24 MB after the
  // findings must not be walked once per finding.
  std::string feed = "<Projects>";
  for (int i = 1; i <= 1000; ++i) feed += fmt::format("<Project Id=\"{}\"><CategoryId>1</CategoryId></Project>", i);
  for (int i = 1001; feed.size() < 24'000'000; ++i)
    feed += fmt::format(
        "<Project Id=\"{}\"><Name>a</Name><CategoryId>1</CategoryId><StatusId>Registered</StatusId><UserId>u</UserId>"
        "<Contacts><Contact Id=\"1\"><FirstName>a</FirstName></Contact></Contacts></Project>",
        i);
  feed += "</Projects>\n";
  TempFolder folder;
  const fs::path path = folder / "feed.xml";
  write_whole_file(path, feed);
  const Measured run =
      run_measured({syncfeed_binary(), "lint", "--no-config", "--select", "project-name-missing", path.string()});
  check_bounded("lint, 1000 excerpts on one 24 MB line", run);
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("Found 1000 errors, 0 warnings, 0 infos in 1 file.") != std::string::npos);
  CHECK(run.out.find("<Project Id=\"1000\"><CategoryId>1</CategoryId></Project><Project Id=\"1001\">") !=
        std::string::npos);
}
