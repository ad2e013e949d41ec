// The Orders and products family: the order cards of MiniCRM's Orders module
// and their product lines.
#include "rules/order/order_rules.h"

namespace syncfeed {

// The family's rules in catalogue order (rules/registry.cpp lists their ids).
void add_order_rules(RuleList& rules) {
  add_order_id_rules(rules);
  add_order_field_rules(rules);
  add_customer_rules(rules);
  add_order_product_list_rules(rules);
  add_product_field_missing_rule(rules);
  add_quantity_rules(rules);
  add_price_negative_rule(rules);
  add_vat_rules(rules);
  add_ean_checksum_rule(rules);
  add_product_inconsistent_rule(rules);
  add_product_detail_rules(rules);
}

}  // namespace syncfeed
