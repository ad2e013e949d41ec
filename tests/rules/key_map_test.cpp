// rules/key_map.h and the keyed ids of rules/compact_index.h: the whole-feed
// rules' indexes, looked up on the calling thread with keys taken on the
// parts' threads.
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "rules/compact_index.h"
#include "rules/key_map.h"

using namespace syncfeed;

TEST_CASE("KeyMap: finds what std::unordered_map finds") {
  rc::prop("the same keys are new, the same values are kept", [] {
    // Keys from a small range collide and repeat; 0 and the extremes are keys too.
    const auto key = rc::gen::oneOf(rc::gen::inRange<std::uint64_t>(0, 300), rc::gen::arbitrary<std::uint64_t>(),
                                    rc::gen::element<std::uint64_t>(0, 1, ~std::uint64_t{0}, std::uint64_t{1} << 63));
    const auto keys = *rc::gen::container<std::vector<std::uint64_t>>(key);
    KeyMap<std::uint32_t> map;
    std::unordered_map<std::uint64_t, std::uint32_t> reference;
    for (const std::uint64_t k : keys) {
      const auto [value, added] = map.try_emplace(k);
      const auto [it, reference_added] = reference.try_emplace(k, 0);
      RC_ASSERT(added == reference_added);
      RC_ASSERT(*value == it->second);
      ++*value;
      ++it->second;
    }
    RC_ASSERT(map.size() == reference.size());
  });
}

TEST_CASE("KeyMap: consecutive integer ids, many of them, each kept once") {
  KeyMap<std::uint64_t> map;
  for (std::uint64_t id = 1; id <= 200000; ++id) *map.try_emplace(id).first = id * 2;
  CHECK(map.size() == 200000);
  for (std::uint64_t id = 1; id <= 200000; id += 997) {
    const auto [value, added] = map.try_emplace(id);
    CHECK(!added);
    CHECK(*value == id * 2);
  }
  KeySet set;
  CHECK(set.insert(0));
  CHECK(!set.insert(0));
  CHECK(set.insert(text_key("A-7")));
  CHECK(!set.insert(text_key("A-7")));
  CHECK(set.size() == 2);
}

TEST_CASE("IdStore: an id with its key taken is kept and compared as the id alone is") {
  const std::vector<std::string> ids = {
      "7",   "07", "0",  "14353",   "9223372036854775807",  "9223372036854775808", "18446744073709551615",
      "A-7", "",   " 7", "Árvíz-7", std::string(5000, '9'), std::string(5000, 'x')};
  IdStore by_text, by_key;
  std::vector<std::uint64_t> kept_text, kept_key;
  for (const std::string& id : ids) {
    kept_text.push_back(by_text.keep(id));
    kept_key.push_back(by_key.keep(keyed(id)));
  }
  CHECK(kept_key == kept_text);
  for (std::size_t a = 0; a < ids.size(); ++a) {
    CHECK(by_key.text(kept_key[a]) == ids[a]);
    for (std::size_t b = 0; b < ids.size(); ++b) {
      CAPTURE(ids[a], ids[b]);
      CHECK(by_key.equals(kept_key[a], keyed(ids[b])) == (a == b));
      CHECK(by_text.equals(kept_text[a], ids[b]) == (a == b));
    }
  }
  CHECK(text_key("") != 0);  // KeyMap's one key that needs a slot of its own is no text's
}
