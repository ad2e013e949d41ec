// lint_file(), one file linted: severities from the configuration, order, the per-rule cap,
// the source excerpts, the baseline.
#include <catch2/catch.hpp>

#include "lint/baseline.h"
#include "lint/excerpts.h"
#include "lint_text.h"

using namespace syncfeed;
using namespace syncfeed::lint;
using test::lint_text;
using test::of_rule;

namespace {

Policy policy_of(const std::string& toml, std::vector<std::string> select = {}) {
  ConfigError error;
  auto config = parse_config(toml, "syncfeed.toml", error);
  REQUIRE(config);
  std::string message;
  auto policy = Policy::make(*config, select, {}, message);
  REQUIRE(policy);
  return *policy;
}

// n projects, each with text the schema does not allow in its Business.
std::string bad_projects(int n, int first_id = 1) {
  std::string xml = "<Projects>\n";
  for (int i = 0; i < n; ++i)
    xml += "  <Project Id=\"" + std::to_string(first_id + i) + "\"><Business>Shop</Business></Project>\n";
  return xml + "</Projects>\n";
}

}  // namespace

TEST_CASE("findings take the configured severity and rules turned off are not reported") {
  auto r = lint_text(bad_projects(1) + "", policy_of("[rules.severity]\n\"schema\" = \"info\"\n", {"schema"}));
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].severity == Severity::Info);
  CHECK(r.findings[0].file.size() > 0);
  CHECK(r.findings[0].project_id == "1");
  r = lint_text(bad_projects(1), policy_of("[rules.severity]\n\"schema\" = \"off\"\n", {"schema"}));
  CHECK(r.findings.empty());
}

TEST_CASE("unknown-element: info or warning by where the element stands, unless a severity is configured") {
  const std::string feed =
      "<Projects>\n"
      "  <Project Id=\"1\"><Name>A</Name><Enum1951>x</Enum1951>\n"
      "    <Contacts><Contact><Type>Person</Type><FirstName>A</FirstName></Contact></Contacts></Project>\n"
      "</Projects>\n";
  auto r = lint_text(feed, policy_of("", {"unknown-element"}));
  REQUIRE(r.findings.size() == 2);
  CHECK(r.findings[0].severity == Severity::Info);     // a custom field of the project card
  CHECK(r.findings[1].severity == Severity::Warning);  // a contact's <Type>: most likely ignored
  for (const char* level : {"error", "info"}) {
    INFO(level);
    Severity expected;
    REQUIRE(parse_severity(level, expected));
    r = lint_text(feed, policy_of(std::string("[rules.severity]\n\"unknown-element\" = \"") + level + "\"\n",
                                  {"unknown-element"}));
    REQUIRE(r.findings.size() == 2);
    CHECK(r.findings[0].severity == expected);
    CHECK(r.findings[1].severity == expected);
  }
}

TEST_CASE("findings are sorted by line, column and rule") {
  auto r = lint_text("<Projects>\n<Project Id=\"x\" A=\"1\"/>\n<Project/>\n</Projects>\n");
  for (std::size_t i = 1; i < r.findings.size(); ++i) {
    const Finding& a = r.findings[i - 1];
    const Finding& b = r.findings[i];
    CHECK(std::tie(a.loc.line, a.loc.column, a.rule) <= std::tie(b.loc.line, b.loc.column, b.rule));
  }
  CHECK(r.findings.size() > 3);
}

TEST_CASE("the per-rule cap keeps the first N and says how many more there were") {
  LintOptions options;
  options.max_findings_per_rule = 3;
  auto r = lint_text(bad_projects(10), policy_of("", {"schema"}), options);
  REQUIRE(r.findings.size() == 4);
  CHECK(r.findings[2].loc.line == 4);
  const Finding& more = r.findings[3];
  CHECK(more.rule == "schema");
  CHECK(more.severity == Severity::Info);
  CHECK(more.loc.line == 5);
  CHECK(more.message == "and 7 more schema findings in this file, not shown (--max-findings-per-rule 3)");
  options.max_findings_per_rule = 0;
  CHECK(lint_text(bad_projects(10), policy_of("", {"schema"}), options).findings.size() == 10);
}

TEST_CASE("an unreadable file is reported as such") {
  auto r = lint_file("/nonexistent/feed.xml", Policy::all(), {}, {});
  CHECK_FALSE(r.opened);
  CHECK(r.io_error == "cannot open /nonexistent/feed.xml");
}

TEST_CASE("excerpts show the line and a caret under the column") {
  test::TempFolder dir;
  const std::string path = (dir / "f.xml").string();
  test::write_whole_file(path, "first\n\tab\tcd\r\nőrség x\n");
  auto e = read_excerpts(path, {{2, 3}, {2, 3}, {3, 7}, {3, 50}, {9, 1}});
  CHECK(e[0].text == "\tab\tcd");
  CHECK(e[0].caret == "\t ");
  CHECK(e[1].text == e[0].text);
  CHECK(e[2].text == "őrség x");
  CHECK(e[2].caret == "      ");  // six characters, whatever their bytes
  CHECK(e[3].found);
  CHECK(e[3].caret.size() == 7);  // past the end: under the end of the line
  CHECK_FALSE(e[4].found);
}

TEST_CASE("excerpts of a feed on one long line are windows around the column") {
  test::TempFolder dir;
  const std::string path = (dir / "f.xml").string();
  std::string line(100000, 'a');
  line[50000] = 'X';
  test::write_whole_file(path, line + "\nnext\n");
  auto e = read_excerpts(path, {{1, 50001}, {2, 1}});
  REQUIRE(e[0].found);
  CHECK(e[0].text.size() == 3 + kExcerptReach + 1 + kExcerptReach + 3);
  CHECK(e[0].text.substr(0, 3) == "...");
  CHECK(e[0].text[3 + kExcerptReach] == 'X');
  CHECK(e[0].caret.size() == 3 + kExcerptReach);
  CHECK(e[1].text == "next");
}

TEST_CASE("a baseline hides the same findings after lines move, and not a new one") {
  const Policy policy = policy_of("", {"schema"});
  test::TempFolder dir;
  const std::string path = (dir / "feed.xml").string();
  test::write_whole_file(path, bad_projects(3));
  const auto before = lint_file(path, policy, {}, {});
  REQUIRE(before.findings.size() == 3);
  const Baseline baseline = Baseline::of(before.findings, (dir / "baseline.json").string());

  // Lines added before them and a project added after: only the new project's finding is left.
  std::string moved = bad_projects(4);
  moved.insert(moved.find("<Project"), "\n\n\n  <!-- regenerated -->\n");
  test::write_whole_file(path, moved);
  auto matcher = baseline.matcher_for(path);
  auto after = lint_file(path, policy, {}, {}, &matcher);
  REQUIRE(after.findings.size() == 1);
  CHECK(after.findings[0].project_id == "4");
  CHECK(matcher.stale(path).empty());

  // A project removed: its entry is stale, the others still hide theirs.
  std::string fewer = bad_projects(3);
  fewer.erase(fewer.find("  <Project Id=\"2\""), fewer.find("  <Project Id=\"3\"") - fewer.find("  <Project Id=\"2\""));
  test::write_whole_file(path, fewer);
  auto second = baseline.matcher_for(path);
  CHECK(lint_file(path, policy, {}, {}, &second).findings.empty());
  REQUIRE(second.stale(path).size() == 1);
  CHECK(second.stale(path)[0].project_id == "2");
  CHECK(second.stale(path)[0].file == path);
}

TEST_CASE("a baseline round-trips through its file, naming files relative to its folder") {
  test::TempFolder dir;
  Finding f;
  f.file = (dir / "feeds/../feeds/a.xml").string();
  f.rule = "schema";
  f.project_id = "1";
  f.field = "Shop";
  f.message = "m";
  const Baseline b = Baseline::of({f, f}, (dir / "b.json").string());
  StringOutput out;
  b.write(out);
  test::write_whole_file(dir / "b.json", out.text);
  std::string error;
  auto read = Baseline::read((dir / "b.json").string(), error);
  REQUIRE(read);
  REQUIRE(read->entries().size() == 1);
  CHECK(read->entries()[0].file == "feeds/a.xml");
  CHECK(read->entries()[0].count == 2);
  auto m = read->matcher_for((dir / "feeds/a.xml").string());
  CHECK(m.hides(f));
  CHECK(m.hides(f));
  CHECK_FALSE(m.hides(f));
}
