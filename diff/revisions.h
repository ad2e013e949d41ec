// Two revisions of a feed, OLD and NEW, compared project by project without
// holding either in memory: both files are indexed (in parallel, one thread
// each), projects whose data hashes agree are the same, and only the others
// are read again from their byte spans and handed over in pairs.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "diff/feed_index.h"
#include "diff/ignore.h"
#include "diff/seekable_input.h"
#include "feed/finding.h"
#include "feed/model.h"

namespace syncfeed::diff {

struct RevisionCounts {
  std::uint64_t same = 0;        // Ids in both, with the same data
  std::uint64_t candidates = 0;  // Ids in both whose hashes differ (read again and compared)
  std::uint64_t added = 0;       // Ids only NEW has
  std::uint64_t removed = 0;     // Ids only OLD has
};

class Revisions {
 public:
  // `bytes_read`, when set, counts the bytes indexed (ReadOptions::bytes_read)
  // and those of a URL as it downloads. `download`: how a URL is downloaded.
  Revisions(const std::string& old_path, const std::string& new_path, const IgnoreList& ignore = {},
            std::atomic<std::uint64_t>* bytes_read = nullptr, const net::DownloadOptions& download = {});

  // False when either input could not be read to the end; then error() says
  // why and findings() holds what stopped the reading (not well-formed...).
  bool ok() const { return error_.empty() && findings_.empty(); }
  const std::string& error() const { return error_; }
  const std::vector<Finding>& findings() const { return findings_; }

  // `visit(old, new)` for every project that may differ: both present (their
  // hashes differ; they may still hold the same data, e.g. reordered orders),
  // only NEW's (added: old is null) or only OLD's (removed: new is null).
  // NEW's order first, then the removed projects in OLD's order.
  using Visitor = std::function<void(const Element* old_project, const Element* new_project)>;
  void for_each_candidate(const Visitor& visit);

  const RevisionCounts& counts() const { return counts_; }
  std::uint64_t keyless_old() const { return old_.index.keyless; }
  std::uint64_t keyless_new() const { return new_.index.keyless; }
  const std::string& old_name() const { return old_input_->shown(); }
  const std::string& new_name() const { return new_input_->shown(); }

 private:
  std::unique_ptr<SeekableInput> old_input_;
  std::unique_ptr<SeekableInput> new_input_;
  IndexResult old_;
  IndexResult new_;
  std::string error_;
  std::vector<Finding> findings_;
  RevisionCounts counts_;
};

}  // namespace syncfeed::diff
