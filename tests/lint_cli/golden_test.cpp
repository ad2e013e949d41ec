// Golden tests: lint's text and JSON output on each feed of corpus/lint/ equal
// the files beside it (NAME.text, NAME.json); every feed of corpus/good/ lints
// with no error, and the feeds shaped like hand-written generators'
// (good/generator-*.xml) give the warnings and infos of their NAME.text.
// After a deliberate change,
// regenerate them with: SYNCFEED_UPDATE_GOLDEN=1 build/tests/test_lint_cli "[golden]"
// and review the diff.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "support/golden.h"
#include "support/run_syncfeed.h"

using namespace syncfeed::test;

namespace {

std::vector<std::string> feeds_in(const std::string& folder, const std::string& prefix = "") {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "corpus" / folder))
    if (entry.path().extension() == ".xml" && entry.path().stem().string().rfind(prefix, 0) == 0)
      names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("text and JSON output on corpus/lint equal the goldens", "[golden]") {
  const auto names = feeds_in("lint");
  REQUIRE(names.size() >= 4);
  for (const std::string& name : names) {
    DYNAMIC_SECTION(name) {
      const std::string feed = "corpus/lint/" + name + ".xml";
      const ProcessResult text = run_syncfeed({"lint", "--no-config", feed});
      const ProcessResult json = run_syncfeed({"lint", "--no-config", "--format", "json", feed});
      INFO(text.err);
      check_golden_file(source_dir() / "corpus/lint" / (name + ".text"), text.out);
      check_golden_file(source_dir() / "corpus/lint" / (name + ".json"), json.out);
      const auto doc = nlohmann::json::parse(json.out);
      const bool errors = doc["summary"]["errors"].get<int>() > 0;
      CHECK(text.exit_code == (errors ? 1 : 0));
      CHECK(json.exit_code == text.exit_code);
      CHECK(text.err.empty());
    }
  }
}

TEST_CASE("every good feed lints with exit 0; the generator-shaped ones give the findings of their golden",
          "[golden]") {
  const auto names = feeds_in("good");
  REQUIRE(names.size() >= 8);
  for (const std::string& name : names) {
    DYNAMIC_SECTION(name) {
      const std::string feed = "corpus/good/" + name + ".xml";
      const ProcessResult text = run_syncfeed({"lint", "--no-config", feed});
      INFO(text.out << text.err);
      CHECK(text.exit_code == 0);
      CHECK(text.out.find(": error: ") == std::string::npos);
      if (name.rfind("generator-", 0) == 0)
        check_golden_file(source_dir() / "corpus/good" / (name + ".text"), text.out);
    }
  }
  CHECK(feeds_in("good", "generator-").size() >= 3);
}

TEST_CASE("lint --xsd gives exactly lint's findings on every corpus/lint feed without a schema error", "[golden]") {
  // corpus/lint/generator-extras.xml holds what XSD 1.0 cannot tolerate
  // (unknown elements in lists and the root, unknown attributes): the XSD
  // mode reports Xerces's complaints as the same warnings.
  for (const std::string& name : feeds_in("lint")) {
    DYNAMIC_SECTION(name) {
      const std::string feed = "corpus/lint/" + name + ".xml";
      const ProcessResult plain = run_syncfeed({"lint", "--no-config", feed});
      if (plain.out.find("[schema]") != std::string::npos) continue;
      const ProcessResult xsd = run_syncfeed({"lint", "--no-config", "--xsd", feed});
      CHECK(xsd.out == plain.out);
      CHECK(xsd.exit_code == plain.exit_code);
    }
  }
}

TEST_CASE("generator-extras: unknown elements in lists and the root, unknown attributes are warnings", "[golden]") {
  const ProcessResult run = run_syncfeed({"lint", "--no-config", "corpus/lint/generator-extras.xml"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("[schema]") == std::string::npos);
  for (const char* expected : {"<GeneratedAt> is not an element of <Projects>", "<Count> is not an element of <Orders>",
                               "<Shipping> is not an element of <Products>", "<Primary> is not an element of <Emails>",
                               "<Product> has an attribute sku=\"BG-311\"", "<Business> has an attribute Id=\"3\""})
    CHECK(run.out.find(expected) != std::string::npos);
  // The XSD rejects all of them; the XSD mode reports them as the same warnings.
  const ProcessResult xsd = run_syncfeed({"lint", "--no-config", "--xsd", "corpus/lint/generator-extras.xml"});
  CHECK(xsd.out == run.out);
  CHECK(xsd.exit_code == 0);
}
