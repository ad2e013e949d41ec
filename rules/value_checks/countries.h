// Which CountryId values name a country (country-unknown). Accepted: the names
// MiniCRM's own plugin writes (EN/HU/RO), ISO 3166-1 alpha-2 and alpha-3
// codes, the English/Hungarian/Romanian ISO names, common everyday names
// (rules/vocabularies/country_tables.h lists the sources), and the names a user adds
// in syncfeed.toml. Matching ignores case, accents and extra whitespace
// (rules/value_checks/text_fold.h): "ROMANIA", "Magyarorszag" and "hu" match.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace syncfeed {

class CountryNames {
 public:
  // The built-in names plus `extra` (settings().extra_countries).
  explicit CountryNames(const std::vector<std::string>& extra = {});

  bool contains(std::string_view value) const;

 private:
  std::unordered_set<std::string> extra_;  // folded
};

// True when `value` is a built-in country name or code (no user additions).
bool is_builtin_country(std::string_view value);

}  // namespace syncfeed
