// A feed shaped like the output of MiniCRM's own WooCommerce plugin (docs/format.md
// §2.5, "What MiniCRM's plugin writes") must not make the party and
// order rules cry wolf: no error and no warning. The feed: one line, lower-case
// encoding, PHP float prices, empty SKU/Description/PaymentMethod/VatNumber and
// phone Value, entity-escaped HTML descriptions, ids with a shop offset of
// 100000000, a guest from 1000000 who also registered (same e-mail), shipping
// and coupon lines from 10000000 with a negative coupon price, _HU/_RO
// languages, an old Romanian order at the 19% rate.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "rules/order/order_rules.h"
#include "rules/party/party_rules.h"
#include "rules/rule_runner.h"

using namespace syncfeed;

namespace {

// The rules of the party and order families, from their own lists (rules/party/, rules/order/).
std::vector<std::string_view> party_and_order_rules() {
  RuleList rules;
  add_party_rules(rules);
  add_order_rules(rules);
  std::vector<std::string_view> ids;
  for (const RuleEntry& entry : rules) ids.push_back(entry.info.id);
  return ids;
}

constexpr std::string_view kPluginFeed =
    R"(<?xml version="1.0" encoding="utf-8"?>)"
    R"(<Projects><Project Id="100000342"><Name>Nagy Béla</Name><CategoryId>21</CategoryId>)"
    R"(<StatusId>Többször rendelt</StatusId><Contacts><Contact><FirstName>Béla</FirstName><LastName>Nagy</LastName>)"
    R"(<Emails><Email><Value>nagy.bela@example.hu</Value></Email></Emails><Phones><Phone><Value/></Phone></Phones>)"
    R"(</Contact></Contacts><Orders><Order Id="100004711"><Number>4711</Number><CurrencyCode>HUF</CurrencyCode>)"
    R"(<Language>_HU</Language><Performance>2026-02-03 17:45:09</Performance><Subject/><Status>Completed</Status>)"
    R"(<PaymentMethod/><Customer><Name>Nagy Béla</Name><CountryId>Magyarország</CountryId><PostalCode>1052</PostalCode>)"
    R"(<City>Budapest</City><Address>Váci utca 12.</Address></Customer><Products>)"
    R"(<Product Id="100001234"><Name>Presszó kávéfőző KF-200</Name><PriceNet>7086.6141732283</PriceNet>)"
    R"(<Quantity>2</Quantity><SKU/><EAN/><Description>&amp;lt;p&amp;gt;Prémium &amp;lt;strong&amp;gt;kávéfőző)"
    R"(&amp;lt;/strong&amp;gt;&amp;lt;/p&amp;gt;</Description><Unit>darab</Unit><VAT>27%</VAT>)"
    R"(<FolderName>Webshop termékek</FolderName></Product>)"
    R"(<Product Id="110004117"><Name>Szállítás: GLS futárszolgálat</Name><PriceNet>1574.8031496063</PriceNet>)"
    R"(<Quantity>1</Quantity><SKU/><Description/><Unit>darab</Unit><VAT>27%</VAT>)"
    R"(<FolderName>Webshop termékek</FolderName></Product>)"
    R"(<Product Id="110004118"><Name>Kupon: "tavasz10"</Name><PriceNet>-708.66141732283</PriceNet>)"
    R"(<Quantity>1</Quantity><SKU/><Description/><Unit>darab</Unit><VAT>27%</VAT>)"
    R"(<FolderName>Webshop termékek</FolderName></Product></Products></Order></Orders></Project>)"
    R"(<Project Id="101000017"><Name>Nagy Béla</Name><CategoryId>21</CategoryId><StatusId>Egyszeri vevő</StatusId>)"
    R"(<Business><Name>Nagy és Fia Bt.</Name><VatNumber/><Emails><Email><Value>Nagy.Bela@example.hu</Value></Email>)"
    R"(</Emails><Phones><Phone><Value>+36 30 123 4567</Value></Phone></Phones></Business><Orders>)"
    R"(<Order Id="100004712"><Number>4712</Number><CurrencyCode>HUF</CurrencyCode><Language>_HU</Language>)"
    R"(<Performance>2026-02-04 08:00:00</Performance><Status>Issued</Status><PaymentMethod>WiredTransfer</PaymentMethod>)"
    R"(<Customer><Name>Nagy és Fia Bt.</Name><CountryId>Magyarország</CountryId><PostalCode>6720</PostalCode>)"
    R"(<City>Szeged</City><Address>Kárász utca 5.</Address></Customer><Products>)"
    R"(<Product Id="100001234"><Name>Presszó kávéfőző KF-200</Name><PriceNet>7086.6141732283</PriceNet>)"
    R"(<Quantity>1</Quantity><SKU/><EAN>5991234567894</EAN><Description/><Unit>darab</Unit><VAT>27%</VAT>)"
    R"(<FolderName>Webshop termékek</FolderName></Product></Products></Order></Orders></Project>)"
    R"(<Project Id="100001205"><Name>Ștefan Dumitrescu</Name><CategoryId>21</CategoryId><StatusId>Nou</StatusId>)"
    R"(<Contacts><Contact><FirstName>Ștefan</FirstName><LastName>Dumitrescu</LastName><Emails><Email>)"
    R"(<Value>stefan.dumitrescu@exemplu.ro</Value></Email></Emails></Contact></Contacts><Orders>)"
    R"(<Order Id="100001205"><Number>1205</Number><CurrencyCode>RON</CurrencyCode><Language>_RO</Language>)"
    R"(<Performance>2024-11-21 20:03:57</Performance><Status>Completed</Status><PaymentMethod>Card</PaymentMethod>)"
    R"(<Customer><Name>Ștefan Dumitrescu</Name><CountryId>România</CountryId><PostalCode>400001</PostalCode>)"
    R"(<City>Cluj-Napoca</City><Address>Strada Memorandumului 28 ap. 4</Address></Customer><Products>)"
    R"(<Product Id="100001402"><Name>Cafea boabe Brazilia 1 kg</Name><PriceNet>84.033613445378</PriceNet>)"
    R"(<Quantity>2</Quantity><SKU>CAF-BR-1000</SKU><EAN>5940000000011</EAN><Description/><Unit>bucată</Unit>)"
    R"(<VAT>19%</VAT><FolderName>Produse webshop</FolderName></Product>)"
    R"(<Product Id="110004390"><Name>Livrare: Fan Courier</Name><PriceNet>12.605042016807</PriceNet>)"
    R"(<Quantity>1</Quantity><SKU/><Description/><Unit>bucată</Unit><VAT>19%</VAT>)"
    R"(<FolderName>Produse webshop</FolderName></Product></Products></Order></Orders></Project></Projects>)";

}  // namespace

TEST_CASE("a plugin-shaped feed: no party or order rule reports an error or a warning") {
  const std::vector<std::string_view> only = party_and_order_rules();
  REQUIRE(only.size() >= 26);
  const auto findings = check_text(kPluginFeed, {}, only);
  for (const Finding& f : findings) {
    INFO(f.rule << " at column " << f.loc.column << ": " << f.message);
    CHECK(f.severity == Severity::Info);
  }
  // The information it does give: the coupon line, and the guest who registered.
  const auto count = [&](std::string_view rule) {
    return std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule == rule; });
  };
  CHECK(count("price-negative") == 1);
  CHECK(count("email-duplicate") == 1);
  CHECK(findings.size() == 2);
}
