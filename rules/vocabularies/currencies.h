// ISO 4217 currency codes (currency-code).
#pragma once

#include <span>
#include <string_view>

namespace syncfeed {

enum class CurrencyStatus {
  Active,     // in ISO 4217 List One today
  Withdrawn,  // withdrawn since 2010: still right on an order placed before
  Unknown,    // not an ISO 4217 code (or not written in capitals)
};

CurrencyStatus currency_status(std::string_view code);

// The ISO 4217 code a shop probably meant by a currency sign or name written
// instead of the code ("Ft" -> "HUF", "lei" -> "RON", "€" -> "EUR"); empty
// when there is no such guess. Letter case and accents are ignored.
std::string_view currency_for_sign(std::string_view sign);

namespace vocabularies {
std::span<const std::string_view> iso4217_active();     // sorted
std::span<const std::string_view> iso4217_withdrawn();  // sorted
}  // namespace vocabularies

}  // namespace syncfeed
