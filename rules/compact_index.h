// Compact indexes for the whole-feed rules (order-id-duplicate,
// email-duplicate, product-inconsistent). Feeds of 1.5 GB stream through
// lint, so such a rule must not keep records: for every id or e-mail it keeps
// a 64-bit key and where it was first seen, in a few bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace syncfeed {

// A text with its key (text_key below), computed where the text is taken (a
// part's thread, Rule::take), so that the calling thread compares and looks
// up keys without hashing or parsing the text again.
struct KeyedText {
  std::string_view text;
  std::uint64_t key = 0;
};
KeyedText keyed(std::string_view text);

// Record ids in 8 bytes. MiniCRM ids are positive integers (docs/format.md §2.4): such
// an id is kept as its value; any other text goes to a pool (one entry per
// keep() call, so keep an id once per record).
class IdStore {
 public:
  std::uint64_t keep(std::string_view id);
  std::string text(std::uint64_t kept) const;
  bool equals(std::uint64_t kept, std::string_view id) const;
  // The same, for an id whose key is known: an integer id is neither parsed
  // nor compared as text.
  std::uint64_t keep(const KeyedText& id);
  bool equals(std::uint64_t kept, const KeyedText& id) const;

 private:
  std::vector<std::string> others_;
};

// The key an id (or any text) is indexed under: a positive integer below 2^63
// is its own key, so integer ids never collide; other text is a 64-bit hash
// with the top bit set. Two different non-integer ids share a key with a
// probability of about n²/2^64 for n ids: negligible, and documented.
std::uint64_t text_key(std::string_view text);

// A 32-bit hash of a value, for telling whether a value changed (product
// name, SKU) without keeping it.
std::uint32_t value_hash(std::string_view value);

}  // namespace syncfeed
