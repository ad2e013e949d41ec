// What rules may be told by the configuration (syncfeed.toml). Lint fills it;
// rules read it through RuleContext::settings().
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace syncfeed {

struct RuleSettings {
  std::optional<std::string> category_id;    // the expected Webshop module id (category-id-mixed)
  std::vector<std::string> extra_statuses;   // StatusId names beyond MiniCRM's (status-id-unknown)
  std::vector<std::string> vat_rates;        // when non-empty: the allowed rates, e.g. "27%" (vat-rate-unknown)
  std::vector<std::string> extra_countries;  // CountryId names beyond the built-in lists (country-unknown)
  std::string today;                         // YYYY-MM-DD; empty: SYNCFEED_TODAY or the clock (date-implausible)
};

}  // namespace syncfeed
