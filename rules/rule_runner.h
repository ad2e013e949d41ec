// Runs the rules over a feed as the reader streams it.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "feed/finding.h"
#include "feed/model.h"
#include "rules/rule.h"

namespace syncfeed {

class RuleRunner {
 public:
  // `enabled`: the rules to run (all_rules() entries). Findings get each
  // rule's default severity; lint applies the configuration afterwards.
  RuleRunner(std::vector<const RuleEntry*> enabled, const RuleSettings& settings);
  ~RuleRunner();

  void project(const Element& project);   // one complete project
  void stray(const StrayElement& stray);  // an element the model has no place for (Rule::stray)
  void finish();                          // after the last one
  // What each rule takes of the project (Rule::take), in the runner's order,
  // made in `arena`; false when a rule is not split (then `digests` is left
  // incomplete).
  bool take(const Element& project, DigestArena& arena, RuleDigests& digests) const;
  // The rules' resolve() of what take() made of a project, in document order.
  void resolve(const RuleDigests& digests);
  std::vector<Finding>& findings() { return findings_; }

 private:
  struct Active;
  std::vector<Active> active_;
  const RuleSettings& settings_;
  std::vector<Finding> findings_;
};

// The rules of `enabled` that are whole-feed (RuleInfo::whole_feed), or the others.
std::vector<const RuleEntry*> rules_of_kind(const std::vector<const RuleEntry*>& enabled, bool whole_feed);

// The rules that see one project alone, run on a part's thread when a file
// is read in parts (FeedSink::project_checker); the whole-feed ones stay with
// the sink's own RuleRunner.
class RuleChecker final : public ProjectChecker {
 public:
  RuleChecker(const std::vector<const RuleEntry*>& enabled, const RuleSettings& settings)
      : runner_(rules_of_kind(enabled, false), settings) {}
  void stray(const StrayElement& stray, std::vector<Finding>& found) override;
  void project(const Element& project, std::vector<Finding>& found) override;

 private:
  RuleRunner runner_;
};

// Reads a whole document held in memory and runs every rule (or only `only`)
// on it, reader findings included, sorted by location. For tests, `explain`
// and the rule examples; lint itself streams files through RuleRunner.
std::vector<Finding> check_text(std::string_view xml, const RuleSettings& settings = {},
                                const std::vector<std::string_view>& only = {});

}  // namespace syncfeed
