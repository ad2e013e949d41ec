// price-negative: a negative net unit price. Right for discount and coupon
// lines, so only information: it makes a sign error visible.
#include <fmt/format.h>

#include "rules/order/order_rules.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kPriceNegative{
    .id = "price-negative",
    .severity = Severity::Info,
    .summary = "A negative PriceNet",
    .description =
        "`PriceNet` is the net unit price of a line. A negative price is how a discount, coupon or "
        "refund line is sent (MiniCRM's own plugin sends coupons that way, with ids from 10000000), "
        "so it is not an error. But a product sold at a negative price is a sign error that "
        "silently lowers the order's value in every MiniCRM report, so each negative price is "
        "listed for a look.\n\n"
        "`-0` is not negative. A value that is not a number is money-format's.",
    .fix =
        "Nothing, for discount and coupon lines. For a product line, send the price without "
        "the minus sign. To hide these notes, `--ignore price-negative` or turn the rule off "
        "in syncfeed.toml.",
    .failing_line = 16,
};

class PriceNegative final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_product(project, [&](const Element& order, const Element& product) {
      const Element* price = product.child(Kind::PriceNet);
      if (!price) return;
      const auto value = parse_decimal(price->text);
      if (!value || *value >= 0) return;
      context.report(price->loc,
                     fmt::format("PriceNet {} is negative; right for a discount or coupon line, a sign error "
                                 "otherwise",
                                 quoted(price->text)),
                     {&project, &order, &product}, "PriceNet");
    });
  }
};

}  // namespace

void add_price_negative_rule(RuleList& rules) { rules.push_back({kPriceNegative, make_rule<PriceNegative>}); }

}  // namespace syncfeed
