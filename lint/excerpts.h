// The source lines under findings, for the text output's caret lines. Read
// back from the file after linting, in one pass in line order, never holding
// more than a few kilobytes: a 1.5 GB feed written on a single line (as
// MiniCRM's plugin writes it) shows a window around the column instead.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "feed/model.h"

namespace syncfeed::lint {

struct Excerpt {
  std::string text;    // the line, or a window of it marked with "..." at a cut end
  std::string caret;   // white space (tabs kept) that puts a '^' under the column
  bool found = false;  // false: the line is not in the file (nothing to show)
};

// How many characters a window shows on each side of the column.
inline constexpr std::size_t kExcerptReach = 100;

// One excerpt per location; `at` must be sorted by line, then column.
std::vector<Excerpt> read_excerpts(const std::string& path, const std::vector<Location>& at);

}  // namespace syncfeed::lint
