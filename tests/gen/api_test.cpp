// The public API (include/syncfeed/*.h, docs/api.md), used as a generator
// author would: generate, read (whole and streaming), write (whole and
// streaming), lint, diff, simulate.
#include <catch2/catch.hpp>

#include <sstream>
#include <type_traits>

#include <syncfeed/syncfeed.h>

namespace {

syncfeed::GenOptions five_projects() {
  syncfeed::GenOptions options;
  options.seed = 9;
  options.projects = 5;
  options.orders_min = 1;
  return options;
}

}  // namespace

TEST_CASE("the public API: generate, read, write, lint, diff, simulate") {
  const std::string xml = syncfeed::generate_feed_text(five_projects());

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
  const std::vector<syncfeed::Change> changes = syncfeed::diff_projects(read.projects[0], changed);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].op == syncfeed::ChangeOp::Change);
  CHECK(changes[0].new_value == "Kiss Éva");

  syncfeed::CrmState state;
  const syncfeed::Simulation first = syncfeed::simulate({xml}, state);
  REQUIRE(first.accepted);
  CHECK(first.count(syncfeed::CardOp::Create) >= 10);  // 5 project cards, at least one order card each
  CHECK(state.cards() == first.count(syncfeed::CardOp::Create));
  const syncfeed::Simulation second = syncfeed::simulate({xml}, state);
  CHECK(second.count(syncfeed::CardOp::Create) == 0);
  CHECK(second.count(syncfeed::CardOp::Update) == 0);

  const std::string broken = syncfeed::generate_feed_text(five_projects(), {{"currency-code"}, {}});
  CHECK(!syncfeed::clean(syncfeed::lint_text(broken)));
}

TEST_CASE("the public API: a create's changes count every value the new card gets") {
  const std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<Projects><Project Id="1"><Name>Pop Ana</Name><StatusId>New</StatusId>
<Contacts><Contact Id="c1"><FirstName>Ana</FirstName></Contact></Contacts>
<Orders><Order Id="o1"><Number>W1</Number><Products><Product Id="p1"><Name>Cana</Name><Quantity>2</Quantity></Product></Products></Order></Orders>
</Project></Projects>
)";
  syncfeed::CrmState state;
  const syncfeed::Simulation run = syncfeed::simulate({xml}, state);
  REQUIRE(run.accepted);
  REQUIRE(run.actions.size() == 2);
  CHECK(run.actions[0].changes == 4);  // Name, StatusId, Contact[1]/@Id, Contact[1]/FirstName
  CHECK(run.actions[1].changes == 5);  // Number, @project_card, Product[1]/@Id, Product[1]/Name, Product[1]/Quantity
}

TEST_CASE("the public API streams: a sink gets each project, FeedWriter writes them back the same") {
  const std::string xml = syncfeed::generate_feed_text(five_projects());
  std::ostringstream out;
  struct Copy final : syncfeed::ProjectSink {
    explicit Copy(std::ostream& os) : writer(os) {}
    void on_project(syncfeed::Element& project) override { writer.project(project); }
    void on_finding(const syncfeed::Finding& finding) override { findings.push_back(finding); }
    syncfeed::FeedWriter writer;
    std::vector<syncfeed::Finding> findings;
  } copy(out);
  const syncfeed::ReadStatus status = syncfeed::read_feed_text(xml, copy);
  copy.writer.finish();
  CHECK(status.complete);
  CHECK(status.projects == 5);
  CHECK(copy.findings.empty());
  CHECK(out.str() == xml);
}

TEST_CASE("the public API reports what the reader and the rules find, and a refused feed") {
  const std::string broken = "<Projects><Project Id=\"1\"><Name>A</Name></Projects>";
  const syncfeed::ReadResult read = syncfeed::read_projects(broken);
  CHECK_FALSE(read.complete);
  REQUIRE(read.findings.size() == 1);
  CHECK(read.findings[0].rule == "xml-not-well-formed");
  syncfeed::CrmState state;
  const syncfeed::Simulation refused = syncfeed::simulate({broken}, state);
  CHECK_FALSE(refused.accepted);
  REQUIRE(refused.refusal);
  CHECK(refused.refusal->rule == "xml-not-well-formed");

  const syncfeed::LintResult missing = syncfeed::lint_file("/nonexistent/feed.xml");
  CHECK_FALSE(missing.opened);
  CHECK_FALSE(missing.io_error.empty());

  bool has_id_rule = false;
  for (const syncfeed::RuleSummary& rule : syncfeed::rule_catalogue()) has_id_rule |= rule.id == "project-id-missing";
  CHECK(has_id_rule);
  CHECK(!syncfeed::defect_rules().empty());
}

// gen/'s namespace was feedgen; the public header keeps that name as an alias.
static_assert(std::is_same_v<syncfeed::feedgen::Feed, syncfeed::Feed>);
static_assert(std::is_same_v<syncfeed::feedgen::GenOptions, syncfeed::GenOptions>);
