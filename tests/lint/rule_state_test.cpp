// A file read in parts runs the rules not marked RuleInfo::whole_feed on the
// parts' threads, each thread with its own instance of them, which sees only
// some of the file's projects (docs/parallel.md). That is right only if such
// a rule keeps nothing from one project to the next: over generated feeds
// whose records collide (the same ids, e-mails and values again), one
// instance run over the whole feed finds what a fresh instance per project
// finds, finding for finding and in the same order. A rule that compares
// projects and is not marked whole_feed fails this.
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "gen/random_feed.h"
#include "rules/registry.h"
#include "rules/rule_runner.h"
#include "support/edge_key_feed.h"

using namespace syncfeed;

namespace {

std::vector<const RuleEntry*> project_rules() {
  std::vector<const RuleEntry*> all;
  for (const RuleEntry& entry : all_rules()) all.push_back(&entry);
  return rules_of_kind(all, false);
}

std::string describe(const Finding& f) {
  return fmt::format("{} {}:{} {} [{}|{}|{}|{}] {}", f.rule, f.loc.line, f.loc.column, severity_name(f.severity),
                     f.project_id, f.order_id, f.product_id, f.field, f.message);
}

// The project rules run twice over what the reader hands over: one checker
// for the whole feed, and a fresh one for each project (and the strays before it).
class TwoWays final : public FeedSink {
 public:
  explicit TwoWays(const RuleSettings& settings) : settings_(settings), rules_(project_rules()) {}

  void on_project(Element& project) override {
    shared_.project(project, shared_found_);
    fresh().project(project, fresh_found_);
    fresh_.reset();
  }
  void on_stray(const StrayElement& stray) override {
    shared_.stray(stray, shared_found_);
    fresh().stray(stray, fresh_found_);
  }
  void on_finding(Finding) override {}

  std::vector<std::string> shared() const { return described(shared_found_); }
  std::vector<std::string> per_project() const { return described(fresh_found_); }

 private:
  // The checker's findings go into `found` only when it is empty: keep them apart.
  class Collecting {
   public:
    Collecting(const std::vector<const RuleEntry*>& rules, const RuleSettings& settings) : checker_(rules, settings) {}
    void project(const Element& project, std::vector<Finding>& all) {
      take(all, [&](auto& f) { checker_.project(project, f); });
    }
    void stray(const StrayElement& stray, std::vector<Finding>& all) {
      take(all, [&](auto& f) { checker_.stray(stray, f); });
    }

   private:
    template <typename Run>
    static void take(std::vector<Finding>& all, Run run) {
      std::vector<Finding> found;
      run(found);
      for (Finding& f : found) all.push_back(std::move(f));
    }
    RuleChecker checker_;
  };

  Collecting& fresh() {
    if (!fresh_) fresh_ = std::make_unique<Collecting>(rules_, settings_);
    return *fresh_;
  }
  static std::vector<std::string> described(const std::vector<Finding>& found) {
    std::vector<std::string> out;
    for (const Finding& f : found) out.push_back(describe(f));
    return out;
  }

  const RuleSettings& settings_;
  std::vector<const RuleEntry*> rules_;
  Collecting shared_{rules_, settings_};
  std::unique_ptr<Collecting> fresh_;
  std::vector<Finding> shared_found_, fresh_found_;
};

std::vector<const RuleEntry*> whole_feed_rules() {
  std::vector<const RuleEntry*> all;
  for (const RuleEntry& entry : all_rules()) all.push_back(&entry);
  return rules_of_kind(all, true);
}

// The whole-feed rules run twice over what the reader hands over: on each
// project (check), and on what another instance took of it (take, as a
// part's thread does), resolved in order, as the calling thread does.
class CheckedAndResolved final : public FeedSink {
 public:
  explicit CheckedAndResolved(const RuleSettings& settings)
      : checked_(whole_feed_rules(), settings),
        resolved_(whole_feed_rules(), settings),
        taker_(whole_feed_rules(), settings) {}

  void on_project(Element& project) override {
    checked_.project(project);
    DigestArenaWithBlock<256> arena;  // small: most projects overflow it, as large ones do lint's
    RuleDigests taken(arena.arena().resource());
    split_ &= taker_.take(project, arena.arena(), taken);
    if (split_) resolved_.resolve(taken);
  }
  void on_stray(const StrayElement& stray) override {
    checked_.stray(stray);
    resolved_.stray(stray);
  }
  void on_finding(Finding) override {}

  bool split() const { return split_; }
  std::vector<std::string> checked() {
    checked_.finish();
    return described(checked_.findings());
  }
  std::vector<std::string> resolved() {
    resolved_.finish();
    return described(resolved_.findings());
  }

 private:
  static std::vector<std::string> described(const std::vector<Finding>& found) {
    std::vector<std::string> out;
    for (const Finding& f : found) out.push_back(describe(f));
    return out;
  }
  RuleRunner checked_, resolved_, taker_;
  bool split_ = true;
};

}  // namespace

TEST_CASE("whole-feed rules are split: what a part's thread takes of a project gives what check() finds",
          "[parts][rules]") {
  rc::prop("take on one instance, resolve on another, finds what check finds", [] {
    const std::string xml = *arbitrary::random_feed();
    RuleSettings settings;
    if (*rc::gen::arbitrary<bool>()) settings.category_id = "12";
    CheckedAndResolved both(settings);
    read_feed_text(xml, both);
    RC_ASSERT(both.split());  // else lint keeps the projects of a file read in parts for the rule
    RC_ASSERT(both.checked() == both.resolved());
  });
}

TEST_CASE("whole-feed rules: keys that are empty, non-ASCII or longer than a digest's block, taken and resolved",
          "[parts][rules]") {
  // Each digest here is made in an arena of 256 bytes first: the long keys overflow it.
  const RuleSettings settings;
  CheckedAndResolved both(settings);
  read_feed_text(test::edge_key_feed(), both);
  REQUIRE(both.split());
  const std::vector<std::string> checked = both.checked();
  CHECK(both.resolved() == checked);
  for (const auto& [rule, count] : test::edge_key_findings()) {
    CAPTURE(rule);
    CHECK(std::count_if(checked.begin(), checked.end(),
                        [&](const std::string& f) { return f.starts_with(rule + " "); }) == count);
  }
}

TEST_CASE("rules not marked whole_feed keep no state from one project to the next", "[parts][rules]") {
  rc::prop("one instance over the feed finds what a fresh one per project finds", [] {
    const std::string xml = *arbitrary::random_feed();
    const RuleSettings settings;
    TwoWays both(settings);
    read_feed_text(xml, both);
    RC_ASSERT(both.shared() == both.per_project());
  });
}

TEST_CASE("the rules that compare projects are marked whole_feed", "[parts][rules]") {
  // The catalogue's cross-record rules: lint runs them on the reading thread.
  for (std::string_view id : {"project-id-duplicate", "order-id-duplicate", "email-duplicate", "product-inconsistent",
                              "unknown-element", "category-id-mixed", "date-implausible"}) {
    CAPTURE(id);
    REQUIRE(find_rule(id) != nullptr);
    CHECK(find_rule(id)->info.whole_feed);
  }
}
