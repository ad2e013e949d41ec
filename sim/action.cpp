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

}  // namespace syncfeed::sim
