// A finding's identity without its line: the file, the rule, the record ids
// and the field. Baselines match on it; SARIF carries it as a partial
// fingerprint so that code scanning tracks a finding across commits.
#pragma once

#include <string>

#include "feed/finding.h"

namespace syncfeed::lint {

// 16 hex digits (FNV-1a, 64 bits) of the finding's identity.
std::string fingerprint_hash(const Finding& finding);

}  // namespace syncfeed::lint
