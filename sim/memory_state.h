// A state held in memory: every card in a map. Its memory grows with the
// number of cards, so the commands never use it (apply uses SqliteState, plan
// ScratchState: both keep the cards on disk); it is the reference the tests
// compare them against.
#pragma once

#include <map>
#include <string>
#include <utility>

#include "sim/state.h"

namespace syncfeed::sim {

class MemoryState final : public State {
 public:
  bool initialized() override { return initialized_; }
  Counters counters() override { return counters_; }
  void set_counters(const Counters& counters) override;
  std::optional<Card> find(CardKind kind, std::string_view reference_id) override;
  void save(const Card& after, const Card* before) override;
  void for_each_card(const std::function<void(const Card&)>& visit) override;

 private:
  std::map<std::pair<CardKind, std::string>, Card, std::less<>> cards_;
  Counters counters_;
  bool initialized_ = false;
};

}  // namespace syncfeed::sim
