// Small feeds for the order and product rule tests, with fixed line numbers.
#pragma once

#include <string>
#include <string_view>

namespace syncfeed::test {

// Project 14353 with one `<Order Id="order_id">` (line 4) whose body starts
// at line 5.
inline std::string one_order(std::string_view body, std::string_view order_id = "1001") {
  return "<Projects>\n  <Project Id=\"14353\">\n    <Orders>\n      <Order Id=\"" + std::string(order_id) + "\">\n" +
         std::string(body) + "\n      </Order>\n    </Orders>\n  </Project>\n</Projects>\n";
}

// Order 1001 of project 14353 with one `<Product Id="55">` (line 6) whose
// body starts at line 7.
inline std::string one_product(std::string_view body) {
  return one_order("        <Products>\n          <Product Id=\"55\">\n" + std::string(body) +
                   "\n          </Product>\n        </Products>");
}

// A product line `<Product Id="id">...</Product>` on one line, complete.
inline std::string product_line(std::string_view id, std::string_view name, std::string_view sku = "",
                                std::string_view extra = "") {
  return "<Product Id=\"" + std::string(id) + "\"><Name>" + std::string(name) + "</Name><SKU>" + std::string(sku) +
         "</SKU><PriceNet>100</PriceNet><Quantity>1</Quantity><Unit>darab</Unit><VAT>27%</VAT>" + std::string(extra) +
         "</Product>";
}

// A project of one line holding one order of the given product lines.
inline std::string project_line(std::string_view project_id, std::string_view order_id, std::string_view products) {
  return "  <Project Id=\"" + std::string(project_id) + "\"><Orders><Order Id=\"" + std::string(order_id) +
         "\"><Products>" + std::string(products) + "</Products></Order></Orders></Project>\n";
}

}  // namespace syncfeed::test
