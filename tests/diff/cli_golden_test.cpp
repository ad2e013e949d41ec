// The diff and delta commands on the revision pairs of corpus/diff, against
// their expected outputs; and their errors. Each corpus/diff/CASE holds
// old.xml and new.xml, and the expected diff.txt, diff.json, delta.xml and
// delta.stderr (a file that is absent is not checked); diff.args holds extra
// diff arguments, one a line.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <tuple>

#include "support/run_syncfeed.h"

using namespace syncfeed::test;
namespace fs = std::filesystem;

namespace {

fs::path corpus() { return fs::path(SYNCFEED_SOURCE_DIR) / "corpus" / "diff"; }

std::vector<fs::path> cases() {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(corpus()))
    if (entry.is_directory()) out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> lines_of(const fs::path& file) {
  std::vector<std::string> out;
  std::istringstream in(read_whole_file(file));
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(line);
  return out;
}

// Findings by what they are about, without places: rule and record ids.
using FindingKey = std::tuple<std::string, std::string, std::string, std::string>;
std::set<FindingKey> lint_keys(const std::string& file) {
  const ProcessResult r = run_syncfeed({"lint", "--no-config", "--fail-on", "info", "--format", "json", file});
  REQUIRE(r.exit_code <= 1);
  std::set<FindingKey> keys;
  for (const auto& f : nlohmann::json::parse(r.out)["findings"])
    keys.emplace(f.value("rule", ""), f.value("project_id", ""), f.value("order_id", ""), f.value("product_id", ""));
  return keys;
}

}  // namespace

TEST_CASE("diff and delta on the corpus pairs give the expected outputs") {
  REQUIRE(cases().size() >= 5);
  for (const fs::path& dir : cases()) {
    DYNAMIC_SECTION(dir.filename().string()) {
      const std::string old_xml = (dir / "old.xml").string(), new_xml = (dir / "new.xml").string();
      const std::vector<std::string> extra =
          fs::exists(dir / "diff.args") ? lines_of(dir / "diff.args") : std::vector<std::string>{};
      auto diff_args = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"diff", old_xml, new_xml});
        args.insert(args.end(), extra.begin(), extra.end());
        return args;
      };
      if (fs::exists(dir / "diff.txt")) {
        const std::string expected = read_whole_file(dir / "diff.txt");
        const ProcessResult r = run_syncfeed(diff_args({}), {.env = {"NO_COLOR=1"}});
        CHECK(r.out == expected);
        CHECK(r.err.empty());
        CHECK(r.exit_code == (expected.starts_with("0 projects changed, 0 added, 0 removed") ? 0 : 1));
      }
      if (fs::exists(dir / "diff.json")) {
        const ProcessResult r = run_syncfeed(diff_args({"--format", "json"}));
        CHECK(r.out == read_whole_file(dir / "diff.json"));
        CHECK(nlohmann::json::parse(r.out)["summary"]["changes"] == nlohmann::json::parse(r.out)["changes"].size());
      }
      if (fs::exists(dir / "delta.xml")) {
        const ProcessResult r = run_syncfeed({"delta", old_xml, new_xml});
        CHECK(r.exit_code == 0);
        CHECK(r.out == read_whole_file(dir / "delta.xml"));
        if (fs::exists(dir / "delta.stderr")) CHECK(r.err == read_whole_file(dir / "delta.stderr"));
        // The delta lints clean wherever NEW does: nothing it reports that NEW does not.
        const auto new_findings = lint_keys(new_xml);
        for (const FindingKey& k : lint_keys((dir / "delta.xml").string())) {
          INFO(std::get<0>(k) << " on project " << std::get<1>(k));
          CHECK(new_findings.count(k) == 1);
        }
      }
    }
  }
}

TEST_CASE("diff colours its lines only when asked or on a terminal, and never with NO_COLOR") {
  const std::string old_xml = (corpus() / "one-quantity" / "old.xml").string();
  const std::string new_xml = (corpus() / "one-quantity" / "new.xml").string();
  CHECK(run_syncfeed({"diff", old_xml, new_xml}).out.find('\x1b') == std::string::npos);  // not a terminal
  CHECK(run_syncfeed({"diff", old_xml, new_xml, "--color", "always"}).out.find("\x1b[33m~ ") != std::string::npos);
}

TEST_CASE("diff and delta read one revision from standard input") {
  const fs::path dir = corpus() / "release";
  const ProcessResult r = run_syncfeed({"diff", (dir / "old.xml").string(), "-"},
                                       {.stdin_text = read_whole_file(dir / "new.xml"), .env = {"NO_COLOR=1"}});
  CHECK(r.exit_code == 1);
  CHECK(r.out == read_whole_file(dir / "diff.txt"));
  const ProcessResult d =
      run_syncfeed({"delta", "-", (dir / "new.xml").string()}, {.stdin_text = read_whole_file(dir / "old.xml")});
  CHECK(d.out == read_whole_file(dir / "delta.xml"));
}

TEST_CASE("a feed that is not well-formed is an error: exit 2, the finding on stderr, no output file") {
  TempFolder folder;
  write_whole_file(folder / "broken.xml", "<Projects>\n  <Project Id=\"1\"><Name>x</Project>\n</Projects>\n");
  const std::string good = (corpus() / "release" / "old.xml").string();
  const std::string broken = (folder / "broken.xml").string();
  const ProcessResult r = run_syncfeed({"diff", good, broken});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find(broken + ":2:") != std::string::npos);
  CHECK(r.err.find("[xml-not-well-formed]") != std::string::npos);

  write_whole_file(folder / "delta.xml", "the previous delta\n");
  const ProcessResult d = run_syncfeed({"delta", broken, good, "-o", (folder / "delta.xml").string()});
  CHECK(d.exit_code == 2);
  CHECK(read_whole_file(folder / "delta.xml") == "the previous delta\n");  // untouched
}

TEST_CASE("delta -o writes the file, atomically, and says what it wrote on stderr") {
  TempFolder folder;
  const fs::path dir = corpus() / "release";
  const ProcessResult r = run_syncfeed(
      {"delta", (dir / "old.xml").string(), (dir / "new.xml").string(), "-o", (folder / "d.xml").string()});
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(read_whole_file(folder / "d.xml") == read_whole_file(dir / "delta.xml"));
  CHECK(r.err == read_whole_file(dir / "delta.stderr"));
}

TEST_CASE("usage errors exit 2 with a hint") {
  const std::string feed = (corpus() / "release" / "old.xml").string();
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"diff", feed},
                                             {"diff", feed, feed, "--format", "xml"},
                                             {"diff", feed, feed, "--color", "sometimes"},
                                             {"diff", "-", "-"},
                                             {"diff", feed, "/nonexistent/new.xml"},
                                             {"delta", feed},
                                             {"delta", feed, "/nonexistent/new.xml"}}) {
    const ProcessResult r = run_syncfeed(args);
    INFO(args[0] << " " << args.back());
    CHECK(r.exit_code == 2);
    CHECK(r.err.starts_with("syncfeed: "));
  }
}

TEST_CASE("--ignore takes one list of fields, before or after the feeds, and may be repeated") {
  const std::string old_xml = (corpus() / "one-quantity" / "old.xml").string();
  const std::string new_xml = (corpus() / "one-quantity" / "new.xml").string();
  CHECK(run_syncfeed({"diff", "--ignore", "Quantity", old_xml, new_xml}).exit_code == 0);
  CHECK(run_syncfeed({"diff", old_xml, new_xml, "--ignore", "Status,Product/Quantity"}).exit_code == 0);
  CHECK(run_syncfeed({"diff", old_xml, new_xml, "--ignore", "Status", "--ignore", "Customer/Quantity"}).exit_code == 1);
}

TEST_CASE("--ignore refuses a name that is nearly a field of the format, and says which") {
  const std::string old_xml = (corpus() / "one-quantity" / "old.xml").string();
  const std::string new_xml = (corpus() / "one-quantity" / "new.xml").string();
  // Accepted silently, it matched nothing: the difference it was to hide was still reported.
  const ProcessResult typo = run_syncfeed({"diff", "--ignore", "Quantityy", old_xml, new_xml});
  CHECK(typo.exit_code == 2);
  CHECK(typo.out.empty());
  CHECK(typo.err ==
        "syncfeed: diff: --ignore Quantityy: 'Quantityy' is no field of the format (did you mean "
        "'Quantity'? a custom field is named exactly)\n");
  for (const char* near : {"Product/quantity", "Status,WebshopDisabled", "Customer/Nam"}) {
    CAPTURE(near);
    const ProcessResult r = run_syncfeed({"diff", "--ignore", near, old_xml, new_xml});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("did you mean") != std::string::npos);
  }
  // A custom field is named by its own name, which the format does not know.
  CHECK(run_syncfeed({"diff", "--ignore", "Enum1951", old_xml, new_xml}).exit_code == 1);
}
