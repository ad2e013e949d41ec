// The feed model: a tree of elements, each a Kind from feed/schema.h.
// Values are the exact strings read (never trimmed, never parsed); every
// element keeps where it was read. Children are kept in canonical order
// (docs/format.md §5): known children in the order of the schema table,
// custom fields after them in the order they were read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "feed/schema.h"
#include "syncfeed/model.h"  // Element, Attribute, Location, ItemRange: the model itself

namespace syncfeed {

// Where two models first differ, as a path (Project[14353]/Orders/Order[7]/Status)
// and the two values; empty path when they are equal.
struct Difference {
  std::string path;
  std::string left;
  std::string right;
  bool empty() const { return path.empty(); }
};
Difference first_difference(const Element& a, const Element& b);

// A readable name for an element in a path: Tag or Tag[id].
std::string path_step(const Element& e);

}  // namespace syncfeed
