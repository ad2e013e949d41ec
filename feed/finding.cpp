#include "feed/finding.h"

namespace syncfeed {

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

bool parse_severity(std::string_view text, Severity& out) {
  for (Severity s : {Severity::Info, Severity::Warning, Severity::Error})
    if (severity_name(s) == text) {
      out = s;
      return true;
    }
  return false;
}

}  // namespace syncfeed
