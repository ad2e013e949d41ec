#include "gen/catalogue.h"

#include <fmt/format.h>

namespace syncfeed::gen {
namespace {

struct Category {
  std::string_view folder_hu, folder_ro;
  std::string_view sku_prefix;
  VatClass vat;
  std::int64_t min_huf, max_huf;
  std::span<const std::string_view> items_hu, items_ro;
  std::span<const std::string_view> variants_hu, variants_ro;
  bool by_weight;
};

constexpr std::string_view kBooksHu[] = {"Egri csillagok",
                                         "A Pál utcai fiúk",
                                         "Az ember tragédiája",
                                         "Légy jó mindhalálig",
                                         "Szakácskönyv nagymama konyhájából",
                                         "Erdélyi kirándulókalauz"};
constexpr std::string_view kBooksRo[] = {
    "Amintiri din copilărie",        "Ion", "Moromeții", "Enigma Otiliei", "Carte de bucate tradiționale",
    "Ghid turistic al Transilvaniei"};
constexpr std::string_view kBookVariantsHu[] = {"puhatáblás", "keménytáblás", "e-könyv", "díszkiadás"};
constexpr std::string_view kBookVariantsRo[] = {"copertă broșată", "copertă cartonată", "e-book", "ediție de lux"};

constexpr std::string_view kFoodHu[] = {"Akácméz",  "Szegedi fűszerpaprika", "Tönkölyliszt",
                                        "Bio kávé", "Diófélék keveréke",     "Házi baracklekvár"};
constexpr std::string_view kFoodRo[] = {"Miere de salcâm", "Zacuscă de casă", "Făină integrală",
                                        "Cafea bio",       "Nuci decojite",   "Dulceață de caise"};
constexpr std::string_view kFoodVariantsHu[] = {"kimérve", "ömlesztett", "őrölt", "natúr"};
constexpr std::string_view kFoodVariantsRo[] = {"vrac", "la kilogram", "măcinat", "natural"};

constexpr std::string_view kCosmeticsHu[] = {"Levendulás szappan", "Kézkrém", "Ajakbalzsam", "Körömvirág krém",
                                             "Sampon"};
constexpr std::string_view kCosmeticsRo[] = {"Săpun cu lavandă", "Cremă de mâini", "Balsam de buze",
                                             "Cremă de gălbenele", "Șampon"};
constexpr std::string_view kCosmeticVariantsHu[] = {"50 ml", "100 ml", "250 ml", "utántöltő"};
constexpr std::string_view kCosmeticVariantsRo[] = {"50 ml", "100 ml", "250 ml", "rezervă"};

constexpr std::string_view kElectronicsHu[] = {"USB-C töltőkábel", "Bluetooth hangszóró", "Vezeték nélküli egér",
                                               "Powerbank", "Fejhallgató"};
constexpr std::string_view kElectronicsRo[] = {"Cablu de încărcare USB-C", "Boxă Bluetooth", "Mouse fără fir",
                                               "Baterie externă", "Căști"};
constexpr std::string_view kElectronicVariantsHu[] = {"fekete", "fehér", "1 m", "2 m", "10000 mAh"};
constexpr std::string_view kElectronicVariantsRo[] = {"negru", "alb", "1 m", "2 m", "10000 mAh"};

constexpr std::string_view kClothingHu[] = {"Pamut póló", "Gyapjú sál", "Kötött sapka", "Farmernadrág",
                                            "Zokni (3 pár)"};
constexpr std::string_view kClothingRo[] = {"Tricou din bumbac", "Fular din lână", "Căciulă tricotată", "Blugi",
                                            "Șosete (3 perechi)"};
constexpr std::string_view kSizes[] = {"S", "M", "L", "XL", "kék, M", "piros, L"};
constexpr std::string_view kSizesRo[] = {"S", "M", "L", "XL", "albastru, M", "roșu, L"};

constexpr Category kCategories[] = {
    {"Könyvek", "Cărți", "KNY", VatClass::SuperReduced, 1990, 8990, kBooksHu, kBooksRo, kBookVariantsHu,
     kBookVariantsRo, false},
    {"Élelmiszer", "Alimente", "ELM", VatClass::Reduced, 990, 6990, kFoodHu, kFoodRo, kFoodVariantsHu, kFoodVariantsRo,
     true},
    {"Kozmetika", "Cosmetice", "KOZ", VatClass::Standard, 890, 7990, kCosmeticsHu, kCosmeticsRo, kCosmeticVariantsHu,
     kCosmeticVariantsRo, false},
    {"Elektronika", "Electronice", "ELE", VatClass::Standard, 2990, 49990, kElectronicsHu, kElectronicsRo,
     kElectronicVariantsHu, kElectronicVariantsRo, false},
    {"Ruházat", "Îmbrăcăminte", "RUH", VatClass::Standard, 1990, 24990, kClothingHu, kClothingRo, kSizes, kSizesRo,
     false},
};

}  // namespace

std::string vat_rate(Locale country, VatClass vat, Day day) {
  if (country == Locale::Hu) {
    switch (vat) {
      case VatClass::Standard: return "27%";
      case VatClass::Reduced: return "18%";
      case VatClass::SuperReduced: return "5%";
    }
  }
  const bool after_reform = day >= Day::of(2025, 8, 1);
  switch (vat) {
    case VatClass::Standard: return after_reform ? "21%" : "19%";
    case VatClass::Reduced: return after_reform ? "11%" : "9%";
    case VatClass::SuperReduced: return after_reform ? "11%" : "5%";
  }
  return "0%";
}

Catalogue::Catalogue(std::uint64_t seed, Locale language, std::uint64_t size)
    : seed_(seed), language_(language), size_(size == 0 ? 1 : size) {}

CatalogueProduct Catalogue::product(std::uint64_t id) const {
  // Each product has its own stream: its data depends on its id alone.
  SeededSource source(mix_seed(seed_, id));
  const bool hu = language_ == Locale::Hu;
  const Category& category = source.pick(kCategories);
  const auto& items = hu ? category.items_hu : category.items_ro;
  const auto& variants = hu ? category.variants_hu : category.variants_ro;
  CatalogueProduct p;
  p.id = id;
  p.by_weight = category.by_weight && source.chance(1, 2);
  const std::string_view item = source.pick(items);
  p.name = p.by_weight ? fmt::format("{} ({})", item, source.pick(variants))
                       : fmt::format("{} – {}", item, source.pick(variants));
  p.sku = fmt::format("{}-{:05}", category.sku_prefix, id);
  if (!source.chance(1, 10)) p.ean = ean13((hu ? 599000000000ull : 594000000000ull) + id * 7919 % 1000000000ull);
  p.folder = hu ? category.folder_hu : category.folder_ro;
  p.vat = category.vat;
  // Shop prices end in 90 (HUF).
  p.gross_huf =
      (category.min_huf +
       static_cast<std::int64_t>(source.below(static_cast<std::uint64_t>(category.max_huf - category.min_huf) / 100)) *
           100) /
          100 * 100 +
      90;
  return p;
}

CatalogueProduct Catalogue::shipping(int method) const {
  const bool hu = language_ == Locale::Hu;
  CatalogueProduct p;
  p.id = kFirstServiceId + static_cast<std::uint64_t>(method);
  p.name = method == 0 ? (hu ? "Házhozszállítás futárral" : "Livrare prin curier")
                       : (hu ? "Csomagautomata" : "Livrare la easybox");
  p.folder = hu ? "Szállítás" : "Livrare";
  p.vat = VatClass::Standard;
  p.gross_huf = method == 0 ? 1990 : 990;
  return p;
}

}  // namespace syncfeed::gen
