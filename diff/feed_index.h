// A feed read once, kept as a compact index: for every Project Id, the hash of
// its data and where its occurrences lie in the file, in the order the ids
// first appear. The projects themselves are not kept: RecordReader reads the
// few that are needed again from their byte spans. Memory: about 140 bytes a
// project (measured, its Id included), whatever the size of the projects.
#pragma once

#include <atomic>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diff/ignore.h"
#include "feed/finding.h"

namespace syncfeed::diff {

struct Span {
  std::uint64_t begin = 0;
  std::uint64_t end = 0;
};

class FeedIndex {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  struct Entry {
    std::string_view id;
    std::uint64_t hash = 0;  // the data hashes of the occurrences, in order
    Span first;
    std::uint32_t occurrences = 0;
    std::uint32_t more = kNone;  // further occurrences (a duplicated Id), a chain in duplicates_
  };

  void add(std::string_view id, std::uint64_t hash, Span span);

  const Entry* find(std::string_view id) const;
  const std::vector<Entry>& entries() const { return entries_; }
  std::vector<Span> spans(const Entry& entry) const;

  // Bytes before the first project (declaration, root start tag) and from
  // the end of the last one: around a span they make a feed of one project.
  std::uint64_t prefix_end = 0;
  std::uint64_t suffix_begin = 0;
  std::uint64_t keyless = 0;  // projects without a usable Id: not indexed (MiniCRM skips them)

 private:
  struct Duplicate {
    Span span;
    std::uint32_t next = kNone;
  };
  std::deque<std::string> ids_;  // stable storage for the ids the entries and the map point into
  std::vector<Entry> entries_;
  std::vector<Duplicate> duplicates_;
  std::unordered_map<std::string_view, std::uint32_t> by_id_;
};

struct IndexResult {
  FeedIndex index;
  std::string io_error;        // the file could not be read at all
  std::vector<Finding> fatal;  // findings that stopped the reading (not well-formed, DOCTYPE, limits)
  bool ok() const { return io_error.empty() && fatal.empty(); }
};

// Reads `path` (a seekable file: see SeekableInput) once. `shown` names it in findings.
// `bytes_read`: as ReadOptions::bytes_read.
IndexResult index_feed(const std::string& path, const std::string& shown, const IgnoreList& ignore,
                       std::atomic<std::uint64_t>* bytes_read = nullptr);

}  // namespace syncfeed::diff
