// A webshop's own feed generator, the kind syncfeed's users write: the shop's
// records in, MiniCRM's XML out, by string concatenation. It knows nothing of
// syncfeed; only its tests do (properties.cpp).
#pragma once

#include <string>
#include <vector>

namespace shop {

struct Line {
  std::string product_id, name, sku, price_net, quantity, unit, vat;
};

struct Order {
  std::string id, number, currency, date, status;
  std::string customer_name, country, postal_code, city, address;
  std::vector<Line> lines;
};

struct Customer {
  std::string id, first_name, last_name, email;
  std::vector<Order> orders;
};

// The feed of these customers for the Webshop module `category_id`.
std::string write_feed(const std::vector<Customer>& customers, const std::string& category_id);

}  // namespace shop
