// A feed whose whole-feed rules compare keys that are empty, non-ASCII or
// far longer than a digest's first block (rules/digest_arena.h), with a
// known number of findings of each such rule. What a part's thread takes of
// a project is copied into the project's arena: this feed makes the copies
// overflow it, and makes keys that differ only after their first kilobytes.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace syncfeed::test {

namespace edge_key_detail {

inline std::string repeat(std::string_view piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

inline std::string project(std::string_view id, std::string_view email, std::string_view orders,
                           std::string_view custom = "") {
  return "  <Project Id=\"" + std::string(id) + "\">\n    <Name>X</Name>\n    <CategoryId>12</CategoryId>\n" +
         std::string(custom) + "    <Contacts><Contact><LastName>X</LastName><Emails><Email><Value>" +
         std::string(email) + "</Value></Email></Emails></Contact></Contacts>\n    <Orders>" + std::string(orders) +
         "</Orders>\n  </Project>\n";
}

inline std::string order(std::string_view id, std::string_view products, std::string_view date = "2024-05-01") {
  return "<Order Id=\"" + std::string(id) + "\"><Performance>" + std::string(date) + "</Performance><Products>" +
         std::string(products) + "</Products></Order>";
}

inline std::string product(std::string_view id, std::string_view name, std::string_view sku) {
  return "<Product Id=\"" + std::string(id) + "\"><Name>" + std::string(name) + "</Name><SKU>" + std::string(sku) +
         "</SKU></Product>";
}

}  // namespace edge_key_detail

inline std::string edge_key_feed() {
  using namespace edge_key_detail;
  const std::string long_project = "Ü" + repeat("x", 3000);          // text, not an integer id
  const std::string long_email = repeat("Á", 3000) + "@example.hu";  // 6 KB; upper-case non-ASCII is not folded
  const std::string long_order = "Ő" + repeat("1", 4000);
  const std::string long_name = repeat("é", 10000);  // 20 KB
  const std::string long_custom = "<" + repeat("Mező", 500) + ">1</" + repeat("Mező", 500) + ">\n";
  return "<Projects>\n" +
         // Non-ASCII keys: ASCII letters are folded, others are not.
         project("1", "Árvíz@Példa.HU", order("Ó-1", product("55", "Kávé", "") + product("", "Tea", "T")),
                 "    <Megjegyzés>első</Megjegyzés>\n") +
         project("2", "ÁRVÍZ@PÉLDA.HU", order("Ó-2", product("55", "", "")), "    <Megjegyzés>második</Megjegyzés>\n") +
         project("3", "  Árvíz@példa.HU ", order("", product("56", "Tea", "T-1"))) +  // email-duplicate of 1
         // Long keys, far beyond a digest's first block.
         project(long_project, long_email, order(long_order, product("55", long_name + "A", "")), long_custom) +
         project(long_project, long_email, order(long_order, product("55", long_name + "A", ""), "1901-01-01")) +
         project("6", " " + long_email, order(long_order, product("55", long_name + "B", "")), long_custom) +
         // Empty keys are not compared: an empty e-mail, Order Id, Name and SKU.
         project("7", "", order("", product("55", "", ""))) + project("8", " ", order(" ", product("56", " ", " "))) +
         "</Projects>\n";
}

// The findings each whole-feed rule makes on edge_key_feed().
inline std::map<std::string, int> edge_key_findings() {
  return {
      {"email-duplicate", 2},       // project 3 (of 1), project 6 (of the long id; not its second project)
      {"project-id-duplicate", 2},  // the long id: at its first and its second project
      {"order-id-duplicate", 1},    // the long order under project 6 (under one card twice is one order)
      {"product-inconsistent", 2},  // product 55: the long name ending in A, and the one ending in B
      {"unknown-element", 2},       // <Megjegyzés> (2 projects), the long custom name (2 projects)
      {"date-implausible", 1},      // 1901
      {"category-id-mixed", 0},
  };
}

}  // namespace syncfeed::test
