// The JSON form of a plan (docs/simulator.md): {"actions": [...], "summary":
// {...}, "result": ..., "error": ...}, one action a line so that it streams.
// Written as it goes by feed/json_writer.h: no object per action.
#include "feed/json_writer.h"
#include "sim/plan_output.h"

namespace syncfeed::sim {
namespace {

void write_action(JsonWriter& json, const Action& a) {
  const bool skip = a.op == Op::Skip;
  json.begin_object();
  json.plain_key("op").value(op_name(a.op));
  json.plain_key("kind").value(kind_name(a.kind));
  json.plain_key("reference_id").value(a.reference_id);
  json.plain_key("card_id");
  skip ? json.null() : json.value(a.card_id);
  if (a.kind == CardKind::Order) {
    json.plain_key("project_card_id");
    skip ? json.null() : json.value(a.project_card_id);
  }
  json.plain_key("name").value(a.name);
  json.plain_key("file").value(a.file);
  json.plain_key("line").value(a.loc.line);
  json.plain_key("column").value(a.loc.column);
  json.plain_key("changes").begin_array();
  for (const Change& c : a.changes)
    json.begin_object()
        .plain_key("field")
        .value(c.field)
        .plain_key("old")
        .value(c.before)
        .plain_key("new")
        .value(c.after)
        .end_object();
  json.end_array();
  if (skip) json.plain_key("reason").value(a.reason);
  json.end_object();
}

void write_summary(JsonWriter& json, const SessionResult& r) {
  const Summary& s = r.summary;
  json.begin_object();
  json.plain_key("create").value(s[Op::Create]);
  json.plain_key("update").value(s[Op::Update]);
  json.plain_key("unchanged").value(s[Op::Unchanged]);
  json.plain_key("skip").value(s[Op::Skip]);
  json.plain_key("next_card_id").value(r.counters.next_card_id);
  if (r.counters.order_ids == OrderIds::Separate)
    json.plain_key("next_order_card_id").value(r.counters.next_order_card_id);
  json.end_object();
}

void write_error(JsonWriter& json, const SessionResult& r) {
  if (r.outcome == SessionResult::Outcome::BrokenFeed) {
    const Finding& f = *r.broken;
    json.begin_object();
    json.plain_key("file").value(f.file).plain_key("line").value(f.loc.line).plain_key("column").value(f.loc.column);
    json.plain_key("rule").value(f.rule).plain_key("message").value(f.message);
    json.end_object();
  } else if (r.outcome == SessionResult::Outcome::Failed) {
    json.begin_object().plain_key("message").value(r.error).end_object();
  } else {
    json.null();
  }
}

class JsonPrinter final : public PlanPrinter {
 public:
  JsonPrinter(Output& out, bool apply) : buffer_(out), json_(buffer_, JsonWriter::Layout::Compact), apply_(apply) {
    json_.raw("{\"actions\": [");
  }

  void action(const Action& a) override {
    json_.raw(first_ ? "\n" : ",\n");
    first_ = false;
    write_action(json_, a);
  }

  void finish(const SessionResult& r) override {
    json_.raw(first_ ? "],\n" : "\n],\n");
    json_.raw("\"summary\": ");
    write_summary(json_, r);
    json_.raw(",\n\"result\": ").value(result(r)).raw(",\n\"error\": ");
    write_error(json_, r);
    json_.raw("}\n");
    buffer_.flush();
  }

 private:
  std::string_view result(const SessionResult& r) const {
    switch (r.outcome) {
      case SessionResult::Outcome::BrokenFeed: return "broken-feed";
      case SessionResult::Outcome::Failed: return "failed";
      case SessionResult::Outcome::Done: break;
    }
    return apply_ ? "applied" : "planned";
  }

  OutputBuffer buffer_;
  JsonWriter json_;
  bool apply_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<PlanPrinter> make_json_printer(Output& out, bool apply) {
  return std::make_unique<JsonPrinter>(out, apply);
}

}  // namespace syncfeed::sim
