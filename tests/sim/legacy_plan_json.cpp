// plan/apply --format json as it was written before it streamed (main at
// 72f4cd2: an nlohmann object per action), verbatim but for the names and for
// where a create's values come from (the Action holds the created card since:
// changes_of lists them as the old Action's changes did): the oracle of
// plan_json_test.cpp, which wants the same bytes from the new printer.
// The JSON form of a plan (docs/simulator.md): {"actions": [...], "summary":
// {...}, "result": ..., "error": ...}, one action a line so that it streams.
#include <nlohmann/json.hpp>

#include "sim/plan_output.h"

namespace syncfeed::sim::legacy {
namespace {

using nlohmann::ordered_json;

ordered_json optional_string(const std::optional<std::string>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json action_json(const Action& a) {
  ordered_json j;
  j["op"] = op_name(a.op);
  j["kind"] = kind_name(a.kind);
  j["reference_id"] = optional_string(a.reference_id);
  j["card_id"] = a.op == Op::Skip ? ordered_json(nullptr) : ordered_json(a.card_id);
  if (a.kind == CardKind::Order)
    j["project_card_id"] = a.op == Op::Skip ? ordered_json(nullptr) : ordered_json(a.project_card_id);
  j["name"] = a.name;
  j["file"] = a.file;
  j["line"] = a.loc.line;
  j["column"] = a.loc.column;
  ordered_json changes = ordered_json::array();
  for (const Change& c : changes_of(a))
    changes.push_back({{"field", c.field}, {"old", optional_string(c.before)}, {"new", optional_string(c.after)}});
  j["changes"] = std::move(changes);
  if (a.op == Op::Skip) j["reason"] = a.reason;
  return j;
}

class JsonPrinter final : public PlanPrinter {
 public:
  JsonPrinter(Output& out, bool apply) : out_(out), apply_(apply) { out_.write("{\"actions\": ["); }

  void action(const Action& a) override {
    out_.write(first_ ? "\n" : ",\n");
    first_ = false;
    out_.write(action_json(a).dump());
  }

  void finish(const SessionResult& r) override {
    const Summary& s = r.summary;
    ordered_json summary = {{"create", s[Op::Create]},
                            {"update", s[Op::Update]},
                            {"unchanged", s[Op::Unchanged]},
                            {"skip", s[Op::Skip]},
                            {"next_card_id", r.counters.next_card_id}};
    if (r.counters.order_ids == OrderIds::Separate) summary["next_order_card_id"] = r.counters.next_order_card_id;
    ordered_json error = nullptr;
    std::string result = apply_ ? "applied" : "planned";
    if (r.outcome == SessionResult::Outcome::BrokenFeed) {
      result = "broken-feed";
      const Finding& f = *r.broken;
      error = {
          {"file", f.file}, {"line", f.loc.line}, {"column", f.loc.column}, {"rule", f.rule}, {"message", f.message}};
    } else if (r.outcome == SessionResult::Outcome::Failed) {
      result = "failed";
      error = {{"message", r.error}};
    }
    out_.write(first_ ? "],\n" : "\n],\n");
    out_.write("\"summary\": " + summary.dump() + ",\n");
    out_.write("\"result\": " + ordered_json(result).dump() + ",\n");
    out_.write("\"error\": " + error.dump() + "}\n");
  }

 private:
  Output& out_;
  bool apply_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<PlanPrinter> make_json_printer(Output& out, bool apply) {
  return std::make_unique<JsonPrinter>(out, apply);
}

}  // namespace syncfeed::sim::legacy
