// A 64-bit hash of a project's data: what operator== compares (kinds, names,
// ids, texts, attributes, children in order), never locations or alias
// spellings, and without the fields an IgnoreList leaves out. Equal hashes
// let diff and delta skip a project without reading it twice; a project whose
// hash differs is read again and compared field by field, so a false
// difference costs time, never a wrong answer. Not stable across builds:
// never store it.
#pragma once

#include <cstdint>

#include "diff/ignore.h"
#include "feed/model.h"

namespace syncfeed::diff {

std::uint64_t data_hash(const Element& project, const IgnoreList& ignore = {});

// Mixes one more value into a running hash (order matters).
std::uint64_t hash_combine(std::uint64_t seed, std::uint64_t value);

}  // namespace syncfeed::diff
