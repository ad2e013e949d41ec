// syncfeed's public C++ API: reading feeds.
//
// The reader streams: a FeedSink gets one complete Project at a time
// (read_feed / read_feed_text), so feeds of any size read in flat memory.
// read_projects keeps them all, for small feeds and tests.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "feed/reader.h"  // FeedSink, ReadOptions, ReadSummary, read_feed, read_feed_text
#include "syncfeed/model.h"

namespace syncfeed {

struct ReadResult {
  std::vector<Element> projects;
  std::vector<Finding> findings;  // XML-level: xml-not-well-formed, xml-encoding, xml-dtd, schema, input-limit
  bool complete = false;          // read to the end
};

// Reads a whole feed held in memory into its projects.
inline ReadResult read_projects(std::string_view xml, const ReadOptions& options = {}) {
  struct Collect final : FeedSink {
    ReadResult result;
    void on_project(Element& project) override { result.projects.push_back(std::move(project)); }
    void on_finding(Finding finding) override { result.findings.push_back(std::move(finding)); }
  } sink;
  sink.result.complete = read_feed_text(xml, sink, options).complete;
  return std::move(sink.result);
}

}  // namespace syncfeed
