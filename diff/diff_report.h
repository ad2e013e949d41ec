// How `syncfeed diff` shows its result: text for people (coloured +/-/~ lines
// grouped by project, then a summary) or JSON for programs. Both stream: one
// project's changes are written as soon as they are known. The JSON form is a
// public interface, described in docs/diff.md.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "diff/compare.h"
#include "feed/output.h"

namespace syncfeed::diff {

struct DiffSummary {
  std::uint64_t changed = 0;    // projects in both revisions whose data differs
  std::uint64_t added = 0;      // projects only NEW has
  std::uint64_t removed = 0;    // projects only OLD has
  std::uint64_t unchanged = 0;  // projects in both with the same data
  std::uint64_t changes = 0;    // entries written
  bool same() const { return changes == 0; }
};

class DiffReport {
 public:
  virtual ~DiffReport() = default;
  // The changes of one project (a whole added or removed project is one change).
  void project(const std::vector<Change>& changes, Op project_op);
  void unchanged(std::uint64_t projects = 1) { summary_.unchanged += projects; }
  virtual void finish() = 0;
  const DiffSummary& summary() const { return summary_; }

 protected:
  explicit DiffReport(Output& out) : out_(out) {}
  virtual void write_project(const std::vector<Change>& changes, Op project_op) = 0;
  Output& out_;
  DiffSummary summary_;
};

// `color`: ANSI colours on the +/-/~ lines (cli/color_option.h decides).
std::unique_ptr<DiffReport> make_text_report(Output& out, bool color);
std::unique_ptr<DiffReport> make_json_report(Output& out);

}  // namespace syncfeed::diff
