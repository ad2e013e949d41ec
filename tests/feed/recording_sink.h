// A FeedSink that keeps everything the reader hands over, so that tests can
// look at it afterwards; and short ways to read a text or a file into one.
#pragma once

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "feed/reader.h"

namespace syncfeed::test {

struct Noted {
  std::string what;
  Location loc;
};

class RecordingSink final : public FeedSink {
 public:
  void on_project(Element& project) override { projects.push_back(std::move(project)); }
  void on_finding(Finding finding) override { findings.push_back(std::move(finding)); }
  void on_comment(std::string_view text, Location loc) override { comments.push_back({std::string(text), loc}); }
  void on_dropped(std::string_view what, Location loc) override { dropped.push_back({std::string(what), loc}); }
  void on_stray(const StrayElement& stray) override {
    strays.push_back({stray.element, stray.list, std::string(stray.project_id), std::string(stray.order_id),
                      std::string(stray.product_id)});
  }

  // "line:column rule", one per finding, in the order reported: the format of corpus/broken/*.expected.
  std::vector<std::string> finding_lines() const {
    std::vector<std::string> lines;
    for (const Finding& f : findings) lines.push_back(fmt::format("{}:{} {}", f.loc.line, f.loc.column, f.rule));
    return lines;
  }
  std::vector<const Finding*> findings_of(std::string_view rule) const {
    std::vector<const Finding*> out;
    for (const Finding& f : findings)
      if (f.rule == rule) out.push_back(&f);
    return out;
  }

  ReadSummary summary;
  std::vector<Element> projects;
  std::vector<Finding> findings;
  std::vector<Noted> comments;
  std::vector<Noted> dropped;
  struct Stray {
    Element element;
    Kind list;
    std::string project_id, order_id, product_id;
  };
  std::vector<Stray> strays;
};

inline RecordingSink read_text(std::string_view xml, const ReadOptions& options = {}) {
  RecordingSink sink;
  sink.summary = read_feed_text(xml, sink, options);
  return sink;
}

inline RecordingSink read_file(const std::string& path, const ReadOptions& options = {}) {
  RecordingSink sink;
  sink.summary = read_feed(path, sink, options);
  return sink;
}

// The one project of a feed that must hold exactly one.
inline Element only_project(std::string_view xml) {
  RecordingSink sink = read_text(xml);
  if (sink.projects.size() != 1)
    throw std::runtime_error(fmt::format("expected 1 project, read {}", sink.projects.size()));
  return std::move(sink.projects.front());
}

inline std::string feed(std::string_view projects_xml) {
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Projects>\n{}</Projects>\n", projects_xml);
}

}  // namespace syncfeed::test

// Locations print as line:column in failed checks.
namespace Catch {
template <>
struct StringMaker<syncfeed::Location> {
  static std::string convert(const syncfeed::Location& l) { return fmt::format("{}:{}", l.line, l.column); }
};
}  // namespace Catch
