// Everyday country names that a shop may write into CountryId and that neither
// MiniCRM's plugin table nor ISO 3166-1 (as translated in Debian's iso-codes)
// spells that way: short forms, former names still in use, the parts of the
// United Kingdom. English, Hungarian and Romanian only, like the other tables.
// Sources: the names' common use; the former names are the ISO 3166-1 short
// names before their change (Czech Republic until 2016 "Czechia", Swaziland
// until 2018 "Eswatini", Macedonia until 2019 "North Macedonia", Turkey until
// 2022 "Türkiye"), and their Hungarian/Romanian equivalents.
#include "rules/vocabularies/country_tables.h"

namespace syncfeed::vocabularies {

std::span<const CountryName> country_aliases() {
  using enum CountrySource;
  static constexpr CountryName kAliases[] = {
      // United Kingdom and its parts (shops often write the part).
      {"GB", "UK", Alias},
      {"GB", "Great Britain", Alias},
      {"GB", "Britain", Alias},
      {"GB", "England", Alias},
      {"GB", "Scotland", Alias},
      {"GB", "Wales", Alias},
      {"GB", "Northern Ireland", Alias},
      {"GB", "Nagy-Britannia", Alias},
      {"GB", "Anglia", Alias},  // Hungarian and Romanian
      {"GB", "Skócia", Alias},
      {"GB", "Scoția", Alias},
      {"GB", "Regatul Unit al Marii Britanii", Alias},
      // United States.
      {"US", "USA", Alias},
      {"US", "U.S.A.", Alias},
      {"US", "U.S.", Alias},
      {"US", "America", Alias},
      {"US", "Amerikai Egyesült Államok", Alias},
      {"US", "Amerika", Alias},
      {"US", "SUA", Alias},
      {"US", "S.U.A.", Alias},
      {"US", "Statele Unite ale Americii", Alias},
      // Former short names and everyday forms.
      {"NL", "Holland", Alias},
      {"NL", "Țările de Jos", Alias},
      {"CZ", "Czech Republic", Alias},
      {"CZ", "Csehország", Alias},
      {"CZ", "Republica Cehă", Alias},
      {"SZ", "Swaziland", Alias},
      {"SZ", "Szváziföld", Alias},
      {"MK", "Macedonia", Alias},
      {"MK", "Észak-Macedónia", Alias},
      {"MK", "Macedonia de Nord", Alias},
      {"TR", "Turkey", Alias},
      {"TR", "Turcia", Alias},
      {"CI", "Ivory Coast", Alias},
      {"CV", "Cape Verde", Alias},
      {"VA", "Vatican", Alias},
      {"VA", "Vatican City", Alias},
      {"VA", "Vatikán", Alias},
      {"KR", "South Korea", Alias},
      {"KR", "Dél-Korea", Alias},
      {"KR", "Coreea de Sud", Alias},
      {"KP", "North Korea", Alias},
      {"KP", "Észak-Korea", Alias},
      {"KP", "Coreea de Nord", Alias},
      {"RU", "Russia", Alias},
      {"RU", "Oroszország", Alias},
      {"RU", "Rusia", Alias},
      {"MD", "Moldova", Alias},
      {"MD", "Moldávia", Alias},
      {"XK", "Kosovo", Alias},  // user-assigned code, in wide use (EU, banks)
      {"XK", "Koszovó", Alias},
      {"XK", "XK", Alias},
      {"XK", "XKX", Alias},
  };
  return kAliases;
}

}  // namespace syncfeed::vocabularies
