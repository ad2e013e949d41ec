// order-empty, product-id-missing and product-id-repeated: an order's
// product lines as a list. MiniCRM replaces an order's product lines with
// the ones sent, keyed by Product/@Id.
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "rules/order/order_rules.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kOrderEmpty{
    .id = "order-empty",
    .severity = Severity::Warning,
    .summary = "An order without products",
    .description =
        "An `<Order>` with no `<Product>` (no `<Products>` at all, or an empty one) makes an order "
        "card with no lines and no value in MiniCRM, and when the order is sent again MiniCRM "
        "replaces its product lines with the ones sent: none. It is usually a generator that "
        "writes the order before its lines are known, or filters out every line (shipping-only "
        "orders, products deleted from the shop).",
    .fix =
        "Send the order's lines with it: one `<Product>` per line, shipping and discounts "
        "included as lines of their own (MiniCRM's plugin gives them ids from 10000000).",
    .failing_line = 8,
};

constexpr RuleInfo kProductIdMissing{
    .id = "product-id-missing",
    .severity = Severity::Error,
    .summary = "A Product without an Id",
    .description =
        "MiniCRM keys a product by `Product/@Id`: it finds the product in its catalogue by it, or "
        "creates it (in `FolderName`) when it is new. A product line without an `Id` (or with an "
        "empty one) cannot be matched to a product, and the line is lost.",
    .fix =
        "Write the shop's product id into the `Id` attribute. Lines that are not products "
        "(shipping, fees, coupons) need ids too: MiniCRM's plugin uses 10000000 and up for them.",
    .failing_line = 16,
};

constexpr RuleInfo kProductIdRepeated{
    .id = "product-id-repeated",
    .severity = Severity::Warning,
    .summary = "The same Product Id twice in one order",
    .description =
        "An order lists the same `Product Id` on two lines. MiniCRM keeps one line per product of "
        "an order, so one of the two lines (and its quantity) is lost; MiniCRM's own plugin merges "
        "such lines before sending them. The finding is at each repeated line and names the "
        "first. Ids are compared exactly as written.",
    .fix =
        "Merge the lines into one with the quantities added up. If the lines are really "
        "different articles (two variants of a product), give each variant its own id.",
    .failing_line = 20,
};

class OrderEmpty final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_order(project, [&](const Element& order) {
      if (!order.items(Kind::Products).empty()) return;
      const Element* products = order.child(Kind::Products);
      context.report(products ? products->loc : order.loc,
                     "the order has no <Product> lines; MiniCRM would keep an order card without lines",
                     {&project, &order}, "Products");
    });
  }
};

class ProductIdMissing final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_product(project, [&](const Element& order, const Element& product) {
      if (!product.has_id)
        context.report(product.loc, "<Product> has no Id attribute; MiniCRM finds or creates the product by it",
                       {&project, &order, &product}, "@Id");
      else if (is_blank(product.id))
        context.report(product.loc,
                       fmt::format("<Product> has an empty Id ({}); MiniCRM finds or creates the product by it",
                                   quoted(product.id)),
                       {&project, &order, &product}, "@Id");
    });
  }
};

class ProductIdRepeated final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_order(project, [&](const Element& order) {
      seen_.clear();
      for (const Element* product : order.items(Kind::Products)) {
        if (!product->has_id || is_blank(product->id)) continue;  // product-id-missing
        const auto first =
            std::find_if(seen_.begin(), seen_.end(), [&](const auto& s) { return s.first == product->id; });
        if (first == seen_.end()) {
          seen_.emplace_back(product->id, product->loc.line);
          continue;
        }
        context.report(product->loc,
                       fmt::format("Product Id {} appears again in this order (first at line {}); MiniCRM keeps "
                                   "one line per product: merge them and add up the quantities",
                                   quoted(product->id), first->second),
                       {&project, &order, product}, "@Id");
      }
    });
  }

 private:
  // The order's product ids so far, with their lines (orders have few lines).
  // Only a buffer: emptied for each order, kept so that each order does not
  // allocate a new one; nothing in it outlives the order.
  std::vector<std::pair<std::string_view, std::uint32_t>> seen_;
};

}  // namespace

void add_order_product_list_rules(RuleList& rules) {
  rules.push_back({kOrderEmpty, make_rule<OrderEmpty>});
  rules.push_back({kProductIdMissing, make_rule<ProductIdMissing>});
  rules.push_back({kProductIdRepeated, make_rule<ProductIdRepeated>});
}

}  // namespace syncfeed
