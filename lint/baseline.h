// Baselines: today's findings recorded in a file (--write-baseline), so that
// a later run (--baseline) reports only what is new. Feeds are regenerated
// and their lines move, so a finding is recognised by a fingerprint without
// line numbers: the file, the rule, the record's ids (project, order,
// product) and the field at fault. The baseline keeps a count per
// fingerprint and hides at most that many findings with it. The file format
// is documented in docs/lint.md.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "feed/finding.h"
#include "feed/output.h"

namespace syncfeed::lint {

struct BaselineEntry {
  std::string file;
  std::string rule;
  std::string project_id;
  std::string order_id;
  std::string product_id;
  std::string field;
  std::size_t count = 1;
  std::string message;  // of the first finding: for people reading the file, not matched
};

// The file part of a fingerprint: the path as given, normalised ("./a/../b.xml" -> "b.xml").
std::string baseline_file_key(const std::string& file);

// Hides the baselined findings of one file. Each lint_file call gets its own.
class BaselineMatcher {
 public:
  explicit BaselineMatcher(std::vector<BaselineEntry> entries);
  // True (and one use of the entry spent) when the baseline records the finding.
  bool hides(const Finding& finding);
  // Entries, or parts of their counts, that matched nothing.
  std::vector<BaselineEntry> stale() const;

 private:
  std::vector<BaselineEntry> entries_;
  std::map<std::string, std::size_t> index_;  // fingerprint -> entry
  std::vector<std::size_t> remaining_;
};

class Baseline {
 public:
  static std::optional<Baseline> read(const std::string& path, std::string& error);
  // The baseline of `findings` (all files of a run).
  static Baseline of(const std::vector<Finding>& findings);

  // The entries of one file. Entries of files that a run does not lint are never stale.
  BaselineMatcher matcher_for(const std::string& file) const;
  void write(Output& out) const;
  const std::vector<BaselineEntry>& entries() const { return entries_; }

 private:
  std::vector<BaselineEntry> entries_;  // sorted by fingerprint
};

}  // namespace syncfeed::lint
