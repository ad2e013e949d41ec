// The properties of issue 6: diff sees data, never layout.
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include <algorithm>

#include "diff/record_key.h"
#include "feed_edits.h"
#include "revision_pair.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {

// The oracle for "the same data": every keyed list sorted by key, custom
// fields by name, empty lists dropped; then the canonical text.
void normalise(Element& e) {
  for (Element& c : e.children) normalise(c);
  e.children.erase(
      std::remove_if(e.children.begin(), e.children.end(),
                     [](const Element& c) { return diff::is_list_container(c.kind) && c.children.empty(); }),
      e.children.end());
  std::vector<std::pair<std::string, Element>> keyed;
  for (diff::KeyedChild& k : diff::keyed_children(e)) keyed.emplace_back(std::move(k.key), *k.element);
  std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
    const int ra = canonical_rank(e.kind, a.second.kind), rb = canonical_rank(e.kind, b.second.kind);
    return ra != rb ? ra < rb : a.first < b.first;
  });
  e.children.clear();
  for (auto& [key, child] : keyed) e.children.push_back(std::move(child));
}

std::string normal_form(std::vector<Element> feed) {
  Element root(Kind::Projects);
  root.children = std::move(feed);
  normalise(root);
  return canonical_document(root.children);
}

std::string show(const std::vector<diff::Change>& changes) {
  std::string out;
  for (const diff::Change& c : changes) out += std::string(diff::op_name(c.op)) + " " + c.path + "\n";
  return out;
}

}  // namespace

TEST_CASE("properties of diff") {
  rc::prop("a feed compared with itself has no differences", [] {
    const std::string xml = canonical_document(gen_feed());
    const PairResult r = diff_texts(xml, xml);
    RC_ASSERT(r.ok);
    RC_ASSERT(r.changes.empty());
  });

  rc::prop("a shuffled, re-indented copy with alias spellings has no differences", [] {
    const auto feed = gen_feed();
    const std::string copy =
        redressed(canonical_document(shuffled(feed)), *rc::gen::inRange(0, 3), *rc::gen::arbitrary<bool>());
    const PairResult r = diff_texts(canonical_document(feed), copy);
    RC_ASSERT(r.ok);
    RC_LOG() << show(r.changes);
    RC_ASSERT(r.changes.empty());
  });

  rc::prop("diff(A, B) is empty exactly when A and B hold the same data (normalised canonical forms agree)", [] {
    const auto a = gen_feed();
    const auto b = *rc::gen::arbitrary<bool>() ? mutate(a) : shuffled(a);
    const PairResult r = diff_texts(canonical_document(a), canonical_document(b));
    RC_ASSERT(r.ok);
    RC_LOG() << show(r.changes);
    RC_ASSERT(r.changes.empty() == (normal_form(a) == normal_form(b)));
  });

  rc::prop("diff(A, B) and diff(B, A) mirror each other", [] {
    const auto a = gen_feed();
    const auto b = mutate(a);
    const PairResult ab = diff_texts(canonical_document(a), canonical_document(b));
    const PairResult ba = diff_texts(canonical_document(b), canonical_document(a));
    RC_ASSERT(ab.changes.size() == ba.changes.size());
    auto mirrored = [](diff::Op op) {
      return op == diff::Op::Add ? diff::Op::Remove : op == diff::Op::Remove ? diff::Op::Add : op;
    };
    for (const diff::Change& c : ab.changes) {
      auto it =
          std::find_if(ba.changes.begin(), ba.changes.end(), [&](const diff::Change& d) { return d.path == c.path; });
      RC_ASSERT(it != ba.changes.end());
      RC_ASSERT(it->op == mirrored(c.op));
      RC_ASSERT(it->old_value == c.new_value);
      RC_ASSERT(it->new_value == c.old_value);
    }
  });
}
