// syncfeed's public C++ API: reading feeds.
//
// The reader streams: a ProjectSink gets one complete Project at a time, so
// feeds of any size read in flat memory. read_projects keeps them all, for
// small feeds and tests. Nothing external is ever loaded: a DOCTYPE ends the
// reading with an xml-dtd finding (docs/security.md).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syncfeed/model.h"

namespace syncfeed {

// What a feed may hold before the reader stops with an input-limit finding.
struct ReadLimits {
  std::uint32_t max_depth = 256;       // element nesting
  std::uint64_t max_text = 16u << 20;  // bytes in one value
};

// What the reader hands over, in document order.
class ProjectSink {
 public:
  virtual ~ProjectSink() = default;
  // A complete Project, children in canonical order; it may be moved from,
  // and is freed after return.
  virtual void on_project(Element& project) = 0;
  // An XML-level finding: xml-not-well-formed, xml-encoding, xml-dtd,
  // schema, input-limit, unknown-attribute.
  virtual void on_finding(const Finding& /*finding*/) {}
};

struct ReadStatus {
  bool opened = true;  // false: the input could not be read at all (io_error says why)
  std::string io_error;
  bool complete = false;  // read to the end (false after a finding that stops the reading)
  std::string encoding;   // declared, else detected
  std::uint64_t projects = 0;
};

// Reads a feed held in memory.
ReadStatus read_feed_text(std::string_view xml, ProjectSink& sink, const ReadLimits& limits = {});
// Reads a file, or standard input when path is "-".
ReadStatus read_feed_file(const std::string& path, ProjectSink& sink, const ReadLimits& limits = {});

struct ReadResult {
  std::vector<Element> projects;
  std::vector<Finding> findings;  // XML-level, as ProjectSink::on_finding gets them
  bool complete = false;          // read to the end
};

// Reads a whole feed held in memory into its projects.
ReadResult read_projects(std::string_view xml, const ReadLimits& limits = {});

}  // namespace syncfeed
