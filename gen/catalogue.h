// The shop's product catalogue: a pure function from a product id to its
// name, SKU, EAN, folder, unit, VAT class and price, so that one product id
// has the same Name and SKU in every order of a feed (product-inconsistent)
// without keeping anything in memory, however long the feed.
#pragma once

#include <cstdint>
#include <string>

#include "gen/formatted_values.h"
#include "gen/vocabulary.h"

namespace syncfeed::gen {

enum class VatClass : unsigned char { Standard, Reduced, SuperReduced };

struct CatalogueProduct {
  std::uint64_t id = 0;
  std::string name;
  std::string sku;         // empty for service lines (shipping), as the plugin sends them
  std::string ean;         // empty when the product has none
  std::string folder;      // MiniCRM product folder
  bool by_weight = false;  // sold by the kilogram: fractional quantities
  VatClass vat = VatClass::Standard;
  std::int64_t gross_huf = 0;  // gross unit price in HUF
};

// The VAT rate in force for a class in the shop's country on a day, as the
// feed writes it ("27%"). Romania's rates changed on 2025-08-01 (19/9/5 to 21/11).
std::string vat_rate(Locale country, VatClass vat, Day day);

class Catalogue {
 public:
  static constexpr std::uint64_t kFirstServiceId = 10000000;  // the plugin's ids of shipping and fee lines

  Catalogue(std::uint64_t seed, Locale language, std::uint64_t size);

  std::uint64_t size() const { return size_; }
  // Product `id` in [1, size()].
  CatalogueProduct product(std::uint64_t id) const;
  // The shipping line of a delivery method (0: courier, 1: parcel locker).
  CatalogueProduct shipping(int method) const;
  Locale language() const { return language_; }

 private:
  std::uint64_t seed_;
  Locale language_;
  std::uint64_t size_;
};

}  // namespace syncfeed::gen
