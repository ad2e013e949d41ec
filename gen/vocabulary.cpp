#include "gen/vocabulary.h"

#include <string>

namespace syncfeed::gen {
namespace {

constexpr GivenName kHuGiven[] = {
    {"Anna", true},    {"Zsófia", true},   {"Éva", true},    {"Katalin", true},  {"Erzsébet", true}, {"Ildikó", true},
    {"Réka", true},    {"Boglárka", true}, {"Dóra", true},   {"Nóra", true},     {"Tünde", true},    {"Orsolya", true},
    {"Enikő", true},   {"Hajnalka", true}, {"Ágnes", true},  {"László", false},  {"István", false},  {"József", false},
    {"Zoltán", false}, {"Péter", false},   {"Gábor", false}, {"Ferenc", false},  {"Attila", false},  {"Bence", false},
    {"Máté", false},   {"Dávid", false},   {"Ádám", false},  {"Levente", false}, {"Gergő", false},   {"Győző", false},
    {"Ödön", false},   {"Örs", false},
};
constexpr std::string_view kHuFamily[] = {
    "Nagy",   "Kovács", "Tóth",   "Szabó",  "Horváth", "Varga",    "Kiss",    "Molnár", "Németh", "Farkas",
    "Balogh", "Papp",   "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh",    "Simon",  "Rácz",   "Fekete",
    "Szűcs",  "Török",  "Fehér",  "Bíró",   "Lőrincz", "Győri",    "Pásztor", "Szőke",  "Vörös",  "Kelemen",
};
constexpr GivenName kRoGiven[] = {
    {"Maria", true},   {"Elena", true},    {"Ioana", true},      {"Andreea", true},   {"Ana", true},
    {"Mihaela", true}, {"Cristina", true}, {"Raluca", true},     {"Alexandra", true}, {"Ștefania", true},
    {"Bianca", true},  {"Oana", true},     {"Roxana", true},     {"Irina", true},     {"Andrei", false},
    {"Mihai", false},  {"Ion", false},     {"Alexandru", false}, {"Ștefan", false},   {"Cristian", false},
    {"Bogdan", false}, {"Răzvan", false},  {"Tudor", false},     {"Gheorghe", false}, {"Vlad", false},
    {"Sorin", false},  {"Radu", false},    {"Horațiu", false},
};
constexpr std::string_view kRoFamily[] = {
    "Popescu",  "Ionescu",  "Popa",   "Pop",     "Radu",    "Dumitru",    "Stan",
    "Stoica",   "Gheorghe", "Matei",  "Ciobanu", "Rusu",    "Mihăilescu", "Constantinescu",
    "Dinu",     "Toma",     "Șerban", "Țurcanu", "Mureșan", "Lăzărescu",  "Bălan",
    "Vlădescu", "Munteanu", "Nistor", "Tănase",  "Suciu",   "Barbu",      "Moldovan",
};

// Postal codes are real ones of the city (Budapest and Bucharest by district).
constexpr City kHuCities[] = {
    {"Budapest", "1052"},         {"Budapest", "1117"},       {"Budapest", "1134"},    {"Budapest", "1027"},
    {"Budapest", "1088"},         {"Budapest", "1191"},       {"Debrecen", "4024"},    {"Szeged", "6720"},
    {"Miskolc", "3525"},          {"Pécs", "7621"},           {"Győr", "9021"},        {"Nyíregyháza", "4400"},
    {"Kecskemét", "6000"},        {"Székesfehérvár", "8000"}, {"Szombathely", "9700"}, {"Szolnok", "5000"},
    {"Tatabánya", "2800"},        {"Kaposvár", "7400"},       {"Érd", "2030"},         {"Veszprém", "8200"},
    {"Békéscsaba", "5600"},       {"Zalaegerszeg", "8900"},   {"Sopron", "9400"},      {"Eger", "3300"},
    {"Hódmezővásárhely", "6800"}, {"Gödöllő", "2100"},        {"Őrbottyán", "2162"},   {"Ózd", "3600"},
    {"Sárospatak", "3950"},       {"Szentendre", "2000"},
};
constexpr City kRoCities[] = {
    {"București", "010011"},
    {"București", "021345"},
    {"București", "030167"},
    {"București", "040511"},
    {"București", "050711"},
    {"București", "060274"},
    {"Cluj-Napoca", "400001"},
    {"Timișoara", "300001"},
    {"Iași", "700001"},
    {"Constanța", "900001"},
    {"Craiova", "200001"},
    {"Brașov", "500001"},
    {"Galați", "800001"},
    {"Ploiești", "100001"},
    {"Oradea", "410001"},
    {"Brăila", "810001"},
    {"Arad", "310001"},
    {"Pitești", "110001"},
    {"Sibiu", "550001"},
    {"Bacău", "600001"},
    {"Târgu Mureș", "540001"},
    {"Baia Mare", "430001"},
    {"Buzău", "120001"},
    {"Satu Mare", "440001"},
    {"Miercurea Ciuc", "530001"},
    {"Sfântu Gheorghe", "520001"},
    {"Odorheiu Secuiesc", "535600"},
    {"Suceava", "720001"},
};

constexpr std::string_view kHuStreets[] = {
    "Kossuth Lajos",     "Petőfi Sándor",   "Rákóczi Ferenc",    "Ady Endre",     "Arany János",  "Széchenyi István",
    "Jókai Mór",         "Dózsa György",    "Bajcsy-Zsilinszky", "Árpád",         "Szent István", "Deák Ferenc",
    "Hunyadi János",     "Bem József",      "Kölcsey Ferenc",    "Zrínyi Miklós", "Rózsa",        "Fő",
    "Vörösmarty Mihály", "Táncsics Mihály",
};
constexpr std::string_view kHuStreetTypes[] = {"utca", "u.", "út", "tér", "körút", "köz", "sétány"};
constexpr std::string_view kRoStreets[] = {
    "Mihai Eminescu",
    "Unirii",
    "Avram Iancu",
    "Ștefan cel Mare",
    "Victoriei",
    "Independenței",
    "Republicii",
    "Mihai Viteazu",
    "Tudor Vladimirescu",
    "Lucian Blaga",
    "Decebal",
    "Traian",
    "Nicolae Bălcescu",
    "Alexandru Ioan Cuza",
    "Libertății",
    "Primăverii",
    "Florilor",
    "Gării",
    "Horea",
    "George Coșbuc",
};
constexpr std::string_view kRoStreetTypes[] = {"Strada", "Str.", "Bulevardul", "Bd.", "Calea", "Aleea", "Piața"};

constexpr std::string_view kHuCompanyWords[] = {
    "Duna",    "Tisza",  "Balaton",  "Mátra", "Alföld", "Napfény", "Zöldkert",    "Pannon",    "Hargita",
    "Csillag", "Gyöngy", "Kristály", "Tölgy", "Bükk",   "Mecsek",  "Aranykalász", "Fénysugár", "Őrség",
};
constexpr std::string_view kHuCompanyForms[] = {
    "Kft.", "Bt.", "Zrt.", "Kereskedelmi Kft.", "és Társa Kft.", "& Fiai Kft.", "Szolgáltató Bt.", "Nonprofit Kft."};
constexpr std::string_view kRoCompanyWords[] = {
    "Carpați",  "Dunărea", "Mureș", "Olt",   "Bucegi", "Făgăraș",  "Soarele", "Pădurea", "Izvorul",
    "Stejarul", "Tisa",    "Someș", "Argeș", "Crișul", "Bistrița", "Ceahlău", "Rarău",   "Retezat",
};
constexpr std::string_view kRoCompanyForms[] = {"SRL",      "SA",          "Impex SRL",    "Distribuție SRL",
                                                "& Co SRL", "Consult SRL", "Prod Com SRL", "PFA"};

constexpr std::string_view kHuDomains[] = {"gmail.com", "freemail.hu", "citromail.hu", "t-online.hu",
                                           "yahoo.com", "outlook.hu",  "hotmail.com"};
constexpr std::string_view kRoDomains[] = {"gmail.com",   "yahoo.ro",    "yahoo.com",
                                           "outlook.com", "hotmail.com", "mail.ro"};

constexpr std::string_view kHuRemarks[] = {
    "Kérem, délután hozzák.",
    "A kapucsengő nem működik, kérem, hívjanak.",
    "Ajándékba lesz, számla nélkül kérem a csomagba.",
    "Csomagautomatába kérem.",
    "Hétvégén nem vagyok otthon.",
    "Köszönöm!",
    "Sürgős rendelés, előre utaltam.",
};
constexpr std::string_view kRoRemarks[] = {
    "Vă rog să sunați înainte de livrare.",
    "Livrare după ora 17.",
    "Este un cadou, vă rog fără factură în colet.",
    "Livrare la easybox.",
    "Mulțumesc!",
    "Interfonul nu funcționează.",
    "Comandă urgentă, plătită în avans.",
};

constexpr std::string_view kHuMobile[] = {"20", "30", "31", "50", "70"};
constexpr std::string_view kRoMobile[] = {"721", "722", "723", "731", "744", "745", "751", "755", "765", "787"};

// From rules/vocabularies/minicrm-countries.tsv.
constexpr Country kHungary{"HU", "Hungary", "Magyarország", "Ungaria"};
constexpr Country kRomania{"RO", "Romania", "Románia", "România"};
constexpr Country kForeign[] = {
    {"AT", "Austria", "Ausztria", "Austria"},     {"DE", "Germany", "Németország", "Germania"},
    {"SK", "Slovakia", "Szlovákia", "Slovacia"},  {"RS", "Serbia", "Szerbia", "Serbia"},
    {"HR", "Croatia", "Horvátország", "Croația"}, {"MD", "Moldova", "Moldova", "Moldova"},
    {"IT", "Italy", "Olaszország", "Italia"},     {"UA", "Ukraine", "Ukrajna", "Ucrainia"},
};

// From rules/vocabularies/minicrm-webshop-statuses.tsv, in the module's order.
constexpr std::string_view kStatusHu[] = {"Feliratkozó", "Regisztrált", "Egyszeri vevő", "Többször rendelt",
                                          "Törzsvásárló"};
constexpr std::string_view kStatusRo[] = {"Abonat", "Înregistrat", "Nou", "Promițător", "Loial"};

struct Fold {
  std::string_view from;
  char to;
};
constexpr Fold kFolds[] = {
    {"á", 'a'}, {"é", 'e'}, {"í", 'i'}, {"ó", 'o'}, {"ö", 'o'}, {"ő", 'o'}, {"ú", 'u'}, {"ü", 'u'},
    {"ű", 'u'}, {"Á", 'A'}, {"É", 'E'}, {"Í", 'I'}, {"Ó", 'O'}, {"Ö", 'O'}, {"Ő", 'O'}, {"Ú", 'U'},
    {"Ü", 'U'}, {"Ű", 'U'}, {"ă", 'a'}, {"â", 'a'}, {"î", 'i'}, {"ș", 's'}, {"ş", 's'}, {"ț", 't'},
    {"ţ", 't'}, {"Ă", 'A'}, {"Â", 'A'}, {"Î", 'I'}, {"Ș", 'S'}, {"Ş", 'S'}, {"Ț", 'T'}, {"Ţ", 'T'},
};

template <typename T, std::size_t A, std::size_t B>
std::span<const T> by(Locale l, const T (&hu)[A], const T (&ro)[B]) {
  return l == Locale::Hu ? std::span<const T>(hu) : std::span<const T>(ro);
}

}  // namespace

std::span<const GivenName> given_names(Locale l) { return by(l, kHuGiven, kRoGiven); }
std::span<const std::string_view> family_names(Locale l) { return by(l, kHuFamily, kRoFamily); }
std::span<const City> cities(Locale l) { return by(l, kHuCities, kRoCities); }
std::span<const std::string_view> street_names(Locale l) { return by(l, kHuStreets, kRoStreets); }
std::span<const std::string_view> street_types(Locale l) { return by(l, kHuStreetTypes, kRoStreetTypes); }
std::span<const std::string_view> company_words(Locale l) { return by(l, kHuCompanyWords, kRoCompanyWords); }
std::span<const std::string_view> company_forms(Locale l) { return by(l, kHuCompanyForms, kRoCompanyForms); }
std::span<const std::string_view> email_domains(Locale l) { return by(l, kHuDomains, kRoDomains); }
std::span<const std::string_view> order_remarks(Locale l) { return by(l, kHuRemarks, kRoRemarks); }
std::span<const std::string_view> mobile_prefixes(Locale l) { return by(l, kHuMobile, kRoMobile); }

const Country& home_country(Locale l) { return l == Locale::Hu ? kHungary : kRomania; }
std::span<const Country> foreign_countries() { return kForeign; }

std::string_view status_name(StatusKey key, Locale language) {
  return (language == Locale::Hu ? kStatusHu : kStatusRo)[static_cast<int>(key)];
}

std::string fold_to_ascii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    bool folded = false;
    for (const Fold& f : kFolds)
      if (text.substr(i, f.from.size()) == f.from) {
        out += f.to;
        i += f.from.size();
        folded = true;
        break;
      }
    if (folded) continue;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) out += static_cast<char>(c);
    ++i;  // any other non-ASCII byte is dropped
  }
  return out;
}

}  // namespace syncfeed::gen
