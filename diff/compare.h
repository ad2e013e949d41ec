// The semantic comparison of two revisions of one project: records matched by
// key (diff/record_key.h), never by place, so that the order of records and
// fields, indentation and alias spellings are not differences (the model has
// already put children in canonical order and mapped the aliases).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diff/ignore.h"
#include "feed/model.h"

namespace syncfeed::diff {

enum class Op { Add, Remove, Change };
std::string_view op_name(Op op);  // "add", "remove", "change"

// One difference. A record added or removed is one Change, not one per field.
struct Change {
  Op op = Op::Change;
  std::string path;                      // Project[14353]/Orders/Order[500001]/Products/Product[3546]/Quantity
  std::optional<std::string> old_value;  // absent in OLD: nullopt
  std::optional<std::string> new_value;  // absent in NEW: nullopt
  bool record = false;                   // the values are records (or nested custom fields) in canonical XML
};

// The value a Change shows for an element: the text of a field, or the
// canonical XML of a record (without its final line end).
std::string value_of(const Element& element, bool& record);

// Every difference between two revisions of one project, in canonical order
// (within a list: NEW's order, then what only OLD has). Empty: the same data.
std::vector<Change> compare_projects(const Element& old_project, const Element& new_project,
                                     const IgnoreList& ignore = {});

// The differences between two revisions of one child of a project (one may be
// null: absent), named `path`. Empty: the same data.
std::vector<Change> compare_elements(const Element* old_element, const Element* new_element, const std::string& path,
                                     const IgnoreList& ignore = {});

// A project only one revision has: one Change.
Change project_added(const Element& project);
Change project_removed(const Element& project);

}  // namespace syncfeed::diff
