// Where a large feed can be cut into parts that are parsed at once, each by
// its own parser (internal to the reader, feed/reader/; docs/parallel.md).
//
// One fast pass over the bytes, without a parser: it skips text, and reads
// markup only far enough to know its kind and where it ends (comments, CDATA
// sections, processing instructions and quoted attribute values are skipped
// whole, so a `</Project>` inside them is not taken for one). A cut is made
// just past a `</Project>` that closes a record directly in `<Projects>`, once
// the part is at least the size asked for. Whatever the pass is not sure
// about gives no plan, and the reader then reads the file in one piece, as it
// always did: a DOCTYPE, an encoding other than UTF-8, a byte that is not
// UTF-8 anywhere (where the parser would report it depends on how far it had
// read ahead), a root that is not <Projects>, markup longer than the guard
// allows to go without a parse event, markup that never ends.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace syncfeed {

struct PartPlan {
  // Byte offsets where a part ends and the next begins, ascending; empty when
  // the file is read in one piece (`serial_because` says why).
  std::vector<std::uint64_t> cuts;
  std::string serial_because;
  std::uint64_t size = 0;  // of the file
};

// The plan made as the file is read in parts (parts_reader.h): the pass goes
// on as far as it is asked, and the parts found so far can be read while it
// goes on. A reason to read the file in one piece may be found late (a byte
// that is not UTF-8 at 100 MB): the reader then reads it again in one piece.
class PartPlanner {
 public:
  PartPlanner(const std::string& path, std::uint64_t part_bytes);
  ~PartPlanner();
  // Plans on to at least byte `until` of the file, or to its end.
  void advance(std::uint64_t until);
  // Planned to the end, or gave up (plan().serial_because says why).
  bool finished() const;
  // The cuts found so far (all of them once finished); cleared when it gave up.
  const PartPlan& plan() const;
  // The first cuts that are sure to stay (a cut at the end of the file is dropped).
  std::size_t ready_cuts() const;
  // How far the pass has read: whatever makes it give up later lies past this byte.
  std::uint64_t planned() const;

 private:
  class Pass;
  std::unique_ptr<Pass> pass_;
  bool opened_ = true;
};

// Plans the parts of the file at `path`, each at least `part_bytes` long (the last may be shorter).
PartPlan plan_parts(const std::string& path, std::uint64_t part_bytes);

// The longest markup (a tag, comment, CDATA section, processing instruction)
// the plan accepts: far below the input guard's bound (feed/reader/input_guard.h),
// so that no part stops where the whole file would not.
inline constexpr std::uint64_t kMaxPlannedMarkup = 256u << 10;

// The longest part the plan makes: a record (or a run of records that hold
// comments, after which no cut is made) longer than this leaves the file in
// one piece, which streams it, so that memory stays bounded by the parts in
// flight (a 64 MB value would otherwise be held whole, as text and as model).
inline constexpr std::uint64_t kMaxPartBytes = 1u << 20;

}  // namespace syncfeed
