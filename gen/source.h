// Where a generator's choices come from. Every generator in gen/ asks a
// Source for its decisions and nothing else, so that the same code builds a
// feed from a seed (SeededSource: `syncfeed gen`, benchmarks) and from
// RapidCheck (gen/arbitrary.h: properties that shrink).
//
// Only integers cross this interface: no floating point, no std::
// distributions (their output differs between standard libraries), so that
// one seed gives the same bytes on every machine.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>

namespace syncfeed::gen {

// The lists a generator builds item by item (see Source::items).
enum class ItemKind : unsigned char { Order, ProductLine };

class Source {
 public:
  virtual ~Source() = default;

  // A number in [0, n), n > 0. A shrinking source shrinks it towards 0, so
  // every choice is written with its plainest outcome at 0.
  virtual std::uint64_t below(std::uint64_t n) = 0;

  // A count in [min, max]. A sized source may favour small counts at small sizes.
  virtual std::uint64_t count(std::uint64_t min, std::uint64_t max) { return min + below(max - min + 1); }

  // A list of [min, max] items of `kind`, each built by `item` from the
  // source it is given. Returns how many. A seeded source builds them one
  // after the other from its own stream; the RapidCheck feed generator gives
  // each item choices of its own, so that shrinking can drop any item, not
  // only the last, without changing the others.
  virtual std::uint64_t items(ItemKind /*kind*/, std::uint64_t min, std::uint64_t max,
                              const std::function<void(Source&)>& item) {
    const std::uint64_t n = count(min, max);
    for (std::uint64_t i = 0; i < n; ++i) item(*this);
    return n;
  }

  // True with probability num/den; shrinks towards false.
  bool chance(std::uint64_t num, std::uint64_t den) { return below(den) >= den - num; }

  // A number in [lo, hi].
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo) + 1));
  }

  template <typename T>
  const T& pick(std::span<const T> items) {
    return items[below(items.size())];
  }
  template <typename T, std::size_t N>
  const T& pick(const T (&items)[N]) {
    return items[below(N)];
  }
};

// splitmix64: turns a seed (and a stream number) into well-mixed state.
constexpr std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// One well-mixed number from a seed and a stream id: independent streams
// (content, defects, the catalogue) from one user seed.
constexpr std::uint64_t mix_seed(std::uint64_t seed, std::uint64_t stream) {
  std::uint64_t state = seed ^ (stream * 0xD1B54A32D192ED03ull);
  splitmix64(state);
  return splitmix64(state);
}

// xoshiro256** (Blackman and Vigna), seeded by splitmix64: fast, small, and
// fully specified, so its sequence is the same everywhere.
class SeededSource final : public Source {
 public:
  explicit SeededSource(std::uint64_t seed) {
    for (std::uint64_t& word : s_) word = splitmix64(seed);
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }

  // Lemire's multiply-and-reject: unbiased, and defined by integers only.
  std::uint64_t below(std::uint64_t n) override {
    u128 m = static_cast<u128>(next()) * n;
    auto low = static_cast<std::uint64_t>(m);
    if (low < n) {
      const std::uint64_t threshold = (0 - n) % n;
      while (low < threshold) {
        m = static_cast<u128>(next()) * n;
        low = static_cast<std::uint64_t>(m);
      }
    }
    return static_cast<std::uint64_t>(m >> 64);
  }

 private:
  __extension__ typedef unsigned __int128 u128;  // GCC and Clang; __extension__ keeps -Wpedantic quiet
  static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t s_[4];
};

}  // namespace syncfeed::gen
