// The delta of two revisions: the smallest partial feed (docs/format.md §1)
// that takes MiniCRM from OLD's data to NEW's. A project absent from a
// partial feed, and a field absent from a project, are left as they are, so
// the delta carries:
//   - a project only NEW has: whole;
//   - a project whose data changed: its Id, the fields the rules require of
//     every project (kCarriedFields: Name, CategoryId, StatusId, UserId, when
//     NEW has them), the changed or new fields, the changed or new custom
//     fields, the Business (whole when it changed, else only its Name, so that
//     the card still names its party: party-missing), the changed or new
//     contacts whole (without a Business, NEW's contact even when unchanged;
//     NEW's whole list when one of its contacts has no Id),
//     and the changed or new orders whole (an order sent again replaces its
//     product lines); the lost-basket fields travel together
//     (lost-basket-consistency compares them);
//   - nothing for a project whose data is the same.
// Re-sending a value MiniCRM already holds changes nothing, which is why the
// carried fields are safe. What a feed cannot express (a project, order,
// contact or field that NEW no longer has: MiniCRM has no delete) is returned
// as a warning, never dropped in silence.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "diff/revisions.h"
#include "feed/model.h"
#include "feed/writer.h"

namespace syncfeed::diff {

// The partial project taking `old_project` to `new_project`, or nothing when
// no difference can be expressed. Appends to `warnings` what cannot be.
std::optional<Element> delta_project(const Element& old_project, const Element& new_project,
                                     std::vector<std::string>& warnings);

struct DeltaCounts {
  std::uint64_t added = 0;      // projects only NEW has, written whole
  std::uint64_t changed = 0;    // partial projects written
  std::uint64_t unchanged = 0;  // projects in both left out: the same data, or nothing a feed can say
};

// The whole delta of two revisions as one feed (begin ... end), in NEW's order.
DeltaCounts write_delta(Revisions& revisions, CanonicalWriter& writer, std::vector<std::string>& warnings);

// The warning for a project that NEW no longer has.
std::string project_gone_warning(const Element& old_project);

}  // namespace syncfeed::diff
