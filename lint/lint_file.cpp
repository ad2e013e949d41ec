#include "lint/lint_file.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <tuple>

#include "feed/directive.h"
#include "lint/baseline.h"
#include "net/url.h"
#include "rules/rule_runner.h"
#include "rules/suppressions.h"

namespace syncfeed::lint {
namespace {

// Where findings go once they are final for the configuration: the per-rule
// cap keeps the first max_findings_per_rule of each rule and counts the rest.
class CappedFindings {
 public:
  explicit CappedFindings(std::size_t cap) : cap_(cap) {}

  void add(Finding f) {
    Count& c = counts_[f.rule];
    if (cap_ == 0 || c.kept < cap_) {
      ++c.kept;
      kept_.push_back(std::move(f));
    } else if (c.omitted++ == 0) {
      c.first_omitted = f.loc;
    }
  }

  // How many findings of `rule` there were, kept or counted.
  std::size_t count(const std::string& rule) const {
    auto it = counts_.find(rule);
    return it == counts_.end() ? 0 : it->second.kept + it->second.omitted;
  }

  // Everything of `rule`, kept or counted, is dropped.
  void drop(const std::string& rule) {
    counts_.erase(rule);
    std::erase_if(kept_, [&](const Finding& f) { return f.rule == rule; });
  }

  std::vector<std::string> rules() const {
    std::vector<std::string> out;
    for (const auto& [rule, count] : counts_) out.push_back(rule);
    return out;
  }

  // The findings kept, and one info per capped rule saying how many more there were.
  std::vector<Finding> take(const std::string& file) {
    for (const auto& [rule, c] : counts_) {
      if (c.omitted == 0) continue;
      Finding more;
      more.rule = rule;
      more.severity = Severity::Info;
      more.file = file;
      more.loc = c.first_omitted;
      more.message = fmt::format("and {} more {} finding{} in this file, not shown (--max-findings-per-rule {})",
                                 c.omitted, rule, c.omitted == 1 ? "" : "s", cap_);
      more.field = "max-findings-per-rule";
      kept_.push_back(std::move(more));
    }
    return std::move(kept_);
  }

 private:
  struct Count {
    std::size_t kept = 0;
    std::size_t omitted = 0;
    Location first_omitted;
  };
  std::size_t cap_;
  std::map<std::string, Count> counts_;
  std::vector<Finding> kept_;
};

// What the calling thread of a file read in parts needs of a project, in its
// place: where it starts, its elements' extents when a suppression directive
// may wait for it, and what each whole-feed rule takes of it (Rule::take),
// in the digest's own arena: its first block holds what most projects take,
// so that a digest is one allocation and one free.
struct LintDigest final : ProjectDigest {
  static constexpr std::size_t kBlock = 2048;
  Location start;
  std::optional<Suppressions::Extents> extents;
  DigestArenaWithBlock<kBlock> arena;
  RuleDigests rules{arena.arena().resource()};
};

// A part's thread: runs the rules that see one project alone, and reduces
// each project to a LintDigest, so that the project is freed there, while it
// is in the cache, not held until the calling thread gets to it.
class LintChecker final : public ProjectChecker {
 public:
  LintChecker(const std::vector<const RuleEntry*>& enabled, const RuleSettings& settings)
      : alone_(enabled, settings), whole_feed_(rules_of_kind(enabled, true), settings) {}
  void stray(const StrayElement& stray, std::vector<Finding>& found) override { alone_.stray(stray, found); }
  void project(const Element& project, std::vector<Finding>& found) override { alone_.project(project, found); }

  std::unique_ptr<ProjectDigest> project_digest(const Element& project) override {
    auto digest = std::make_unique<LintDigest>();
    if (!whole_feed_.take(project, digest->arena.arena(), digest->rules))
      return nullptr;  // a rule that needs the project itself
    digest->start = project.loc;
    // A directive waits for the first project that has an element after it:
    // the one it stands in, or the next when it stands after the last element
    // of one (or before an element the model drops). The plan never cuts
    // after a record that holds a comment (feed/reader/part_plan.cpp), so
    // that project is read after the directive in the same part, on this
    // thread. The other projects need no extents (Suppressions::waiting).
    if (projects_after_directive_ > 0) {
      digest->extents = Suppressions::extents(project);
      --projects_after_directive_;
    }
    return digest;
  }
  void comment(std::string_view text, Location) override {
    if (parse_directive(text)) projects_after_directive_ = 2;
  }

 private:
  RuleChecker alone_;
  RuleRunner whole_feed_;             // only takes: its rules resolve on the calling thread
  int projects_after_directive_ = 0;  // the next ones need their extents taken
};

// Runs the rules on each project the reader hands over and routes every
// finding through the configuration, the suppressions and the baseline.
//
// A file read in parts runs the rules that see one project alone on the
// parts' threads (project_checker); what they found arrives with on_checked
// and waits, as the reader's findings do, for the project's directives. Only
// the order of each rule's findings matters to what lint prints (the cap,
// the baseline and the final sort all go rule by rule), and each rule runs
// on one side only, in document order, so the output is the same.
class LintSink final : public FeedSink {
 public:
  LintSink(std::string file, const Policy& policy, const RuleSettings& settings, const LintOptions& options,
           BaselineMatcher* baseline)
      : file_(std::move(file)),
        policy_(policy),
        settings_(settings),
        enabled_(policy.enabled_rules()),
        runner_(std::make_unique<RuleRunner>(enabled_, settings)),
        baseline_(baseline),
        kept_(options.max_findings_per_rule) {}

  void on_project(Element& project) override {
    suppressions_.project(project);
    flush_reader_findings();
    runner_->project(project);
    flush_checked_findings();
    flush_rule_findings();
  }

  // Asked before any project is told: from then on this sink runs only the whole-feed rules.
  std::unique_ptr<ProjectChecker> project_checker() override {
    if (!parted_) runner_ = std::make_unique<RuleRunner>(rules_of_kind(enabled_, true), settings_);
    parted_ = true;
    return std::make_unique<LintChecker>(enabled_, settings_);
  }

  // A file read in parts: what a part's thread kept of the project (LintChecker).
  void on_project_digest(ProjectDigest& taken) override {
    auto& digest = static_cast<LintDigest&>(taken);
    suppressions_.project(digest.start, digest.extents ? &*digest.extents : nullptr);
    flush_reader_findings();
    runner_->resolve(digest.rules);
    flush_checked_findings();
    flush_rule_findings();
  }

  void on_checked(std::vector<Finding> found) override {
    for (Finding& f : found) checked_.push_back(std::move(f));
  }

  // Reader findings inside a project arrive before the project is complete,
  // when the suppressions that may cover them are not known yet: they wait.
  void on_finding(Finding finding) override { waiting_.push_back(std::move(finding)); }

  void on_comment(std::string_view text, Location loc) override { suppressions_.comment(text, loc); }

  // The rules see it only here (Rule::stray); what they report waits for the next flush.
  void on_stray(const StrayElement& stray) override { runner_->stray(stray); }

  std::vector<Finding> finish() {
    suppressions_.finish();
    flush_reader_findings();
    runner_->finish();
    flush_checked_findings();
    flush_rule_findings();
    // A file-wide directive may stand after the findings it covers: applied last.
    for (const std::string& rule : kept_.rules())
      if (suppressions_.covers_file(rule, kept_.count(rule))) kept_.drop(rule);
    for (Finding& f : suppressions_.unused([&](std::string_view id) { return policy_.enabled(id); }))
      offer(std::move(f));
    std::vector<Finding> findings = kept_.take(file_);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
      return std::tie(a.loc.line, a.loc.column, a.rule) < std::tie(b.loc.line, b.loc.column, b.rule);
    });
    return findings;
  }

 private:
  void flush_reader_findings() {
    for (Finding& f : waiting_) consider(std::move(f));
    waiting_.clear();
  }

  void flush_rule_findings() {
    for (Finding& f : runner_->findings()) consider(std::move(f));
    runner_->findings().clear();
  }

  void flush_checked_findings() {
    for (Finding& f : checked_) consider(std::move(f));
    checked_.clear();
  }

  void consider(Finding f) {
    if (suppressions_.covers(f)) return;
    offer(std::move(f));
  }

  void offer(Finding f) {
    if (!policy_.enabled(f.rule)) return;
    f.severity = policy_.severity(f);
    f.file = file_;
    if (baseline_ && baseline_->hides(f)) return;
    kept_.add(std::move(f));
  }

  std::string file_;
  const Policy& policy_;
  const RuleSettings& settings_;
  std::vector<const RuleEntry*> enabled_;
  std::unique_ptr<RuleRunner> runner_;  // every enabled rule; the whole-feed ones when read in parts
  bool parted_ = false;
  std::vector<Finding> checked_;  // found on the parts' threads, waiting for the project's directives
  BaselineMatcher* baseline_;
  Suppressions suppressions_;
  std::vector<Finding> waiting_;
  CappedFindings kept_;
};

}  // namespace

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : net::masked_url(path); }

FileResult lint_file(const std::string& path, const Policy& policy, const RuleSettings& settings,
                     const LintOptions& options, BaselineMatcher* baseline) {
  FileResult result;
  result.file = display_name(path);
  LintSink sink(result.file, policy, settings, options, baseline);
  const ReadSummary summary = read_feed(path, sink, options.read);
  if (!summary.opened) {
    result.opened = false;
    result.io_error = summary.io_error;
    return result;
  }
  result.projects = summary.projects;
  result.findings = sink.finish();
  if (options.excerpts && path != "-" && !net::is_url(path)) {  // a download is not read twice
    std::vector<Location> at;
    for (const Finding& f : result.findings) at.push_back(f.loc);
    result.excerpts = read_excerpts(path, at);
  }
  return result;
}

FileResult lint_feed_text(std::string_view xml, const std::string& name, const Policy& policy,
                          const RuleSettings& settings, const LintOptions& options) {
  FileResult result;
  result.file = name;
  LintSink sink(result.file, policy, settings, options, nullptr);
  result.projects = read_feed_text(xml, sink, options.read).projects;
  result.findings = sink.finish();
  return result;
}

}  // namespace syncfeed::lint
