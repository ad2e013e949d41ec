// Baselines: today's findings recorded in a file (--write-baseline), so that
// a later run (--baseline) reports only what is new. Feeds are regenerated
// and their lines move, so a finding is recognised by a fingerprint without
// line numbers: the file, the rule, the record's ids (project, order,
// product) and the field at fault. The baseline keeps a count per
// fingerprint and hides at most that many findings with it. The file format
// is documented in docs/lint.md.
//
// Files are named relative to the baseline file's folder, so that a run from
// any folder finds them: `lint bl/feed.xml --baseline
// bl/base.json` and `cd bl && lint feed.xml --baseline base.json` match the
// same entries. Version 1 files named them as typed, relative to the folder
// lint ran from; they are still read that way.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "feed/finding.h"
#include "feed/output.h"

namespace syncfeed::lint {

struct BaselineEntry {
  std::string file;  // relative to the baseline's folder, "/"-separated; "<stdin>"
  std::string rule;
  std::string project_id;
  std::string order_id;
  std::string product_id;
  std::string field;
  std::size_t count = 1;
  std::string message;  // of the first finding: for people reading the file, not matched
};

// Hides the baselined findings of one file. Each lint_file call gets its own.
class BaselineMatcher {
 public:
  explicit BaselineMatcher(std::vector<BaselineEntry> entries);
  // True (and one use of the entry spent) when the baseline records the finding.
  bool hides(const Finding& finding);
  // Entries, or parts of their counts, that matched nothing, named `shown`
  // (the file as the run shows it).
  std::vector<BaselineEntry> stale(const std::string& shown) const;

 private:
  std::vector<BaselineEntry> entries_;
  std::map<std::string, std::size_t> index_;  // fingerprint in the file -> entry
  std::vector<std::size_t> remaining_;
};

class Baseline {
 public:
  static std::optional<Baseline> read(const std::string& path, std::string& error);
  // The baseline of `findings` (all files of a run), to be written to `path`.
  static Baseline of(const std::vector<Finding>& findings, const std::string& path);

  // The entries of one file, named as on the command line ("-": standard
  // input). Entries of files that a run does not lint are never stale.
  BaselineMatcher matcher_for(const std::string& file) const;
  void write(Output& out) const;
  const std::vector<BaselineEntry>& entries() const { return entries_; }

 private:
  // A file named as on the command line, as the entries name it.
  std::string entry_name(const std::string& file) const;

  std::filesystem::path folder_;        // absolute: what the entries' files are relative to
  std::vector<BaselineEntry> entries_;  // sorted by file, then fingerprint
};

}  // namespace syncfeed::lint
