#include "rules/rule_runner.h"

#include <algorithm>

#include "feed/reader.h"
#include "rules/registry.h"
#include "rules/suppressions.h"

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

void RuleRunner::stray(const StrayElement& stray) {
  for (Active& a : active_) {
    RuleContext context(a.entry->info, settings_, findings_);
    a.rule->stray(stray, context);
  }
}

bool RuleRunner::take(const Element& project, DigestArena& arena, RuleDigests& digests) const {
  digests.reserve(active_.size());
  for (const Active& a : active_) {
    RuleDigest* digest = a.rule->take(project, arena);
    if (!digest) return false;
    digests.push_back(digest);
  }
  return true;
}

void RuleRunner::resolve(const RuleDigests& digests) {
  for (std::size_t i = 0; i < active_.size(); ++i) {
    RuleContext context(active_[i].entry->info, settings_, findings_);
    active_[i].rule->resolve(*digests[i], context);
  }
}

void RuleRunner::finish() {
  for (Active& a : active_) {
    RuleContext context(a.entry->info, settings_, findings_);
    a.rule->finish(context);
  }
}

std::vector<const RuleEntry*> rules_of_kind(const std::vector<const RuleEntry*>& enabled, bool whole_feed) {
  std::vector<const RuleEntry*> out;
  for (const RuleEntry* entry : enabled)
    if (entry->info.whole_feed == whole_feed) out.push_back(entry);
  return out;
}

void RuleChecker::stray(const StrayElement& stray, std::vector<Finding>& found) {
  runner_.stray(stray);
  std::swap(found, runner_.findings());
}

void RuleChecker::project(const Element& project, std::vector<Finding>& found) {
  runner_.project(project);
  std::swap(found, runner_.findings());
}

namespace {

class CheckSink final : public FeedSink {
 public:
  CheckSink(RuleRunner& runner, std::vector<Finding>& reader_findings, const std::vector<std::string_view>& only,
            Suppressions& suppressions)
      : runner_(runner), reader_findings_(reader_findings), only_(only), suppressions_(suppressions) {}
  void on_project(Element& project) override {
    suppressions_.project(project);
    runner_.project(project);
  }
  void on_comment(std::string_view text, Location loc) override { suppressions_.comment(text, loc); }
  void on_stray(const StrayElement& stray) override { runner_.stray(stray); }
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
  Suppressions& suppressions_;
};

// Drops what inline suppressions cover and adds the unused ones (the way lint does).
void apply_suppressions(Suppressions& suppressions, std::vector<Finding>& findings,
                        const std::vector<std::string_view>& only) {
  if (suppressions.empty()) return;
  suppressions.finish();
  std::erase_if(findings, [&](const Finding& f) { return suppressions.covers(f) || suppressions.covers_file(f.rule); });
  auto enabled = [&](std::string_view id) {
    return only.empty() || std::find(only.begin(), only.end(), id) != only.end();
  };
  if (!enabled(kUnusedSuppression)) return;
  for (Finding& f : suppressions.unused(enabled)) {
    f.severity = find_rule(kUnusedSuppression)->info.severity;
    findings.push_back(std::move(f));
  }
}

}  // namespace

std::vector<Finding> check_text(std::string_view xml, const RuleSettings& settings,
                                const std::vector<std::string_view>& only) {
  std::vector<const RuleEntry*> enabled;
  for (const RuleEntry& entry : all_rules())
    if (only.empty() || std::find(only.begin(), only.end(), entry.info.id) != only.end()) enabled.push_back(&entry);
  RuleRunner runner(enabled, settings);
  std::vector<Finding> findings;
  Suppressions suppressions;
  CheckSink sink(runner, findings, only, suppressions);
  read_feed_text(xml, sink);
  runner.finish();
  for (Finding& f : runner.findings()) findings.push_back(std::move(f));
  apply_suppressions(suppressions, findings, only);
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.loc.line, a.loc.column) < std::tie(b.loc.line, b.loc.column);
  });
  return findings;
}

}  // namespace syncfeed
