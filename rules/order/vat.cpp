// vat-format and vat-rate-unknown: an order line's VAT, a percentage
// ("27%", "5.5%"; rules/value_parsers.h parse_percent), and whether it is a rate the
// shop can have charged. The default rates are rules/vocabularies/vat_rates.cpp.
#include <fmt/format.h>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "rules/order/order_rules.h"
#include "rules/value_checks/text_fold.h"
#include "rules/value_parsers.h"
#include "rules/vocabularies/vat_rates.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kVatFormat{
    .id = "vat-format",
    .severity = Severity::Error,
    .summary = "VAT is not written as N% or N.N%",
    .description =
        "MiniCRM reads an order line's VAT rate as a percentage string: digits, optionally a dot "
        "and more digits, then `%`, with nothing else: `27%`, `5%`, `5.5%`, `0%`. Other spellings "
        "(`27`, `27 %`, `27,5%`, `0.27`, `AAM`) are not read as a rate, and the line's gross "
        "amount is wrong in MiniCRM.\n\n"
        "The message says what to write. A VAT-exempt line (Hungarian `AAM`/`TAM`, Romanian "
        "`scutit`) is written `0%`. An empty value is product-field-missing's.",
    .fix = "Write the rate as a number followed directly by `%`: `27%`.",
    .failing_line = 17,
};

constexpr RuleInfo kVatRateUnknown{
    .id = "vat-rate-unknown",
    .severity = Severity::Warning,
    .summary = "A VAT rate outside the expected set",
    .description =
        "A well-formed VAT rate that no Hungarian or Romanian product can have had is usually a "
        "mistake: a rate computed from rounded amounts (`26.98%`), another country's rate, or a "
        "typo. MiniCRM stores it as sent, and the order's gross values are off.\n\n"
        "By default the expected rates are every standard and reduced VAT rate of Hungary and "
        "Romania since 2000, because a feed resends old orders with the rate they were invoiced "
        "at, and 0%:\n\n"
        "- Hungary: 27% (standard since 2012), 25% (standard until 2005 and 2009-07..2011), 20% "
        "(standard 2006..2009-06), 18% (reduced since 2009-07), 15% (reduced 2004..2006-08), 12% "
        "(reduced until 2003), 5% (reduced since 2004).\n"
        "- Romania: 21% (standard since 2025-08), 19% (standard 2000-02..2010-06 and "
        "2017..2025-07), 24% (standard 2010-07..2015), 20% (standard 2016), 22% (standard until "
        "2000-01), 11% (reduced since 2025-08), 9% and 5% (reduced until 2025-07).\n"
        "- 0% (exempt, intra-EU and export lines).\n\n"
        "`vat_rates = [\"27%\", \"18%\", \"5%\", \"0%\"]` in syncfeed.toml replaces the set (for "
        "a shop that sells in other countries, or to be stricter). Rates are compared as numbers: "
        "`27%` and `27.0%` are the same rate. A value that is not a percentage is vat-format's.",
    .fix =
        "Send the rate the line was invoiced at. If the shop rightly charges other rates, list "
        "its rates under `vat_rates` in syncfeed.toml.",
    .failing_line = 17,
};

// What to write instead of a VAT value that is not a percentage.
std::string vat_advice(std::string_view value) {
  const std::string folded = fold_name(value);
  for (std::string_view exempt : {"aam", "tam", "mentes", "adomentes", "exempt", "scutit", "scutit tva", "-"})
    if (folded == exempt) return "for a VAT-exempt line write 0%";
  const std::string_view inner = trim_space(value);
  if (inner != value && parse_percent(inner)) return fmt::format("remove the spaces around it: {}", inner);
  if (inner.size() >= 2 && inner.back() == '%') {
    std::string number(trim_space(inner.substr(0, inner.size() - 1)));
    if (number.size() + 1 != inner.size() && parse_percent(number + "%"))
      return fmt::format("remove the space before the percent sign: {}%", number);
    if (number.find(',') != std::string::npos) {
      number[number.find(',')] = '.';
      if (parse_percent(number + "%")) return fmt::format("use a dot as the decimal separator: {}%", number);
    }
    if (!number.empty() && number.front() == '-') return "a VAT rate is not negative";
  }
  if (const auto fraction = parse_decimal(inner)) {
    if (*fraction > 0 && *fraction < 1)
      return fmt::format("it looks like a fraction; write the percentage: {:.6g}%", *fraction * 100);
    if (*fraction >= 0) return fmt::format("add the percent sign: {}%", inner);
  }
  return "expected a percentage such as 27% or 5.5%";
}

class VatFormat final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_product(project, [&](const Element& order, const Element& product) {
      const Element* vat = product.child(Kind::VAT);
      if (!vat || is_blank(vat->text) || parse_percent(vat->text)) return;  // missing: product-field-missing
      context.report(
          vat->loc,
          fmt::format("VAT {} is not a percentage such as 27% or 5.5%; {}", quoted(vat->text), vat_advice(vat->text)),
          {&project, &order, &product}, "VAT");
    });
  }
};

// A configured rate: "27%", or a bare number "27".
std::optional<double> parse_configured_rate(std::string_view rate) {
  if (auto percent = parse_percent(rate)) return percent;
  return parse_decimal(rate);
}

std::string format_rate(double percent) { return fmt::format("{:.6g}%", percent); }

class VatRateUnknown final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    if (!loaded_) load(context.settings());
    for_each_product(project, [&](const Element& order, const Element& product) {
      const Element* vat = product.child(Kind::VAT);
      if (!vat) return;
      const auto rate = parse_percent(vat->text);
      if (!rate || expected(*rate)) return;  // not a percentage: vat-format
      const std::string_view expected_set =
          configured_ ? "one of the rates configured in vat_rates" : "a Hungarian or Romanian VAT rate";
      context.report(vat->loc, fmt::format("VAT rate {} is not {} ({})", quoted(vat->text), expected_set, listing_),
                     {&project, &order, &product}, "VAT");
    });
  }

 private:
  void load(const RuleSettings& settings) {
    for (const std::string& rate : settings.vat_rates)
      if (auto percent = parse_configured_rate(rate)) rates_.push_back(*percent);
    configured_ = !rates_.empty();
    if (!configured_)
      for (const VatRate& rate : default_vat_rates()) rates_.push_back(rate.percent);
    for (double rate : rates_) listing_ += (listing_.empty() ? "" : ", ") + format_rate(rate);
    loaded_ = true;
  }

  bool expected(double rate) const {
    for (double r : rates_)
      if (std::fabs(r - rate) < 1e-9) return true;
    return false;
  }

  bool loaded_ = false;
  bool configured_ = false;  // syncfeed.toml's vat_rates replace the defaults
  std::vector<double> rates_;
  std::string listing_;
};

}  // namespace

void add_vat_rules(RuleList& rules) {
  rules.push_back({kVatFormat, make_rule<VatFormat>});
  rules.push_back({kVatRateUnknown, make_rule<VatRateUnknown>});
}

}  // namespace syncfeed
