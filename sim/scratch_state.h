// The state a plan writes to: the cards this run created or changed, as bytes
// in a ScratchFile, found through an index of their Reference IDs held in
// memory (the one thing that grows with the feed: 32 to 64 bytes an id, more
// for an id that is not an integer).
// Over an optional base state (plan: the user's SqliteState, opened
// read-only), which it never writes: a card that changes is stored here whole
// and shadows the base's.
//
// Not SQLite: a plan needs none of what it gives (durability, transactions,
// queries), and writing the cards into a database made a plan cost 1.6 times
// a lint instead of 1.2 (docs/simulator.md).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "feed/key_table.h"
#include "sim/scratch_file.h"
#include "sim/state.h"

namespace syncfeed::sim {

class ScratchState final : public State {
 public:
  explicit ScratchState(State* base = nullptr) : base_(base) {}

  bool initialized() override;
  Counters counters() override;
  void set_counters(const Counters& counters) override { counters_ = counters; }
  std::optional<Card> find(CardKind kind, std::string_view reference_id) override;
  void save(const Card& after, const Card* before) override;
  void for_each_card(const std::function<void(const Card&)>& visit) override;

 private:
  struct Stored {
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
    std::int64_t card_id = 0;
  };
  // Reference ID -> the card's latest bytes. An id written as a positive
  // integer (feed/integer_id.h; nearly every id: MiniCRM's and the shops'
  // own) is looked up by its value in one flat array; any other by its text, looked up by
  // string_view (no key is built for a look-up). A node per id in
  // std::unordered_map was about 5 % of a JSON plan (perf: the look-ups'
  // cache misses and its rehashes).
  struct Hash : std::hash<std::string_view> {
    using is_transparent = void;
  };
  struct Index {
    KeyTable<Stored> numbers;
    std::unordered_map<std::string, Stored, Hash, std::equal_to<>> texts;

    const Stored* find(std::string_view reference_id);
    void put(const std::string& reference_id, const Stored& stored);
    std::size_t size() const { return numbers.size() + texts.size(); }
    template <typename Visit>
    void for_each(Visit visit) const {
      numbers.for_each([&](std::uint64_t, const Stored& stored) { visit(stored); });
      for (const auto& [reference_id, stored] : texts) visit(stored);
    }
  };

  Index& index(CardKind kind) { return kind == CardKind::Project ? projects_ : orders_; }
  Card load(const Stored& stored) const;

  State* base_;
  std::optional<Counters> counters_;
  Index projects_, orders_;
  ScratchFile file_;
};

}  // namespace syncfeed::sim
