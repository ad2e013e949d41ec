// A file read while it is written (ReadOptions::growing; feed/growing_file.h):
// the reader hands over projects before the file is whole, waits at the
// file's current end instead of taking it for the feed's end, reads what a
// reading of the whole file reads, and a writer that fails makes the reading
// an I/O error.
#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>

#include "feed/growing_file.h"
#include "recording_sink.h"
#include "support/temp_folder.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {

std::string projects(int count) {
  std::string xml;
  for (int i = 1; i <= count; ++i) xml += fmt::format("<Project Id=\"{}\"><Name>Project {}</Name></Project>\n", i, i);
  return feed(xml);
}

// Counts the projects handed over, for the writer on another thread to see.
class CountingSink final : public FeedSink {
 public:
  void on_project(Element&) override { ++projects; }
  void on_finding(Finding finding) override { findings.push_back(std::move(finding)); }
  std::atomic<int> projects{0};
  std::vector<Finding> findings;
};

// Appends `text` to `path` in pieces, telling `file`; once `first` bytes are
// in, waits (10 s at most) until the reader handed a project over. Then
// finishes the file with `failure`. Returns whether the reader had.
bool write_as_it_comes(const std::string& path, std::string_view text, std::size_t first, GrowingFile& file,
                       const std::atomic<int>& read, const std::string& failure) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND);
  auto append = [&](std::string_view bytes) {
    const bool written = ::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size());
    if (written) file.appended(bytes.size());
    return written;
  };
  bool ok = append(text.substr(0, first));
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (read == 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  const bool read_before_the_end = read > 0;
  for (std::size_t at = first; ok && at < text.size(); at += 1000) ok = append(text.substr(at, 1000));
  ::close(fd);
  file.finish(ok ? failure : "cannot write");
  return read_before_the_end;
}

// What a reading of `text` saw while a writer thread appended it to the file
// (write_as_it_comes, the first half at once) and then finished it with `failure`.
struct ReadWhileWritten {
  ReadSummary summary;
  int projects = 0;
  std::vector<Finding> findings;
  bool read_before_the_end = false;
};

ReadWhileWritten read_while_written(std::string_view text, const std::string& failure) {
  TempFolder folder;
  const std::string path = (folder / "feed.xml").string();
  write_whole_file(path, "");
  GrowingFile file;
  CountingSink sink;
  ReadWhileWritten seen;
  std::thread writer(
      [&] { seen.read_before_the_end = write_as_it_comes(path, text, text.size() / 2, file, sink.projects, failure); });
  ReadOptions options;
  options.growing = &file;
  seen.summary = read_feed(path, sink, options);
  writer.join();
  seen.projects = sink.projects;
  seen.findings = std::move(sink.findings);
  return seen;
}

}  // namespace

TEST_CASE("a growing file is read as it grows, and whole: what a reading of the whole file reads", "[growing]") {
  const ReadWhileWritten seen = read_while_written(projects(500), "");
  CHECK(seen.read_before_the_end);
  CHECK(seen.summary.opened);
  CHECK(seen.summary.complete);
  CHECK(seen.summary.projects == 500);
  CHECK(seen.projects == 500);
  CHECK(seen.findings.empty());
}

TEST_CASE("a growing file whose writer fails is an I/O error, whatever was read before", "[growing]") {
  const std::string text = projects(500);
  // Cut short: the end of the file is a place where the feed could end, but it did not.
  const std::string cut = text.substr(0, text.rfind("<Project "));
  const ReadWhileWritten seen = read_while_written(cut, "the body was cut short");
  CHECK_FALSE(seen.summary.opened);
  CHECK(seen.summary.io_error == "the body was cut short");
  CHECK_FALSE(seen.summary.complete);
}

TEST_CASE("a growing file that fails before its first bytes is an I/O error", "[growing]") {
  TempFolder folder;
  const std::string path = (folder / "feed.xml").string();
  write_whole_file(path, "");
  GrowingFile file;
  std::thread writer([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    file.finish("HTTP 404 Not Found");
  });
  ReadOptions options;
  options.growing = &file;
  RecordingSink sink = read_file(path, options);
  writer.join();
  CHECK_FALSE(sink.summary.opened);
  CHECK(sink.summary.io_error == "HTTP 404 Not Found");
}
