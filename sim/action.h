// What the simulator reports: one action per Project or Order of the feed, in
// document order. This is the data of `syncfeed plan` (docs/simulator.md).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feed/model.h"
#include "sim/card.h"

namespace syncfeed::sim {

enum class Op : std::uint8_t { Create, Update, Unchanged, Skip };
std::string_view op_name(Op op);  // "create", "update", "unchanged", "skip"

struct Action {
  Op op = Op::Skip;
  CardKind kind = CardKind::Project;
  std::optional<std::string> reference_id;  // the Id as read; nullopt when there is none
  std::int64_t card_id = 0;                 // 0 for a skip
  std::int64_t project_card_id = 0;         // orders: the project card they hang on (0 for a skip)
  std::string name;                         // the card's Name (project) or Number (order)
  std::string file;                         // as named on the command line ("-" is "<stdin>")
  Location loc;                             // of the Project or Order element
  std::vector<Change> changes;              // update: what changes (create: see `created`)
  // create: the new card. Every value of it is a change from (absent) to the
  // value; the printers read them here (for_each_flat_value) instead of from
  // a Change built for each, which cost about 4 % of a JSON plan.
  std::optional<Card> created;
  std::string reason;  // skip: why
};

// Every change of `a`: the values of the card it creates, then its `changes`.
// For the checks and diagnostics that want one list; a printer of every
// action reads `created` and `changes` as they are.
std::vector<Change> changes_of(const Action& a);

struct Summary {
  std::array<std::uint64_t, 4> count{};  // by Op
  std::uint64_t operator[](Op op) const { return count[static_cast<int>(op)]; }
  void add(Op op) { ++count[static_cast<int>(op)]; }
};

// Receives the actions as they happen; nothing is kept in between.
using ActionSink = std::function<void(const Action&)>;

}  // namespace syncfeed::sim
