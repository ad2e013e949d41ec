#include "roundtrip/roundtrip.h"

#include "feed/reader.h"
#include "feed/writer.h"
#include "net/url.h"

namespace syncfeed {
namespace {

constexpr std::size_t kBatchBytes = 4u << 20;

class CollectProjects final : public FeedSink {
 public:
  void on_project(Element& project) override { projects.push_back(std::move(project)); }
  void on_finding(Finding) override {}
  std::vector<Element> projects;
};

// Reads each project's canonical text back, in batches, and compares.
class RoundtripSink final : public FeedSink {
 public:
  explicit RoundtripSink(RoundtripResult& result) : result_(result) {}

  void on_project(Element& project) override {
    if (failed()) return;
    batch_text_ += canonical_element(project, 1);
    batch_.push_back(std::move(project));
    if (batch_text_.size() >= kBatchBytes) verify_batch();
  }

  void on_finding(Finding finding) override {
    if (finding.rule == reader_rules::kNotWellFormed || finding.rule == reader_rules::kDtd ||
        finding.rule == reader_rules::kLimit)
      result_.fatal.push_back(std::move(finding));
  }

  void on_dropped(std::string_view what, Location loc) override {
    if (result_.dropped_count++ < kMaxDroppedListed) result_.dropped.push_back({loc, std::string(what)});
  }

  void verify_batch() {
    if (batch_.empty() || failed()) return;
    CollectProjects reread;
    read_feed_text("<Projects>\n" + batch_text_ + "</Projects>\n", reread);
    std::string second_text;
    for (std::size_t i = 0; i < batch_.size(); ++i) {
      const Element* again = i < reread.projects.size() ? &reread.projects[i] : nullptr;
      if (!again || !(batch_[i] == *again)) {
        result_.data_lost = true;
        blame(batch_[i],
              again ? first_difference(batch_[i], *again) : Difference{path_step(batch_[i]), "<Project>", "(absent)"});
        return;
      }
      const std::string first = canonical_element(batch_[i], 1);
      if (canonical_element(*again, 1) != first) {
        result_.not_idempotent = true;
        blame(batch_[i], {path_step(batch_[i]), "canonical text", "different canonical text"});
        return;
      }
    }
    result_.projects += batch_.size();
    batch_.clear();
    batch_text_.clear();
  }

 private:
  bool failed() const { return result_.data_lost || result_.not_idempotent; }
  void blame(const Element& project, Difference d) {
    result_.project_id = project.id;
    result_.project_loc = project.loc;
    result_.difference = std::move(d);
  }

  RoundtripResult& result_;
  std::vector<Element> batch_;
  std::string batch_text_;
};

}  // namespace

RoundtripResult roundtrip_file(const std::string& path, const ReadOptions& options) {
  RoundtripResult result;
  RoundtripSink sink(result);
  ReadSummary summary = read_feed(path, sink, options);
  result.opened = summary.opened;
  result.io_error = summary.io_error;
  sink.verify_batch();
  for (Finding& f : result.fatal) f.file = path == "-" ? "<stdin>" : net::masked_url(path);
  return result;
}

}  // namespace syncfeed
