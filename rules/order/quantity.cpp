// quantity-invalid and quantity-fractional: an order line's Quantity, a
// dot-decimal number (docs/format.md §2.4, rules/value_parsers.h) greater than 0.
#include <fmt/format.h>

#include <string>

#include "rules/order/order_rules.h"
#include "rules/value_parsers.h"
#include "rules/vocabularies/piece_units.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kQuantityInvalid{
    .id = "quantity-invalid",
    .severity = Severity::Error,
    .summary = "Quantity is not a number greater than 0",
    .description =
        "`Quantity` is how many units of the product the line is for: a number written with a dot "
        "as the decimal separator and no thousands separator (`2`, `0.75`), greater than 0. "
        "MiniCRM multiplies it by `PriceNet`: a value that is not such a number (`1,5`, `2 db`, "
        "`1e3`) breaks the line's amount, and 0 or a negative quantity makes a line worth nothing "
        "or less.\n\n"
        "A discount or a return is a line with a negative `PriceNet` and a positive quantity "
        "(that is how MiniCRM's plugin sends coupons), never a negative quantity. An empty value "
        "is product-field-missing's.",
    .fix =
        "Write the quantity with a dot and without the unit (`1.5`, unit in `<Unit>`). Drop "
        "lines with quantity 0 from the feed.",
    .failing_line = 17,
};

constexpr RuleInfo kQuantityFractional{
    .id = "quantity-fractional",
    .severity = Severity::Info,
    .summary = "A fractional quantity of a unit that counts pieces",
    .description =
        "A line sells 1.5 of a unit that counts whole pieces: `piece`, `pcs`, `db`, `darab`, "
        "`buc`, `bucată` (the units MiniCRM's plugin writes, and their usual short forms; letter "
        "case, accents and a final dot do not matter). Fractional quantities are right for "
        "kilograms or metres, so this is information: a half piece is usually a unit that should "
        "be `kg` or `m`, or a quantity that was divided by a pack size. `2.0` is a whole number "
        "and is not reported.",
    .fix =
        "Send the unit the product is really sold in (`kg`, `m`, `l`), or the whole number of "
        "pieces.",
    .failing_line = 17,
};

// True when a decimal (rules/value_parsers.h syntax) has a non-zero digit after the dot.
bool is_fractional(std::string_view decimal) {
  const auto dot = decimal.find('.');
  return dot != std::string_view::npos && decimal.find_first_not_of('0', dot + 1) != std::string_view::npos;
}

class QuantityInvalid final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_product(project, [&](const Element& order, const Element& product) {
      const Element* quantity = product.child(Kind::Quantity);
      if (!quantity || is_blank(quantity->text)) return;  // product-field-missing
      const RecordIds ids{&project, &order, &product};
      const auto value = parse_decimal(quantity->text);
      if (!value)
        context.report(quantity->loc,
                       fmt::format("Quantity {} {}", quoted(quantity->text), decimal_problem(quantity->text)), ids,
                       "Quantity");
      else if (*value <= 0)
        context.report(quantity->loc,
                       fmt::format("Quantity {} is not greater than 0{}", quoted(quantity->text),
                                   *value < 0 ? "; a discount or return is a negative PriceNet, not a negative "
                                                "quantity"
                                              : ""),
                       ids, "Quantity");
    });
  }
};

class QuantityFractional final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_product(project, [&](const Element& order, const Element& product) {
      const Element* quantity = product.child(Kind::Quantity);
      if (!quantity || !is_decimal(quantity->text) || !is_fractional(quantity->text)) return;
      const std::string_view unit = product.value(Kind::Unit);
      if (!is_piece_unit(unit)) return;
      context.report(quantity->loc,
                     fmt::format("Quantity {} is fractional, but the unit {} counts whole pieces; expected a whole "
                                 "number, or a unit such as kg or m",
                                 quoted(quantity->text), quoted(unit)),
                     {&project, &order, &product}, "Quantity");
    });
  }
};

}  // namespace

void add_quantity_rules(RuleList& rules) {
  rules.push_back({kQuantityInvalid, make_rule<QuantityInvalid>});
  rules.push_back({kQuantityFractional, make_rule<QuantityFractional>});
}

}  // namespace syncfeed
