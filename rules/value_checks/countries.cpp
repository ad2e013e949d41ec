// Country name lookup over the tables of rules/vocabularies/ (see countries.h).
#include "rules/value_checks/countries.h"

#include "rules/value_checks/text_fold.h"
#include "rules/vocabularies/country_tables.h"

namespace syncfeed {
namespace {

// Every built-in name, exactly as written and folded. Exact spellings answer
// the common case (the plugin's own names) without folding the value.
struct BuiltinNames {
  std::unordered_set<std::string_view> exact;
  std::unordered_set<std::string> folded;

  BuiltinNames() {
    for (auto table : {vocabularies::generated_country_names(), vocabularies::country_aliases()})
      for (const vocabularies::CountryName& country : table) {
        exact.insert(country.name);
        folded.insert(fold_name(country.name));
      }
  }
};

const BuiltinNames& builtin() {
  static const BuiltinNames names;
  return names;
}

}  // namespace

bool is_builtin_country(std::string_view value) {
  const BuiltinNames& names = builtin();
  return names.exact.contains(value) || names.folded.contains(fold_name(value));
}

CountryNames::CountryNames(const std::vector<std::string>& extra) {
  for (const std::string& name : extra) extra_.insert(fold_name(name));
}

bool CountryNames::contains(std::string_view value) const {
  if (builtin().exact.contains(value)) return true;
  const std::string folded = fold_name(value);
  return builtin().folded.contains(folded) || extra_.contains(folded);
}

}  // namespace syncfeed
