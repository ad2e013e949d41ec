// Reads single projects of an indexed feed back from their byte spans: the
// bytes before the first project, the span, and the bytes after the last
// project form a feed of one project, in the file's own encoding, which the
// ordinary reader parses. A duplicated Id is read occurrence by occurrence and
// merged (diff/merge.h). Memory: one project at a time.
#pragma once

#include <cstdio>
#include <string>

#include "diff/feed_index.h"
#include "feed/model.h"

namespace syncfeed::diff {

class RecordReader {
 public:
  // `path` must be the file `index` was built from, unchanged since.
  RecordReader(const std::string& path, const FeedIndex& index);
  ~RecordReader();
  RecordReader(const RecordReader&) = delete;
  RecordReader& operator=(const RecordReader&) = delete;

  // The effective project of `entry`. Throws std::runtime_error when the file
  // cannot be read or no longer holds the project there (changed meanwhile).
  Element load(const FeedIndex::Entry& entry);

 private:
  std::string read_range(std::uint64_t begin, std::uint64_t end);
  Element parse_one(const Span& span);

  std::string path_;
  const FeedIndex& index_;
  std::FILE* file_ = nullptr;
  std::string prefix_;
  std::string suffix_;
  std::uint64_t bom_ = 0;  // bytes of a byte-order mark, which Xerces's offsets do not count
  bool edges_read_ = false;
};

}  // namespace syncfeed::diff
