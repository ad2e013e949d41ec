// Reads feeds through a Simulator, telling a feed that MiniCRM would refuse
// whole (not well-formed XML, a DTD, a limit hit: the reader could not read it
// to the end) from one it would import.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "feed/finding.h"
#include "feed/reader.h"
#include "sim/simulator.h"

namespace syncfeed::sim {

struct FeedRun {
  bool opened = true;  // false: it could not be read at all (io_error)
  std::string io_error;
  std::optional<Finding> broken;  // why the feed is refused whole (file filled in)
  bool ok() const { return opened && !broken; }
};

// The name of a feed in actions and messages: "-" is "<stdin>", a URL's password is masked.
std::string feed_display_name(const std::string& path);

// Every project of the feed goes to `sim` as it is read, so the projects
// before a fatal error have already been simulated: the caller discards
// (plan) or rolls back (apply) the whole run when a feed is not ok().
FeedRun simulate_feed(const std::string& path, Simulator& sim, const ReadOptions& options = {});
FeedRun simulate_feed_text(std::string_view xml, std::string_view name, Simulator& sim);

}  // namespace syncfeed::sim
