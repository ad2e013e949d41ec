// plan/apply --format json streams (feed/json_writer.h): its bytes must be
// what the nlohmann object per action wrote before (legacy_plan_json.cpp), for
// actions of every op and kind with hostile names, ids, values and file names,
// and every outcome. One change is meant: a string that is not UTF-8 (a file
// name can be one) made the old printer throw (nlohmann's strict dump); now it
// is written with U+FFFD, as lint and diff write it.
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "sim/plan_output.h"
#include "support/hostile_text.h"

using namespace syncfeed;
using namespace syncfeed::sim;
using syncfeed::test::hostile_text;
using syncfeed::test::hostile_utf8_text;

namespace syncfeed::sim::legacy {
std::unique_ptr<PlanPrinter> make_json_printer(Output& out, bool apply);
}

namespace {

// Which strings: UTF-8 only (what the reader hands on), or any bytes (a file name can hold any).
enum class Bytes { Utf8, Any };

// The generators below draw from one of the two; set by each property before it draws.
Bytes bytes = Bytes::Utf8;
rc::Gen<std::string> text(int pieces = 8) {
  return bytes == Bytes::Any ? hostile_text(pieces) : hostile_utf8_text(pieces);
}

rc::Gen<std::optional<std::string>> maybe_text() {
  return rc::gen::oneOf(rc::gen::just(std::optional<std::string>()),
                        rc::gen::map(text(), [](std::string s) { return std::optional<std::string>(s); }));
}

Action action() {
  Action a;
  a.op = *rc::gen::element(Op::Create, Op::Update, Op::Unchanged, Op::Skip);
  a.kind = *rc::gen::element(CardKind::Project, CardKind::Order);
  a.reference_id = *maybe_text();
  a.card_id = *rc::gen::arbitrary<std::int64_t>();
  a.project_card_id = *rc::gen::arbitrary<std::int64_t>();
  a.name = *text();
  a.file = *text(3);
  a.loc = {*rc::gen::arbitrary<std::uint32_t>(), *rc::gen::arbitrary<std::uint32_t>()};
  const int changes = *rc::gen::inRange(0, 5);
  for (int i = 0; i < changes; ++i) a.changes.push_back(Change{*text(3), *maybe_text(), *maybe_text()});
  a.reason = *text();
  return a;
}

SessionResult result() {
  SessionResult r;
  r.outcome = *rc::gen::element(SessionResult::Outcome::Done, SessionResult::Outcome::BrokenFeed,
                                SessionResult::Outcome::Failed);
  if (r.outcome == SessionResult::Outcome::BrokenFeed) {
    Finding f;
    f.file = *text(3);
    f.loc = {*rc::gen::arbitrary<std::uint32_t>(), *rc::gen::arbitrary<std::uint32_t>()};
    f.rule = "xml-not-well-formed";
    f.message = *text();
    r.broken = f;
  }
  r.error = *text();
  for (std::uint64_t& n : r.summary.count) n = *rc::gen::arbitrary<std::uint64_t>();
  r.counters.next_card_id = *rc::gen::arbitrary<std::int64_t>();
  r.counters.next_order_card_id = *rc::gen::arbitrary<std::int64_t>();
  r.counters.order_ids = *rc::gen::element(OrderIds::Shared, OrderIds::Separate);
  return r;
}

std::string printed(decltype(&make_json_printer) make, const std::vector<Action>& actions, const SessionResult& r,
                    bool apply) {
  StringOutput out;
  auto printer = make(out, apply);
  for (const Action& a : actions) printer->action(a);
  printer->finish(r);
  return out.text;
}

}  // namespace

TEST_CASE("plan --format json streams the bytes the nlohmann printer wrote", "[plan][json][property]") {
  rc::prop("actions and outcomes, UTF-8", [] {
    bytes = Bytes::Utf8;
    const auto actions = *rc::gen::container<std::vector<Action>>(rc::gen::exec(action));
    const SessionResult r = *rc::gen::exec(result);
    const bool apply = *rc::gen::arbitrary<bool>();
    RC_ASSERT(printed(make_json_printer, actions, r, apply) == printed(legacy::make_json_printer, actions, r, apply));
  });
  rc::prop("any bytes: the same where the old printer wrote anything", [] {
    bytes = Bytes::Any;
    const auto actions = *rc::gen::container<std::vector<Action>>(rc::gen::exec(action));
    const SessionResult r = *rc::gen::exec(result);
    const std::string streamed = printed(make_json_printer, actions, r, false);
    std::string old;
    try {
      old = printed(legacy::make_json_printer, actions, r, false);
    } catch (const nlohmann::json::type_error&) {
      // The old printer refused bytes that are not UTF-8; the new one writes U+FFFD: the document parses.
      RC_ASSERT(nlohmann::json::parse(streamed).is_object());
      RC_SUCCEED("the old printer threw");
    }
    RC_ASSERT(streamed == old);
  });
}

TEST_CASE("plan --format json: the same bytes for 20,000 actions (several output blocks)", "[plan][json]") {
  std::vector<Action> actions;
  for (int i = 0; i < 20000; ++i) {
    Action a;
    a.op = static_cast<Op>(i % 4);
    a.kind = i % 3 ? CardKind::Order : CardKind::Project;
    a.reference_id = std::to_string(i);
    a.card_id = i + 1;
    a.project_card_id = i / 3 + 1;
    a.name = "Ioana Popescu \"VIP\"";
    a.file = "feed.xml";
    a.loc = {static_cast<std::uint32_t>(i * 40 + 2), 3};
    a.changes = {Change{"Email", std::nullopt, "ioana@example.com"}, Change{"Quantity", "1", "2"}};
    a.reason = "no Id";
    actions.push_back(std::move(a));
  }
  SessionResult r;
  r.summary.count = {1, 2, 3, 4};
  CHECK(printed(make_json_printer, actions, r, false) == printed(legacy::make_json_printer, actions, r, false));
}
