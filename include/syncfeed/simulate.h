// syncfeed's public C++ API: what MiniCRM does with a feed (upsert by
// Reference ID, docs/simulator.md), as `syncfeed plan` does, on a state held
// in memory.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syncfeed/model.h"

namespace syncfeed {

enum class CardOp : std::uint8_t { Create, Update, Unchanged, Skip };
enum class CardType : std::uint8_t { Project, Order };

// What happens to the card of one Project or Order of the feed.
struct CardAction {
  CardOp op = CardOp::Skip;
  CardType type = CardType::Project;
  std::optional<std::string> reference_id;  // the Id as read; nullopt when there is none
  std::int64_t card_id = 0;                 // 0 for a skip
  std::int64_t project_card_id = 0;         // orders: the project card they hang on (0 for a skip)
  std::string name;                         // the card's Name (project) or Number (order)
  Location loc;                             // of the Project or Order element
  std::size_t changes = 0;                  // create: values set; update: values changed
  std::string reason;                       // skip: why
};

struct SimulateOptions {
  // What an empty element does: true, it sets the value to empty (MiniCRM's
  // behaviour as far as it is known); false, it is ignored, as if left out.
  bool empty_clears = true;
};

struct Simulation {
  // false: MiniCRM refuses a feed whole (it is not well-formed, say). The
  // projects before the error have been simulated on the state all the same:
  // drop the state, as MiniCRM keeps nothing of such a feed.
  bool accepted = true;
  std::optional<Finding> refusal;         // why, when not accepted
  std::vector<CardAction> actions;        // what happens to each card, in document order
  std::array<std::uint64_t, 4> counts{};  // by CardOp
  std::uint64_t count(CardOp op) const { return counts[static_cast<int>(op)]; }
};

// MiniCRM's cards, held in memory: the first card gets id 1. Kept between
// simulate() calls, so that a feed can be sent again.
class CrmState {
 public:
  CrmState();
  ~CrmState();
  CrmState(CrmState&&) noexcept;
  CrmState& operator=(CrmState&&) noexcept;

  std::size_t cards() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  friend Simulation simulate(const std::vector<std::string_view>&, CrmState&, const SimulateOptions&);
};

// Simulates `feeds`, one after the other, on `state`. Stops at the first feed
// MiniCRM would refuse.
Simulation simulate(const std::vector<std::string_view>& feeds, CrmState& state, const SimulateOptions& options = {});

}  // namespace syncfeed
