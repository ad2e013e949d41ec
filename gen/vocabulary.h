// The words generated feeds are made of: Hungarian and Romanian names,
// places, streets, companies, shop users, e-mail domains, and MiniCRM's own
// vocabularies (status names, country names) copied from rules/vocabularies/*.tsv so
// that gen/ does not depend on rules/.
#pragma once

#include <span>
#include <string_view>

#include "syncfeed/gen.h"  // Locale

namespace syncfeed::gen {

// Locale is public (include/syncfeed/gen.h).

struct GivenName {
  std::string_view name;
  bool female;
};

struct City {
  std::string_view name;
  std::string_view postal_code;
};

// A row of rules/vocabularies/minicrm-countries.tsv.
struct Country {
  std::string_view code;  // ISO 3166-1 alpha-2
  std::string_view en, hu, ro;
};

// The Webshop module's statuses, as rules/vocabularies/minicrm-webshop-statuses.tsv
// names them per account language.
enum class StatusKey : unsigned char { Subscriber, Registered, New, Promising, Loyal };

std::span<const GivenName> given_names(Locale locale);
std::span<const std::string_view> family_names(Locale locale);
std::span<const City> cities(Locale locale);
std::span<const std::string_view> street_names(Locale locale);
std::span<const std::string_view> street_types(Locale locale);
std::span<const std::string_view> company_words(Locale locale);
std::span<const std::string_view> company_forms(Locale locale);  // Kft., Bt., Zrt. / SRL, SA, PFA
std::span<const std::string_view> email_domains(Locale locale);
std::span<const std::string_view> order_remarks(Locale locale);
std::span<const std::string_view> mobile_prefixes(Locale locale);  // 20, 30, 70 / 721, 744 ...

// The home country of a locale, and the neighbours a shop also sells to.
const Country& home_country(Locale locale);
std::span<const Country> foreign_countries();

std::string_view status_name(StatusKey key, Locale language);

// Letters with diacritics folded to ASCII, for e-mail addresses: á->a, ő->o, ș->s.
std::string fold_to_ascii(std::string_view text);

}  // namespace syncfeed::gen
