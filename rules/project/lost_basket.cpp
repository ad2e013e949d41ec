// lost-basket-consistency: the abandoned-basket fields of a project agree.
//
// A basket value of 0 means "no basket" and needs no date; amounts that are
// not numbers are money-format's and are not compared here.
#include <fmt/format.h>

#include "rules/project/project_rules.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kLostBasket{
    .id = "lost-basket-consistency",
    .severity = Severity::Warning,
    .summary = "The abandoned-basket fields contradict each other",
    .description =
        "The Webshop module keeps the customer's last abandoned basket (`Webshop_LostBasketValue`, "
        "`Webshop_LostBasketDate`, `Webshop_LostBasketContent`) and the value of all abandoned "
        "baskets (`Webshop_AllLostBasket`). MiniCRM's basket reminders and reports use them "
        "together, so this rule reports:\n\n"
        "- a basket value (other than 0) without a basket date, or a basket date without a value: "
        "the reminder has no date to wait from, or no amount to show;\n"
        "- a negative basket value or total;\n"
        "- a total of all baskets smaller than the last basket's value (the total includes it).\n\n"
        "An empty field counts as absent; amounts that are not numbers are money-format's.",
    .fix =
        "Send the basket's value and date together (both updated when the basket changes), clear "
        "both when the basket is gone, and add the last basket to the running total.",
    .failing_line = 7,
};

// Totals computed with floats (PHP) may miss the last basket's value by a
// rounding error; a difference below a hundredth is not a contradiction.
constexpr double kRounding = 0.01;

// A field that is present with a non-blank value, or nullptr.
const Element* given(const Element& project, Kind kind) {
  const Element* field = project.child(kind);
  return field && !is_blank(field->text) ? field : nullptr;
}

class LostBasket final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    const Element* value = given(project, Kind::LostBasketValue);
    const Element* date = given(project, Kind::LostBasketDate);
    const Element* total = given(project, Kind::AllLostBasket);
    // Plain doubles beside has_*: GCC 12 warns (maybe-uninitialized) on optional<double> here.
    const std::optional<double> parsed_amount = value ? parse_decimal(value->text) : std::nullopt;
    const std::optional<double> parsed_all = total ? parse_decimal(total->text) : std::nullopt;
    const bool has_amount = parsed_amount.has_value(), has_all = parsed_all.has_value();
    const double amount = parsed_amount.value_or(0.0), all = parsed_all.value_or(0.0);
    const auto report = [&](const Element& at, std::string message) {
      context.report(at.loc, std::move(message), {&project}, at.tag());
    };

    if (has_amount && amount != 0 && !date)
      report(*value, fmt::format("Webshop_LostBasketValue {} is given without a Webshop_LostBasketDate; send the "
                                 "basket's date with its value",
                                 quoted(value->text)));
    if (date && !value)
      report(*date, fmt::format("Webshop_LostBasketDate {} is given without a Webshop_LostBasketValue; send the "
                                "basket's value with its date",
                                quoted(date->text)));
    if (has_amount && amount < 0)
      report(*value,
             fmt::format("Webshop_LostBasketValue {} is negative; a basket's value is 0 or more", quoted(value->text)));
    if (has_all && all < 0)
      report(*total, fmt::format("Webshop_AllLostBasket {} is negative; the value of all baskets is 0 or more",
                                 quoted(total->text)));
    if (has_amount && has_all && amount >= 0 && all >= 0 && all < amount - kRounding)
      report(*total, fmt::format("Webshop_AllLostBasket {} is smaller than the last basket's value {} (line {}); "
                                 "the total of all abandoned baskets includes the last one",
                                 quoted(total->text), quoted(value->text), value->loc.line));
  }
};

}  // namespace

void add_lost_basket_rule(RuleList& rules) { rules.push_back({kLostBasket, make_rule<LostBasket>}); }

}  // namespace syncfeed
