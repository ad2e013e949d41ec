// A finding: one thing wrong with a feed, at one place. The reader makes the
// XML-level ones, the rules the rest; lint fills in the file and severity.
#pragma once

#include <string>
#include <string_view>

#include "feed/model.h"

namespace syncfeed {

enum class Severity { Info, Warning, Error };

std::string_view severity_name(Severity s);  // "info", "warning", "error"
bool parse_severity(std::string_view text, Severity& out);

struct Finding {
  std::string rule;      // public rule id, e.g. "project-id-missing"
  Severity severity = Severity::Error;
  // The rule chose `severity` for this finding (unknown-element: info or
  // warning by where the element stands): it stands unless the configuration
  // gives the rule a severity. Otherwise lint sets the rule's severity.
  bool severity_by_rule = false;
  std::string file;
  Location loc;          // of the element or attribute at fault (a missing child: its parent)
  std::string message;   // what was found, quoting the value, and what was expected
  std::string project_id;  // the records involved, where they apply
  std::string order_id;
  std::string product_id;
  std::string field;     // the field at fault (a tag or path), for fingerprints
};

}  // namespace syncfeed
