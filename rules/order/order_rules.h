// The "Orders and products" rules (docs/rules/): one add_ function per file,
// called in catalogue order by order_rules.cpp, the family's list.
#pragma once

#include "rules/rule.h"

namespace syncfeed {

// The family's list: order_rules.cpp, called by rules/registry.cpp.
void add_order_rules(RuleList& rules);

// In catalogue order; the file and the rules each one adds:
void add_order_id_rules(RuleList& rules);              // order/order_id.cpp: order-id-missing, -duplicate
void add_order_field_rules(RuleList& rules);           // order/order_fields.cpp: order-field-missing,
                                                       //   currency-code, order-status
void add_customer_rules(RuleList& rules);              // order/customer.cpp: customer-missing, country-unknown
void add_order_product_list_rules(RuleList& rules);    // order/product_list.cpp: order-empty,
                                                       //   product-id-missing, product-id-repeated
void add_product_field_missing_rule(RuleList& rules);  // order/product_field_missing.cpp
void add_quantity_rules(RuleList& rules);              // order/quantity.cpp: quantity-invalid, -fractional
void add_price_negative_rule(RuleList& rules);         // order/price_negative.cpp
void add_vat_rules(RuleList& rules);                   // order/vat.cpp: vat-format, vat-rate-unknown
void add_ean_checksum_rule(RuleList& rules);           // order/ean_checksum.cpp
void add_product_inconsistent_rule(RuleList& rules);   // order/product_inconsistent.cpp
void add_product_detail_rules(RuleList& rules);        // order/product_details.cpp: folder-name-missing,
                                                       //   description-too-long

// Calls `visit(order)` for every Order of the project, and
// `visit(order, product)` for every Product of every order.
template <typename Visit>
void for_each_order(const Element& project, Visit&& visit) {
  for (const Element* order : project.items(Kind::Orders)) visit(*order);
}
template <typename Visit>
void for_each_product(const Element& project, Visit&& visit) {
  for (const Element* order : project.items(Kind::Orders))
    for (const Element* product : order->items(Kind::Products)) visit(*order, *product);
}

}  // namespace syncfeed
