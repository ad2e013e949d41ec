// order-field-missing, currency-code and order-status: the fields an order
// card needs (docs/format.md §3) and the two of them with a fixed
// vocabulary.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string>

#include "rules/missing_field.h"
#include "rules/order/order_rules.h"
#include "rules/value_checks/text_fold.h"
#include "rules/value_parsers.h"
#include "rules/vocabularies/currencies.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kOrderFieldMissing{
    .id = "order-field-missing",
    .severity = Severity::Error,
    .summary = "An order without Number, CurrencyCode, Performance or Status",
    .description =
        "MiniCRM's Orders module needs four fields to make an order card: `Number` (the card's "
        "name), `CurrencyCode` (what the prices are in), `Performance` (the delivery or "
        "performance date) and `Status` (Draft, Issued, Completed or Failed). An order without "
        "one of them, or with it empty or blank, is incomplete in MiniCRM: no name in the list, "
        "amounts in an unknown currency, no date to report on.\n\n"
        "One finding per missing field: at the `<Order>` when the field is absent, at the field "
        "when it is empty.",
    .fix =
        "Send all four with every order. `Performance` is a date (`YYYY-MM-DD`); when the shop "
        "has no delivery date yet, send the order date.",
    .failing_line = 8,
};

constexpr RuleInfo kCurrencyCode{
    .id = "currency-code",
    .severity = Severity::Error,
    .summary = "CurrencyCode is not an ISO 4217 code",
    .description =
        "MiniCRM reads the order's currency from `CurrencyCode`, an ISO 4217 code written in "
        "capitals: `HUF`, `RON`, `EUR`. A sign or a name (`Ft`, `lei`, `€`, `Euro`), a lower-case "
        "code or a code with spaces around it is not a currency MiniCRM knows, and the order's "
        "amounts lose their meaning.\n\n"
        "Accepted: every code of ISO 4217 List One (current currencies, with the fund and special "
        "codes), and the codes withdrawn since 2010 (`HRK`, `LTL`, `ANG`...), because a feed "
        "resends old orders in the currency they were placed in. The list is compiled in "
        "(rules/vocabularies/currencies.cpp cites its source). An empty value is order-field-missing.",
    .fix =
        "Write the three-letter ISO code in capitals. The message names the code when the value "
        "is a known sign or name (`Ft` is `HUF`, `lei` is `RON`).",
    .failing_line = 10,
};

constexpr RuleInfo kOrderStatus{
    .id = "order-status",
    .severity = Severity::Error,
    .summary = "Status is not Draft, Issued, Completed or Failed",
    .description =
        "MiniCRM's Orders module knows four statuses, spelt exactly: `Draft`, `Issued`, `Completed`, "
        "`Failed` (a cancelled order is sent as `Failed`; there is no delete). Another value, a "
        "shop's own status name or a different letter case, does not set the order card's status.\n\n"
        "WooCommerce statuses map as: `pending`, `on-hold`, `checkout-draft` -> `Draft`; "
        "`processing` -> `Issued`; `completed` -> `Completed`; `cancelled`, `refunded`, `failed` -> "
        "`Failed`. The message suggests the mapping when it recognises the value. An empty value "
        "is order-field-missing.",
    .fix = "Map the shop's statuses to the four MiniCRM statuses in the generator.",
    .failing_line = 12,
};

class OrderFieldMissing final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_order(project, [&](const Element& order) {
      const RecordIds ids{&project, &order};
      report_missing_field(order, Kind::Number, "MiniCRM names the order card by it", context, ids);
      report_missing_field(order, Kind::CurrencyCode, "MiniCRM needs the currency of the order's prices", context, ids);
      report_missing_field(order, Kind::Performance, "MiniCRM needs the order's delivery date (YYYY-MM-DD)", context,
                           ids);
      report_missing_field(order, Kind::Status, "expected Draft, Issued, Completed or Failed", context, ids);
    });
  }
};

// What to tell the user about a CurrencyCode that is not a code.
std::string currency_advice(std::string_view value) {
  const std::string_view trimmed = trim_space(value);
  std::string upper(trimmed);
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (currency_status(upper) != CurrencyStatus::Unknown)
    return fmt::format("{}: \"{}\"",
                       trimmed.size() != value.size() ? "remove the spaces around it" : "write it in capitals", upper);
  if (std::string_view code = currency_for_sign(value); !code.empty())
    return fmt::format("for {} write \"{}\"", quoted(value), code);
  return "expected a three-letter code such as HUF, RON or EUR";
}

class CurrencyCode final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_order(project, [&](const Element& order) {
      const Element* code = order.child(Kind::CurrencyCode);
      if (!code || is_blank(code->text)) return;  // order-field-missing
      if (currency_status(code->text) != CurrencyStatus::Unknown) return;
      context.report(code->loc,
                     fmt::format("CurrencyCode {} is not an ISO 4217 currency code; {}", quoted(code->text),
                                 currency_advice(code->text)),
                     {&project, &order}, "CurrencyCode");
    });
  }
};

constexpr std::array<std::string_view, 4> kStatuses = {"Draft", "Issued", "Completed", "Failed"};

// The MiniCRM status a shop's status name probably means, or empty.
std::string_view status_for(std::string_view value) {
  struct Mapping {
    std::string_view shop;
    std::string_view minicrm;
  };
  static constexpr Mapping kWooCommerce[] = {
      {"pending", "Draft"},       {"on-hold", "Draft"},    {"checkout-draft", "Draft"}, {"processing", "Issued"},
      {"completed", "Completed"}, {"cancelled", "Failed"}, {"refunded", "Failed"},      {"failed", "Failed"},
      {"draft", "Draft"},         {"issued", "Issued"},
  };
  std::string folded = fold_name(value);
  if (folded.rfind("wc-", 0) == 0) folded.erase(0, 3);  // WooCommerce's internal prefix
  for (const Mapping& m : kWooCommerce)
    if (m.shop == folded) return m.minicrm;
  return {};
}

class OrderStatus final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_order(project, [&](const Element& order) {
      const Element* status = order.child(Kind::Status);
      if (!status || is_blank(status->text)) return;  // order-field-missing
      if (std::find(kStatuses.begin(), kStatuses.end(), status->text) != kStatuses.end()) return;
      const std::string_view meant = status_for(status->text);
      context.report(status->loc,
                     fmt::format("Status {} is not one of Draft, Issued, Completed, Failed{}", quoted(status->text),
                                 meant.empty() ? std::string() : fmt::format("; send \"{}\"", meant)),
                     {&project, &order}, "Status");
    });
  }
};

}  // namespace

void add_order_field_rules(RuleList& rules) {
  rules.push_back({kOrderFieldMissing, make_rule<OrderFieldMissing>});
  rules.push_back({kCurrencyCode, make_rule<CurrencyCode>});
  rules.push_back({kOrderStatus, make_rule<OrderStatus>});
}

}  // namespace syncfeed
