#include "sim/scratch_state.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "feed/integer_id.h"
#include "sim/card_bytes.h"

namespace syncfeed::sim {

const ScratchState::Stored* ScratchState::Index::find(std::string_view reference_id) {
  if (const std::optional<std::uint64_t> n = integer_id(reference_id)) return numbers.find(*n);
  const auto it = texts.find(reference_id);
  return it == texts.end() ? nullptr : &it->second;
}

void ScratchState::Index::put(const std::string& reference_id, const Stored& stored) {
  if (const std::optional<std::uint64_t> n = integer_id(reference_id))
    numbers.try_emplace(*n).first = stored;
  else
    texts.insert_or_assign(reference_id, stored);  // one look-up, not a find and an emplace
}

bool ScratchState::initialized() { return counters_ || (base_ && base_->initialized()); }

Counters ScratchState::counters() {
  if (counters_) return *counters_;
  return base_ ? base_->counters() : Counters{};
}

Card ScratchState::load(const Stored& stored) const { return card_from_bytes(file_.read(stored.offset, stored.size)); }

std::optional<Card> ScratchState::find(CardKind kind, std::string_view reference_id) {
  if (const Stored* stored = index(kind).find(reference_id)) return load(*stored);
  return base_ ? base_->find(kind, reference_id) : std::nullopt;
}

void ScratchState::save(const Card& after, const Card*) {
  // The old bytes of a card saved again stay in the file, unread: a feed that
  // repeats a Reference ID is rare, and the file is gone at the end of the run.
  const ScratchFile::Extent bytes = file_.append_with([&](std::string& out) { append_card_bytes(after, out); });
  const Stored stored{bytes.offset, bytes.size, after.id};
  index(after.kind).put(after.reference_id, stored);
}

// The base's cards that were not changed and this run's, merged by card id
// (a project before an order of the same id), as the State contract says.
void ScratchState::for_each_card(const std::function<void(const Card&)>& visit) {
  std::vector<std::pair<std::pair<std::int64_t, CardKind>, const Stored*>> mine;
  mine.reserve(projects_.size() + orders_.size());
  for (CardKind kind : {CardKind::Project, CardKind::Order})
    index(kind).for_each([&](const Stored& stored) { mine.push_back({{stored.card_id, kind}, &stored}); });
  std::sort(mine.begin(), mine.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  auto next = mine.begin();
  auto visit_mine_before = [&](std::pair<std::int64_t, CardKind> limit) {
    for (; next != mine.end() && next->first < limit; ++next) visit(load(*next->second));
  };
  if (base_)
    base_->for_each_card([&](const Card& card) {
      visit_mine_before({card.id, card.kind});
      if (!index(card.kind).find(card.reference_id)) visit(card);
    });
  for (; next != mine.end(); ++next) visit(load(*next->second));
}

}  // namespace syncfeed::sim
