// The text form of a plan: one line per created card, per changed value, per
// skip; unchanged cards only with --verbose; then one summary line.
#include <fmt/format.h>

#include "feed/json_writer.h"
#include "sim/plan_output.h"

namespace syncfeed::sim {

std::string quoted(const std::optional<std::string>& value) {
  if (!value) return "(absent)";
  std::string out;
  append_json_string(out, *value);
  return out;
}

namespace {

constexpr std::string_view kGreen = "\x1b[32m", kYellow = "\x1b[33m", kRed = "\x1b[31m", kDim = "\x1b[2m",
                           kBold = "\x1b[1m", kReset = "\x1b[0m";

std::string plural(std::uint64_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

class TextPrinter final : public PlanPrinter {
 public:
  TextPrinter(Output& out, TextStyle style) : out_(out), style_(style) {}

  void action(const Action& a) override {
    if (style_.quiet) return;
    switch (a.op) {
      case Op::Create:
        line(kGreen, "+", fmt::format("{}{}{}", card(a), name(a), project_card(a)));
        if (style_.verbose) values(a);
        break;
      case Op::Update:
        for (const Change& c : a.changes)
          line(kYellow, "~", fmt::format("{}: {} {} -> {}", card(a), c.field, quoted(c.before), quoted(c.after)));
        break;
      case Op::Unchanged:
        if (style_.verbose) line(kDim, "=", fmt::format("{}{}", card(a), name(a)));
        break;
      case Op::Skip:
        line(kRed, "!",
             fmt::format("skip  {}{} at {}:{}:{}: {}", kind_name(a.kind), reference(a), a.file, a.loc.line,
                         a.loc.column, a.reason));
        break;
    }
  }

  void finish(const SessionResult& r) override {
    const Summary& s = r.summary;
    switch (r.outcome) {
      case SessionResult::Outcome::Done:
        if (style_.apply)
          out_.write(fmt::format("{}Apply complete:{} {} created, {} updated, {} unchanged, {} skipped. {}\n",
                                 on(kBold), off(), plural(s[Op::Create], "card"), s[Op::Update], s[Op::Unchanged],
                                 s[Op::Skip], next_ids(r.counters)));
        else
          out_.write(fmt::format("{}Plan:{} {} to create, {} to update, {} unchanged, {} skipped.\n", on(kBold), off(),
                                 plural(s[Op::Create], "card"), s[Op::Update], s[Op::Unchanged], s[Op::Skip]));
        break;
      case SessionResult::Outcome::BrokenFeed:
        out_.write(
            fmt::format("{}{} failed:{} {} is not well-formed, and MiniCRM imports nothing from such a feed; {}\n",
                        on(kRed), style_.apply ? "Apply" : "Plan", off(), r.broken->file,
                        style_.apply ? "the state is unchanged (none of the actions above was stored)."
                                     : "apply would change nothing (none of the actions above would happen)."));
        break;
      case SessionResult::Outcome::Failed:
        out_.write(
            fmt::format("{}{} failed:{} {}{}\n", on(kRed), style_.apply ? "Apply" : "Plan", off(), r.error,
                        style_.apply ? "; the state is unchanged (none of the actions above was stored)." : "."));
        break;
    }
  }

 private:
  // The values of a created card, one a line: read from the card, then any changes.
  void values(const Action& a) {
    if (a.created)
      for_each_flat_value(*a.created, [&](std::string_view prefix, std::string_view name, std::string_view value) {
        std::string shown;
        append_json_string(shown, value);
        out_.write(fmt::format("      {}{} = {}\n", prefix, name, shown));
      });
    for (const Change& c : a.changes) out_.write(fmt::format("      {} = {}\n", c.field, quoted(c.after)));
  }

  void line(std::string_view color, std::string_view sign, const std::string& text) {
    out_.write(fmt::format("{}{}{} {}\n", on(color), sign, off(), text));
  }
  std::string_view on(std::string_view color) const { return style_.color ? color : ""; }
  std::string_view off() const { return style_.color ? kReset : ""; }

  static std::string card(const Action& a) {
    return fmt::format("card {}  {} {}", a.card_id, kind_name(a.kind), *a.reference_id);
  }
  static std::string name(const Action& a) { return a.name.empty() ? "" : " " + quoted(a.name); }
  static std::string project_card(const Action& a) {
    return a.kind == CardKind::Order ? fmt::format(" (project card {})", a.project_card_id) : "";
  }
  // A skipped record's Id as read: bare when it reads well, else quoted (a blank one).
  static std::string reference(const Action& a) {
    if (!a.reference_id) return "";
    const bool plain = !a.reference_id->empty() && a.reference_id->find_first_of(" \t\r\n\"") == std::string::npos;
    return " " + (plain ? *a.reference_id : quoted(a.reference_id));
  }
  static std::string next_ids(const Counters& c) {
    if (c.order_ids == OrderIds::Separate)
      return fmt::format("Next card id: {}, next order card id: {}.", c.next_card_id, c.next_order_card_id);
    return fmt::format("Next card id: {}.", c.next_card_id);
  }

  Output& out_;
  TextStyle style_;
};

}  // namespace

std::unique_ptr<PlanPrinter> make_text_printer(Output& out, TextStyle style) {
  return std::make_unique<TextPrinter>(out, style);
}

}  // namespace syncfeed::sim
