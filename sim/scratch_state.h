// The state a plan writes to: the cards this run created or changed, as bytes
// in a ScratchFile, found through an index of their Reference IDs held in
// memory (the one thing that grows with the feed: about 80 bytes an id).
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
  // Looked up by string_view: no key is built for a look-up.
  struct Hash : std::hash<std::string_view> {
    using is_transparent = void;
  };
  using Index = std::unordered_map<std::string, Stored, Hash, std::equal_to<>>;

  Index& index(CardKind kind) { return kind == CardKind::Project ? projects_ : orders_; }
  Card load(const Stored& stored) const;

  State* base_;
  std::optional<Counters> counters_;
  Index projects_, orders_;  // Reference ID -> the card's latest bytes
  ScratchFile file_;
};

}  // namespace syncfeed::sim
