// A compact index from 64-bit keys (rules/compact_index.h's text_key) to a
// small value, in one array: open addressing with linear probing, a power of
// two slots, at most three quarters full.
//
// For keys that are hashes (e-mail addresses), std::unordered_map kept a node
// per key, linked in an order unrelated to where the nodes lie: freeing the
// index of the 150 MB bench feed (58,000 addresses) walked them with a cache
// miss each, about 8 ms at the end of every lint (perf, 2026-12-04), while
// every other thread had finished. Here a look-up is one probe into one
// array, and freeing it is one free. Integer ids, which come in order, stay in
// std::unordered_map: its buckets keep them in order (docs/parallel.md, Run I).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>

namespace syncfeed {

template <typename Value>
class KeyTable {
 public:
  // The value kept for `key` (value-initialised when new), and whether it is new.
  std::pair<Value&, bool> try_emplace(std::uint64_t key) {
    if (key == kEmpty) {  // no slot can say so: kept aside
      const bool added = !has_empty_key_;
      has_empty_key_ = true;
      size_ += added ? 1 : 0;
      return {empty_key_value_, added};
    }
    if ((size_ + 1) * 4 > capacity_ * 3) grow();
    Slot& slot = find(slots_.get(), capacity_, key);
    const bool added = slot.key == kEmpty;
    if (added) {
      slot.key = key;
      ++size_;
    }
    return {slot.value, added};
  }
  std::size_t size() const { return size_; }

 private:
  static constexpr std::uint64_t kEmpty = 0;
  struct Slot {
    std::uint64_t key = kEmpty;
    Value value{};
  };

  // Where `key` is, or the empty slot where it goes. The keys are hashes or
  // ids: mixed (Fibonacci hashing), so that ids in a row do not fill a run.
  static Slot& find(Slot* slots, std::size_t capacity, std::uint64_t key) {
    std::size_t i = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & (capacity - 1);
    while (slots[i].key != kEmpty && slots[i].key != key) i = (i + 1) & (capacity - 1);
    return slots[i];
  }

  void grow() {
    const std::size_t capacity = capacity_ == 0 ? 1024 : capacity_ * 2;
    std::unique_ptr<Slot[]> slots(new Slot[capacity]);
    for (std::size_t i = 0; i < capacity_; ++i)
      if (slots_[i].key != kEmpty) find(slots.get(), capacity, slots_[i].key) = std::move(slots_[i]);
    slots_ = std::move(slots);
    capacity_ = capacity;
  }

  std::unique_ptr<Slot[]> slots_;
  std::size_t capacity_ = 0;
  std::size_t size_ = 0;
  bool has_empty_key_ = false;
  Value empty_key_value_{};
};

}  // namespace syncfeed
