// unused-suppression, lint's own rule: an inline suppression comment
// (rules/suppressions.h finds them) that suppresses nothing. The rule runner
// (rules/rule_runner.cpp) reports it after the feed's rules have run.
#include "rules/unused_suppression.h"

#include "rules/suppressions.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kUnused{
    .id = kUnusedSuppression,
    .severity = Severity::Info,
    .summary = "An inline suppression comment suppresses nothing",
    .description =
        "A `<!-- syncfeed-disable RULE -->` comment turns RULE off for the next element and all "
        "inside it; `<!-- syncfeed-disable-file RULE -->` turns it off for the whole file. When the "
        "covered part has no finding of RULE (the data was fixed, or the comment stands in the wrong "
        "place), the comment hides nothing today but would hide a new problem tomorrow. A comment "
        "that names something that is not a rule id, or names no rule, is reported too.\n\n"
        "Rules that are turned off (by `--select`, `--ignore` or the configuration) are not "
        "reported: with the rule off, lint cannot tell whether the comment is still needed.",
    .fix =
        "Remove the comment, or the rule ids in it that no longer suppress anything, or move it "
        "right before the element it is meant for.",
    .failing_line = 2,
    .reader = true,
};

}  // namespace

void add_unused_suppression_rule(RuleList& rules) { rules.push_back({kUnused, nullptr}); }

}  // namespace syncfeed
