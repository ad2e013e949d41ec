#include "diff/merge.h"

#include <algorithm>

#include "diff/record_key.h"

namespace syncfeed::diff {
namespace {

// Puts `child` at its canonical place among `parent`'s children (after the
// children of the same rank), as the reader does.
void adopt(Element& parent, const Element& child) {
  const int rank = canonical_rank(parent.kind, child.kind);
  auto at = std::find_if(parent.children.begin(), parent.children.end(),
                         [&](const Element& c) { return canonical_rank(parent.kind, c.kind) > rank; });
  parent.children.insert(at, child);
}

void merge(Element& base, const Element& update) {
  for (const KeyedChild& u : keyed_children(update)) {
    // Keys are recomputed each time: adopting a child may shift positions.
    const std::vector<KeyedChild> current = keyed_children(base);
    auto match = std::find_if(current.begin(), current.end(), [&](const KeyedChild& b) { return b.key == u.key; });
    if (match == current.end()) {
      adopt(base, *u.element);
      continue;
    }
    Element& target = base.children[static_cast<std::size_t>(match->element - base.children.data())];
    const Kind kind = u.element->kind;
    const bool replaced_whole = target.is_leaf() || kind == Kind::Custom || kind == Kind::Text ||
                                kind == Kind::Products;  // an order sent again replaces its product lines
    if (replaced_whole)
      target = *u.element;
    else
      merge(target, *u.element);
  }
}

}  // namespace

void apply_occurrence(Element& effective, const Element& later) { merge(effective, later); }

}  // namespace syncfeed::diff
