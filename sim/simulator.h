// MiniCRM's upsert by Reference ID (docs/format.md §4), one Project at a
// time: projects in document order; an unknown Reference ID gets the next card
// id, a known one has its card updated with the fields that are present; each
// Order becomes or updates a card of the Orders module hung on its project's
// card, and a re-sent order replaces its product lines; a project without a
// usable Id is skipped. Memory holds one project's cards at a time.
#pragma once

#include <optional>
#include <string_view>

#include "feed/model.h"
#include "sim/action.h"
#include "sim/flatten.h"
#include "sim/state.h"

namespace syncfeed::sim {

struct SimOptions {
  EmptyElements empty = EmptyElements::Clear;
};

class Simulator {
 public:
  // `state` must be initialized (its counters set).
  Simulator(State& state, SimOptions options, ActionSink sink);

  // One Project of a feed (`file` names it in the actions), then its orders.
  void project(const Element& project, std::string_view file);
  // Stores the counters in the state; call it once the last feed is read.
  void finish();

  const Summary& summary() const { return summary_; }
  const Counters& counters() const { return counters_; }

 private:
  void order(const Element& order, std::int64_t project_card_id, std::string_view file);
  Card new_card(CardKind kind, const std::string& reference_id);
  // Reports what turned `stored` into `card`, and stores it when it changed.
  // A new card is moved into its action once stored.
  void conclude(Card card, const std::optional<Card>& stored, const Element& element, std::string_view file);
  void skip(CardKind kind, const Element& element, std::string_view file, std::string reason);
  void emit(Action&& action);

  State& state_;
  SimOptions options_;
  ActionSink sink_;
  Counters counters_;
  Summary summary_;
};

}  // namespace syncfeed::sim
