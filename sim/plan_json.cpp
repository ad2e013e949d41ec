// The JSON form of a plan (docs/simulator.md): {"actions": [...], "summary":
// {...}, "result": ..., "error": ...}, one action a line so that it streams.
// Written as it goes: no object per action; an action's fixed members are
// written as whole pieces (append_action), the rest by feed/json_writer.h.
#include "feed/json_writer.h"
#include "sim/plan_output.h"

namespace syncfeed::sim {
namespace {

// The members of "changes": every value of a created card, then the changes
// of an update, each {"field":...,"old":...,"new":...}.
void append_changes(std::string& out, const Action& a) {
  using namespace std::string_view_literals;
  bool first = true;
  const auto open = [&](std::string_view piece) {  // the separator, then `piece`
    if (!first) out += ',';
    out += piece;
    first = false;
  };
  // A created card's values, read from the card: no Change is built for them.
  // The quotes go with the fixed pieces around them: the hottest loop of a plan.
  if (a.created)
    for_each_flat_value(*a.created, [&](std::string_view prefix, std::string_view name, std::string_view value) {
      open(R"({"field":")"sv);
      out += prefix;  // "", "Contact[2]/", "Product[1]/": nothing to escape
      append_json_escaped(out, name);
      out += R"(","old":null,"new":")"sv;
      append_json_escaped(out, value);
      out += R"("})"sv;
    });
  for (const Change& c : a.changes) {
    open(R"({"field":)"sv);
    append_json_string(out, c.field);
    if (c.before) {
      out += R"(,"old":)"sv;
      append_json_string(out, *c.before);
      out += R"(,"new":)"sv;
    } else {
      out += R"(,"old":null,"new":)"sv;
    }
    append_json_string_or_null(out, c.after);
    out += '}';
  }
}

// One action, appended to `out` as it is: its members are always the same, in
// the same order, so they are written as whole pieces of JSON between the
// values. A JsonWriter call per key and value cost the printer 185 M
// instructions on a 7.6 MB feed, these pieces 68 M (callgrind): the plan's
// hottest loop is the values of created cards.
void append_action(std::string& out, const Action& a) {
  using namespace std::string_view_literals;
  const bool skip = a.op == Op::Skip;
  // op_name() and kind_name() hold nothing to escape.
  out += R"({"op":")"sv;
  out += op_name(a.op);
  out += R"(","kind":")"sv;
  out += kind_name(a.kind);
  out += R"(","reference_id":)"sv;
  append_json_string_or_null(out, a.reference_id);
  out += R"(,"card_id":)"sv;
  skip ? void(out += "null"sv) : append_json_number(out, a.card_id);
  if (a.kind == CardKind::Order) {
    out += R"(,"project_card_id":)"sv;
    skip ? void(out += "null"sv) : append_json_number(out, a.project_card_id);
  }
  out += R"(,"name":)"sv;
  append_json_string(out, a.name);
  out += R"(,"file":)"sv;
  append_json_string(out, a.file);
  out += R"(,"line":)"sv;
  append_json_number(out, a.loc.line);
  out += R"(,"column":)"sv;
  append_json_number(out, a.loc.column);
  out += R"(,"changes":[)"sv;
  append_changes(out, a);
  out += ']';
  if (skip) {
    out += R"(,"reason":)"sv;
    append_json_string(out, a.reason);
  }
  out += '}';
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
    std::string& out = buffer_.text();
    out += first_ ? std::string_view("\n") : std::string_view(",\n");
    first_ = false;
    append_action(out, a);
    buffer_.block_done();
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
