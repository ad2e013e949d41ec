// Where a whole-feed rule's take() puts what it copies of a project (Rule::take,
// docs/parallel.md). A file read in parts reduces every project to a digest on
// a part's thread, and frees it once the calling thread has resolve()d it:
// with a string or a vector per key that was some 27 allocations and as many
// frees per project. One arena per digest holds the rules' digests, their
// lists and the text they keep, so that a project costs one allocation (the
// digest with the arena's first block), or a few for a project with more to
// keep than the first block holds, and one free.
#pragma once

#include <cstddef>
#include <memory_resource>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace syncfeed {

class DigestArena {
 public:
  // `first`, `size`: a block to fill before asking the heap (the digest's own
  // bytes, or a stack array for one project checked in place). Not owned.
  DigestArena(void* first, std::size_t size) : memory_(first, size) {}
  ~DigestArena();  // destroys what make() made, the last first
  DigestArena(const DigestArena&) = delete;
  DigestArena& operator=(const DigestArena&) = delete;

  // For the lists a digest holds (DigestList).
  std::pmr::memory_resource* resource() { return &memory_; }

  // A copy of `text` that lives as long as the arena. Never moves: views of
  // it stay valid while more is kept.
  std::string_view keep(std::string_view text);

  // A T constructed in the arena, destroyed with it.
  template <typename T, typename... Args>
  T* make(Args&&... args) {
    void* at = memory_.allocate(sizeof(T), alignof(T));
    T* made = new (at) T(std::forward<Args>(args)...);
    if constexpr (!std::is_trivially_destructible_v<T>) remember(made, [](void* p) { static_cast<T*>(p)->~T(); });
    return made;
  }

 private:
  struct Made {
    void* object;
    void (*destroy)(void*);
    Made* before;
  };
  void remember(void* object, void (*destroy)(void*));

  std::pmr::monotonic_buffer_resource memory_;
  Made* last_ = nullptr;  // what make() made, newest first
};

// A digest's list, in its arena: growing it takes more of the arena (what
// it leaves behind is reclaimed with the arena), so reserve when the count
// is known.
template <typename T>
using DigestList = std::pmr::vector<T>;

// An arena with its first block inside: one allocation for a digest that fits.
template <std::size_t Bytes>
class DigestArenaWithBlock {
 public:
  DigestArena& arena() { return arena_; }

 private:
  alignas(std::max_align_t) std::byte block_[Bytes];
  DigestArena arena_{block_, Bytes};
};

}  // namespace syncfeed
