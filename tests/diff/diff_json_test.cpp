// diff --format json streams (feed/json_writer.h): its bytes must be what the
// nlohmann object per change wrote before (legacy_diff_json.cpp), for changes
// of every op with hostile paths and values (the old one replaced bytes that
// are not UTF-8 with U+FFFD too), many projects, and the unchanged count.
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include "diff/diff_report.h"
#include "support/hostile_text.h"

using namespace syncfeed;
using namespace syncfeed::diff;
using syncfeed::test::hostile_text;

namespace syncfeed::diff::legacy {
std::unique_ptr<DiffReport> make_json_report(Output& out);
}

namespace {

rc::Gen<std::optional<std::string>> maybe_text() {
  return rc::gen::oneOf(rc::gen::just(std::optional<std::string>()),
                        rc::gen::map(hostile_text(), [](std::string s) { return std::optional<std::string>(s); }));
}

Change change() {
  Change c;
  c.op = *rc::gen::element(Op::Add, Op::Remove, Op::Change);
  c.path = *hostile_text();
  c.old_value = *maybe_text();
  c.new_value = *maybe_text();
  c.record = *rc::gen::arbitrary<bool>();
  return c;
}

struct Project {
  std::vector<Change> changes;
  Op op;
  std::uint64_t unchanged_after;
};

std::string reported(decltype(&make_json_report) make, const std::vector<Project>& projects) {
  StringOutput out;
  auto report = make(out);
  for (const Project& p : projects) {
    report->project(p.changes, p.op);
    report->unchanged(p.unchanged_after);
  }
  report->finish();
  return out.text;
}

}  // namespace

TEST_CASE("diff --format json streams the bytes the nlohmann report wrote", "[diff][json][property]") {
  rc::prop("projects of hostile changes", [] {
    const auto projects = *rc::gen::container<std::vector<Project>>(rc::gen::exec([] {
      return Project{*rc::gen::container<std::vector<Change>>(rc::gen::exec(change)),
                     *rc::gen::element(Op::Add, Op::Remove, Op::Change), *rc::gen::inRange<std::uint64_t>(0, 3)};
    }));
    RC_ASSERT(reported(make_json_report, projects) == reported(legacy::make_json_report, projects));
  });
}

TEST_CASE("diff --format json: the same bytes for 20,000 changes (several output blocks)", "[diff][json]") {
  std::vector<Project> projects;
  for (int i = 0; i < 5000; ++i) {
    Project p{{}, Op::Change, 1};
    for (int j = 0; j < 4; ++j)
      p.changes.push_back(
          Change{Op::Change, "Project[" + std::to_string(i) + "]/Orders/Order[7]/Quantity", "1", "2 \"pcs\"", false});
    projects.push_back(std::move(p));
  }
  CHECK(reported(make_json_report, projects) == reported(legacy::make_json_report, projects));
}
