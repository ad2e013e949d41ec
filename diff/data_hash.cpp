#include "diff/data_hash.h"

#include <functional>
#include <string_view>
#include <vector>

namespace syncfeed::diff {
namespace {

class Hasher {
 public:
  explicit Hasher(const IgnoreList& ignore) : ignore_(ignore) {}

  std::uint64_t project(const Element& project) {
    tags_ = {"Project"};
    element(project);
    return hash_;
  }

 private:
  void element(const Element& e) {
    add(static_cast<std::uint64_t>(e.kind) << 1 | (e.has_id ? 1 : 0));
    add(e.name);
    add(e.id);
    add(e.text);
    add(e.attributes.size());
    for (const Attribute& a : e.attributes) {
      add(a.name);
      add(a.value);
    }
    for (const Element& child : e.children) {
      tags_.push_back(child.tag());
      if (!ignore_.matches(tags_)) element(child);
      tags_.pop_back();
    }
    add(0xE0E0E0E0u);  // end of children: nesting is part of the data
  }

  void add(std::string_view s) {
    add(s.size());
    add(std::hash<std::string_view>{}(s));
  }
  void add(std::uint64_t value) { hash_ = hash_combine(hash_, value); }

  const IgnoreList& ignore_;
  std::vector<std::string_view> tags_;
  std::uint64_t hash_ = 0x6a09e667f3bcc908u;
};

}  // namespace

std::uint64_t hash_combine(std::uint64_t seed, std::uint64_t value) {
  // splitmix64's finaliser over the pair: every input bit reaches every output bit.
  std::uint64_t z = seed ^ (value + 0x9e3779b97f4a7c15u + (seed << 6) + (seed >> 2));
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
  return z ^ (z >> 31);
}

std::uint64_t data_hash(const Element& project, const IgnoreList& ignore) { return Hasher(ignore).project(project); }

}  // namespace syncfeed::diff
