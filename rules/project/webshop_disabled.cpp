// webshop-disabled-value: the customer's block flag, a 0/1 boolean.
#include <fmt/format.h>

#include <array>

#include "rules/project/project_rules.h"
#include "rules/value_checks/text_fold.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kDisabledValue{
    .id = "webshop-disabled-value",
    .severity = Severity::Error,
    .summary = "Webshop_Disabled is not 0 or 1",
    .description =
        "`Webshop_Disabled` tells MiniCRM whether the customer is blocked or deleted in the shop: "
        "`1` blocked, `0` active. There is no delete in the feed, so this flag is how a removed "
        "customer is sent. MiniCRM's booleans are 0/1, and what it makes of `true`, `yes`, `igen`, "
        "`da`, an empty value or ` 1` (with a space) is not documented: read as 0, a deleted "
        "customer stays active in MiniCRM and keeps receiving campaigns.",
    .fix = "Write `1` for a blocked or deleted customer and `0` otherwise.",
    .failing_line = 5,
};

// Booleans as people write them, in English, Hungarian and Romanian.
struct Spelling {
  std::string_view word;
  char bit;
};
constexpr std::array<Spelling, 14> kBooleanWords = {{
    {"true", '1'},
    {"yes", '1'},
    {"y", '1'},
    {"igen", '1'},
    {"da", '1'},
    {"on", '1'},
    {"disabled", '1'},
    {"false", '0'},
    {"no", '0'},
    {"n", '0'},
    {"nem", '0'},
    {"nu", '0'},
    {"off", '0'},
    {"enabled", '0'},
}};

std::string advice(const std::string& value) {
  if (is_blank(value)) return "is empty; expected 0 or 1";
  const std::string folded = fold_name(value);
  if (folded == "0" || folded == "1") return fmt::format("has spaces around it; write {}", folded);
  for (const Spelling& s : kBooleanWords)
    if (folded == s.word) return fmt::format("is not 0 or 1; write {}", s.bit);
  return "is not 0 or 1 (1: the customer is blocked or deleted in the shop, 0: active)";
}

class DisabledValue final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    const Element* disabled = project.child(Kind::Disabled);
    if (!disabled || disabled->text == "0" || disabled->text == "1") return;
    context.report(disabled->loc, fmt::format("Webshop_Disabled {} {}", quoted(disabled->text), advice(disabled->text)),
                   {&project}, "Webshop_Disabled");
  }
};

}  // namespace

void add_webshop_disabled_rule(RuleList& rules) { rules.push_back({kDisabledValue, make_rule<DisabledValue>}); }

}  // namespace syncfeed
