#include "rules/suppressions.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>
#include <tuple>

#include "feed/directive.h"
#include "feed/reader.h"
#include "rules/registry.h"

namespace syncfeed {
namespace {

bool before(Location a, Location b) { return std::tie(a.line, a.column) < std::tie(b.line, b.column); }

using Extent = Suppressions::Extent;

Location collect(const Element& e, std::vector<Extent>& out) {
  Location last = e.loc;
  const bool located = e.loc.line != 0;
  const std::size_t index = out.size();
  if (located) out.push_back({e.loc, e.loc});
  for (const Element& child : e.children) {
    const Location l = collect(child, out);
    if (before(last, l)) last = l;
  }
  if (located) out[index].last_inside = last;
  return last;
}

}  // namespace

void Suppressions::comment(std::string_view text, Location at) {
  std::optional<SuppressionDirective> directive = parse_directive(text);
  if (!directive) return;
  Directive d;
  d.at = at;
  d.whole_file = directive->whole_file;
  d.resolved = directive->whole_file;
  d.rules = std::move(directive->rules);
  d.used.assign(d.rules.size(), false);
  directives_.push_back(std::move(d));
}

Suppressions::Extents Suppressions::extents(const Element& project) {
  Extents extents;
  collect(project, extents);
  std::sort(extents.begin(), extents.end(), [](const Extent& a, const Extent& b) { return before(a.start, b.start); });
  return extents;
}

bool Suppressions::waiting() const {
  for (std::size_t i = first_unresolved_; i < directives_.size(); ++i)
    if (!directives_[i].resolved) return true;
  return false;
}

void Suppressions::project(const Element& project) {
  if (!waiting()) return this->project(project.loc, nullptr);
  const Extents taken = extents(project);
  this->project(project.loc, &taken);
}

void Suppressions::project(Location start, const Extents* extents_given) {
  // Ranges left open at the end of the previous project end where this one starts.
  for (std::size_t i : open_) directives_[i].to = start;
  open_.clear();

  if (!waiting()) {
    first_unresolved_ = directives_.size();
    return;
  }
  if (!extents_given) throw std::logic_error("suppressions: a directive waits for a project taken without its extents");
  const Extents& extents = *extents_given;
  for (std::size_t i = first_unresolved_; i < directives_.size(); ++i) {
    Directive& d = directives_[i];
    if (d.resolved) continue;
    auto next = std::find_if(extents.begin(), extents.end(), [&](const Extent& e) { return before(d.at, e.start); });
    if (next == extents.end()) continue;  // after this project's last element: the next project decides
    d.resolved = true;
    d.from = next->start;
    auto after = std::find_if(next, extents.end(), [&](const Extent& e) { return before(next->last_inside, e.start); });
    if (after != extents.end())
      d.to = after->start;
    else
      open_.push_back(i);
  }
  // Keep the resolved ones behind first_unresolved_; waiting ones are few and stay in order.
  while (first_unresolved_ < directives_.size() && directives_[first_unresolved_].resolved) ++first_unresolved_;
}

void Suppressions::finish() { first_unresolved_ = directives_.size(); }

bool Suppressions::covers(const Finding& finding) {
  // The file was not read to the end: a comment in it cannot vouch for the unchecked rest.
  if (reader_rules::stops_reading(finding.rule)) return false;
  for (Directive& d : directives_) {
    if (d.whole_file || !d.resolved || before(finding.loc, d.from)) continue;
    if (d.to && !before(finding.loc, *d.to)) continue;
    for (std::size_t r = 0; r < d.rules.size(); ++r)
      if (d.rules[r] == finding.rule) {
        d.used[r] = true;
        return true;
      }
  }
  return false;
}

bool Suppressions::covers_file(std::string_view rule, std::size_t count) {
  if (reader_rules::stops_reading(rule)) return false;
  bool covered = false;
  for (Directive& d : directives_) {
    if (!d.whole_file) continue;
    for (std::size_t r = 0; r < d.rules.size(); ++r)
      if (d.rules[r] == rule) {
        covered = true;
        if (count > 0) d.used[r] = true;
      }
  }
  return covered;
}

std::vector<Finding> Suppressions::unused(const std::function<bool(std::string_view)>& enabled) const {
  std::vector<Finding> out;
  for (const Directive& d : directives_) {
    const std::string_view name = d.whole_file ? kDisableFile : kDisable;
    std::vector<std::string> unknown, unsuppressible, idle;
    for (std::size_t r = 0; r < d.rules.size(); ++r) {
      if (!find_rule(d.rules[r]))
        unknown.push_back(d.rules[r]);
      else if (reader_rules::stops_reading(d.rules[r]))
        unsuppressible.push_back(d.rules[r]);
      else if (!d.used[r] && enabled(d.rules[r]))
        idle.push_back(d.rules[r]);
    }
    // Each problem of the directive is a finding of its own: an unknown id
    // does not hide that another id of the same comment suppresses nothing.
    std::vector<std::string> messages;
    if (d.rules.empty()) messages.push_back(fmt::format("{} names no rule; write {} RULE[,RULE...]", name, name));
    if (!unknown.empty())
      messages.push_back(
          fmt::format("{}: {} {} not a rule id", name, fmt::join(unknown, ", "), unknown.size() == 1 ? "is" : "are"));
    if (!unsuppressible.empty())
      messages.push_back(
          fmt::format("{} {}: a finding that stops the reading of the file cannot be suppressed "
                      "(the rest of the file was not checked)",
                      name, fmt::join(unsuppressible, ",")));
    if (!idle.empty() && !d.whole_file && !d.resolved)
      messages.push_back(
          fmt::format("{} {} is followed by no element, so it suppresses nothing", name, fmt::join(idle, ",")));
    else if (!idle.empty())
      messages.push_back(fmt::format("{} {} suppresses nothing: no {} finding {}", name, fmt::join(idle, ","),
                                     fmt::join(idle, " or "),
                                     d.whole_file ? "in this file" : "in the element it covers"));
    for (std::string& message : messages) {
      Finding f;
      f.rule = kUnusedSuppression;
      f.loc = d.at;
      f.message = std::move(message);
      f.field = fmt::format("{}:{}", name, fmt::join(d.rules, ","));
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace syncfeed
