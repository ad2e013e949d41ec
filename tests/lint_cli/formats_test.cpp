// The CI formats, read the way their consumers read them: SARIF validated
// against the official 2.1.0 schema, JUnit parsed like GitLab/Jenkins do,
// GitHub workflow commands unescaped like the Actions runner does; and
// --output writing several formats in one run.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "rules/registry.h"
#include "support/run_syncfeed.h"

#include <map>

using namespace syncfeed;
using namespace syncfeed::test;

namespace {

const std::string kMixed = "corpus/lint/mixed.xml";
const std::string kTools = (source_dir() / "tests/lint_cli").string();

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The checker's verdict: its exit code, and everything it printed in `out`.
ProcessResult python(const std::string& script, const std::vector<std::string>& args) {
  std::vector<std::string> argv{"python3", kTools + "/" + script};
  argv.insert(argv.end(), args.begin(), args.end());
  ProcessResult r = run_process(argv);
  r.out += r.err;
  return r;
}
// The Actions runner's unescaping of a workflow command (actions/runner, ActionCommand.cs).
std::string unescape(std::string s, bool property) {
  std::vector<std::pair<std::string, std::string>> codes = {{"%0D", "\r"}, {"%0A", "\n"}};
  if (property) codes.insert(codes.end(), {{"%3A", ":"}, {"%2C", ","}});
  codes.push_back({"%25", "%"});
  for (const auto& [code, text] : codes)
    for (std::size_t at; (at = s.find(code)) != std::string::npos;) s.replace(at, code.size(), text);
  return s;
}

struct Command {
  std::string name;
  std::map<std::string, std::string> properties;
  std::string message;
};

Command parse_command(const std::string& line) {
  REQUIRE(line.rfind("::", 0) == 0);
  const std::size_t end = line.find("::", 2);
  REQUIRE(end != std::string::npos);
  const std::string head = line.substr(2, end - 2);
  Command c;
  c.message = unescape(line.substr(end + 2), false);
  const std::size_t space = head.find(' ');
  c.name = head.substr(0, space);
  std::string props = space == std::string::npos ? "" : head.substr(space + 1);
  for (std::size_t start = 0; start < props.size();) {
    std::size_t comma = props.find(',', start);
    if (comma == std::string::npos) comma = props.size();
    const std::string kv = props.substr(start, comma - start);
    const std::size_t eq = kv.find('=');
    c.properties[kv.substr(0, eq)] = unescape(kv.substr(eq + 1), true);
    start = comma + 1;
  }
  return c;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
    lines.push_back(text.substr(start, nl - start));
  return lines;
}

}  // namespace

TEST_CASE("SARIF output validates against the official SARIF 2.1.0 schema") {
  TempFolder dir;
  const ProcessResult run =
      run_syncfeed({"lint", "--no-config", "--format", "sarif", kMixed, "corpus/lint/no-such.xml"});
  CHECK(run.exit_code == 2);
  write_whole_file(dir / "log.sarif", run.out);
  const ProcessResult check = python(
      "check_sarif.py", {(source_dir() / "tests/data/sarif-schema-2.1.0.json").string(), (dir / "log.sarif").string()});
  INFO(check.out);
  CHECK(check.exit_code == 0);

  const auto log = nlohmann::json::parse(run.out);
  CHECK(log["version"] == "2.1.0");
  CHECK(contains(log["$schema"].get<std::string>(), "sarif-schema-2.1.0.json"));
  const auto& sarif_run = log["runs"][0];
  const auto& driver = sarif_run["tool"]["driver"];
  CHECK(driver["name"] == "syncfeed");
  CHECK(driver["rules"].size() == all_rules().size());
  CHECK(driver["rules"][0].contains("help"));
  CHECK(driver["rules"][0]["defaultConfiguration"].contains("level"));
  const auto json = nlohmann::json::parse(run_syncfeed({"lint", "--no-config", "--format", "json", kMixed}).out);
  REQUIRE(sarif_run["results"].size() == json["findings"].size());
  for (std::size_t i = 0; i < json["findings"].size(); ++i) {
    const auto& r = sarif_run["results"][i];
    const auto& f = json["findings"][i];
    CHECK(r["ruleId"] == f["rule"]);
    CHECK(r["message"]["text"] == f["message"]);
    const auto& loc = r["locations"][0]["physicalLocation"];
    CHECK(loc["artifactLocation"]["uri"] == "corpus/lint/mixed.xml");
    CHECK(loc["region"]["startLine"] == f["line"]);
    CHECK(loc["region"]["startColumn"] == f["column"]);
    const std::string severity = f["severity"];
    CHECK(r["level"] == (severity == "info" ? "note" : severity));
  }
  CHECK(sarif_run["invocations"][0]["executionSuccessful"] == false);
}

TEST_CASE("JUnit output reads as one suite per file and one case per rule, failing at --fail-on") {
  TempFolder dir;
  const ProcessResult run = run_syncfeed({"lint", "--no-config", "--format", "junit", "--select",
                                          "quantity-invalid,status-id-missing,user-id-missing,order-empty", kMixed,
                                          "corpus/lint/clean.xml", "corpus/lint/no-such.xml"});
  write_whole_file(dir / "report.xml", run.out);
  const ProcessResult parsed = python("check_junit.py", {(dir / "report.xml").string()});
  INFO(run.out);
  REQUIRE(parsed.exit_code == 0);
  CHECK(parsed.out ==
        "corpus/lint/mixed.xml | status-id-missing | passed |\n"
        "corpus/lint/mixed.xml | user-id-missing | passed |\n"
        "corpus/lint/mixed.xml | order-empty | passed |\n"
        "corpus/lint/mixed.xml | quantity-invalid | failure | corpus/lint/mixed.xml:34:13: error: Quantity \"0\" is "
        "not greater than 0 [quantity-invalid]\n"
        "corpus/lint/clean.xml | status-id-missing | passed |\n"
        "corpus/lint/clean.xml | user-id-missing | passed |\n"
        "corpus/lint/clean.xml | order-empty | passed |\n"
        "corpus/lint/clean.xml | quantity-invalid | passed |\n"
        "corpus/lint/no-such.xml | corpus/lint/no-such.xml | error | cannot open corpus/lint/no-such.xml\n");
  // Findings below --fail-on are not failures; they are kept in the case's output.
  CHECK(contains(run.out, "<system-out>corpus/lint/mixed.xml:60:3: warning: &lt;Project&gt; has no &lt;StatusId&gt;"));
}

TEST_CASE("GitHub annotations parse back to the findings, whatever the message and file name hold") {
  TempFolder dir;
  const std::string feed = R"(<Projects>
  <Project Id="1"><Name>A</Name><CategoryId>21</CategoryId><StatusId>Registered</StatusId>
    <UserId>U</UserId><Contacts><Contact><FirstName>A</FirstName></Contact></Contacts>
    <Orders><Order Id="7"><Number>7</Number><CurrencyCode>HUF</CurrencyCode><Performance>2026-01-01</Performance>
      <Status>Completed</Status><Customer><Name>A</Name><CountryId>HU</CountryId><PostalCode>1</PostalCode>
      <City>B</City><Address>C</Address></Customer>
      <Products><Product Id="9"><Name>T</Name><PriceNet>1</PriceNet><Quantity>1,5%: x
y</Quantity><Unit>kg</Unit><VAT>27%</VAT><FolderName>F</FolderName></Product></Products></Order></Orders>
  </Project>
</Projects>
)";
  write_whole_file(dir / "shop, 50%: feed.xml", feed);
  const ProcessResult github =
      run_syncfeed({"lint", "--no-config", "--format", "github", "shop, 50%: feed.xml"}, {.working_folder = dir / ""});
  const ProcessResult json =
      run_syncfeed({"lint", "--no-config", "--format", "json", "shop, 50%: feed.xml"}, {.working_folder = dir / ""});
  const auto findings = nlohmann::json::parse(json.out)["findings"];
  const auto lines = lines_of(github.out);
  REQUIRE(lines.size() == findings.size());
  REQUIRE(!findings.empty());
  bool saw_escapes = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Command c = parse_command(lines[i]);
    const auto& f = findings[i];
    const std::string severity = f["severity"];
    CHECK(c.name == (severity == "info" ? "notice" : severity));
    CHECK(c.properties["file"] == "shop, 50%: feed.xml");
    CHECK(c.properties["line"] == std::to_string(f["line"].get<int>()));
    CHECK(c.properties["col"] == std::to_string(f["column"].get<int>()));
    CHECK(c.properties["title"] == f["rule"]);
    CHECK(c.message == f["message"]);
    saw_escapes |= contains(c.message, "1,5%: x");
  }
  CHECK(saw_escapes);
}

TEST_CASE("--output writes other formats in the same run, equal to what --format prints") {
  TempFolder dir;
  const std::string sarif = (dir / "lint.sarif").string(), junit = (dir / "junit.xml").string(),
                    text = (dir / "lint.txt").string();
  const ProcessResult run = run_syncfeed({"lint", "--no-config", "--color", "always", kMixed, "--output",
                                          "sarif=" + sarif, "--output", "junit=" + junit, "--output", "text=" + text});
  CHECK(run.exit_code == 1);
  CHECK(contains(run.out, "\x1b["));
  CHECK(read_whole_file(sarif) == run_syncfeed({"lint", "--no-config", "--format", "sarif", kMixed}).out);
  CHECK(read_whole_file(junit) == run_syncfeed({"lint", "--no-config", "--format", "junit", kMixed}).out);
  CHECK(read_whole_file(text) == run_syncfeed({"lint", "--no-config", kMixed}).out);  // files get no colour
  CHECK(run_syncfeed({"lint", "--no-config", kMixed, "--output", "pdf=x.pdf"}).exit_code == 2);
  CHECK(run_syncfeed({"lint", "--no-config", kMixed, "--output", "sarif"}).exit_code == 2);
}

TEST_CASE("SARIF: two findings with one identity in one file get distinct fingerprints that survive moving lines") {
  TempFolder dir;
  auto feed = [](int padding) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + std::string(padding, '\n') +
           "<Projects>\n  <Project Id=\"1\">stray<Name>A</Name>more stray\n  </Project>\n</Projects>\n";
  };
  auto fingerprints = [&](int padding) {
    write_whole_file(dir / "feed.xml", feed(padding));
    const ProcessResult run = run_syncfeed(
        {"lint", "--no-config", "--select", "schema", "--format", "sarif", "feed.xml"}, {.working_folder = dir / ""});
    write_whole_file(dir / "log.sarif", run.out);
    const ProcessResult check =
        python("check_sarif.py",
               {(source_dir() / "tests/data/sarif-schema-2.1.0.json").string(), (dir / "log.sarif").string()});
    INFO(check.out);
    CHECK(check.exit_code == 0);
    std::vector<std::string> out;
    const auto log = nlohmann::json::parse(run.out);
    for (const auto& r : log["runs"][0]["results"]) out.push_back(r["partialFingerprints"]["syncfeedFindingHash/v2"]);
    return out;
  };
  const auto before = fingerprints(0);
  REQUIRE(before.size() == 2);
  CHECK(before[0] != before[1]);
  CHECK(before[0].substr(0, 16) == before[1].substr(0, 16));  // one identity, two occurrences
  CHECK(fingerprints(7) == before);
}

TEST_CASE("JSON lists the files that could not be read, and validates against docs/lint-report.schema.json") {
  TempFolder dir;
  const std::string schema = (source_dir() / "docs/lint-report.schema.json").string();
  const ProcessResult run =
      run_syncfeed({"lint", "--no-config", "--format", "json", kMixed, "corpus/lint/no-such.xml"});
  CHECK(run.exit_code == 2);
  const auto doc = nlohmann::json::parse(run.out);
  REQUIRE(doc["unreadable"].size() == 1);
  CHECK(doc["unreadable"][0]["file"] == "corpus/lint/no-such.xml");
  CHECK(doc["unreadable"][0]["message"] == "cannot open corpus/lint/no-such.xml");
  CHECK(doc["summary"]["files"] == 1);
  write_whole_file(dir / "report.json", run.out);
  ProcessResult check = python("check_json_schema.py", {schema, (dir / "report.json").string()});
  INFO(check.out);
  CHECK(check.exit_code == 0);
  // The goldens, which cover every kind of finding, validate too.
  for (const char* golden : {"mixed.json", "clean.json", "one-line.json", "truncated.json"}) {
    check = python("check_json_schema.py", {schema, (source_dir() / "corpus/lint" / golden).string()});
    INFO(golden << ": " << check.out);
    CHECK(check.exit_code == 0);
  }
  // The schema is strict enough to fail a report without the unreadable files.
  auto without = doc;
  without.erase("unreadable");
  write_whole_file(dir / "without.json", without.dump());
  CHECK(python("check_json_schema.py", {schema, (dir / "without.json").string()}).exit_code == 1);
}

TEST_CASE("text: a byte that is not UTF-8 is replaced in the excerpt, as a control character is") {
  TempFolder dir;
  write_whole_file(dir / "feed.xml",
                   "<Projects>\n  <Project Id=\"1\"><Name>A\x1b[31m\xff\xfe"
                   "B</Name></Project>\n</Projects>\n");
  const ProcessResult run = run_syncfeed({"lint", "--no-config", "feed.xml"}, {.working_folder = dir / ""});
  INFO(run.out);
  CHECK(run.exit_code == 1);
  CHECK(contains(run.out, "xml-not-well-formed"));
  CHECK_FALSE(contains(run.out, "\x1b"));
  CHECK_FALSE(contains(run.out, "\xff"));
  CHECK_FALSE(contains(run.out, "\xfe"));
  CHECK(contains(run.out,
                 "<Name>A\xEF\xBF\xBD[31m\xEF\xBF\xBD\xEF\xBF\xBD"
                 "B</Name>"));
}
