// Helpers for the focused rule tests: run one rule over a small feed and look
// at what it reported.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_runner.h"

namespace syncfeed::test {

// The findings of `rule` alone on `xml`, in document order.
inline std::vector<Finding> run_rule(std::string_view rule, std::string_view xml, const RuleSettings& settings = {}) {
  return check_text(xml, settings, {rule});
}

// A feed of one project: `<Project Id="id">` + `body` + `</Project>`, each
// piece on its own line, so line 3 is the first line of `body`.
inline std::string one_project(std::string_view body, std::string_view id = "14353") {
  return "<Projects>\n  <Project Id=\"" + std::string(id) + "\">\n" + std::string(body) +
         "\n  </Project>\n</Projects>\n";
}

}  // namespace syncfeed::test
