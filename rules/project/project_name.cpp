// project-name-missing: the card's name.
#include "rules/missing_field.h"
#include "rules/project/project_rules.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kNameMissing{
    .id = "project-name-missing",
    .severity = Severity::Error,
    .summary = "A Project without a Name",
    .description =
        "`Name` is the name of the card in MiniCRM (usually the customer's or the company's name) and "
        "one of the three fields MiniCRM requires of a project, with `Id` and `CategoryId`. A project "
        "without it, or with an empty one, makes a card nobody can find by name, or is refused.\n\n"
        "A partial feed may leave fields out, but syncfeed still requires `Name` on every project: "
        "MiniCRM needs it whenever the card is new, and a feed cannot know which cards are.",
    .fix = "Send the customer's full name (or the company name) in `<Name>`.",
    .failing_line = 2,
};

class NameMissing final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    report_missing_field(project, Kind::Name, "MiniCRM requires it to name the card", context, {&project},
                         BlankWording::EmptyQuoted);
  }
};

}  // namespace

void add_project_name_rule(RuleList& rules) { rules.push_back({kNameMissing, make_rule<NameMissing>}); }

}  // namespace syncfeed
