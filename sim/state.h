// The simulated MiniCRM system: the cards and the next card ids. The
// simulator only talks to this interface; three stores implement it, each
// with one job: SqliteState (apply's persistent state), ScratchState (plan's
// store, over an optional base) and MemoryState (the tests' reference).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

#include "sim/card.h"

namespace syncfeed::sim {

// Where order cards take their ids from (docs/format.md §4).
enum class OrderIds : std::uint8_t {
  Shared,    // the one card-id sequence, right after their project's card (the default)
  Separate,  // a sequence of their own
};
std::string_view order_ids_name(OrderIds mode);  // "shared", "separate"
std::optional<OrderIds> parse_order_ids(std::string_view text);

struct Counters {
  std::int64_t next_card_id = 1;
  std::int64_t next_order_card_id = 1;  // OrderIds::Separate only
  OrderIds order_ids = OrderIds::Shared;
  friend bool operator==(const Counters&, const Counters&) = default;
};

class State {
 public:
  virtual ~State() = default;

  // False until the state holds its counters (a new, empty system).
  virtual bool initialized() = 0;
  virtual Counters counters() = 0;
  virtual void set_counters(const Counters& counters) = 0;

  // The card with this Reference ID in the module of `kind`, if any.
  virtual std::optional<Card> find(CardKind kind, std::string_view reference_id) = 0;
  // Stores `after`; `before` is what find() gave for it (nullptr for a new
  // card), so that only what changed needs writing.
  virtual void save(const Card& after, const Card* before) = 0;

  // Every card, by card id (a project before an order of the same id).
  virtual void for_each_card(const std::function<void(const Card&)>& visit) = 0;
};

}  // namespace syncfeed::sim
