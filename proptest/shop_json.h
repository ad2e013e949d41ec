// The JSON a generator reads on its standard input (docs/fuzz.md, "Input";
// its JSON Schema is docs/fuzz-input.schema.json): the feed's model with the
// shop's types.
//
//   {"Projects": [{"Id": "12", "Name": "Kovács Péter", "Webshop_Disabled": false,
//                  "Contacts": [{"FirstName": "Péter", "Emails": ["p@x.hu"]}],
//                  "Orders": [{"Id": "1001", "Products": [{"Id": "7", "PriceNet": 2165.3543,
//                                                         "Quantity": 2, "VAT": 27}]}]}]}
//
// Keys are the feed's element names and `Id` for the attribute; a list
// (Contacts, Orders, Products, Addresses) is an array of its items, Emails
// and Phones arrays of strings; a nested record (Business, Customer) is an
// object. Prices, quantities and basket values are JSON numbers, VAT the
// percentage as a number, Webshop_Disabled a boolean; the rest are strings.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "proptest/shop_data.h"

namespace syncfeed::proptest {

// The JSON text of the data, one line, keys in the feed's canonical order.
std::string to_json(const ShopData& data);

// Reads it back (a replay file); throws std::invalid_argument saying where
// the text does not follow the format.
ShopData from_json(std::string_view text);

// The kinds the JSON holds as numbers: decimals (PriceNet, Quantity, the
// basket values), and VAT as a percentage.
bool is_number_field(Kind kind);

}  // namespace syncfeed::proptest
