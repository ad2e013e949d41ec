// include/syncfeed/read.h over the reader (feed/reader.h): the public sink
// gets the projects and findings; the rest of what the reader reports
// (comments, spans, stray elements) is the parts' business.
#include "syncfeed/read.h"

#include <utility>

#include "feed/reader.h"

namespace syncfeed {
namespace {

class PublicSink final : public FeedSink {
 public:
  explicit PublicSink(ProjectSink& sink) : sink_(sink) {}
  void on_project(Element& project) override { sink_.on_project(project); }
  void on_finding(Finding finding) override { sink_.on_finding(finding); }

 private:
  ProjectSink& sink_;
};

ReadOptions options_of(const ReadLimits& limits) {
  ReadOptions options;
  options.max_depth = limits.max_depth;
  options.max_text = limits.max_text;
  return options;
}

ReadStatus status_of(ReadSummary summary) {
  ReadStatus status;
  status.opened = summary.opened;
  status.io_error = std::move(summary.io_error);
  status.complete = summary.complete;
  status.encoding = std::move(summary.encoding);
  status.projects = summary.projects;
  return status;
}

}  // namespace

ReadStatus read_feed_text(std::string_view xml, ProjectSink& sink, const ReadLimits& limits) {
  PublicSink adapter(sink);
  return status_of(read_feed_text(xml, static_cast<FeedSink&>(adapter), options_of(limits)));
}

ReadStatus read_feed_file(const std::string& path, ProjectSink& sink, const ReadLimits& limits) {
  PublicSink adapter(sink);
  return status_of(read_feed(path, adapter, options_of(limits)));
}

ReadResult read_projects(std::string_view xml, const ReadLimits& limits) {
  struct Collect final : ProjectSink {
    ReadResult result;
    void on_project(Element& project) override { result.projects.push_back(std::move(project)); }
    void on_finding(const Finding& finding) override { result.findings.push_back(finding); }
  } sink;
  sink.result.complete = read_feed_text(xml, static_cast<ProjectSink&>(sink), limits).complete;
  return std::move(sink.result);
}

}  // namespace syncfeed
