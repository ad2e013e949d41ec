// syncfeed's public C++ API: comparing two revisions of a project record by
// record (records matched by key, never by place), as `syncfeed diff` does.
#pragma once

#include <vector>

#include "diff/compare.h"  // diff::Change, diff::Op, compare_projects, compare_elements
#include "syncfeed/model.h"

namespace syncfeed {

// Every difference between two revisions of one project; empty: the same data.
inline std::vector<diff::Change> diff_projects(const Element& old_project, const Element& new_project) {
  return diff::compare_projects(old_project, new_project);
}

}  // namespace syncfeed
