// The plan's scratch store (sim/scratch_state.h) against the reference
// in-memory state, over random feeds; and its file and byte encoding.
// Replay a failure with RC_PARAMS="seed=N" build/tests/test_sim "[property]".
#include <rapidcheck/catch.h>

#include "random_sim_options.h"
#include "sim/card_bytes.h"
#include "sim/scratch_file.h"
#include "sim/scratch_state.h"
#include "sim_support.h"

using namespace syncfeed::test;

namespace {

std::vector<std::string> everything(const Run& run) {
  std::vector<std::string> out;
  for (const Action& a : run.actions) {
    out.push_back(brief(a));
    for (const std::string& c : changes(a)) out.push_back("  " + c);
  }
  return out;
}

}  // namespace

TEST_CASE("the scratch state behaves as the in-memory one", "[property]") {
  rc::prop("same actions, same changes, same cards", [] {
    const auto feeds = *rc::gen::container<std::vector<std::string>>(rc::gen::scale(0.5, random_feed()));
    const SimOptions options = random_sim_options();
    ScratchState scratch;
    MemoryState reference;
    RC_ASSERT(everything(simulate(scratch, feeds, options)) == everything(simulate(reference, feeds, options)));
    RC_ASSERT(dump(scratch) == dump(reference));
  });
}

TEST_CASE("the scratch state over a base reads it, shadows it, and never writes it", "[property]") {
  rc::prop("a plan over a state", [] {
    const auto before = *rc::gen::container<std::vector<std::string>>(rc::gen::scale(0.3, random_feed()));
    const auto after = *rc::gen::container<std::vector<std::string>>(rc::gen::scale(0.3, random_feed()));
    const SimOptions options = random_sim_options();
    MemoryState base, reference;
    simulate(base, before, options);
    simulate(reference, before, options);
    const std::string base_before = dump(base);
    ScratchState scratch(&base);
    RC_ASSERT(everything(simulate(scratch, after, options)) == everything(simulate(reference, after, options)));
    RC_ASSERT(dump(scratch) == dump(reference));
    RC_ASSERT(dump(base) == base_before);
  });
}

TEST_CASE("a card reads back from its bytes", "[property]") {
  rc::prop("card_from_bytes(append_card_bytes(c)) == c", [] {
    MemoryState state;
    simulate(state, *rc::gen::container<std::vector<std::string>>(rc::gen::scale(0.5, random_feed())));
    state.for_each_card([](const Card& card) {
      std::string bytes;
      append_card_bytes(card, bytes);
      RC_ASSERT(card_from_bytes(bytes) == card);
      if (!bytes.empty()) RC_ASSERT_THROWS(card_from_bytes(std::string_view(bytes).substr(0, bytes.size() - 1)));
    });
  });
}

TEST_CASE("the scratch file reads back what was appended, in memory and after spilling to disk") {
  ScratchFile file;
  std::vector<std::pair<std::uint64_t, std::string>> written;
  // 20 MiB in pieces of odd sizes: two spills, and pieces that straddle them.
  for (int i = 0; written.empty() || written.back().first < (20u << 20); ++i) {
    std::string piece(static_cast<std::size_t>(1000 + (i * 7919) % 300000), static_cast<char>('a' + i % 26));
    piece.front() = '<';
    piece.back() = '>';
    written.emplace_back(file.append(piece), std::move(piece));
  }
  for (const auto& [offset, piece] : written) REQUIRE(file.read(offset, piece.size()) == piece);
}

TEST_CASE("the scratch state tells apart Reference IDs a number index could merge") {
  // Looked up by value when written as an integer (feed/integer_id.h), by
  // text otherwise: "7" and "07" are two ids, and so are integers of 18 and
  // 19 digits and an id past 2^64.
  const std::vector<std::string> ids = {
      "7",  "07",  "0", " 7", "7 ", "A7", "999999999999999999", "1000000000000000000", "18446744073709551623",
      "-7", "7.0", ""};
  ScratchState state;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    Card card;
    card.kind = CardKind::Project;
    card.id = static_cast<std::int64_t>(i + 1);
    card.reference_id = ids[i];
    state.save(card, nullptr);
  }
  for (std::size_t i = 0; i < ids.size(); ++i) {
    CAPTURE(ids[i]);
    const std::optional<Card> found = state.find(CardKind::Project, ids[i]);
    REQUIRE(found);
    CHECK(found->id == static_cast<std::int64_t>(i + 1));
    CHECK_FALSE(state.find(CardKind::Order, ids[i]));
  }
  CHECK_FALSE(state.find(CardKind::Project, "8"));
  CHECK_FALSE(state.find(CardKind::Project, "007"));
  std::vector<std::int64_t> visited;
  state.for_each_card([&](const Card& card) { visited.push_back(card.id); });
  CHECK(visited.size() == ids.size());
  CHECK(std::is_sorted(visited.begin(), visited.end()));
}
