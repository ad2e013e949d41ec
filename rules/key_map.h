// The index of a whole-feed rule (rules/compact_index.h): a hash map from a
// 64-bit key (text_key, or any 64-bit value) to a small value. A file read
// in parts looks every key of every project up on the calling thread
// (docs/parallel.md), so the index is one array with open addressing:
// no node per key to allocate and chase, and no hash of the key beyond one
// multiplication (a text key is a hash already; an integer id is spread by it).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace syncfeed {

template <typename Value>
class KeyMap {
 public:
  // The value kept for `key`, value-initialised when the key is new, and
  // whether it is new. The pointer is valid until the next try_emplace.
  std::pair<Value*, bool> try_emplace(std::uint64_t key) {
    if (key == kEmpty) {  // the one key a slot cannot hold: text_key never gives it
      const bool added = !zero_;
      if (added) zero_.emplace();
      return {&*zero_, added};
    }
    if ((used_ + 1) * 4 > slots_.size() * 3) grow();  // at most 3/4 full
    Slot& slot = find(key);
    const bool added = slot.key == kEmpty;
    if (added) {
      slot.key = key;
      ++used_;
    }
    return {&slot.value, added};
  }

  std::size_t size() const { return used_ + (zero_ ? 1 : 0); }

 private:
  static constexpr std::uint64_t kEmpty = 0;
  struct Slot {
    std::uint64_t key = kEmpty;
    Value value{};
  };

  // The slot holding `key`, or the empty slot where it goes.
  Slot& find(std::uint64_t key) {
    const std::size_t mask = slots_.size() - 1;
    // Fibonacci hashing: the top bits of key × 2^64/φ, good for consecutive ids too.
    std::size_t i = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
    while (slots_[i].key != kEmpty && slots_[i].key != key) i = (i + 1) & mask;
    return slots_[i];
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    const std::size_t size = old.empty() ? 16 : old.size() * 2;
    slots_.assign(size, Slot{});
    shift_ = 64;
    for (std::size_t s = size; s > 1; s >>= 1) --shift_;
    for (Slot& slot : old)
      if (slot.key != kEmpty) find(slot.key) = std::move(slot);
  }

  std::vector<Slot> slots_;  // a power of two of them
  unsigned shift_ = 64;      // 64 - log2(slots_.size())
  std::size_t used_ = 0;     // slots holding a key
  std::optional<Value> zero_;
};

// A set of 64-bit keys, on KeyMap.
class KeySet {
 public:
  // True when `key` was not in the set (it is now).
  bool insert(std::uint64_t key) { return map_.try_emplace(key).second; }
  std::size_t size() const { return map_.size(); }

 private:
  struct Nothing {};
  KeyMap<Nothing> map_;
};

}  // namespace syncfeed
