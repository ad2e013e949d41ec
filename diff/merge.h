// A Project Id sent twice in one feed: MiniCRM applies the occurrences in
// document order, the second updating the card the first made (docs/format.md §4,
// project-id-duplicate). diff and delta compare the effective record, this
// merge of the occurrences, so that a feed and the same feed with its
// duplicates folded together are the same data.
//
// The merge follows docs/format.md §4 in its simplest reading: a field the
// later occurrence carries replaces the earlier value; records (Business,
// contacts, orders, e-mails...) are matched by key as diff matches them
// (diff/record_key.h) and merged field by field; an order's product lines are
// replaced as a whole; what the later occurrence leaves out stays.
#pragma once

#include "feed/model.h"

namespace syncfeed::diff {

void apply_occurrence(Element& effective, const Element& later);

}  // namespace syncfeed::diff
