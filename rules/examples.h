// The rules' example feeds: rules/examples/<rule id>.failing.xml and
// .passing.xml, compiled into the binary at build time (cmake/rule_examples.cmake)
// as the XSD is: nothing is read from disk at run time.
#pragma once

#include <string_view>

namespace syncfeed {

struct RuleExamples {
  std::string_view failing;  // a whole feed that breaks the rule
  std::string_view passing;  // the same feed, fixed
};

// The examples of the rule `id`; both empty when it has none.
RuleExamples rule_examples(std::string_view id);

}  // namespace syncfeed
