// The delta of two revisions: the smallest partial feed (FORMAT.md section 1)
// that takes MiniCRM from OLD's data to NEW's. A project absent from a
// partial feed, and a field absent from a project, are left as they are, so
// the delta carries:
//   - a project only NEW has: whole;
//   - a project whose data changed: its Id, the fields the rules require of
//     every project (kCarriedFields: Name, CategoryId, StatusId, UserId, when
//     NEW has them), the changed or new fields, the changed or new custom
//     fields, the Business (whole when it changed, else only its Name, so that
//     the card still names its party: party-missing), the changed or new
//     contacts whole (without a Business, NEW's contact even when unchanged),
//     and the changed or new orders whole (an order sent again replaces its
//     product lines); the lost-basket fields travel together
//     (lost-basket-consistency compares them);
//   - nothing for a project whose data is the same.
// Re-sending a value MiniCRM already holds changes nothing, which is why the
// carried fields are safe. What a feed cannot express (a project, order,
// contact or field that NEW no longer has: MiniCRM has no delete) is returned
// as a warning, never dropped in silence.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "feed/model.h"

namespace syncfeed::diff {

// The partial project taking `old_project` to `new_project`, or nothing when
// no difference can be expressed. Appends to `warnings` what cannot be.
std::optional<Element> delta_project(const Element& old_project, const Element& new_project,
                                     std::vector<std::string>& warnings);

// The warning for a project that NEW no longer has.
std::string project_gone_warning(const Element& old_project);

}  // namespace syncfeed::diff
