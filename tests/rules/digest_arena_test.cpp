// rules/digest_arena.h: what a whole-feed rule takes of a project lives in
// the project's arena, first in its own block, then in blocks from the heap.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "rules/digest_arena.h"

using namespace syncfeed;

TEST_CASE("DigestArena: kept text is an equal copy, empty, non-ASCII or larger than the first block") {
  DigestArenaWithBlock<64> block;
  DigestArena& arena = block.arena();
  const std::string empty, accents = "Árvíztűrő tükörfúrógép ☕", long_text(100000, 'x');
  const std::string_view kept_empty = arena.keep(empty);
  const std::string_view kept_accents = arena.keep(accents);
  const std::string_view kept_long = arena.keep(long_text);
  CHECK(kept_empty.empty());
  CHECK(kept_accents == accents);
  CHECK(kept_accents.data() != accents.data());
  CHECK(kept_long == long_text);
  // Views stay valid while more is kept (the arena never moves what it holds).
  const auto text = [](int i) {
    std::string out = std::to_string(i);
    for (int n = 0; n < i % 50; ++n) out += "é";
    return out;
  };
  std::vector<std::string_view> many;
  for (int i = 0; i < 1000; ++i) many.push_back(arena.keep(text(i)));
  for (int i = 0; i < 1000; ++i) CHECK(many[i] == text(i));
  CHECK(kept_accents == accents);
  CHECK(kept_long == long_text);
}

TEST_CASE("DigestArena: what make() made is destroyed with the arena, the last first") {
  std::vector<int> destroyed;
  struct Tracked {
    std::vector<int>& log;
    int id;
    ~Tracked() { log.push_back(id); }
  };
  {
    DigestArenaWithBlock<32> block;  // too small for three: the later ones come from the heap
    for (int id = 1; id <= 3; ++id) CHECK(block.arena().make<Tracked>(destroyed, id)->id == id);
    CHECK(destroyed.empty());
  }
  CHECK(destroyed == std::vector<int>{3, 2, 1});
}

TEST_CASE("DigestList: a list in the arena grows past the first block and keeps its items") {
  DigestArenaWithBlock<128> block;
  DigestList<std::string_view> list(block.arena().resource());
  for (int i = 0; i < 5000; ++i) list.push_back(block.arena().keep(std::to_string(i)));
  REQUIRE(list.size() == 5000);
  for (int i = 0; i < 5000; ++i) CHECK(list[i] == std::to_string(i));
}
