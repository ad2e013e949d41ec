// Golden tests: lint's text and JSON output on each feed of corpus/lint/ equal
// the files beside it (NAME.text, NAME.json). After a deliberate change,
// regenerate them with: SYNCFEED_UPDATE_GOLDENS=1 build/tests/test_lint_cli "[golden]"
// and review the diff.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "cli.h"

using namespace syncfeed::test;

namespace {

std::vector<std::string> lint_corpus() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "corpus/lint"))
    if (entry.path().extension() == ".xml") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

void check_golden(const std::filesystem::path& golden, const std::string& actual) {
  if (std::getenv("SYNCFEED_UPDATE_GOLDENS")) {
    write_whole_file(golden, actual);
    return;
  }
  INFO("golden file " << golden.string()
                      << " (regenerate: SYNCFEED_UPDATE_GOLDENS=1 build/tests/test_lint_cli \"[golden]\")");
  REQUIRE(std::filesystem::exists(golden));
  CHECK(read_whole_file(golden) == actual);
}

}  // namespace

TEST_CASE("text and JSON output on corpus/lint equal the goldens", "[golden]") {
  const auto names = lint_corpus();
  REQUIRE(names.size() >= 4);
  for (const std::string& name : names) {
    DYNAMIC_SECTION(name) {
      const std::string feed = "corpus/lint/" + name + ".xml";
      const Run text = run_syncfeed({"lint", "--no-config", feed});
      const Run json = run_syncfeed({"lint", "--no-config", "--format", "json", feed});
      INFO(text.err);
      check_golden(source_dir() / "corpus/lint" / (name + ".text"), text.out);
      check_golden(source_dir() / "corpus/lint" / (name + ".json"), json.out);
      const auto doc = nlohmann::json::parse(json.out);
      const bool errors = doc["summary"]["errors"].get<int>() > 0;
      CHECK(text.exit_code == (errors ? 1 : 0));
      CHECK(json.exit_code == text.exit_code);
      CHECK(text.err.empty());
    }
  }
}
