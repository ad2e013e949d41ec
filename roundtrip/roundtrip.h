// The round-trip check: feed -> model -> canonical feed -> model again. The two
// models must be equal and a second canonical pass byte-identical; what the
// canonical form does not keep (comments, processing instructions, DOCTYPE,
// text or attributes the format has no place for) is listed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "feed/finding.h"
#include "feed/model.h"
#include "feed/reader.h"

namespace syncfeed {

struct DroppedItem {
  Location loc;
  std::string what;
};

struct RoundtripResult {
  bool opened = true;
  std::string io_error;
  std::vector<Finding> fatal;        // the reading stopped here: not fully checked
  std::vector<DroppedItem> dropped;  // the first kMaxDroppedListed of them
  std::uint64_t dropped_count = 0;
  std::uint64_t projects = 0;

  // The first project that did not round-trip, if any.
  bool data_lost = false;       // the model read back differs
  bool not_idempotent = false;  // the second canonical pass differs
  std::string project_id;
  Location project_loc;
  Difference difference;

  bool ok() const { return opened && fatal.empty() && !data_lost && !not_idempotent; }
};

inline constexpr std::size_t kMaxDroppedListed = 100;

// Round-trips a file ("-": standard input; a URL: downloaded as it is read),
// streaming: projects are checked in batches, so memory stays bounded
// whatever the size of the feed. options.jobs > 1 reads a large file in parts,
// the result the same.
RoundtripResult roundtrip_file(const std::string& path, const ReadOptions& options = {});

}  // namespace syncfeed
