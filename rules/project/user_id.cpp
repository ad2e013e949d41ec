// user-id-missing: the card's owner.
#include "rules/missing_field.h"
#include "rules/project/project_rules.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kUserIdMissing{
    .id = "user-id-missing",
    .severity = Severity::Info,
    .summary = "A Project without a UserId: the card goes to the central user",
    .description =
        "`UserId` names the MiniCRM user who owns the card (a user's name, or numeric user id). "
        "Without it MiniCRM gives the card to the system's central user. That is often what a shop "
        "wants, hence info; it matters when cards should be shared out among sales people. An empty "
        "`<UserId/>` counts as missing.",
    .fix =
        "Send the owner's MiniCRM user name, e.g. `<UserId>Kovács Béla</UserId>`, or turn this rule "
        "off if the central user is meant to own every card.",
    .failing_line = 2,
};

class UserIdMissing final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    report_missing_field(project, Kind::UserId, "the card goes to the system's central user", context, {&project},
                         BlankWording::EmptyQuoted);
  }
};

}  // namespace

void add_user_id_rule(RuleList& rules) { rules.push_back({kUserIdMissing, make_rule<UserIdMissing>}); }

}  // namespace syncfeed
