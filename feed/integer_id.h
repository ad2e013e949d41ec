// An id written as a positive integer: its value, by which indexes keep it
// (rules/compact_index.h, the plan's index of cards, sim/scratch_state.h).
#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <string_view>

namespace syncfeed {

// The id's value when it is a positive integer below 2^63 written in digits
// alone, without leading zeros: the value then gives back the same text, so
// that "7" and "07" stay two ids. Nothing otherwise.
inline std::optional<std::uint64_t> integer_id(std::string_view id) {
  if (id.empty() || id.front() == '0') return std::nullopt;
  std::uint64_t value = 0;
  const char* end = id.data() + id.size();
  const auto [ptr, ec] = std::from_chars(id.data(), end, value);
  if (ec != std::errc() || ptr != end || value >= (std::uint64_t{1} << 63)) return std::nullopt;
  return value;
}

}  // namespace syncfeed
