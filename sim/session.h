// One run of plan or apply: opens the state, reads every feed in order
// through one Simulator, and keeps or discards the result as a whole.
//   plan:  a ScratchState over the user's state (a SqliteState opened
//          read-only, when there is one): nothing the user owns is ever written.
//   apply: the user's state, in ONE transaction for all the feeds; a feed that
//          is refused, or any error, rolls everything back.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "feed/finding.h"
#include "feed/reader.h"
#include "sim/action.h"
#include "sim/simulator.h"
#include "sim/state.h"

namespace syncfeed::sim {

class Database;
struct SessionResult;

struct SessionOptions {
  bool apply = false;
  std::optional<std::string> state_path;  // required for apply
  // For a new state only.
  std::int64_t first_card_id = 1;
  std::int64_t first_order_card_id = 1;  // OrderIds::Separate
  std::optional<OrderIds> order_ids;     // nullopt: the state's own (a new state: shared)
  SimOptions sim;
  ReadOptions read;    // how the feeds are read (a progress bar's counter)
  int cache_mib = 64;  // SQLite page cache: the memory the state may use
  // apply: the state's journal. false: a rollback journal (one writer, readers
  // wait at commit); true: WAL, so that readers go on while a run applies
  // (serve). Either way a killed run leaves the state as it was before it.
  bool wal = false;
  // apply: called inside the run's transaction, just before it commits, so
  // that what the caller writes there (serve's record of the sync) commits or
  // rolls back with the cards.
  std::function<void(Database&, const SessionResult&)> before_commit;
};

struct SessionResult {
  enum class Outcome {
    Done,        // planned, or applied and committed
    BrokenFeed,  // a feed is refused whole: nothing changes (exit 1)
    Failed,      // I/O, SQLite or usage error: nothing changes (exit 2)
  };
  Outcome outcome = Outcome::Done;
  std::optional<Finding> broken;  // BrokenFeed: why (file and location filled in)
  std::string error;              // Failed: why
  Summary summary;
  Counters counters;               // the counters after the run (before it, when nothing changed)
  std::vector<std::string> notes;  // things the user should know (an option that did not apply...)
};

SessionResult run_session(const SessionOptions& options, const std::vector<std::string>& feeds, const ActionSink& sink);

// When `path` has a rollback journal beside it (an apply running, or one that
// was killed and not yet rolled back), why a read-only look cannot go on and
// what to do; nothing otherwise.
std::optional<std::string> interrupted_apply(const std::string& path);

// A file name as an SQLite URI ("file:...?mode=ro"), escaping what URIs reserve.
std::string sqlite_uri(const std::string& path, std::string_view query);

}  // namespace syncfeed::sim
