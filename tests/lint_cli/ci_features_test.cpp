// What CI runs need beyond the formats: baselines that survive moving lines,
// many files and folders linted in parallel with the output of a serial run,
// --max-warnings, --quiet and --statistics.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/run_syncfeed.h"

using namespace syncfeed::test;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A feed whose products 1..n all have Quantity 0 (quantity-invalid errors),
// after `padding` blank lines.
std::string feed(int products, int padding = 0, const std::string& extra_product = "") {
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + std::string(padding, '\n') + R"(<Projects>
  <Project Id="1"><Name>A</Name><CategoryId>21</CategoryId><StatusId>Registered</StatusId><UserId>U</UserId>
    <Contacts><Contact Id="1"><FirstName>A</FirstName></Contact></Contacts>
    <Orders><Order Id="7"><Number>7</Number><CurrencyCode>HUF</CurrencyCode><Performance>2026-01-01</Performance>
      <Status>Completed</Status><Customer><Name>A</Name><CountryId>HU</CountryId><PostalCode>1</PostalCode>
      <City>B</City><Address>C</Address></Customer>
      <Products>
)";
  for (int i = 1; i <= products; ++i)
    xml += "        <Product Id=\"" + std::to_string(i) +
           "\"><Name>T</Name><PriceNet>1</PriceNet><Quantity>0</Quantity><Unit>kg</Unit><VAT>27%</VAT>"
           "<FolderName>F</FolderName></Product>\n";
  xml += extra_product;
  return xml + "      </Products></Order></Orders>\n  </Project>\n</Projects>\n";
}

}  // namespace

TEST_CASE("a baseline hides today's findings after lines move; a new finding still fails") {
  TempFolder dir;
  write_whole_file(dir / "feed.xml", feed(3));
  ProcessResult run = run_syncfeed({"lint", "--no-config", "feed.xml", "--write-baseline", "baseline.json"},
                                   {.working_folder = dir / ""});
  CHECK(run.exit_code == 0);
  CHECK(run.err == "syncfeed: recorded 3 findings in baseline.json\n");
  const auto baseline = nlohmann::json::parse(read_whole_file(dir / "baseline.json"));
  CHECK(baseline["version"] == 2);
  REQUIRE(baseline["findings"].size() == 3);
  CHECK(baseline["findings"][0]["file"] == "feed.xml");
  CHECK(baseline["findings"][0]["rule"] == "quantity-invalid");
  CHECK(baseline["findings"][0]["product_id"] == "1");
  CHECK(baseline["findings"][0]["field"] == "Quantity");
  CHECK_FALSE(baseline["findings"][0].contains("line"));

  run = run_syncfeed({"lint", "--no-config", "feed.xml", "--baseline", "baseline.json"}, {.working_folder = dir / ""});
  CHECK(run.exit_code == 0);
  CHECK(run.out == "No findings in 1 file.\n");

  // Regenerated with lines added above: the same findings are still hidden.
  write_whole_file(dir / "feed.xml", feed(3, 25));
  run =
      run_syncfeed({"lint", "--no-config", "./feed.xml", "--baseline", "baseline.json"}, {.working_folder = dir / ""});
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());

  // A new bad product fails the run, and only it is reported.
  write_whole_file(dir / "feed.xml", feed(4, 10));
  run = run_syncfeed({"lint", "--no-config", "feed.xml", "--baseline", "baseline.json", "--format", "json"},
                     {.working_folder = dir / ""});
  CHECK(run.exit_code == 1);
  const auto shown = nlohmann::json::parse(run.out)["findings"];
  REQUIRE(shown.size() == 1);
  CHECK(shown[0]["product_id"] == "4");

  // A fixed product leaves a stale entry: listed, not failing, unless --strict-baseline.
  write_whole_file(dir / "feed.xml", feed(2));
  run = run_syncfeed({"lint", "--no-config", "feed.xml", "--baseline", "baseline.json"}, {.working_folder = dir / ""});
  CHECK(run.exit_code == 0);
  CHECK(run.err ==
        "baseline.json: 1 baseline entry matched no finding (prune with --write-baseline):\n"
        "  feed.xml [quantity-invalid] project=1 order=7 product=3 field=Quantity\n");
  run = run_syncfeed({"lint", "--no-config", "feed.xml", "--baseline", "baseline.json", "--strict-baseline"},
                     {.working_folder = dir / ""});
  CHECK(run.exit_code == 1);

  CHECK(run_syncfeed({"lint", "--no-config", "feed.xml", "--baseline", "missing.json"}, {.working_folder = dir / ""})
            .exit_code == 2);
  CHECK(run_syncfeed({"lint", "--no-config", "feed.xml", "--baseline", "b", "--write-baseline", "b"},
                     {.working_folder = dir / ""})
            .exit_code == 2);
}

TEST_CASE("folders are searched for .xml files in sorted order; an empty folder is an error") {
  TempFolder dir;
  std::filesystem::create_directories(dir / "feeds/b");
  std::filesystem::create_directories(dir / "empty");
  write_whole_file(dir / "feeds/b/z.xml", feed(1));
  write_whole_file(dir / "feeds/a.XML", feed(1));
  write_whole_file(dir / "feeds/notes.txt", "not a feed");
  write_whole_file(dir / "feeds/c.xml", feed(0));
  const ProcessResult run =
      run_syncfeed({"lint", "--no-config", "--select", "quantity-invalid", "--format", "json", "feeds"},
                   {.working_folder = dir / ""});
  const auto findings = nlohmann::json::parse(run.out)["findings"];
  REQUIRE(findings.size() == 2);
  CHECK(findings[0]["file"] == "feeds/a.XML");
  CHECK(findings[1]["file"] == "feeds/b/z.xml");
  CHECK(nlohmann::json::parse(run.out)["summary"]["files"] == 3);
  const ProcessResult empty =
      run_syncfeed({"lint", "--no-config", "empty", "feeds/c.xml"}, {.working_folder = dir / ""});
  CHECK(empty.exit_code == 2);
  CHECK(empty.err == "syncfeed: empty: no .xml file in this folder\n");
}

TEST_CASE("a parallel run prints exactly what a serial run prints") {
  TempFolder dir;
  std::filesystem::create_directories(dir / "feeds");
  for (int i = 0; i < 12; ++i) write_whole_file(dir / "feeds" / ("f" + std::to_string(i) + ".xml"), feed(i % 4, i));
  for (const char* name : {"lint/mixed.xml", "lint/one-line.xml", "lint/truncated.xml", "broken/unclosed-tag.xml"})
    std::filesystem::copy_file(source_dir() / "corpus" / name, dir / "feeds" / std::filesystem::path(name).filename());
  for (const char* format : {"text", "json", "sarif", "junit", "github"}) {
    INFO(format);
    const ProcessResult serial =
        run_syncfeed({"lint", "--no-config", "--jobs", "1", "--format", format, "feeds", "feeds/mixed.xml"},
                     {.working_folder = dir / ""});
    const ProcessResult parallel =
        run_syncfeed({"lint", "--no-config", "--jobs", "4", "--format", format, "feeds", "feeds/mixed.xml"},
                     {.working_folder = dir / ""});
    CHECK(serial.exit_code == 1);
    CHECK(parallel.exit_code == serial.exit_code);
    CHECK(parallel.out == serial.out);
    CHECK(parallel.err == serial.err);
  }
}

TEST_CASE("--max-warnings, --quiet and --statistics") {
  const std::string mixed = "corpus/lint/mixed.xml";
  // mixed.xml has 3 warnings of these two rules.
  CHECK(run_syncfeed(
            {"lint", "--no-config", "--select", "project-id-duplicate,status-id-missing", "--max-warnings", "3", mixed})
            .exit_code == 0);
  const ProcessResult over = run_syncfeed(
      {"lint", "--no-config", "--select", "project-id-duplicate,status-id-missing", "--max-warnings", "2", mixed});
  CHECK(over.exit_code == 1);
  CHECK(over.err == "syncfeed: 3 warnings, more than --max-warnings 2\n");

  const ProcessResult quiet = run_syncfeed({"lint", "--no-config", "--quiet", mixed});
  CHECK(quiet.exit_code == 1);
  CHECK(contains(quiet.out, ": error: "));
  CHECK_FALSE(contains(quiet.out, ": warning: "));
  CHECK_FALSE(contains(quiet.out, ": info: "));
  // The summary counts what was found, not what was shown.
  CHECK(contains(quiet.out, "Found 4 errors, 4 warnings, 4 infos in 1 file."));
  // Quiet hides warnings, it does not excuse them, nor pretend there were none.
  const ProcessResult warnings_only =
      run_syncfeed({"lint", "--no-config", "--quiet", "--fail-on", "warning", "--select", "status-id-missing", mixed});
  CHECK(warnings_only.exit_code == 1);
  CHECK(warnings_only.out == "Found 0 errors, 1 warning, 0 infos in 1 file.\n");
}

TEST_CASE("--quiet is for the terminal: JSON, SARIF and the files of --output keep every finding") {
  const std::string mixed = "corpus/lint/mixed.xml";
  TempFolder dir;
  const std::string text_file = (dir / "lint.txt").string(), sarif_file = (dir / "lint.sarif").string();
  const ProcessResult json = run_syncfeed({"lint", "--no-config", "--format", "json", mixed});
  const ProcessResult quiet_json = run_syncfeed({"lint", "--no-config", "--quiet", "--format", "json", mixed});
  CHECK(quiet_json.out == json.out);
  const ProcessResult sarif = run_syncfeed({"lint", "--no-config", "--format", "sarif", mixed});
  const ProcessResult quiet_sarif = run_syncfeed({"lint", "--no-config", "-q", "--format", "sarif", mixed});
  CHECK(quiet_sarif.out == sarif.out);
  const ProcessResult github = run_syncfeed({"lint", "--no-config", "--format", "github", mixed});
  CHECK(run_syncfeed({"lint", "--no-config", "-q", "--format", "github", mixed}).out == github.out);
  const ProcessResult quiet_text = run_syncfeed(
      {"lint", "--no-config", "-q", mixed, "--output", "text=" + text_file, "--output", "sarif=" + sarif_file});
  CHECK_FALSE(contains(quiet_text.out, ": warning: "));
  CHECK(read_whole_file(text_file) == run_syncfeed({"lint", "--no-config", mixed}).out);
  CHECK(read_whole_file(sarif_file) == sarif.out);

  const ProcessResult stats = run_syncfeed({"lint", "--no-config", "--statistics", mixed});
  CHECK(contains(stats.out, "      2  project-id-duplicate         warning\n"));
  CHECK(contains(stats.out, "      1  quantity-invalid             error\n"));
  CHECK_FALSE(contains(stats.out, "mixed.xml:"));
  CHECK(contains(stats.out, "Found 4 errors, 4 warnings, 4 infos in 1 file."));
}

TEST_CASE("a baseline names files relative to itself, so lint finds its entries from any folder") {
  TempFolder dir;
  std::filesystem::create_directories(dir / "bl/sub");
  write_whole_file(dir / "bl/feed.xml", feed(3));
  ProcessResult run = run_syncfeed({"lint", "--no-config", "feed.xml", "--write-baseline", "base.json"},
                                   {.working_folder = dir / "bl"});
  REQUIRE(run.exit_code == 0);
  auto written = nlohmann::json::parse(read_whole_file(dir / "bl/base.json"));
  CHECK(written["version"] == 2);
  CHECK(written["findings"][0]["file"] == "feed.xml");

  // From the parent folder and from a folder below: the same entries hide the same findings.
  run =
      run_syncfeed({"lint", "--no-config", "bl/feed.xml", "--baseline", "bl/base.json"}, {.working_folder = dir / ""});
  CHECK(run.exit_code == 0);
  CHECK(run.out == "No findings in 1 file.\n");
  CHECK(run.err.empty());
  run = run_syncfeed({"lint", "--no-config", "../feed.xml", "--baseline", "../base.json"},
                     {.working_folder = dir / "bl/sub"});
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());

  // Written from the parent folder, the file is still named relative to the baseline.
  run = run_syncfeed({"lint", "--no-config", "./bl/feed.xml", "--write-baseline", "bl/sub/other.json"},
                     {.working_folder = dir / ""});
  REQUIRE(run.exit_code == 0);
  written = nlohmann::json::parse(read_whole_file(dir / "bl/sub/other.json"));
  CHECK(written["findings"][0]["file"] == "../feed.xml");
  CHECK(
      run_syncfeed({"lint", "--no-config", "feed.xml", "--baseline", "sub/other.json"}, {.working_folder = dir / "bl"})
          .exit_code == 0);

  // A fixed product: its entry is stale, on standard error and in the JSON report, named as linted.
  write_whole_file(dir / "bl/feed.xml", feed(2));
  run = run_syncfeed({"lint", "--no-config", "bl/feed.xml", "--baseline", "bl/base.json", "--format", "json"},
                     {.working_folder = dir / ""});
  CHECK(run.exit_code == 0);
  CHECK(run.err ==
        "bl/base.json: 1 baseline entry matched no finding (prune with --write-baseline):\n"
        "  bl/feed.xml [quantity-invalid] project=1 order=7 product=3 field=Quantity\n");
  const auto stale = nlohmann::json::parse(run.out)["stale_baseline"];
  REQUIRE(stale.size() == 1);
  CHECK(stale[0] == nlohmann::json::parse(R"({"file": "bl/feed.xml", "rule": "quantity-invalid", "project_id": "1",
      "order_id": "7", "product_id": "3", "field": "Quantity", "count": 1})"));
}

TEST_CASE("a version 1 baseline is still read: its files are relative to the folder lint runs from") {
  TempFolder dir;
  std::filesystem::create_directories(dir / "bl");
  write_whole_file(dir / "bl/feed.xml", feed(1));
  write_whole_file(dir / "old.json", R"({"version": 1, "tool": "syncfeed", "findings": [
    {"file": "./bl/feed.xml", "rule": "quantity-invalid", "project_id": "1", "order_id": "7", "product_id": "1",
     "field": "Quantity", "count": 1, "message": "m"}]})");
  const ProcessResult run =
      run_syncfeed({"lint", "--no-config", "bl/feed.xml", "--baseline", "old.json"}, {.working_folder = dir / ""});
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  write_whole_file(dir / "future.json", R"({"version": 3, "findings": []})");
  const ProcessResult future =
      run_syncfeed({"lint", "--no-config", "bl/feed.xml", "--baseline", "future.json"}, {.working_folder = dir / ""});
  CHECK(future.exit_code == 2);
  CHECK(future.err == "syncfeed: future.json: baseline version 3 is not supported (expected 1 or 2)\n");
}
