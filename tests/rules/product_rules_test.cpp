// The product-line rules: product-id-missing, product-id-repeated,
// product-field-missing, quantity-invalid, quantity-fractional,
// price-negative, vat-format, vat-rate-unknown, ean-checksum,
// product-inconsistent, folder-name-missing, description-too-long.
#include <catch2/catch.hpp>

#include <string>

#include "order_feeds.h"
#include "rule_check.h"

using namespace syncfeed;
using syncfeed::test::one_order;
using syncfeed::test::one_product;
using syncfeed::test::product_line;
using syncfeed::test::project_line;
using syncfeed::test::run_rule;

namespace {

// The findings of `rule` for one product with `tag` set to `value` (line 7).
std::vector<Finding> with_field(std::string_view rule, std::string_view tag, std::string_view value,
                                std::string_view more = "") {
  std::string body = "            <" + std::string(tag) + ">" + std::string(value) + "</" + std::string(tag) + ">";
  if (!more.empty()) body += "\n            " + std::string(more);
  return run_rule(rule, one_product(body));
}

void check_ids(const Finding& f) {
  CHECK(f.project_id == "14353");
  CHECK(f.order_id == "1001");
  CHECK(f.product_id == "55");
}

}  // namespace

TEST_CASE("product-id-missing: no Id attribute or a blank one, at the Product") {
  const auto findings =
      run_rule("product-id-missing", one_order("        <Products>\n          <Product><Name>A</Name></Product>\n"
                                               "          <Product Id=\"\"><Name>B</Name></Product>\n"
                                               "          <Product Id=\"10000001\"><Name>Szállítás</Name></Product>\n"
                                               "        </Products>"));
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].loc.line == 6);
  CHECK(findings[0].loc.column == 11);
  CHECK(findings[0].order_id == "1001");
  CHECK_THAT(findings[0].message, Catch::StartsWith("<Product> has no Id attribute"));
  CHECK(findings[1].loc.line == 7);
  CHECK_THAT(findings[1].message, Catch::StartsWith("<Product> has an empty Id (\"\")"));
}

TEST_CASE("product-id-repeated: each repeat in one order, naming the first line") {
  const auto findings = run_rule("product-id-repeated", one_order("        <Products>\n"
                                                                  "          " +
                                                                  product_line("55", "Kávé") +
                                                                  "\n"
                                                                  "          " +
                                                                  product_line("56", "Tea") +
                                                                  "\n"
                                                                  "          " +
                                                                  product_line("55", "Kávé") +
                                                                  "\n"
                                                                  "          " +
                                                                  product_line("55", "Kávé") +
                                                                  "\n"
                                                                  "        </Products>"));
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].severity == Severity::Warning);
  CHECK(findings[0].loc.line == 8);
  CHECK(findings[0].product_id == "55");
  CHECK(findings[0].order_id == "1001");
  CHECK_THAT(findings[0].message, Catch::StartsWith("Product Id \"55\" appears again in this order (first at line 6)"));
  CHECK(findings[1].loc.line == 9);
  // Two orders with the same product are fine.
  CHECK(run_rule("product-id-repeated", "<Projects>\n" + project_line("1", "10", product_line("55", "Kávé")) +
                                            project_line("1", "11", product_line("55", "Kávé")) + "</Projects>\n")
            .empty());
}

TEST_CASE("product-field-missing: each required field, absent at the Product, empty at the field") {
  const auto none = run_rule("product-field-missing", one_product("            <SKU>KAVE-1KG</SKU>"));
  REQUIRE(none.size() == 5);
  const char* fields[] = {"Name", "PriceNet", "Quantity", "Unit", "VAT"};
  for (std::size_t i = 0; i < 5; ++i) {
    INFO(fields[i]);
    CHECK(none[i].field == fields[i]);
    CHECK(none[i].loc.line == 6);
    check_ids(none[i]);
  }
  const auto empty = with_field("product-field-missing", "Unit", "",
                                "<Name>Kávé</Name><PriceNet>1</PriceNet><Quantity>1</Quantity><VAT>27%</VAT>");
  REQUIRE(empty.size() == 1);
  CHECK(empty[0].loc.line == 7);
  CHECK_THAT(empty[0].message, Catch::StartsWith("<Unit> is empty"));
}

TEST_CASE("quantity-invalid: not a number, or not greater than 0") {
  const std::pair<const char*, const char*> cases[] = {
      {"0", "is not greater than 0"},
      {"0.0", "is not greater than 0"},
      {"-1", "is not greater than 0; a discount or return is a negative PriceNet"},
      {"1,5", "uses a comma as the decimal separator; write 1.5"},
      {"2 db", "is not a number"},
      {"egy", "is not a number"},
      {"1e3", "exponent"},
      {" 2", "has spaces around it; write 2"},
  };
  for (const auto& [value, reason] : cases) {
    INFO(value);
    const auto findings = with_field("quantity-invalid", "Quantity", value);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Error);
    CHECK(findings[0].loc.line == 7);
    CHECK(findings[0].loc.column == 13);
    CHECK(findings[0].field == "Quantity");
    check_ids(findings[0]);
    CHECK_THAT(findings[0].message,
               Catch::StartsWith("Quantity \"" + std::string(value) + "\"") && Catch::Contains(reason));
  }
  for (const char* value : {"1", "0.5", "0.001", "1000000", "2.0"}) {
    INFO(value);
    CHECK(with_field("quantity-invalid", "Quantity", value).empty());
  }
  CHECK(with_field("quantity-invalid", "Quantity", "").empty());  // product-field-missing's
}

TEST_CASE("quantity-fractional: a fraction of a piece-like unit, in any spelling") {
  for (const char* unit :
       {"darab", "db", "Db.", "piece", "pcs", "PCS", "buc", "buc.", "bucată", "BUCATĂ", "bucata", "bucăți"}) {
    INFO(unit);
    const auto findings =
        with_field("quantity-fractional", "Quantity", "1.5", "<Unit>" + std::string(unit) + "</Unit>");
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Info);
    CHECK(findings[0].loc.line == 7);
    check_ids(findings[0]);
    CHECK_THAT(findings[0].message, Catch::Contains("Quantity \"1.5\" is fractional, but the unit"));
  }
  CHECK(with_field("quantity-fractional", "Quantity", "2.0", "<Unit>darab</Unit>").empty());
  CHECK(with_field("quantity-fractional", "Quantity", "2.000", "<Unit>db</Unit>").empty());
  CHECK(with_field("quantity-fractional", "Quantity", "0.75", "<Unit>kg</Unit>").empty());
  CHECK(with_field("quantity-fractional", "Quantity", "1.5", "<Unit>m</Unit>").empty());
  CHECK(with_field("quantity-fractional", "Quantity", "1.5", "<Unit/>").empty());
  CHECK(with_field("quantity-fractional", "Quantity", "1,5", "<Unit>db</Unit>").empty());  // quantity-invalid's
  CHECK(with_field("quantity-fractional", "Quantity", "1.05", "<Unit>darab</Unit>").size() == 1);
}

TEST_CASE("price-negative: information for a negative PriceNet, such as the plugin's coupon line") {
  const auto coupon = run_rule(
      "price-negative", one_order("        <Products>\n"
                                  "          <Product Id=\"10000003\"><Name>Kupon: TAVASZ10</Name>\n"
                                  "            <PriceNet>-787.4015748031</PriceNet><Quantity>1</Quantity></Product>\n"
                                  "        </Products>"));
  REQUIRE(coupon.size() == 1);
  CHECK(coupon[0].severity == Severity::Info);
  CHECK(coupon[0].loc.line == 7);
  CHECK(coupon[0].product_id == "10000003");
  CHECK_THAT(coupon[0].message, Catch::StartsWith("PriceNet \"-787.4015748031\" is negative"));
  for (const char* value : {"-0", "-0.00", "0", "7086.6141732283", "abc", "-", ""}) {
    INFO(value);
    CHECK(with_field("price-negative", "PriceNet", value).empty());
  }
}

TEST_CASE("vat-format: other spellings, with what to write") {
  const std::pair<const char*, const char*> cases[] = {
      {"27", "add the percent sign: 27%"},
      {"27 %", "remove the space before the percent sign: 27%"},
      {"27,5%", "use a dot as the decimal separator: 27.5%"},
      {"0.27", "it looks like a fraction; write the percentage: 27%"},
      {"0.055", "write the percentage: 5.5%"},
      {" 27%", "remove the spaces around it: 27%"},
      {"AAM", "for a VAT-exempt line write 0%"},
      {"TAM", "for a VAT-exempt line write 0%"},
      {"scutit", "for a VAT-exempt line write 0%"},
      {"-5%", "a VAT rate is not negative"},
      {"27%%", "expected a percentage such as 27% or 5.5%"},
      {"ÁFA 27%", "expected a percentage"},
  };
  for (const auto& [value, advice] : cases) {
    INFO(value);
    const auto findings = with_field("vat-format", "VAT", value);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].loc.line == 7);
    CHECK(findings[0].field == "VAT");
    check_ids(findings[0]);
    CHECK_THAT(findings[0].message,
               Catch::Contains("is not a percentage such as 27% or 5.5%") && Catch::Contains(advice));
  }
  for (const char* value : {"27%", "5%", "5.5%", "0%", "27.0%", "18.00%", ""}) {
    INFO(value);
    CHECK(with_field("vat-format", "VAT", value).empty());
  }
}

TEST_CASE("vat-rate-unknown: every Hungarian and Romanian rate since 2000 is accepted, compared as numbers") {
  for (const char* value : {"0%", "5%", "9%", "11%", "12%", "15%", "18%", "19%", "20%", "21%", "22%", "24%", "25%",
                            "27%", "27.0%", "5.00%", "0.0%"}) {
    INFO(value);
    CHECK(with_field("vat-rate-unknown", "VAT", value).empty());
  }
  for (const char* value : {"23%", "26.98%", "7%", "5.5%", "100%", "2.7%"}) {
    INFO(value);
    const auto findings = with_field("vat-rate-unknown", "VAT", value);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].loc.line == 7);
    check_ids(findings[0]);
    CHECK_THAT(findings[0].message,
               Catch::StartsWith("VAT rate \"" + std::string(value) + "\" is not a Hungarian or Romanian VAT rate") &&
                   Catch::Contains("(0%, 5%, 9%, 11%, 12%, 15%, 18%, 19%, 20%, 21%, 22%, 24%, 25%, 27%)"));
  }
  CHECK(with_field("vat-rate-unknown", "VAT", "27").empty());  // vat-format's
}

TEST_CASE("vat-rate-unknown: the configured rates replace the defaults") {
  RuleSettings settings;
  settings.vat_rates = {"27%", "5", "18.0%"};
  const auto check = [&](const char* value) {
    return run_rule("vat-rate-unknown", one_product(std::string("            <VAT>") + value + "</VAT>"), settings);
  };
  CHECK(check("27%").empty());
  CHECK(check("5.0%").empty());
  CHECK(check("18%").empty());
  const auto findings = check("19%");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Contains("is not one of the rates configured in vat_rates (27%, 5%, 18%)"));
}

TEST_CASE("ean-checksum: GTIN-8, -12, -13 and -14 with a valid check digit pass") {
  for (const char* value : {"96385074", "036000291452", "5991234567894", "4006381333931", "15991234567891", "", " "}) {
    INFO(value);
    CHECK(with_field("ean-checksum", "EAN", value).empty());
  }
}

TEST_CASE("ean-checksum: wrong check digit, length or characters") {
  const std::pair<const char*, const char*> cases[] = {
      {"5991234567891", "its check digit is 1, the digits before it need 4"},
      {"96385075", "its check digit is 5, the digits before it need 4"},
      {"599123456789", "its check digit is 9, the digits before it need 3"},
      {"59912345678", "it has 11 digits; a GTIN has 8, 12, 13 or 14"},
      {"599123456789412", "it has 15 digits"},
      {"599 1234 56789 4", "it contains a space"},
      {"5991234-567894", "it contains '-'"},
      {"KAVE-1KG", "it contains 'K'"},
  };
  for (const auto& [value, reason] : cases) {
    INFO(value);
    const auto findings = with_field("ean-checksum", "EAN", value);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Error);
    CHECK(findings[0].loc.line == 7);
    CHECK(findings[0].field == "EAN");
    check_ids(findings[0]);
    CHECK_THAT(findings[0].message,
               Catch::StartsWith("EAN \"" + std::string(value) + "\" is not a valid GTIN") && Catch::Contains(reason));
  }
}

TEST_CASE("product-inconsistent: another Name or SKU in a later order, named once per variant") {
  const std::string feed = "<Projects>\n" +
                           project_line("1", "1001", product_line("55", "Pörkölt kávé 1 kg", "KAVE-1KG")) +
                           project_line("2", "1002", product_line("55", "Zöld tea 100 g", "KAVE-1KG")) +
                           project_line("3", "1003", product_line("55", "Zöld tea 100 g", "KAVE-1KG")) +
                           project_line("4", "1004", product_line("55", "Pörkölt kávé 1 kg", "TEA-100G")) +
                           project_line("5", "1005", product_line("55", " Pörkölt kávé 1 kg ", "")) + "</Projects>\n";
  const auto findings = run_rule("product-inconsistent", feed);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].severity == Severity::Warning);
  CHECK(findings[0].loc.line == 3);
  CHECK(findings[0].project_id == "2");
  CHECK(findings[0].order_id == "1002");
  CHECK(findings[0].product_id == "55");
  CHECK(findings[0].field == "Name");
  CHECK_THAT(findings[0].message,
             Catch::StartsWith("Product Id \"55\" has Name \"Zöld tea 100 g\" here, but another Name in order \"1001\" "
                               "(line 2)"));
  CHECK(findings[1].loc.line == 5);
  CHECK(findings[1].field == "SKU");
  CHECK_THAT(findings[1].message, Catch::StartsWith("Product Id \"55\" has SKU \"TEA-100G\" here"));
}

TEST_CASE("product-inconsistent: one order, blank values and other products are not compared") {
  // Lines of one order are product-id-repeated's.
  CHECK(run_rule("product-inconsistent",
                 "<Projects>\n" + project_line("1", "1001", product_line("55", "Kávé") + product_line("55", "Tea")) +
                     "</Projects>\n")
            .empty());
  // A first occurrence without SKU takes the SKU of the first one that has it.
  CHECK(run_rule("product-inconsistent", "<Projects>\n" + project_line("1", "1", product_line("55", "Kávé", "")) +
                                             project_line("2", "2", product_line("55", "Kávé", "K-1")) +
                                             project_line("3", "3", product_line("55", "Kávé", "K-1")) +
                                             "</Projects>\n")
            .empty());
  CHECK(run_rule("product-inconsistent", "<Projects>\n" + project_line("1", "1", product_line("55", "Kávé", "K-1")) +
                                             project_line("2", "2", product_line("56", "Tea", "T-1")) +
                                             project_line("3", "3", product_line("A-55", "Kávé", "K-1")) +
                                             "</Projects>\n")
            .empty());
}

TEST_CASE("folder-name-missing: information at the Product, or at an empty FolderName") {
  const auto absent = with_field("folder-name-missing", "Name", "Pörkölt kávé 1 kg");
  REQUIRE(absent.size() == 1);
  CHECK(absent[0].severity == Severity::Info);
  CHECK(absent[0].loc.line == 6);
  check_ids(absent[0]);
  const auto empty = with_field("folder-name-missing", "FolderName", "");
  REQUIRE(empty.size() == 1);
  CHECK(empty[0].loc.line == 7);
  CHECK(with_field("folder-name-missing", "FolderName", "Kávé").empty());
}

TEST_CASE("description-too-long: counts characters, not bytes") {
  std::string ascii(1024, 'a');
  CHECK(with_field("description-too-long", "Description", ascii).empty());
  ascii += 'a';
  const auto findings = with_field("description-too-long", "Description", ascii);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::Warning);
  CHECK(findings[0].loc.line == 7);
  check_ids(findings[0]);
  CHECK_THAT(findings[0].message, Catch::StartsWith("Description is 1025 characters long; MiniCRM holds up to 1024"));

  std::string accented;
  for (int i = 0; i < 1024; ++i) accented += "ő";  // 2048 bytes, 1024 characters
  CHECK(with_field("description-too-long", "Description", accented).empty());
  accented += "ș";
  const auto long_accented = with_field("description-too-long", "Description", accented);
  REQUIRE(long_accented.size() == 1);
  CHECK_THAT(long_accented[0].message, Catch::StartsWith("Description is 1025 characters long"));
  // Escaped markup counts as the text the parser gives: "&lt;p&gt;" is 9 characters.
  std::string escaped;
  for (int i = 0; i < 113; ++i) escaped += "&amp;lt;p&amp;gt;";  // 113 * 9 = 1017 characters
  CHECK(with_field("description-too-long", "Description", escaped).empty());
}
