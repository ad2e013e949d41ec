// The public API (include/syncfeed/*.h), used as a generator author would:
// generate, write, read, lint, diff, simulate.
#include <catch2/catch.hpp>

#include <type_traits>

#include <syncfeed/syncfeed.h>

TEST_CASE("the public API: generate, read, write, lint, diff, simulate") {
  syncfeed::GenOptions options;
  options.seed = 9;
  options.projects = 5;
  options.orders_min = 1;
  const std::string xml = syncfeed::generate_feed_text(options);

  const syncfeed::ReadResult read = syncfeed::read_projects(xml);
  REQUIRE(read.complete);
  REQUIRE(read.findings.empty());
  REQUIRE(read.projects.size() == 5);
  CHECK(syncfeed::write_feed(read.projects) == xml);
  CHECK(syncfeed::lint_text(xml).empty());
  CHECK(syncfeed::clean(syncfeed::lint_text(xml)));

  syncfeed::Element changed = read.projects[0];
  changed.child(syncfeed::Kind::Name)->text = "Kiss Éva";
  CHECK(syncfeed::diff_projects(read.projects[0], read.projects[0]).empty());
  CHECK(syncfeed::diff_projects(read.projects[0], changed).size() == 1);

  syncfeed::sim::MemoryState state;
  const syncfeed::Simulation first = syncfeed::simulate({xml}, state);
  REQUIRE(first.run.ok());
  CHECK(first.summary[syncfeed::sim::Op::Create] >= 10);  // 5 project cards, at least one order card each
  const syncfeed::Simulation second = syncfeed::simulate({xml}, state);
  CHECK(second.summary[syncfeed::sim::Op::Create] == 0);
  CHECK(second.summary[syncfeed::sim::Op::Update] == 0);

  const std::string broken = syncfeed::generate_feed_text(options, {{"currency-code"}, {}});
  CHECK(!syncfeed::clean(syncfeed::lint_text(broken)));
}

// gen/'s namespace was feedgen; the public header keeps that name as an alias.
static_assert(std::is_same_v<syncfeed::feedgen::Feed, syncfeed::Feed>);
static_assert(std::is_same_v<syncfeed::feedgen::GenOptions, syncfeed::gen::GenOptions>);
