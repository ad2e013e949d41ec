// ean-checksum: a product's EAN must be a GTIN with a valid check digit
// (rules/value_checks/gtin.h).
#include <fmt/format.h>

#include "rules/order/order_rules.h"
#include "rules/value_checks/gtin.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kEanChecksum{
    .id = "ean-checksum",
    .severity = Severity::Error,
    .summary = "EAN is not a GTIN with a valid check digit",
    .description =
        "`EAN` holds the product's barcode number, a GTIN: 8 digits (EAN-8), 12 (UPC-A), 13 "
        "(EAN-13) or 14 (GTIN-14), the last of which is a check digit computed from the others "
        "(GS1 General Specifications: weights 3 and 1 alternating from the right). A value of "
        "another length, with other characters, or whose check digit does not match is not a "
        "barcode any scanner or marketplace will accept: usually a typo, a digit lost by a "
        "spreadsheet (leading zero), or an internal code in the wrong field.\n\n"
        "An empty `EAN` is not checked: the field is optional, and MiniCRM's own plugin sends it "
        "empty when the shop has none. The message names the check digit the other digits need.",
    .fix =
        "Copy the EAN from the product's packaging or supplier data, digits only. Keep "
        "internal codes in `SKU`. A spreadsheet that turned the code into a number may have "
        "dropped its leading zero.",
    .failing_line = 16,
};

class EanChecksum final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_product(project, [&](const Element& order, const Element& product) {
      const Element* ean = product.child(Kind::EAN);
      if (!ean || is_blank(ean->text)) return;  // optional: nothing to check
      const std::string problem = gtin_problem(ean->text);
      if (problem.empty()) return;
      context.report(ean->loc, fmt::format("EAN {} is not a valid GTIN: {}", quoted(ean->text), problem),
                     {&project, &order, &product}, "EAN");
    });
  }
};

}  // namespace

void add_ean_checksum_rule(RuleList& rules) { rules.push_back({kEanChecksum, make_rule<EanChecksum>}); }

}  // namespace syncfeed
