// feed/key_table.h: the flat index keeps what std::unordered_map keeps, over
// any keys (0 among them, ids in a row, repeats), across its growth: from
// 1,024 slots on, up to 2,000 keys probe past each other (two growths).
// Replay a failure with RC_PARAMS="seed=N" build/tests/test_feed "[property]".
#include <rapidcheck/catch.h>

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "feed/key_table.h"

using namespace syncfeed;

namespace {

struct Seen {
  std::uint64_t first = 0;
  std::uint32_t times = 0;
};

// Counts each key in both, checking at each step that they agree.
void count_in_both(const std::vector<std::uint64_t>& keys) {
  KeyTable<Seen> table;
  std::unordered_map<std::uint64_t, Seen> reference;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    auto [seen, added] = table.try_emplace(keys[i]);
    auto [it, inserted] = reference.try_emplace(keys[i]);
    RC_ASSERT(added == inserted);
    if (added) seen.first = it->second.first = i;
    ++seen.times;
    ++it->second.times;
    RC_ASSERT(seen.first == it->second.first);
    RC_ASSERT(seen.times == it->second.times);
  }
  RC_ASSERT(table.size() == reference.size());
  std::size_t visited = 0;
  table.for_each([&](std::uint64_t key, const Seen& seen) {
    ++visited;
    const auto it = reference.find(key);
    RC_ASSERT(it != reference.end());
    RC_ASSERT(seen.times == it->second.times);
  });
  RC_ASSERT(visited == reference.size());
  for (const std::uint64_t key : keys) RC_ASSERT(table.find(key) != nullptr);
  RC_ASSERT((table.find(0) != nullptr) == reference.contains(0));
  RC_ASSERT((table.find(1ull << 63) != nullptr) == reference.contains(1ull << 63));
}

}  // namespace

TEST_CASE("KeyTable keeps what std::unordered_map keeps", "[key_table][property]") {
  rc::prop("hashes, small ids, 0 and repeats, past several growths", [] {
    const auto key = rc::gen::weightedOneOf<std::uint64_t>({
        {4, rc::gen::arbitrary<std::uint64_t>()},
        {4, rc::gen::inRange<std::uint64_t>(0, 3000)},
        {1, rc::gen::just<std::uint64_t>(0)},
    });
    count_in_both(*rc::gen::container<std::vector<std::uint64_t>>(*rc::gen::inRange<std::size_t>(0, 2000), key));
  });
}
