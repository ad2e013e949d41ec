// folder-name-missing and description-too-long: the optional product fields
// MiniCRM uses when it creates a product.
#include <fmt/format.h>

#include "rules/domain/text_fold.h"
#include "rules/missing_field.h"
#include "rules/order/order_rules.h"

namespace syncfeed {
namespace {

// docs/format.md §2.4: Description is optional, up to 1024 characters.
constexpr std::size_t kMaxDescription = 1024;

constexpr RuleInfo kFolderNameMissing{
    .id = "folder-name-missing",
    .severity = Severity::Info,
    .summary = "A product without FolderName",
    .description =
        "When an order line names a product MiniCRM does not have yet, MiniCRM creates it in the "
        "product folder named by `FolderName` (and creates the folder if needed). Without a "
        "`FolderName` (absent, empty or blank) a new product lands outside the catalogue's "
        "structure. For products MiniCRM already has, the field is not needed, which is why this "
        "is information only.",
    .fix = "Send the product's category in the shop as `FolderName`, for every line (shipping "
           "and coupon lines included: a folder such as `Szállítás` keeps them apart).",
    .failing = "<Projects>\n"
               "  <Project Id=\"20871\">\n"
               "    <Name>Popescu Ion</Name>\n"
               "    <CategoryId>12</CategoryId>\n"
               "    <StatusId>Nou</StatusId>\n"
               "    <Contacts><Contact><FirstName>Ion</FirstName><LastName>Popescu</LastName></Contact></Contacts>\n"
               "    <Orders>\n"
               "      <Order Id=\"3107\">\n"
               "        <Number>RO-3107</Number>\n"
               "        <CurrencyCode>RON</CurrencyCode>\n"
               "        <Performance>2025-09-02</Performance>\n"
               "        <Status>Issued</Status>\n"
               "        <Customer><Name>Popescu Ion</Name><CountryId>România</CountryId>\n"
               "          <PostalCode>400117</PostalCode><City>Cluj-Napoca</City><Address>Strada Memorandumului 28</Address></Customer>\n"
               "        <Products>\n"
               "          <Product Id=\"812\"><Name>Cafea boabe 1 kg</Name><PriceNet>74.38</PriceNet>\n"
               "            <Quantity>1</Quantity><Unit>bucată</Unit><VAT>21%</VAT></Product>\n"
               "        </Products>\n"
               "      </Order>\n"
               "    </Orders>\n"
               "  </Project>\n"
               "</Projects>\n",
    .failing_line = 16,
    .passing = "<Projects>\n"
               "  <Project Id=\"20871\">\n"
               "    <Name>Popescu Ion</Name>\n"
               "    <CategoryId>12</CategoryId>\n"
               "    <StatusId>Nou</StatusId>\n"
               "    <Contacts><Contact><FirstName>Ion</FirstName><LastName>Popescu</LastName></Contact></Contacts>\n"
               "    <Orders>\n"
               "      <Order Id=\"3107\">\n"
               "        <Number>RO-3107</Number>\n"
               "        <CurrencyCode>RON</CurrencyCode>\n"
               "        <Performance>2025-09-02</Performance>\n"
               "        <Status>Issued</Status>\n"
               "        <Customer><Name>Popescu Ion</Name><CountryId>România</CountryId>\n"
               "          <PostalCode>400117</PostalCode><City>Cluj-Napoca</City><Address>Strada Memorandumului 28</Address></Customer>\n"
               "        <Products>\n"
               "          <Product Id=\"812\"><Name>Cafea boabe 1 kg</Name><PriceNet>74.38</PriceNet>\n"
               "            <Quantity>1</Quantity><Unit>bucată</Unit><VAT>21%</VAT><FolderName>Cafea</FolderName></Product>\n"
               "        </Products>\n"
               "      </Order>\n"
               "    </Orders>\n"
               "  </Project>\n"
               "</Projects>\n",
};

constexpr RuleInfo kDescriptionTooLong{
    .id = "description-too-long",
    .severity = Severity::Warning,
    .summary = "Description is longer than 1024 characters",
    .description =
        "A product's `Description` holds up to 1024 characters in MiniCRM (docs/format.md); a longer "
        "one may be cut or refused. Characters are Unicode characters (code points), not bytes: "
        "`ő`, `ș` and `ă` count as one each, although UTF-8 writes them in two bytes, so a "
        "Hungarian or Romanian text of 1000 letters is within the limit. The value is counted as "
        "the parser reads it: `&amp;` is one character `&`, and an entity-escaped HTML "
        "description (`&amp;lt;p&amp;gt;`, as MiniCRM's plugin sends it) counts as its escaped "
        "text (`&lt;p&gt;`, 9 characters).",
    .fix = "Send a short description (a summary, without HTML markup); keep the full text in "
           "the shop.",
    .failing = "<Projects>\n"
               "  <Project Id=\"14353\">\n"
               "    <Name>Kovács Anna</Name>\n"
               "    <CategoryId>21</CategoryId>\n"
               "    <StatusId>Egyszeri vevő</StatusId>\n"
               "    <Contacts><Contact><FirstName>Anna</FirstName><LastName>Kovács</LastName></Contact></Contacts>\n"
               "    <Orders>\n"
               "      <Order Id=\"1001\">\n"
               "        <Number>WEB-1001</Number>\n"
               "        <CurrencyCode>HUF</CurrencyCode>\n"
               "        <Performance>2024-03-15</Performance>\n"
               "        <Status>Completed</Status>\n"
               "        <Customer><Name>Kovács Anna</Name><CountryId>Magyarország</CountryId>\n"
               "          <PostalCode>1052</PostalCode><City>Budapest</City><Address>Váci utca 12.</Address></Customer>\n"
               "        <Products>\n"
               "          <Product Id=\"55\">\n"
               "            <Name>Pörkölt kávé 1 kg</Name>\n"
               "            <PriceNet>7086.6141732283</PriceNet>\n"
               "            <Quantity>2</Quantity>\n"
               "            <Unit>darab</Unit>\n"
               "            <VAT>27%</VAT>\n"
               "            <Description>Közepes pörkölésű, 100% arabica kávébab Brazília és Etiópia válogatott ültetvényeiről. Ízében "
               "csokoládé, pörkölt mogyoró és érett bogyós gyümölcsök jegyei keverednek, savassága lágy, teste krémes. Frissen "
               "pörkölve, egyirányú aromaszelepes tasakban érkezik, hogy a kávé a bontásig megőrizze illatát. Ajánlott elkészítés: "
               "eszpresszógép, kotyogós kávéfőző, French press vagy filteres kávéfőző; őrlés közvetlenül a főzés előtt. Tárolás: "
               "száraz, hűvös helyen, fénytől védve, bontás után légmentesen zárva. Származás: Brazília (Minas Gerais, 1100 m), Etiópia "
               "(Sidamo, 1900 m). Feldolgozás: natúr és mosott eljárás. Pörkölés: Budapesten, kis tételekben, minden kedden és "
               "pénteken. Kiszerelés: 1 kg szemes kávé. A termék glutént, laktózt és hozzáadott cukrot nem tartalmaz. Koffeintartalma "
               "miatt várandós nőknek és gyermekeknek nem ajánlott. Minőségmegőrzési idő: a pörkölés napjától számított 12 hónap; a "
               "legjobb ízélményért a pörkölést követő hat héten belül fogyassza el. Gyártó és forgalmazó: Kávéműhely Kft., 1052 "
               "Budapest, Váci utca 12. Vevőszolgálat: hétköznap 9 és 17 óra között a +36 1 555 0123 telefonszámon vagy az "
               "ugyfelszolgalat@example.hu címen.</Description>\n"
               "            <FolderName>Kávé</FolderName>\n"
               "          </Product>\n"
               "        </Products>\n"
               "      </Order>\n"
               "    </Orders>\n"
               "  </Project>\n"
               "</Projects>\n",
    .failing_line = 22,
    .passing = "<Projects>\n"
               "  <Project Id=\"14353\">\n"
               "    <Name>Kovács Anna</Name>\n"
               "    <CategoryId>21</CategoryId>\n"
               "    <StatusId>Egyszeri vevő</StatusId>\n"
               "    <Contacts><Contact><FirstName>Anna</FirstName><LastName>Kovács</LastName></Contact></Contacts>\n"
               "    <Orders>\n"
               "      <Order Id=\"1001\">\n"
               "        <Number>WEB-1001</Number>\n"
               "        <CurrencyCode>HUF</CurrencyCode>\n"
               "        <Performance>2024-03-15</Performance>\n"
               "        <Status>Completed</Status>\n"
               "        <Customer><Name>Kovács Anna</Name><CountryId>Magyarország</CountryId>\n"
               "          <PostalCode>1052</PostalCode><City>Budapest</City><Address>Váci utca 12.</Address></Customer>\n"
               "        <Products>\n"
               "          <Product Id=\"55\">\n"
               "            <Name>Pörkölt kávé 1 kg</Name>\n"
               "            <PriceNet>7086.6141732283</PriceNet>\n"
               "            <Quantity>2</Quantity>\n"
               "            <Unit>darab</Unit>\n"
               "            <VAT>27%</VAT>\n"
               "            <Description>Közepes pörkölésű, 100% arabica kávébab Brazília és Etiópia válogatott ültetvényeiről. Ízében "
               "csokoládé, pörkölt mogyoró és érett bogyós gyümölcsök jegyei keverednek, savassága lágy, teste krémes.</Description>\n"
               "            <FolderName>Kávé</FolderName>\n"
               "          </Product>\n"
               "        </Products>\n"
               "      </Order>\n"
               "    </Orders>\n"
               "  </Project>\n"
               "</Projects>\n",
};

class FolderNameMissing final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_product(project, [&](const Element& order, const Element& product) {
      report_missing_field(product, Kind::FolderName, "MiniCRM puts a product it creates into this folder", context,
                           {&project, &order, &product});
    });
  }
};

class DescriptionTooLong final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_product(project, [&](const Element& order, const Element& product) {
      const Element* description = product.child(Kind::Description);
      if (!description || description->text.size() <= kMaxDescription) return;  // bytes >= characters
      const std::size_t characters = count_code_points(description->text);
      if (characters <= kMaxDescription) return;
      context.report(description->loc,
                     fmt::format("Description is {} characters long; MiniCRM holds up to {}", characters,
                                 kMaxDescription),
                     {&project, &order, &product}, "Description");
    });
  }
};

}  // namespace

void add_product_detail_rules(RuleList& rules) {
  rules.push_back({kFolderNameMissing, make_rule<FolderNameMissing>});
  rules.push_back({kDescriptionTooLong, make_rule<DescriptionTooLong>});
}

}  // namespace syncfeed
