#include <catch2/catch.hpp>

#include "feed/reader.h"

using namespace syncfeed;

namespace {
struct Collect : FeedSink {
  std::vector<Element> projects;
  std::vector<Finding> findings;
  void on_project(Element& p) override { projects.push_back(std::move(p)); }
  void on_finding(Finding f) override { findings.push_back(std::move(f)); }
};
}  // namespace

TEST_CASE("reads a minimal project") {
  Collect c;
  auto s = read_feed_text("<Projects><Project Id=\"1\"><Name>A</Name></Project></Projects>", c);
  CHECK(s.complete);
  REQUIRE(c.projects.size() == 1);
  CHECK(c.projects[0].id == "1");
  CHECK(c.projects[0].value(Kind::Name) == "A");
}
