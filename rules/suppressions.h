// Inline suppressions: XML comments that turn rules off for part of a feed.
//
//   <!-- syncfeed-disable RULE[,RULE...] -->       the next element and all inside it
//   <!-- syncfeed-disable-file RULE[,RULE...] -->  the whole file, wherever it stands
//
// "The next element" is the first element that starts after the comment. It
// covers from its start tag up to the start of the first element after its
// end tag (so also what the model does not keep, such as a stray element
// inside a value). Elements are known from the projects the reader hands
// over, so the next element must be a Project or lie inside one: a directive
// before <Projects> covers the first Project (use -file for the whole file).
//
// A directive (or one of its rule ids) that suppresses nothing, or that names
// no rule, is reported as `unused-suppression` (an info, like ruff's unused
// noqa), so stale suppressions get noticed and removed.
//
// Memory: one small record per directive, kept for the whole file because
// whole-feed rules report at the end about elements long gone.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feed/finding.h"
#include "feed/model.h"

namespace syncfeed {

inline constexpr std::string_view kUnusedSuppression = "unused-suppression";

class Suppressions {
 public:
  // Start and subtree end (the last start tag inside) of every element of a
  // project that has a location, in document order: what project() needs of it.
  struct Extent {
    Location start;
    Location last_inside;
  };
  using Extents = std::vector<Extent>;
  static Extents extents(const Element& project);

  // Every comment of the file, in document order; others than directives are ignored.
  void comment(std::string_view text, Location at);
  // A project as the reader hands it over, before any finding inside it is
  // checked with covers(): fixes the extent of the directives before it.
  void project(const Element& project);
  // The same from the project's start and its extents(), which may be null
  // when no directive waits for a project (waiting()): a file read in parts
  // takes them on the thread that read the project, only where needed.
  void project(Location start, const Extents* extents);
  // A directive waits for the next project to fix its range.
  bool waiting() const;
  // After the last project: directives still waiting cover nothing.
  void finish();

  // True when a `syncfeed-disable` directive covers the finding (and marks
  // that directive's rule as used). Call it once per finding.
  bool covers(const Finding& finding);
  // True when a `syncfeed-disable-file` directive names the rule; `count`
  // findings of it were suppressed (0: the directive's rule stays unused).
  bool covers_file(std::string_view rule, std::size_t count = 1);

  // The unused-suppression findings (severity left to the caller). Only rule
  // ids for which `enabled` says true can be unused: a directive for a rule
  // that is off cannot show whether it is still needed.
  std::vector<Finding> unused(const std::function<bool(std::string_view)>& enabled) const;

  bool empty() const { return directives_.empty(); }

 private:
  struct Directive {
    Location at;  // the comment
    bool whole_file = false;
    std::vector<std::string> rules;
    std::vector<bool> used;      // per rule
    bool resolved = false;       // the covered range is known (range directives)
    Location from;               // first covered position
    std::optional<Location> to;  // first position past the range; none: up to the next project
  };
  std::vector<Directive> directives_;
  std::size_t first_unresolved_ = 0;  // directives before it are resolved
  std::vector<std::size_t> open_;     // resolved, range ends where the next project starts
};

}  // namespace syncfeed
