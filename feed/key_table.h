// A compact index from 64-bit keys to a small value, in one array: open
// addressing with linear probing, a power of two slots, at most three
// quarters full. Used where std::unordered_map's node per key cost: lint's
// e-mail index (keys that are hashes) and the plan's index of cards by a
// Reference ID that is a number.
//
// For keys that are hashes, std::unordered_map linked its nodes in an order
// unrelated to where they lie: freeing email-duplicate's index of the 150 MB
// bench feed (58,000 addresses) walked them with a cache miss each, about
// 8 ms at the end of every lint (perf, 2026-12-04), while every other thread
// had finished. Here a look-up is one probe into one array, and freeing it
// is one free. Memory: 32 to 64 bytes a key for a 16-byte value, and during
// a growth the old array as well (std::unordered_map: about 40 to 80).
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
    Slot& slot = slot_for(slots_.get(), capacity_, key);
    const bool added = slot.key == kEmpty;
    if (added) {
      slot.key = key;
      ++size_;
    }
    return {slot.value, added};
  }
  // The value kept for `key`, or nullptr.
  Value* find(std::uint64_t key) {
    if (key == kEmpty) return has_empty_key_ ? &empty_key_value_ : nullptr;
    if (capacity_ == 0) return nullptr;
    Slot& slot = slot_for(slots_.get(), capacity_, key);
    return slot.key == kEmpty ? nullptr : &slot.value;
  }
  // visit(key, value) for every key, in no particular order.
  template <typename Visit>
  void for_each(Visit visit) const {
    if (has_empty_key_) visit(kEmpty, empty_key_value_);
    for (std::size_t i = 0; i < capacity_; ++i)
      if (slots_[i].key != kEmpty) visit(slots_[i].key, slots_[i].value);
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
  static Slot& slot_for(Slot* slots, std::size_t capacity, std::uint64_t key) {
    std::size_t i = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & (capacity - 1);
    while (slots[i].key != kEmpty && slots[i].key != key) i = (i + 1) & (capacity - 1);
    return slots[i];
  }

  void grow() {
    const std::size_t capacity = capacity_ == 0 ? 1024 : capacity_ * 2;
    std::unique_ptr<Slot[]> slots(new Slot[capacity]);
    for (std::size_t i = 0; i < capacity_; ++i)
      if (slots_[i].key != kEmpty) slot_for(slots.get(), capacity, slots_[i].key) = std::move(slots_[i]);
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
