// syncfeed lint, rules and explain as a user runs them: exit codes, files
// that cannot be read, standard input, the configuration file, colour, the
// official plugin's feed, and docs/rules kept in step with the rules.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "rules/registry.h"
#include "support/run_syncfeed.h"

#include <set>

using namespace syncfeed;
using namespace syncfeed::test;

namespace {

const std::string kClean = "corpus/lint/clean.xml";
const std::string kMixed = "corpus/lint/mixed.xml";

// One project whose only finding is a warning (status-id-missing).
const std::string kWarningOnly = R"(<Projects>
  <Project Id="1">
    <Name>Kovács Anna</Name>
    <CategoryId>21</CategoryId>
    <UserId>Nagy Eszter</UserId>
    <Contacts><Contact Id="501"><FirstName>Anna</FirstName><LastName>Kovács</LastName></Contact></Contacts>
  </Project>
</Projects>
)";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("exit 0 when nothing is at or above --fail-on, 1 when something is") {
  CHECK(run_syncfeed({"lint", "--no-config", kClean}).exit_code == 0);
  CHECK(run_syncfeed({"lint", "--no-config", kMixed}).exit_code == 1);
  CHECK(run_syncfeed({"lint", "--no-config", "-"}, {.stdin_text = kWarningOnly}).exit_code == 0);
  CHECK(run_syncfeed({"lint", "--no-config", "--fail-on", "warning", "-"}, {.stdin_text = kWarningOnly}).exit_code ==
        1);
  CHECK(run_syncfeed({"lint", "--no-config", "--fail-on", "info", kClean}).exit_code == 0);
}

TEST_CASE("standard input is linted as <stdin>") {
  const ProcessResult run = run_syncfeed({"lint", "--no-config", "-"}, {.stdin_text = kWarningOnly});
  CHECK(run.out ==
        "<stdin>:2:3: warning: <Project> has no <StatusId>; MiniCRM expects the card's status (Registered is "
        "enough) [status-id-missing]\nFound 0 errors, 1 warning, 0 infos in 1 file.\n");
}

TEST_CASE("a file that cannot be read exits 2, and the other files are still linted") {
  const ProcessResult run = run_syncfeed({"lint", "--no-config", "corpus/lint/no-such-feed.xml", kMixed});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "syncfeed: cannot open corpus/lint/no-such-feed.xml\n");
  CHECK(contains(run.out, "corpus/lint/mixed.xml:34:13: error: Quantity \"0\" is not greater than 0"));
  CHECK(contains(run.out, "in 1 file."));
}

TEST_CASE("usage errors exit 2 and say what is wrong") {
  ProcessResult run = run_syncfeed({"lint", "--no-config", "--select", "quantity-invalid,quantity-invalidd", kClean});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "syncfeed: lint: --select: unknown rule 'quantity-invalidd' (did you mean 'quantity-invalid'?)\n");
  run = run_syncfeed({"lint", "--no-config", "--ignore", "ALL,nonsense-xyz", kClean});
  CHECK(run.exit_code == 2);
  CHECK(contains(run.err, "--ignore: unknown rule 'nonsense-xyz'"));
  CHECK(run_syncfeed({"lint", "--no-config", "--format", "xml", kClean}).exit_code == 2);
  CHECK(run_syncfeed({"lint", "--no-config", "--fail-on", "fatal", kClean}).exit_code == 2);
  CHECK(run_syncfeed({"lint", "--no-config"}).exit_code == 2);
  CHECK(run_syncfeed({"lint", "--no-config", "--color", "sometimes", kClean}).exit_code == 2);
}

TEST_CASE("--select and --ignore choose the rules") {
  ProcessResult run = run_syncfeed({"lint", "--no-config", "--select", "quantity-invalid", "--format", "json", kMixed});
  auto doc = nlohmann::json::parse(run.out);
  REQUIRE(doc["findings"].size() == 1);
  CHECK(doc["findings"][0]["rule"] == "quantity-invalid");
  CHECK(doc["findings"][0]["product_id"] == "311");
  run = run_syncfeed({"lint", "--no-config", "--ignore", "quantity-invalid", "--ignore", "money-format,date-format",
                      "--select", "ALL", "--format", "json", kMixed});
  doc = nlohmann::json::parse(run.out);
  for (const auto& f : doc["findings"]) {
    CHECK(f["rule"] != "quantity-invalid");
    CHECK(f["rule"] != "money-format");
  }
  CHECK(doc["summary"]["errors"] == 1);
}

TEST_CASE("syncfeed.toml is found by walking up from the current folder and applied") {
  TempFolder dir;
  std::filesystem::create_directories(dir / "shop/feeds");
  write_whole_file(dir / "shop/syncfeed.toml",
                   "[rules]\nignore = [\"user-id-missing\"]\n\n[rules.severity]\n\"status-id-missing\" = \"error\"\n");
  write_whole_file(dir / "shop/feeds/feed.xml", kWarningOnly);
  const ProcessResult run = run_syncfeed({"lint", "feed.xml"}, {.working_folder = dir / "shop/feeds"});
  CHECK(run.exit_code == 1);
  CHECK(contains(run.out, "feed.xml:2:3: error: <Project> has no <StatusId>"));
  // --config names another file; --no-config reads none.
  write_whole_file(dir / "other.toml", "[rules]\nselect = [\"schema\"]\n");
  CHECK(run_syncfeed({"lint", "--config", "../../other.toml", "feed.xml"}, {.working_folder = dir / "shop/feeds"})
            .exit_code == 0);
  CHECK(run_syncfeed({"lint", "--no-config", "feed.xml"}, {.working_folder = dir / "shop/feeds"}).exit_code == 0);
}

TEST_CASE("an unknown key in syncfeed.toml is a usage error naming its line") {
  TempFolder dir;
  write_whole_file(dir / "syncfeed.toml", "[rules]\nselect = [\"ALL\"]\n\n[feed]\ncategory = \"21\"\n");
  write_whole_file(dir / "feed.xml", kWarningOnly);
  const ProcessResult run = run_syncfeed({"lint", "feed.xml"}, {.working_folder = dir / ""});
  CHECK(run.exit_code == 2);
  CHECK(contains(run.err, "syncfeed.toml:5: unknown key 'category' in [feed]"));
  CHECK(run.out.empty());
}

TEST_CASE("colour only when asked for or on a terminal, never with NO_COLOR") {
  CHECK_FALSE(contains(run_syncfeed({"lint", "--no-config", kMixed}).out, "\x1b["));
  CHECK(contains(run_syncfeed({"lint", "--no-config", "--color", "always", kMixed}).out, "\x1b[1;31merror\x1b[0m"));
  CHECK_FALSE(contains(run_syncfeed({"lint", "--no-config", "--color", "never", kMixed}).out, "\x1b["));
}

TEST_CASE("the official WooCommerce plugin's feed lints with no error and no warning") {
  const std::string feed = "corpus/good/woocommerce-plugin.xml";
  if (!std::filesystem::exists(source_dir() / feed)) {
    WARN("corpus/good/woocommerce-plugin.xml is not there yet: skipped");
    return;
  }
  const ProcessResult run = run_syncfeed({"lint", "--no-config", "--fail-on", "warning", "--format", "json", feed});
  INFO(run.out);
  CHECK(run.exit_code == 0);
  const auto doc = nlohmann::json::parse(run.out);
  CHECK(doc["summary"]["errors"] == 0);
  CHECK(doc["summary"]["warnings"] == 0);
}

TEST_CASE("syncfeed rules lists every rule, as a table and as JSON") {
  const ProcessResult table = run_syncfeed({"rules"});
  CHECK(table.exit_code == 0);
  for (const RuleEntry& entry : all_rules()) CHECK(contains(table.out, std::string(entry.info.id) + " "));
  const ProcessResult json = run_syncfeed({"rules", "--format", "json"});
  const auto doc = nlohmann::json::parse(json.out);
  REQUIRE(doc.size() == all_rules().size());
  CHECK(doc[0]["id"] == std::string(all_rules()[0].info.id));
  CHECK(doc[0].contains("severity"));
  CHECK(doc[0].contains("summary"));
}

TEST_CASE("syncfeed explain shows the rule's documentation and what lint reports on its failing example") {
  const ProcessResult run = run_syncfeed({"explain", "quantity-invalid"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.rfind("quantity-invalid (error, ", 0) == 0);
  for (const char* part :
       {"How to fix:", "Failing example (example.xml):", "syncfeed lint reports:",
        "example.xml:17:13: error: Quantity \"0\" is not greater than 0 [quantity-invalid]", "Passing example:"})
    CHECK(contains(run.out, part));
  const ProcessResult unknown = run_syncfeed({"explain", "quantity-invalidd"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err == "syncfeed: explain: unknown rule 'quantity-invalidd' (did you mean 'quantity-invalid'?)\n");
}

TEST_CASE("docs/rules is what the rules generate (scripts/gen-rule-docs regenerates it)") {
  TempFolder dir;
  const ProcessResult run = run_syncfeed({"rules", "--markdown-dir", (dir / "rules").string()});
  REQUIRE(run.exit_code == 0);
  std::set<std::string> fresh, committed;
  for (const auto& e : std::filesystem::directory_iterator(dir / "rules")) fresh.insert(e.path().filename().string());
  for (const auto& e : std::filesystem::directory_iterator(source_dir() / "docs/rules"))
    committed.insert(e.path().filename().string());
  INFO("docs/rules is stale: run scripts/gen-rule-docs and commit docs/rules");
  CHECK(fresh == committed);
  for (const std::string& name : fresh) {
    INFO(name);
    CHECK(read_whole_file(dir / "rules" / name) == read_whole_file(source_dir() / "docs/rules" / name));
  }
  CHECK(fresh.count("README.md") == 1);
  CHECK(fresh.size() == all_rules().size() + 1);
}
