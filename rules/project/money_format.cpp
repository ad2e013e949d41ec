// money-format: amounts written as dot-decimal numbers: a project's
// Webshop_LostBasketValue and Webshop_AllLostBasket, and each product's
// PriceNet.
//
// An empty amount is left alone: an empty PriceNet is product-field-missing's
// (reporting it twice helps nobody), and an empty basket value means "no
// abandoned basket".
#include <fmt/format.h>

#include "rules/project/project_rules.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kMoneyFormat{
    .id = "money-format",
    .severity = Severity::Error,
    .summary = "An amount that is not a dot-decimal number",
    .description =
        "Amounts (`Webshop_LostBasketValue`, `Webshop_AllLostBasket` and each product's `PriceNet`) "
        "are plain numbers with a dot as the decimal separator: an optional leading minus, digits, "
        "and optionally a dot and more digits (`7086.6141732283`, `-500`, `0.5`). Shops built for "
        "Hungarian or Romanian users often write `12,50` (decimal comma), `1 234` or `1.234,50` "
        "(thousands separators), `12.50 Ft` or `€12` (currency), `1.0E-5` (exponent, from a float "
        "printed carelessly): MiniCRM then reads a wrong amount (`12,50` as 12, `1.234` as one "
        "forint and a bit) or none, and order totals and basket values are wrong.\n\n"
        "The message says what to write when the intended number is clear. Empty amounts are not "
        "checked here (an empty `PriceNet` is product-field-missing).",
    .fix =
        "Write amounts with a dot and without grouping or currency; in PHP "
        "`number_format($price, 2, '.', '')` or simply the float itself. The currency belongs in "
        "the order's `CurrencyCode`.",
    .failing_line = 6,
};

class MoneyFormat final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for (const Kind kind : {Kind::LostBasketValue, Kind::AllLostBasket})
      if (const Element* field = project.child(kind)) check_amount(*field, {&project}, context);
    for (const Element* order : project.items(Kind::Orders))
      for (const Element* product : order->items(Kind::Products))
        if (const Element* price = product->child(Kind::PriceNet))
          check_amount(*price, {&project, order, product}, context);
  }

 private:
  static void check_amount(const Element& field, RecordIds ids, RuleContext& context) {
    if (is_blank(field.text)) return;
    const std::string problem = decimal_problem(field.text);
    if (problem.empty()) return;
    context.report(field.loc,
                   fmt::format("{} {} is not a dot-decimal number: it {}", field.tag(), quoted(field.text), problem),
                   ids, field.tag());
  }
};

}  // namespace

void add_money_format_rule(RuleList& rules) { rules.push_back({kMoneyFormat, make_rule<MoneyFormat>}); }

}  // namespace syncfeed
