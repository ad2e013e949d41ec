#include "rules/engine.h"

#include <algorithm>

#include "feed/reader.h"
#include "rules/registry.h"

namespace syncfeed {

struct RuleRunner::Active {
  const RuleEntry* entry;
  std::unique_ptr<Rule> rule;
};

RuleRunner::RuleRunner(std::vector<const RuleEntry*> enabled, const RuleSettings& settings) : settings_(settings) {
  for (const RuleEntry* entry : enabled)
    if (!entry->info.reader) active_.push_back({entry, entry->make()});
}

RuleRunner::~RuleRunner() = default;

void RuleRunner::project(const Element& project) {
  for (Active& a : active_) {
    RuleContext context(a.entry->info, settings_, findings_);
    a.rule->check(project, context);
  }
}

void RuleRunner::finish() {
  for (Active& a : active_) {
    RuleContext context(a.entry->info, settings_, findings_);
    a.rule->finish(context);
  }
}

namespace {

class CheckSink final : public FeedSink {
 public:
  CheckSink(RuleRunner& runner, std::vector<Finding>& reader_findings, const std::vector<std::string_view>& only)
      : runner_(runner), reader_findings_(reader_findings), only_(only) {}
  void on_project(Element& project) override { runner_.project(project); }
  void on_finding(Finding finding) override {
    const RuleEntry* entry = find_rule(finding.rule);
    if (!only_.empty() && std::find(only_.begin(), only_.end(), finding.rule) == only_.end()) return;
    if (entry) finding.severity = entry->info.severity;
    reader_findings_.push_back(std::move(finding));
  }

 private:
  RuleRunner& runner_;
  std::vector<Finding>& reader_findings_;
  const std::vector<std::string_view>& only_;
};

}  // namespace

std::vector<Finding> check_text(std::string_view xml, const RuleSettings& settings,
                                const std::vector<std::string_view>& only) {
  std::vector<const RuleEntry*> enabled;
  for (const RuleEntry& entry : all_rules())
    if (only.empty() || std::find(only.begin(), only.end(), entry.info.id) != only.end()) enabled.push_back(&entry);
  RuleRunner runner(enabled, settings);
  std::vector<Finding> findings;
  CheckSink sink(runner, findings, only);
  read_feed_text(xml, sink);
  runner.finish();
  for (Finding& f : runner.findings()) findings.push_back(std::move(f));
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.loc.line, a.loc.column) < std::tie(b.loc.line, b.loc.column);
  });
  return findings;
}

}  // namespace syncfeed
