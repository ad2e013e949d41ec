// ISO 4217 alphabetic currency codes.
//
// Active: ISO 4217 List One (the maintenance agency's table of current codes)
// as shipped in Debian's iso-codes 4.15.0 (json/iso_4217.json), brought up to
// date with the amendments since: ZWG added (Zimbabwe Gold, 25 June 2024),
// XCG added (Caribbean guilder, in use from 31 March 2025); ZWL, ANG, HRK and
// CUC moved to the withdrawn list below. Includes the fund and special codes of
// List One (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW, XAG, XAU, XBA..XBD,
// XDR, XPD, XPT, XSU, XTS, XUA, XXX). Not verified against the agency's own
// file from here (no network): SLL is kept as active beside its 2022
// successor SLE, as iso-codes 4.15.0 lists both.
//
// Withdrawn: codes removed from List One since 2010 (ISO 4217 List Three).
// A feed resends old orders with the currency they were placed in, so these
// are not reported; see docs/rules/currency-code.md.
#include "rules/vocabularies/currencies.h"

#include <algorithm>
#include <string>

#include "rules/value_checks/text_fold.h"

namespace syncfeed {
namespace vocabularies {

std::span<const std::string_view> iso4217_active() {
  static constexpr std::string_view kCodes[] = {
      "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
      "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW",
      "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN",
      "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG",
      "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW",
      "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK",
      "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR",
      "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR",
      "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL",
      "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU",
      "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD",
      "XCG", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XTS", "XUA", "XXX", "YER", "ZAR", "ZMW", "ZWG",
  };
  return kCodes;
}

std::span<const std::string_view> iso4217_withdrawn() {
  static constexpr std::string_view kCodes[] = {
      "ANG",  // Netherlands Antillean guilder, 2025 (-> XCG)
      "BYR",  // Belarusian ruble, 2016 (-> BYN)
      "CUC",  // Cuban convertible peso, 2021
      "EEK",  // Estonian kroon, 2011 (-> EUR)
      "HRK",  // Croatian kuna, 2023 (-> EUR)
      "LTL",  // Lithuanian litas, 2015 (-> EUR)
      "LVL",  // Latvian lats, 2014 (-> EUR)
      "MRO",  // Mauritanian ouguiya, 2018 (-> MRU)
      "STD",  // São Tomé and Príncipe dobra, 2018 (-> STN)
      "VEF",  // Venezuelan bolívar fuerte, 2018 (-> VES)
      "ZMK",  // Zambian kwacha, 2013 (-> ZMW)
      "ZWL",  // Zimbabwean dollar, 2024 (-> ZWG)
  };
  return kCodes;
}

// Signs and names of the currencies a Hungarian or Romanian shop meets, as
// printed on price tags and invoices, folded (rules/value_checks/text_fold.h).
struct CurrencySign {
  std::string_view sign;
  std::string_view code;
};
constexpr CurrencySign kSigns[] = {
    {"ft", "HUF"}, {"ft.", "HUF"},  {"forint", "HUF"}, {"lei", "RON"}, {"leu", "RON"}, {"rol", "RON"},
    {"€", "EUR"},  {"euro", "EUR"}, {"eur.", "EUR"},   {"$", "USD"},   {"us$", "USD"}, {"dollar", "USD"},
    {"£", "GBP"},  {"kc", "CZK"},   {"zl", "PLN"},     {"lv", "BGN"},  {"лв", "BGN"},
};

}  // namespace vocabularies

std::string_view currency_for_sign(std::string_view sign) {
  const std::string folded = fold_name(sign);
  for (const vocabularies::CurrencySign& s : vocabularies::kSigns)
    if (s.sign == folded) return s.code;
  return {};
}

CurrencyStatus currency_status(std::string_view code) {
  const auto listed = [code](std::span<const std::string_view> codes) {
    return std::binary_search(codes.begin(), codes.end(), code);
  };
  if (listed(vocabularies::iso4217_active())) return CurrencyStatus::Active;
  if (listed(vocabularies::iso4217_withdrawn())) return CurrencyStatus::Withdrawn;
  return CurrencyStatus::Unknown;
}

}  // namespace syncfeed
