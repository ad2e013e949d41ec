// A feed's private file while its body or download arrives: written here on
// the request's thread and read meanwhile by its sync (its GrowingFile:
// ReadOptions::growing). Removed when it goes, once the sync is over.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "feed/growing_file.h"

namespace syncfeed::serve {

class ArrivingFeed {
 public:
  // Creates the file (mode 0600; it must not exist): opened() says whether it could.
  explicit ArrivingFeed(std::filesystem::path path);
  // Finishes it as failed if nothing else did (the sync must never wait for
  // bytes that will not come), then removes it.
  ~ArrivingFeed();
  ArrivingFeed(const ArrivingFeed&) = delete;
  ArrivingFeed& operator=(const ArrivingFeed&) = delete;

  bool opened() const { return fd_ >= 0; }
  // Appends `n` bytes, at once readable; false when the file cannot take them (the disk is full).
  bool write(const void* data, std::size_t n);
  // Nothing more will come: whole when `failure` is empty, else why not.
  void finish(std::string failure) { growing_.finish(std::move(failure)); }
  // Why write() failed, as a client may read it (the file is not named).
  static const char* write_error() { return "the feed cannot be stored (the server's disk is full?)"; }

  const std::filesystem::path& path() const { return path_; }
  const GrowingFile& growing() const { return growing_; }

 private:
  std::filesystem::path path_;
  int fd_ = -1;
  GrowingFile growing_;
};

}  // namespace syncfeed::serve
