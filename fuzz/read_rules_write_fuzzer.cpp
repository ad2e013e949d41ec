// libFuzzer target: the whole lint path on arbitrary bytes. Read -> every rule
// -> canonical write. Must never crash, hang, or read anything but the input.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "feed/reader.h"
#include "feed/writer.h"
#include "rules/registry.h"
#include "rules/rule_runner.h"

namespace {

class FuzzSink final : public syncfeed::FeedSink {
 public:
  FuzzSink(syncfeed::RuleRunner& rules, syncfeed::CanonicalWriter& writer) : rules_(rules), writer_(writer) {}
  void on_project(syncfeed::Element& project) override {
    rules_.project(project);
    writer_.project(project);
  }
  void on_finding(syncfeed::Finding) override {}

 private:
  syncfeed::RuleRunner& rules_;
  syncfeed::CanonicalWriter& writer_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace syncfeed;
  static const std::vector<const RuleEntry*> enabled = [] {
    std::vector<const RuleEntry*> all;
    for (const RuleEntry& e : all_rules()) all.push_back(&e);
    return all;
  }();
  static const RuleSettings settings;
  RuleRunner rules(enabled, settings);
  StringOutput out;
  CanonicalWriter writer(out);
  FuzzSink sink(rules, writer);
  writer.begin();
  ReadOptions options;
  options.max_text = 1 << 20;
  if (read_feed_text(std::string_view(reinterpret_cast<const char*>(data), size), sink, options).complete) writer.end();
  rules.finish();
  return 0;
}
