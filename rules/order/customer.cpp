// customer-missing and country-unknown: who ordered and where to. The
// country check covers every CountryId of a project: the order's Customer's
// and the Business's addresses.
#include <fmt/format.h>

#include <memory>

#include "rules/missing_field.h"
#include "rules/order/order_rules.h"
#include "rules/value_checks/countries.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kCustomerMissing{
    .id = "customer-missing",
    .severity = Severity::Error,
    .summary = "An order without a Customer, or a Customer without name or address",
    .description =
        "MiniCRM records who placed an order and where it goes from the order's `<Customer>`: "
        "`Name`, `CountryId`, `PostalCode`, `City` and `Address` are all required "
        "(docs/format.md §3). Without them the order card has no buyer and no delivery address, and "
        "invoices or shipping labels made from MiniCRM come out incomplete.\n\n"
        "One finding per missing field (absent, empty or blank): at the `<Customer>` when the "
        "field is absent, at the field when it is empty, at the `<Order>` when there is no "
        "`<Customer>` at all.",
    .fix =
        "Send the billing name and address of the order in `<Customer>`; for a shop that sells "
        "downloads only, send the billing address the customer gave at checkout.",
    .failing_line = 13,
};

constexpr RuleInfo kCountryUnknown{
    .id = "country-unknown",
    .severity = Severity::Warning,
    .summary = "CountryId is not a known country name or ISO 3166 code",
    .description =
        "MiniCRM stores the country of an address as a name in the account's language, and its "
        "own plugin writes one of a fixed list (Hungary / Magyarország / Ungaria...). A value "
        "outside the names MiniCRM and its users know may not be matched to a country: filters "
        "and reports by country miss the customer.\n\n"
        "Accepted, in `<Customer>` and in `<Business><Addresses>`: the names MiniCRM's plugin "
        "writes (English, Hungarian, Romanian), ISO 3166-1 alpha-2 and alpha-3 codes (`HU`, "
        "`HUN`), the English, Hungarian and Romanian names of ISO 3166-1 (from Debian's "
        "iso-codes), common everyday names (`UK`, `USA`, `Holland`, `Anglia`, `SUA`...), and the "
        "names listed under `extra_countries` in syncfeed.toml. Letter case, accents and extra "
        "spaces are ignored (`ROMANIA`, `Magyarorszag` and `hu` are accepted), because a shop that "
        "strips accents still means the country. An empty value is customer-missing's.",
    .fix =
        "Write the country's name as MiniCRM writes it in the account's language, or its ISO "
        "code. If your shop rightly uses other names (another language), list them in "
        "syncfeed.toml: `extra_countries = [\"Ungarn\", \"Rumänien\"]`.",
    .failing_line = 13,
};

class CustomerMissing final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_order(project, [&](const Element& order) {
      const RecordIds ids{&project, &order};
      const Element* customer = order.child(Kind::Customer);
      if (!customer) {
        context.report(order.loc, "<Order> has no <Customer>; MiniCRM needs the buyer's name and address", ids,
                       "Customer");
        return;
      }
      report_missing_field(*customer, Kind::Name, "MiniCRM needs the buyer's name", context, ids);
      report_missing_field(*customer, Kind::CountryId, "MiniCRM needs the buyer's country", context, ids);
      report_missing_field(*customer, Kind::PostalCode, "MiniCRM needs the buyer's postal code", context, ids);
      report_missing_field(*customer, Kind::City, "MiniCRM needs the buyer's city", context, ids);
      report_missing_field(*customer, Kind::AddressLine, "MiniCRM needs the buyer's street address", context, ids);
    });
  }
};

class CountryUnknown final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    if (!names_) names_ = std::make_unique<CountryNames>(context.settings().extra_countries);
    if (const Element* business = project.child(Kind::Business))
      for (const Element* address : business->items(Kind::Addresses)) check_country(*address, {&project}, context);
    for_each_order(project, [&](const Element& order) {
      if (const Element* customer = order.child(Kind::Customer)) check_country(*customer, {&project, &order}, context);
    });
  }

 private:
  void check_country(const Element& parent, RecordIds ids, RuleContext& context) {
    const Element* country = parent.child(Kind::CountryId);
    if (!country || is_blank(country->text) || names_->contains(country->text)) return;
    context.report(country->loc,
                   fmt::format("CountryId {} is not a country name or ISO 3166 code that MiniCRM uses; expected "
                               "a name such as \"Magyarország\", \"Hungary\", \"România\" or a code such as \"HU\"",
                               quoted(country->text)),
                   ids, "CountryId");
  }

  std::unique_ptr<CountryNames> names_;  // built on the first project, with the settings' extra names
};

}  // namespace

void add_customer_rules(RuleList& rules) {
  rules.push_back({kCustomerMissing, make_rule<CustomerMissing>});
  rules.push_back({kCountryUnknown, make_rule<CountryUnknown>});
}

}  // namespace syncfeed
