#include "sim/feed_run.h"

#include "net/url.h"

namespace syncfeed::sim {
namespace {

// The findings after which the reader stops: the file is not imported at all.
bool refuses_feed(std::string_view rule) {
  return rule == reader_rules::kNotWellFormed || rule == reader_rules::kDtd || rule == reader_rules::kLimit;
}

class SimulationSink final : public FeedSink {
 public:
  SimulationSink(Simulator& sim, std::string file) : sim_(sim), file_(std::move(file)) {}

  void on_project(Element& project) override {
    if (!broken) sim_.project(project, file_);
  }
  void on_finding(Finding finding) override {
    if (broken || !refuses_feed(finding.rule)) return;  // other findings are lint's business
    finding.file = file_;
    broken = std::move(finding);
  }

  std::optional<Finding> broken;

 private:
  Simulator& sim_;
  std::string file_;
};

FeedRun conclude(const ReadSummary& summary, SimulationSink& sink, const std::string& file) {
  FeedRun run;
  run.opened = summary.opened;
  run.io_error = summary.io_error;
  run.broken = std::move(sink.broken);
  if (run.opened && !run.broken && !summary.complete) {
    Finding f;  // the reader stopped without saying why: never import half a feed
    f.rule = reader_rules::kNotWellFormed;
    f.file = file;
    f.message = "the feed could not be read to the end";
    run.broken = std::move(f);
  }
  return run;
}

}  // namespace

std::string feed_display_name(const std::string& path) { return path == "-" ? "<stdin>" : net::masked_url(path); }

FeedRun simulate_feed(const std::string& path, Simulator& sim, const ReadOptions& options) {
  const std::string file = feed_display_name(path);
  SimulationSink sink(sim, file);
  const ReadSummary summary = read_feed(path, sink, options);
  return conclude(summary, sink, file);
}

FeedRun simulate_feed_text(std::string_view xml, std::string_view name, Simulator& sim) {
  SimulationSink sink(sim, std::string(name));
  const ReadSummary summary = read_feed_text(xml, sink);
  return conclude(summary, sink, std::string(name));
}

}  // namespace syncfeed::sim
