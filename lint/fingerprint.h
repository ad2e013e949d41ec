// A finding's identity without its line: the file, the rule, the record ids
// and the field. Baselines match on it; SARIF carries it as a partial
// fingerprint so that code scanning tracks a finding across commits.
#pragma once

#include <string>

#include "feed/finding.h"

namespace syncfeed::lint {

// 16 hex digits (FNV-1a, 64 bits) of the finding's identity.
std::string fingerprint_hash(const Finding& finding);

// The same, given fingerprint_file(finding.file): a report of many findings
// of one file normalises its path once.
std::string fingerprint_file(const std::string& file);
std::string fingerprint_hash(const Finding& finding, std::string_view file);

}  // namespace syncfeed::lint
