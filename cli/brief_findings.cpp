#include "cli/brief_findings.h"

#include <fmt/format.h>

namespace syncfeed::cli {

void print_findings_brief(const std::vector<Finding>& findings) {
  for (const Finding& f : findings)
    fmt::print(stderr, "{}:{}:{}: {}: {} [{}]\n", f.file, f.loc.line, f.loc.column, severity_name(f.severity),
               f.message, f.rule);
}

}  // namespace syncfeed::cli
