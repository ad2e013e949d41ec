// libFuzzer target: the round-trip property on arbitrary bytes. Whatever the
// reader accepts must read back, from its canonical form, as the same model,
// and the canonical form must be a fixed point. Otherwise it aborts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "feed/reader.h"
#include "feed/writer.h"

namespace {

class Collect final : public syncfeed::FeedSink {
 public:
  void on_project(syncfeed::Element& project) override { projects.push_back(std::move(project)); }
  void on_finding(syncfeed::Finding) override {}
  std::vector<syncfeed::Element> projects;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace syncfeed;
  ReadOptions options;
  options.max_text = 1 << 20;
  Collect first;
  read_feed_text(std::string_view(reinterpret_cast<const char*>(data), size), first, options);
  const std::string canonical = canonical_document(first.projects);
  Collect second;
  const ReadSummary again = read_feed_text(canonical, second, options);
  if (!again.complete || second.projects != first.projects) std::abort();
  if (canonical_document(second.projects) != canonical) std::abort();
  return 0;
}
