// syncfeed's public C++ API: comparing two revisions of a project record by
// record (records matched by key, never by place), as `syncfeed diff` does.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "syncfeed/model.h"

namespace syncfeed {

enum class ChangeOp { Add, Remove, Change };

// One difference. A record added or removed is one Change, not one per field.
struct Change {
  ChangeOp op = ChangeOp::Change;
  std::string path;                      // Project[14353]/Orders/Order[500001]/Products/Product[3546]/Quantity
  std::optional<std::string> old_value;  // absent in the old revision: nullopt
  std::optional<std::string> new_value;  // absent in the new revision: nullopt
  bool record = false;                   // the values are records (or nested custom fields) in canonical XML
};

// Every difference between two revisions of one project, in canonical order;
// empty: the same data.
std::vector<Change> diff_projects(const Element& old_project, const Element& new_project);

}  // namespace syncfeed
