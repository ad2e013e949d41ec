// Shared by the gen tests: read a feed held in memory back into projects,
// and lint it with every rule.
#pragma once

#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "feed/reader.h"
#include "rules/rule_runner.h"

namespace syncfeed::test {

struct ReadBack final : FeedSink {
  std::vector<Element> projects;
  std::vector<Finding> findings;
  std::vector<std::string> dropped;
  void on_project(Element& project) override { projects.push_back(std::move(project)); }
  void on_finding(Finding finding) override { findings.push_back(std::move(finding)); }
  void on_dropped(std::string_view what, Location) override { dropped.emplace_back(what); }
};

inline ReadBack read_back(std::string_view xml) {
  ReadBack sink;
  read_feed_text(xml, sink);
  return sink;
}

inline std::string listing(const std::vector<Finding>& findings, std::size_t at_most = 20) {
  std::string out;
  for (std::size_t i = 0; i < findings.size() && i < at_most; ++i)
    out += fmt::format("  {}:{} {} [{}] {}\n", findings[i].loc.line, findings[i].loc.column,
                       severity_name(findings[i].severity), findings[i].rule, findings[i].message);
  if (findings.size() > at_most) out += fmt::format("  ... and {} more\n", findings.size() - at_most);
  return out;
}

inline std::vector<Finding> at_least(const std::vector<Finding>& findings, Severity severity) {
  std::vector<Finding> out;
  for (const Finding& f : findings)
    if (f.severity >= severity) out.push_back(f);
  return out;
}

inline std::set<std::string> rule_ids(const std::vector<Finding>& findings) {
  std::set<std::string> ids;
  for (const Finding& f : findings) ids.insert(f.rule);
  return ids;
}

}  // namespace syncfeed::test
