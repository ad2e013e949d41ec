// Helpers of the lint tests: a temporary folder, and linting a feed held in a
// string through a file, as `syncfeed lint` would.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "lint/lint_file.h"

#include "support/temp_folder.h"

namespace syncfeed::test {

inline lint::FileResult lint_text(const std::string& xml, const lint::Policy& policy = lint::Policy::all(),
                                  lint::LintOptions options = {}, const RuleSettings& settings = {},
                                  lint::BaselineMatcher* baseline = nullptr) {
  TempFolder dir;
  const std::string path = (dir / "feed.xml").string();
  write_whole_file(path, xml);
  return lint::lint_file(path, policy, settings, options, baseline);
}

inline std::vector<Finding> of_rule(const std::vector<Finding>& findings, std::string_view rule) {
  std::vector<Finding> out;
  for (const Finding& f : findings)
    if (f.rule == rule) out.push_back(f);
  return out;
}

}  // namespace syncfeed::test
