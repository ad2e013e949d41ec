#include "sim/action.h"

namespace syncfeed::sim {

std::string_view op_name(Op op) {
  switch (op) {
    case Op::Create: return "create";
    case Op::Update: return "update";
    case Op::Unchanged: return "unchanged";
    case Op::Skip: return "skip";
  }
  return "?";
}

std::vector<Change> changes_of(const Action& a) {
  std::vector<Change> changes = a.created ? changes_between(nullptr, *a.created) : std::vector<Change>();
  changes.insert(changes.end(), a.changes.begin(), a.changes.end());
  return changes;
}

}  // namespace syncfeed::sim
