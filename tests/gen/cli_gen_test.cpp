// `syncfeed gen` as a user runs it.
#include <catch2/catch.hpp>

#include "support.h"
#include "support/run_syncfeed.h"

using namespace syncfeed::test;

namespace {

ProcessResult gen(std::vector<std::string> args) {
  args.insert(args.begin(), "gen");
  return run_syncfeed(args);
}

}  // namespace

TEST_CASE("syncfeed gen: same arguments, same bytes; another seed, another feed") {
  const auto a = gen({"--seed", "7", "--projects", "20"});
  const auto b = gen({"--seed", "7", "--projects", "20"});
  const auto c = gen({"--seed", "8", "--projects", "20"});
  REQUIRE(a.exit_code == 0);
  CHECK(a.err.empty());
  CHECK(a.out == b.out);
  CHECK(a.out != c.out);
  CHECK(a.out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Projects>\n", 0) == 0);
}

TEST_CASE("syncfeed gen -o writes the file atomically, the same bytes as standard output") {
  TempFolder folder;
  const std::string path = (folder / "feed.xml").string();
  const auto written = gen({"--seed", "3", "-n", "15", "--orders", "1..2", "--edge-values", "-o", path});
  REQUIRE(written.exit_code == 0);
  CHECK(read_whole_file(path) == gen({"--seed", "3", "-n", "15", "--orders", "1..2", "--edge-values"}).out);
  CHECK(std::distance(std::filesystem::directory_iterator(folder.path()), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("syncfeed gen --defect: the rule is reported by lint") {
  const auto broken = gen({"--seed", "5", "-n", "10", "--defect", "currency-code", "--defect", "order-empty"});
  REQUIRE(broken.exit_code == 0);
  const auto fired = rule_ids(syncfeed::check_text(broken.out));
  CHECK(fired.count("currency-code") == 1);
  CHECK(fired.count("order-empty") == 1);
}

TEST_CASE("syncfeed gen: usage errors exit 2") {
  CHECK(gen({"--defect", "no-such-rule"}).exit_code == 2);
  CHECK(gen({"--orders", "5..2"}).exit_code == 2);
  CHECK(gen({"--orders", "x"}).exit_code == 2);
  CHECK(gen({"--defect-rate", "2", "--defect", "order-empty"}).exit_code == 2);
  CHECK(gen({"--shop", "de"}).exit_code == 2);
  CHECK(gen({"--category-id", "21a"}).exit_code == 2);
  CHECK(gen({"--style", "pretty"}).exit_code == 2);
  CHECK(gen({"--style", "plugin", "-n", "2"}).out.rfind("<?xml version=\"1.0\" encoding=\"utf-8\"?><Projects>", 0) ==
        0);
  CHECK(gen({"--category-id", "21", "-n", "2"}).out.find("<CategoryId>21</CategoryId>") != std::string::npos);
  const auto list = gen({"--list-defects"});
  CHECK(list.exit_code == 0);
  CHECK(list.out.find("description-too-long") != std::string::npos);
}
