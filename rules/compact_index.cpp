// Compact index helpers (see compact_index.h).
#include "rules/compact_index.h"

#include <functional>
#include <optional>

#include "feed/integer_id.h"

namespace syncfeed {
namespace {

// Set in the keys of texts; integer ids (feed/integer_id.h) are below it.
constexpr std::uint64_t kTextFlag = std::uint64_t{1} << 63;

}  // namespace

std::uint64_t IdStore::keep(std::string_view id) {
  if (const std::optional<std::uint64_t> value = integer_id(id)) return *value;  // below kTextFlag
  others_.emplace_back(id);
  return kTextFlag | (others_.size() - 1);
}

std::uint64_t IdStore::keep(const KeyedText& id) {
  if (!(id.key & kTextFlag)) return id.key;  // an integer id is its own key
  others_.emplace_back(id.text);
  return kTextFlag | (others_.size() - 1);
}

bool IdStore::equals(std::uint64_t kept, const KeyedText& id) const {
  if (kept & kTextFlag) return others_[kept & ~kTextFlag] == id.text;
  return id.key == kept;  // a text's key has the flag: never an integer's
}

std::string IdStore::text(std::uint64_t kept) const {
  if (kept & kTextFlag) return others_[kept & ~kTextFlag];
  return std::to_string(kept);
}

bool IdStore::equals(std::uint64_t kept, std::string_view id) const {
  if (kept & kTextFlag) return others_[kept & ~kTextFlag] == id;
  return integer_id(id) == kept;
}

std::uint64_t text_key(std::string_view text) {
  if (const std::optional<std::uint64_t> value = integer_id(text)) return *value;
  return kTextFlag | static_cast<std::uint64_t>(std::hash<std::string_view>{}(text));
}

KeyedText keyed(std::string_view text) { return {text, text_key(text)}; }

std::uint32_t value_hash(std::string_view value) {
  const std::uint64_t h = std::hash<std::string_view>{}(value);
  return static_cast<std::uint32_t>(h ^ (h >> 32));
}

}  // namespace syncfeed
