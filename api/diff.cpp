// include/syncfeed/diff.h over diff/compare.h.
#include "syncfeed/diff.h"

#include <utility>

#include "diff/compare.h"

namespace syncfeed {
namespace {

ChangeOp op_of(diff::Op op) {
  switch (op) {
    case diff::Op::Add: return ChangeOp::Add;
    case diff::Op::Remove: return ChangeOp::Remove;
    case diff::Op::Change: return ChangeOp::Change;
  }
  return ChangeOp::Change;
}

}  // namespace

std::vector<Change> diff_projects(const Element& old_project, const Element& new_project) {
  std::vector<Change> changes;
  for (diff::Change& c : diff::compare_projects(old_project, new_project))
    changes.push_back({op_of(c.op), std::move(c.path), std::move(c.old_value), std::move(c.new_value), c.record});
  return changes;
}

}  // namespace syncfeed
