// "Did you mean": the closest of a list of names to one a user typed, for
// rule ids (lint) and field names (diff --ignore).
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace syncfeed {

// Levenshtein distance; names are short, so the plain table is fine.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `typed`, when it is close enough to be a typo
// (at most a third of the longer name changed), else nothing.
std::optional<std::string_view> closest_spelling(std::string_view typed, std::span<const std::string_view> candidates);

}  // namespace syncfeed
