// A URL's whole body written to a file descriptor: for diff and delta, which
// read their inputs twice (diff/seekable_input.h), and fmt --check, which
// compares the body with its canonical form.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>

#include "net/download_options.h"

namespace syncfeed::net {

// Writes the body to `fd`; empty when it all arrived and was written, else
// the one-line reason (Download::error(), or the write that failed).
// `bytes_written`, when set, counts the bytes as they are written (a progress bar).
std::string copy_download(const std::string& url, const DownloadOptions& options, int fd,
                          std::atomic<std::uint64_t>* bytes_written = nullptr);

// Writes all `n` bytes to `fd`, again after a signal or a short write; false
// on an error (errno says which). Also what serve appends an arriving feed with.
bool write_all(int fd, const void* data, std::size_t n);

// The body appended to `out` (bounded by DownloadOptions::max_bytes); the reason as above.
std::string download_text(const std::string& url, const DownloadOptions& options, std::string& out);

}  // namespace syncfeed::net
