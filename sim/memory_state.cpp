#include "sim/memory_state.h"

#include <algorithm>
#include <vector>

namespace syncfeed::sim {

void MemoryState::set_counters(const Counters& counters) {
  counters_ = counters;
  initialized_ = true;
}

std::optional<Card> MemoryState::find(CardKind kind, std::string_view reference_id) {
  auto it = cards_.find(std::pair(kind, std::string(reference_id)));
  if (it == cards_.end()) return std::nullopt;
  return it->second;
}

void MemoryState::save(const Card& after, const Card*) { cards_[{after.kind, after.reference_id}] = after; }

void MemoryState::for_each_card(const std::function<void(const Card&)>& visit) {
  std::vector<const Card*> sorted;
  for (const auto& [key, card] : cards_) sorted.push_back(&card);
  std::sort(sorted.begin(), sorted.end(),
            [](const Card* a, const Card* b) { return std::pair(a->id, a->kind) < std::pair(b->id, b->kind); });
  for (const Card* card : sorted) visit(*card);
}

}  // namespace syncfeed::sim
