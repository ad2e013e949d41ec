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
// The plan (part_plan.h) is made by the calling thread as it goes, between
// the parts it replays, a little ahead of the workers: no part waits for the
// whole file to be planned. A part is replayed only once the plan has read
// a megabyte past it; should the plan then give up (a byte that is not UTF-8,
// a DOCTYPE, found late), the file is read again in one piece and what the
// parts already told is skipped, so the sink is told what one piece tells.
//
// Memory: at most 6 x jobs parts are read or waiting to be replayed at once
// when the sink's checker makes each project compact (text or a digest),
// jobs + 1 when projects are kept whole.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "feed/reader.h"
#include "feed/reader/part_plan.h"

namespace syncfeed {

// Reads the file at `path` in parts of at least `part_bytes`, planned as they
// are read (part_plan.h), on `jobs` threads; in one piece when the plan gives
// up, however late.
ReadSummary read_in_parts(const std::string& path, std::uint64_t part_bytes, FeedSink& sink, const ReadOptions& options,
                          unsigned jobs);

// The reading of a file in one piece (reader.cpp), the one read_feed makes:
// what the parts fall back to.
ReadSummary read_file_in_one_piece(const std::string& path, FeedSink& sink, const ReadOptions& options);
ReadSummary read_file_in_one_piece(const std::string& path, FeedSink& sink, const ReadOptions& options,
                                   std::string_view head);

}  // namespace syncfeed
