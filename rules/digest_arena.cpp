// One arena per project's digest (see digest_arena.h).
#include "rules/digest_arena.h"

#include <cstring>

namespace syncfeed {

DigestArena::~DigestArena() {
  for (Made* m = last_; m; m = m->before) m->destroy(m->object);
}

std::string_view DigestArena::keep(std::string_view text) {
  if (text.empty()) return {};
  char* copy = static_cast<char*>(memory_.allocate(text.size(), 1));
  std::memcpy(copy, text.data(), text.size());
  return {copy, text.size()};
}

void DigestArena::remember(void* object, void (*destroy)(void*)) {
  last_ = new (memory_.allocate(sizeof(Made), alignof(Made))) Made{object, destroy, last_};
}

}  // namespace syncfeed
