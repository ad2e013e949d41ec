#include "sim/session.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <optional>

#include "sim/feed_run.h"
#include "sim/scratch_state.h"
#include "sim/sqlite.h"
#include "sim/sqlite_state.h"

namespace syncfeed::sim {
namespace {

namespace fs = std::filesystem;

// Thrown for a request that cannot be carried out as asked (exit 2).
struct Refusal : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void tune(Database& db, int cache_mib) {
  db.exec(fmt::format("PRAGMA cache_size = -{}", static_cast<long long>(cache_mib) * 1024));
}

// The counters of a new state, or a check that the options agree with an old one.
void prepare_counters(State& state, const SessionOptions& options) {
  if (!state.initialized()) {
    Counters c;
    c.next_card_id = options.first_card_id;
    c.next_order_card_id = options.first_order_card_id;
    c.order_ids = options.order_ids.value_or(OrderIds::Shared);
    state.set_counters(c);
    return;
  }
  // --first-card-id is silently ignored here: the same command line serves
  // the first apply and every later one (a cron job, say).
  const Counters c = state.counters();
  if (options.order_ids && *options.order_ids != c.order_ids)
    throw Refusal(fmt::format("--order-ids {}: the state was made with --order-ids {}, which it keeps for good",
                              order_ids_name(*options.order_ids), order_ids_name(c.order_ids)));
}

// Feeds through the simulator; true when every feed was read whole.
bool simulate_all(Simulator& sim, const std::vector<std::string>& feeds, const ReadOptions& read,
                  SessionResult& result) {
  for (const std::string& feed : feeds) {
    FeedRun run = simulate_feed(feed, sim, read);
    if (!run.opened) throw Refusal(run.io_error);
    if (run.broken) {
      result.outcome = SessionResult::Outcome::BrokenFeed;
      result.broken = std::move(run.broken);
      return false;
    }
  }
  return true;
}

// The user's state as plan reads it: opened read-only, in one read
// transaction so that the plan sees one snapshot. `state` is unset for an
// empty file (planned as an empty system).
struct PlanBase {
  PlanBase(const std::string& path, int cache_mib)
      : db(sqlite_uri(path, "mode=ro"), Database::Mode::ReadOnly), snapshot(db, false) {
    tune(db, cache_mib);
    if (SqliteState::holds_state(db))
      state.emplace(db);
    else if (!SqliteState::is_empty(db))
      throw Refusal(path + " holds other tables: it is not a syncfeed state");
  }
  Database db;
  Transaction snapshot;
  std::optional<SqliteState> state;
};

void run_plan(const SessionOptions& options, const std::vector<std::string>& feeds, const ActionSink& sink,
              SessionResult& result) {
  std::optional<PlanBase> base;
  if (options.state_path) {
    if (auto why = interrupted_apply(*options.state_path)) throw Refusal(*why);
    if (fs::exists(*options.state_path))
      base.emplace(*options.state_path, options.cache_mib);
    else
      result.notes.push_back(fmt::format("{} does not exist yet: planning from an empty system", *options.state_path));
  }
  // The plan writes to a scratch store over the state: the state is never written.
  ScratchState state(base && base->state ? &*base->state : nullptr);
  prepare_counters(state, options);
  result.counters = state.counters();
  Simulator sim(state, options.sim, sink);
  if (!simulate_all(sim, feeds, options.read, result)) return;
  result.summary = sim.summary();
  result.counters = sim.counters();
}

void apply_in_one_transaction(const SessionOptions& options, const std::vector<std::string>& feeds,
                              const ActionSink& sink, SessionResult& result) {
  Database db(*options.state_path, Database::Mode::ReadWriteCreate);
  // A rollback journal: a killed apply leaves a hot journal that the next
  // opener rolls back. synchronous=FULL makes the commit durable.
  db.exec(options.wal ? "PRAGMA main.journal_mode = WAL" : "PRAGMA main.journal_mode = DELETE");
  db.exec("PRAGMA main.synchronous = FULL");
  tune(db, options.cache_mib);
  Transaction transaction(db, true);
  SqliteState state(db);
  prepare_counters(state, options);
  result.counters = state.counters();
  Simulator sim(state, options.sim, sink);
  const bool whole = simulate_all(sim, feeds, options.read, result);
  result.summary = sim.summary();
  if (!whole) return;  // the transaction rolls back
  sim.finish();
  if (options.before_commit) options.before_commit(db, result);
  transaction.commit();
  result.counters = sim.counters();
}

void run_apply(const SessionOptions& options, const std::vector<std::string>& feeds, const ActionSink& sink,
               SessionResult& result) {
  const std::string& path = *options.state_path;
  const bool existed = fs::exists(path);
  // "Exactly as before": a state that did not exist does not exist after a failure.
  auto forget_new_state = [&] {
    std::error_code ignored;
    if (!existed) fs::remove(path, ignored);
  };
  try {
    apply_in_one_transaction(options, feeds, sink, result);
  } catch (...) {
    forget_new_state();
    throw;
  }
  if (result.outcome != SessionResult::Outcome::Done) forget_new_state();
}

}  // namespace

std::optional<std::string> interrupted_apply(const std::string& path) {
  std::error_code ec;
  const std::string journal = path + "-journal";
  if (!fs::exists(journal, ec) || fs::file_size(journal, ec) == 0) return std::nullopt;
  return fmt::format(
      "{} has the journal of an apply that is running or was killed ({}); a read-only look cannot roll it back. "
      "Wait for the apply to end, or run: syncfeed state check --state {}",
      path, journal, path);
}

std::string sqlite_uri(const std::string& path, std::string_view query) {
  std::string uri = "file:";
  for (const char c : path) {
    if (c == '?' || c == '#' || c == '%' || c == '\'')
      uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    else
      uri += c;
  }
  uri += '?';
  uri += query;
  return uri;
}

SessionResult run_session(const SessionOptions& options, const std::vector<std::string>& feeds,
                          const ActionSink& sink) {
  SessionResult result;
  try {
    if (options.apply) {
      if (!options.state_path) throw Refusal("apply needs --state DB");
      run_apply(options, feeds, sink, result);
    } else {
      run_plan(options, feeds, sink, result);
    }
  } catch (const SqliteError& e) {
    result.outcome = SessionResult::Outcome::Failed;
    // The one file SQLite opens is the state: say so, not which statement met it first.
    result.error = (e.code & 0xff) == SQLITE_NOTADB && options.state_path
                       ? *options.state_path + " is not a syncfeed state (not an SQLite database)"
                       : e.what();
  } catch (const std::exception& e) {
    result.outcome = SessionResult::Outcome::Failed;
    result.error = e.what();
  }
  return result;
}

}  // namespace syncfeed::sim
