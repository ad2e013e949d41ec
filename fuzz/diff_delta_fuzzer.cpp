// libFuzzer target: diff and delta of two revisions on arbitrary bytes, by the
// path `syncfeed diff` and `syncfeed delta` take: both inputs indexed from
// files, the projects that may differ read again from their byte spans,
// compared, and the delta written. The input is OLD, "\n====\n", NEW (no
// separator: OLD and NEW are the same bytes). It must never crash; a feed
// compared with itself has no difference; a delta reads back to the end.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "diff/compare.h"
#include "diff/delta.h"
#include "diff/revisions.h"
#include "feed/output.h"
#include "feed/reader.h"
#include "feed/writer.h"

namespace {

// Bytes as a file the diff code can open and seek: a memfd, named by /proc.
class MemoryFile {
 public:
  explicit MemoryFile(std::string_view bytes) : fd_(::memfd_create("feed", MFD_CLOEXEC)) {
    if (fd_ < 0) std::abort();
    for (std::size_t done = 0; done < bytes.size();) {
      const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
      if (n <= 0) std::abort();
      done += static_cast<std::size_t>(n);
    }
  }
  ~MemoryFile() { ::close(fd_); }
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;
  std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

 private:
  int fd_;
};

class Drop final : public syncfeed::FeedSink {
 public:
  void on_project(syncfeed::Element&) override {}
  void on_finding(syncfeed::Finding) override {}
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace syncfeed;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t separator = input.find("\n====\n");
  const bool same = separator == std::string_view::npos;
  const MemoryFile old_file(same ? input : input.substr(0, separator));
  const MemoryFile new_file(same ? input : input.substr(separator + 6));

  diff::Revisions revisions(old_file.path(), new_file.path());
  if (!revisions.ok()) return 0;
  std::size_t differences = 0;
  revisions.for_each_candidate([&](const Element* old_project, const Element* new_project) {
    if (!old_project && !new_project) std::abort();
    if (old_project && new_project)
      differences += diff::compare_projects(*old_project, *new_project).size();
    else
      differences += 1;
  });
  if (same && differences != 0) std::abort();

  diff::Revisions again(old_file.path(), new_file.path());
  StringOutput delta;
  {
    CanonicalWriter writer(delta);
    std::vector<std::string> warnings;
    diff::write_delta(again, writer, warnings);
  }
  Drop drop;
  if (!read_feed_text(delta.text, drop).complete) std::abort();
  return 0;
}
