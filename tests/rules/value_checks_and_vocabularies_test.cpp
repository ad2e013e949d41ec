// What rules/value_checks/ and rules/vocabularies/ hold, behind the party and
// order rules: GTIN check digits, e-mail plausibility, name folding,
// currencies, countries (and that the generated country table still matches
// its TSVs), VAT rates, units.
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "rules/compact_index.h"
#include "rules/value_checks/countries.h"
#include "rules/value_checks/email_address.h"
#include "rules/value_checks/gtin.h"
#include "rules/value_checks/text_fold.h"
#include "rules/vocabularies/country_tables.h"
#include "rules/vocabularies/currencies.h"
#include "rules/vocabularies/piece_units.h"
#include "rules/vocabularies/vat_rates.h"

using namespace syncfeed;

namespace {

// The data rows of a TSV of rules/vocabularies/ (after '#' comments and the header).
std::vector<std::vector<std::string>> read_tsv(const std::string& name) {
  std::ifstream in(std::string(SYNCFEED_SOURCE_DIR) + "/rules/vocabularies/" + name);
  REQUIRE(in);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  bool header = false;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (!header) {
      header = true;
      continue;
    }
    std::vector<std::string> cells;
    std::stringstream cells_in(line);
    for (std::string cell; std::getline(cells_in, cell, '\t');) cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

}  // namespace

TEST_CASE("gtin: check digits of published codes") {
  CHECK(gtin_check_digit("599123456789") == '4');
  CHECK(gtin_check_digit("400638133393") == '1');  // EAN-13
  CHECK(gtin_check_digit("9638507") == '4');       // EAN-8
  CHECK(gtin_check_digit("03600029145") == '2');   // UPC-A
  CHECK(gtin_problem("4006381333931").empty());
  CHECK(gtin_problem("").find("0 digits") != std::string::npos);
}

TEST_CASE("gtin: property: a completed code is valid, and every single-digit change is caught") {
  rc::prop("a code completed with its check digit is valid, and any one changed digit is caught", [] {
    const auto digit = rc::gen::inRange('0', static_cast<char>('9' + 1));
    const auto length = *rc::gen::element<std::size_t>(8, 12, 13, 14);
    const auto digits = *rc::gen::container<std::string>(length - 1, digit);
    const std::string code = digits + gtin_check_digit(digits);
    RC_ASSERT(gtin_problem(code).empty());
    const auto at = *rc::gen::inRange<std::size_t>(0, code.size());
    const auto other = *rc::gen::suchThat(digit, [&](char c) { return c != code[at]; });
    std::string changed = code;
    changed[at] = other;
    RC_ASSERT(!gtin_problem(changed).empty());
  });
}

TEST_CASE("email: the comparison key trims and lower-cases ASCII only") {
  CHECK(email_key("  Anna.Kovacs@Example.HU \t") == "anna.kovacs@example.hu");
  CHECK(email_key("ÁRVÍZ@Példa.hu") == "ÁrvÍz@példa.hu");  // non-ASCII letters as written
  CHECK(email_key("   ").empty());
  CHECK(email_problem("anna@example.hu").empty());
  CHECK(email_problem("anna\xC2\xA0kovacs@example.hu") == "it contains a space");
}

TEST_CASE("fold_name: case, Hungarian and Romanian accents, whitespace, apostrophes") {
  CHECK(fold_name("MAGYARORSZÁG") == "magyarorszag");
  CHECK(fold_name("Árvíztűrő tükörfúrógép") == "arvizturo tukorfurogep");
  CHECK(fold_name("ÁRVÍZTŰRŐ TÜKÖRFÚRÓGÉP") == "arvizturo tukorfurogep");
  CHECK(fold_name("Șțăîâ ŞŢĂÎÂ şţ") == "staia staia st");  // comma-below and cedilla forms alike
  CHECK(fold_name("  Côte   d’Ivoire\t") == "cote d'ivoire");
  CHECK(fold_name("Straße Łódź Ærø") == "strasse lodz aero");
  CHECK(fold_name("Россия") == "Россия");  // outside the Latin table: kept
  CHECK(fold_name("a\xFF"
                  "b") ==
        "a\xFF"
        "b");  // invalid UTF-8 kept
  CHECK(fold_name("").empty());
}

TEST_CASE("trim_space: XML whitespace around the text, nothing inside") {
  CHECK(trim_space(" \t HUF \r\n") == "HUF");
  CHECK(trim_space("Pörkölt  kávé") == "Pörkölt  kávé");
  CHECK(trim_space(" \n ").empty());
  CHECK(trim_space("\xC2\xA0x").size() == 3);  // a no-break space is not XML whitespace
}

TEST_CASE("count_code_points: characters, not bytes") {
  CHECK(count_code_points("") == 0);
  CHECK(count_code_points("abc") == 3);
  CHECK(count_code_points("ő") == 1);
  CHECK(count_code_points("Pörkölt kávé") == 12);
  CHECK(count_code_points("€𝄞") == 2);
}

TEST_CASE("currencies: the tables are sorted (binary search) and disjoint") {
  const auto active = vocabularies::iso4217_active();
  const auto withdrawn = vocabularies::iso4217_withdrawn();
  CHECK(std::is_sorted(active.begin(), active.end()));
  CHECK(std::adjacent_find(active.begin(), active.end()) == active.end());
  CHECK(std::is_sorted(withdrawn.begin(), withdrawn.end()));
  for (std::string_view code : active) {
    INFO(code);
    CHECK(code.size() == 3);
    CHECK(!std::binary_search(withdrawn.begin(), withdrawn.end(), code));
  }
  CHECK(currency_status("HUF") == CurrencyStatus::Active);
  CHECK(currency_status("HRK") == CurrencyStatus::Withdrawn);
  CHECK(currency_status("huf") == CurrencyStatus::Unknown);
  CHECK(currency_for_sign(" FT ") == "HUF");
  CHECK(currency_for_sign("Lei") == "RON");
  CHECK(currency_for_sign("HUF").empty());
}

TEST_CASE("countries: the generated table holds exactly the names of its two TSVs") {
  std::set<std::pair<std::string, std::string>> from_tsv;  // code, name
  for (const auto& row : read_tsv("minicrm-countries.tsv")) {
    REQUIRE(row.size() == 4);
    for (const std::string& name : row) from_tsv.emplace(row[0], name);
  }
  for (const auto& row : read_tsv("iso-3166-1.tsv")) {
    REQUIRE(row.size() == 4);
    from_tsv.emplace(row[0], row[0]);
    from_tsv.emplace(row[0], row[1]);
    from_tsv.emplace(row[0], row[3]);
  }
  std::set<std::pair<std::string, std::string>> generated;
  for (const vocabularies::CountryName& c : vocabularies::generated_country_names()) generated.emplace(c.code, c.name);
  CHECK(generated == from_tsv);  // else: rerun scripts/gen-country-names
  for (const auto& [code, name] : from_tsv) {
    INFO(name);
    CHECK(is_builtin_country(name));
  }
  CHECK(from_tsv.size() > 1500);
}

TEST_CASE("countries: an alias never names another country than the tables do") {
  // The tables themselves are not unambiguous: MiniCRM's Romanian column says
  // "Mauritania" for Mauritius (MU) and "Nigeria" for Niger (NE). Both names
  // are accepted all the same; only the hand-written aliases are checked here.
  std::multimap<std::string, std::string> codes_of;  // folded name -> code
  for (const vocabularies::CountryName& c : vocabularies::generated_country_names())
    codes_of.emplace(fold_name(c.name), c.code);
  for (const vocabularies::CountryName& alias : vocabularies::country_aliases()) {
    INFO(alias.name << " (" << alias.code << ")");
    const auto [first, last] = codes_of.equal_range(fold_name(alias.name));
    for (auto it = first; it != last; ++it) CHECK(it->second == alias.code);
  }
}

TEST_CASE("countries: configured extra names") {
  CountryNames names({"Ungarn", " Rumänien "});
  CHECK(names.contains("Magyarország"));
  CHECK(names.contains("ungarn"));
  CHECK(names.contains("Rumanien"));
  CHECK(!names.contains("Österreich"));
  CHECK(!CountryNames().contains("Ungarn"));
}

TEST_CASE("vat rates: the default set, as numbers, without repeats") {
  std::vector<double> rates;
  for (const VatRate& r : default_vat_rates()) rates.push_back(r.percent);
  CHECK(rates == std::vector<double>{0, 5, 9, 11, 12, 15, 18, 19, 20, 21, 22, 24, 25, 27});
}

TEST_CASE("piece units: MiniCRM's own and the usual short forms, in any case, accents or final dot") {
  for (const char* unit : {"piece", "Piece", "pcs", "pc", "db", "Db.", "darab", "DARAB", "buc", "buc.", "bucată",
                           "Bucata", "bucăți", " db "})
    CHECK(is_piece_unit(unit));
  for (const char* unit : {"kg", "m", "l", "doboz", "csomag", "set", "", "pár"}) CHECK(!is_piece_unit(unit));
}

TEST_CASE("compact index: integer ids are kept exactly, other text in the pool") {
  IdStore ids;
  const auto a = ids.keep("14353");
  const auto b = ids.keep("A-7");
  const auto c = ids.keep("007");
  CHECK(ids.text(a) == "14353");
  CHECK(ids.text(b) == "A-7");
  CHECK(ids.text(c) == "007");
  CHECK(ids.equals(a, "14353"));
  CHECK(!ids.equals(a, "014353"));
  CHECK(!ids.equals(c, "7"));
  CHECK(ids.equals(b, "A-7"));
  CHECK(ids.text(ids.keep("18446744073709551615")) == "18446744073709551615");  // above 2^63: pooled
  CHECK(text_key("7") == 7);
  CHECK(text_key("7") != text_key("07"));
  CHECK(text_key("A-7") == text_key("A-7"));
  CHECK(text_key("A-7") != text_key("A-8"));
}
