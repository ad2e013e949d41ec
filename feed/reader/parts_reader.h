// A large feed read in parts, each by its own parser on its own thread, the
// sink told everything in document order exactly as a reading in one piece
// would tell it (internal to the reader, feed/reader/; docs/parallel.md).
//
// Each part (part_plan.h) is parsed as a document of its own: the parts
// after the first get a `<Projects>` start tag before them, the parts before
// the last a `</Projects>` after them, so that the parser sees what it would
// have seen at that place in the whole file (inside the root, after a
// `</Project>`). What a part's reading tells its sink is recorded, with the
// part's own lines and columns; the calling thread then replays the parts in
// order to the real sink, each location moved to where the part begins in
// the file. The first part whose reading stopped (not well-formed, a limit)
// is the last one replayed: what comes after it is never told, as a reading
// in one piece never reads it. A sink's ProjectChecker (feed/reader.h) runs
// on the workers, on each project and stray as it is recorded.
//
// Memory: at most jobs + 1 parts are read or waiting to be replayed at once.
#pragma once

#include <string>

#include "feed/reader.h"
#include "feed/reader/part_plan.h"

namespace syncfeed {

ReadSummary read_in_parts(const std::string& path, const PartPlan& plan, FeedSink& sink, const ReadOptions& options,
                          unsigned jobs);

}  // namespace syncfeed
