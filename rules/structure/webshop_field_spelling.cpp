// webshop-field-spelling: a Webshop_ field spelt without the underscore.
//
// The reader reads WebshopDisabled as Webshop_Disabled and marks the element
// as an alias (Element::alias). A flat <Email>/<Phone> is an alias too, but an
// accepted form of its own: only the six Webshop fields are this rule's.
#include <fmt/format.h>

#include "rules/structure/structure_rules.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kWebshopFieldSpelling{
    .id = "webshop-field-spelling",
    .severity = Severity::Warning,
    .summary = "A Webshop field spelt without the underscore",
    .description =
        "MiniCRM's help page spells the Webshop module's fields without the underscore "
        "(`WebshopDisabled`), while MiniCRM's API field names and its sample feed carry it "
        "(`Webshop_Disabled`). syncfeed reads both spellings as the same field. For MiniCRM only the "
        "API name is certain: it is the spelling of MiniCRM's sample file and of feeds built on it. "
        "If MiniCRM takes the other spelling for an unknown field, the customer's block flag, "
        "registration date or abandoned basket silently never reaches the card.\n\n"
        "The six fields are `Webshop_RegistrationDate`, `Webshop_Disabled`, "
        "`Webshop_LostBasketContent`, `Webshop_LostBasketDate`, `Webshop_LostBasketValue` and "
        "`Webshop_AllLostBasket`.",
    .fix =
        "Write the field with the underscore, e.g. `<Webshop_Disabled>0</Webshop_Disabled>`. "
        "`syncfeed fmt` rewrites a feed with the canonical spelling.",
    .failing_line = 6,
};

constexpr Kind kWebshopFields[] = {Kind::RegistrationDate, Kind::Disabled,        Kind::LostBasketContent,
                                   Kind::LostBasketDate,   Kind::LostBasketValue, Kind::AllLostBasket};

bool is_webshop_field(Kind kind) {
  for (Kind k : kWebshopFields)
    if (k == kind) return true;
  return false;
}

// "Webshop_Disabled" -> "WebshopDisabled": the one alias spelling the reader accepts.
std::string without_underscore(std::string_view tag) {
  std::string out(tag);
  out.erase(out.find('_'), 1);
  return out;
}

class WebshopFieldSpelling final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for (const Element& child : project.children) {
      if (!child.alias || !is_webshop_field(child.kind)) continue;
      const std::string_view canonical = child.tag();
      context.report(child.loc,
                     fmt::format("<{}> is spelt without the underscore; MiniCRM's API name is <{}>",
                                 without_underscore(canonical), canonical),
                     {&project}, canonical);
    }
  }
};

}  // namespace

void add_webshop_field_spelling_rule(RuleList& rules) {
  rules.push_back({kWebshopFieldSpelling, make_rule<WebshopFieldSpelling>});
}

}  // namespace syncfeed
