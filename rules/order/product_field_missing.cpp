// product-field-missing: the fields MiniCRM needs for an order line
// (docs/format.md §3).
#include "rules/missing_field.h"
#include "rules/order/order_rules.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kProductFieldMissing{
    .id = "product-field-missing",
    .severity = Severity::Error,
    .summary = "A product without Name, PriceNet, Quantity, Unit or VAT",
    .description =
        "An order line in MiniCRM is a product with a net unit price, a quantity, a unit and a VAT "
        "rate; `Name` names the product when MiniCRM creates it. Without one of these (absent, "
        "empty or blank) the line's amount cannot be computed, or a new product is created "
        "without a name.\n\n"
        "One finding per missing field: at the `<Product>` when the field is absent, at the field "
        "when it is empty. `SKU`, `EAN` and `Description` are optional (MiniCRM's plugin sends "
        "them empty when the shop has none); `FolderName` has its own rule "
        "(folder-name-missing).",
    .fix =
        "Send all five with every line: shipping, fee and coupon lines too (a coupon has a "
        "negative `PriceNet`, `Quantity` 1 and the unit and VAT of the goods it discounts).",
    .failing_line = 16,
};

class ProductFieldMissing final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_product(project, [&](const Element& order, const Element& product) {
      const RecordIds ids{&project, &order, &product};
      report_missing_field(product, Kind::Name, "MiniCRM names the product by it", context, ids);
      report_missing_field(product, Kind::PriceNet, "expected the net unit price, such as 74.38", context, ids);
      report_missing_field(product, Kind::Quantity, "expected the quantity ordered, such as 1", context, ids);
      report_missing_field(product, Kind::Unit, "expected the unit, such as piece, darab or bucată", context, ids);
      report_missing_field(product, Kind::VAT, "expected the VAT rate, such as 27%", context, ids);
    });
  }
};

}  // namespace

void add_product_field_missing_rule(RuleList& rules) {
  rules.push_back({kProductFieldMissing, make_rule<ProductFieldMissing>});
}

}  // namespace syncfeed
