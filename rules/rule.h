// A rule: one check of the catalogue (docs/rules/), with its id,
// default severity, documentation and examples. Modelled on clang-tidy: one
// rule (or a small family) per file, all registered in rules/registry.cpp.
//
// Rules see one Project at a time, as the reader streams them. A rule that
// needs the whole feed (duplicate ids...) keeps a compact index of what it
// has seen and reports in finish(). A new Rule object is made for each file.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "feed/finding.h"
#include "feed/model.h"
#include "feed/reader.h"
#include "rules/digest_arena.h"
#include "rules/settings.h"

namespace syncfeed {

struct RuleInfo {
  std::string_view id;           // public and stable: users put it in configs and baselines
  Severity severity;             // the default
  std::string_view summary;      // one line, no final period
  std::string_view description;  // what it checks and why it matters to MiniCRM (Markdown)
  std::string_view fix;          // how to fix it (Markdown)
  std::uint32_t failing_line;    // the line of the failing example the rule reports (see below)
  bool reader = false;           // detected by the reader (XML level), not by check()
  // Keeps state from one project to the next (duplicate ids, a first value
  // others are compared with, a date fixed for the file): run on the reading
  // thread, from what take() copied of each project when it is split
  // (below; tests/lint/rule_state_test.cpp checks that all are). The others
  // see one project at a time and nothing else, so that a file read in parts
  // runs them on the parts' threads (docs/parallel.md); the same test checks
  // that they keep no state.
  bool whole_feed = false;
  // The example feeds, rules/examples/<id>.failing.xml (a whole feed that breaks
  // the rule at failing_line) and <id>.passing.xml (the same feed, fixed: the
  // rule is silent on it). They are compiled in (rules/examples.h) and filled in
  // by the registry, so a rule's file leaves them out.
  std::string_view failing = {};
  std::string_view passing = {};
};

// The records a finding belongs to.
struct RecordIds {
  const Element* project = nullptr;
  const Element* order = nullptr;
  const Element* product = nullptr;
};

// What a rule reports into. One per rule per file.
class RuleContext {
 public:
  RuleContext(const RuleInfo& rule, const RuleSettings& settings, std::vector<Finding>& out)
      : rule_(rule), settings_(settings), out_(out) {}

  const RuleSettings& settings() const { return settings_; }

  // A finding of this rule at `at` (the element at fault; for a missing child,
  // its parent). `field` names the field at fault (tag, or attribute "@Id"):
  // baselines use it, with the ids, to recognise the finding when lines move.
  void report(Location at, std::string message, RecordIds ids, std::string_view field = {});

  // The same, with the ids given as text (whole-feed rules reporting at the
  // end, when the elements are gone).
  void report(Location at, std::string message, std::string_view project_id, std::string_view order_id = {},
              std::string_view product_id = {}, std::string_view field = {});

  // A finding whose default severity is not the rule's: a rule whose
  // findings differ in weight by where they are (unknown-element). A
  // severity configured for the rule still applies to all of them.
  void report_as(Severity severity, Location at, std::string message, std::string_view project_id,
                 std::string_view order_id = {}, std::string_view product_id = {}, std::string_view field = {});

 private:
  const RuleInfo& rule_;
  const RuleSettings& settings_;
  std::vector<Finding>& out_;
};

// What a whole-feed rule takes of one project for later (Rule::take): made
// in the project's DigestArena, with the lists and text it holds, and
// destroyed with it.
struct RuleDigest {
  virtual ~RuleDigest() = default;
};

// What each whole-feed rule took of one project, in the runner's order (RuleRunner::take).
using RuleDigests = DigestList<RuleDigest*>;

class Rule {
 public:
  virtual ~Rule() = default;
  // One complete project, children in canonical order.
  virtual void check(const Element& /*project*/, RuleContext& /*context*/) {}
  // After the last project of the file: whole-feed rules report here.
  virtual void finish(RuleContext& /*context*/) {}
  // An element in a list or directly in <Projects> that is not the list's
  // item (FeedSink::on_stray): the model has no place for it, so a rule sees
  // it only here, before the project it stood in (if any) is complete.
  virtual void stray(const StrayElement& /*stray*/, RuleContext& /*context*/) {}

  // A whole-feed rule split in two, so that a file read in parts need not
  // keep the projects for it (docs/parallel.md): take() copies what the rule
  // needs of the project (its keys, ids, places), on the thread that read it,
  // with no state, into the project's arena (its lists and the text it
  // keeps too: not a string or a vector of the heap per key); resolve() does
  // the rest, on the calling thread, in document order. check() must be
  // resolve() of take() (SplitRule does so).
  // nullptr: the rule is not split, check() needs the project itself.
  virtual RuleDigest* take(const Element& /*project*/, DigestArena& /*arena*/) const { return nullptr; }
  virtual void resolve(RuleDigest& /*digest*/, RuleContext& /*context*/) {}
};

// A whole-feed rule split into what it takes of a project (`Keys`, on any
// thread) and what it does with it in order: check() is the two in a row.
// `Keys` is constructed from the arena it lives in (for its DigestLists).
template <typename Keys>
class SplitRule : public Rule {
 public:
  void check(const Element& project, RuleContext& context) final {
    DigestArenaWithBlock<kCheckBlock> arena;  // on the stack: most projects take nothing from the heap
    Keys keys(arena.arena());
    take_keys(project, keys, arena.arena());
    resolve_keys(keys, context);
  }
  RuleDigest* take(const Element& project, DigestArena& arena) const final {
    Keys* keys = arena.make<Keys>(arena);
    take_keys(project, *keys, arena);
    return keys;
  }
  void resolve(RuleDigest& digest, RuleContext& context) final { resolve_keys(static_cast<Keys&>(digest), context); }

 protected:
  // Copies what the rule needs of `project` into `keys`; text it keeps goes
  // to `arena` (DigestArena::keep), for as long as `keys` lives.
  virtual void take_keys(const Element& project, Keys& keys, DigestArena& arena) const = 0;
  virtual void resolve_keys(Keys& keys, RuleContext& context) = 0;

 private:
  static constexpr std::size_t kCheckBlock = 4096;
};

// A rule's description and how to make a fresh instance of it.
struct RuleEntry {
  RuleInfo info;
  std::unique_ptr<Rule> (*make)();
};

template <typename R>
std::unique_ptr<Rule> make_rule() {
  return std::make_unique<R>();
}

// What a family's list (rules/<family>/<family>_rules.cpp) adds its rules to.
using RuleList = std::vector<RuleEntry>;

}  // namespace syncfeed
