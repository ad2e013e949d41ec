// folder-name-missing and description-too-long: the optional product fields
// MiniCRM uses when it creates a product.
#include <fmt/format.h>

#include "rules/missing_field.h"
#include "rules/order/order_rules.h"
#include "rules/value_checks/text_fold.h"

namespace syncfeed {
namespace {

// docs/format.md §2.4: Description is optional, up to 1024 characters.
constexpr std::size_t kMaxDescription = 1024;

constexpr RuleInfo kFolderNameMissing{
    .id = "folder-name-missing",
    .severity = Severity::Info,
    .summary = "A product without FolderName",
    .description =
        "When an order line names a product MiniCRM does not have yet, MiniCRM creates it in the "
        "product folder named by `FolderName` (and creates the folder if needed). Without a "
        "`FolderName` (absent, empty or blank) a new product lands outside the catalogue's "
        "structure. For products MiniCRM already has, the field is not needed, which is why this "
        "is information only.",
    .fix =
        "Send the product's category in the shop as `FolderName`, for every line (shipping "
        "and coupon lines included: a folder such as `Szállítás` keeps them apart).",
    .failing_line = 16,
};

constexpr RuleInfo kDescriptionTooLong{
    .id = "description-too-long",
    .severity = Severity::Warning,
    .summary = "Description is longer than 1024 characters",
    .description =
        "A product's `Description` holds up to 1024 characters in MiniCRM (docs/format.md); a longer "
        "one may be cut or refused. Characters are Unicode characters (code points), not bytes: "
        "`ő`, `ș` and `ă` count as one each, although UTF-8 writes them in two bytes, so a "
        "Hungarian or Romanian text of 1000 letters is within the limit. The value is counted as "
        "the parser reads it: `&amp;` is one character `&`, and an entity-escaped HTML "
        "description (`&amp;lt;p&amp;gt;`, as MiniCRM's plugin sends it) counts as its escaped "
        "text (`&lt;p&gt;`, 9 characters).",
    .fix =
        "Send a short description (a summary, without HTML markup); keep the full text in "
        "the shop.",
    .failing_line = 22,
};

class FolderNameMissing final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_product(project, [&](const Element& order, const Element& product) {
      report_missing_field(product, Kind::FolderName, "MiniCRM puts a product it creates into this folder", context,
                           {&project, &order, &product});
    });
  }
};

class DescriptionTooLong final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_product(project, [&](const Element& order, const Element& product) {
      const Element* description = product.child(Kind::Description);
      if (!description || description->text.size() <= kMaxDescription) return;  // bytes >= characters
      const std::size_t characters = count_code_points(description->text);
      if (characters <= kMaxDescription) return;
      context.report(
          description->loc,
          fmt::format("Description is {} characters long; MiniCRM holds up to {}", characters, kMaxDescription),
          {&project, &order, &product}, "Description");
    });
  }
};

}  // namespace

void add_product_detail_rules(RuleList& rules) {
  rules.push_back({kFolderNameMissing, make_rule<FolderNameMissing>});
  rules.push_back({kDescriptionTooLong, make_rule<DescriptionTooLong>});
}

}  // namespace syncfeed
