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
  std::vector<Finding>& findings() { return findings_; }

 private:
  struct Active;
  std::vector<Active> active_;
  const RuleSettings& settings_;
  std::vector<Finding> findings_;
};

// Reads a whole document held in memory and runs every rule (or only `only`)
// on it, reader findings included, sorted by location. For tests, `explain`
// and the rule examples; lint itself streams files through RuleRunner.
std::vector<Finding> check_text(std::string_view xml, const RuleSettings& settings = {},
                                const std::vector<std::string_view>& only = {});

}  // namespace syncfeed
