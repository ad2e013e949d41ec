// The VAT rates vat-rate-unknown accepts by default.
#pragma once

#include <span>
#include <string_view>

namespace syncfeed {

struct VatRate {
  double percent;
  std::string_view where;  // country and period, for docs and messages
};

// Every standard and reduced rate of Hungary and Romania since 2000, and 0%.
std::span<const VatRate> default_vat_rates();

}  // namespace syncfeed
