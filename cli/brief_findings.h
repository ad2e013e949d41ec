// Plain one-line findings on stderr, for the commands that are not lint.
#pragma once

#include <vector>

#include "feed/finding.h"

namespace syncfeed::cli {

// file:line:col: severity: message [rule], one a line, on stderr.
void print_findings_brief(const std::vector<Finding>& findings);

}  // namespace syncfeed::cli
