// One sync: a feed (an upload's body, or a Source URL's download, written
// to a private file as it arrives, so that lint and apply read the same
// bytes) linted and applied to the state by the same run as `syncfeed apply`
// (sim/session.h), in one transaction that commits only when lint passes the
// feed, and recorded in the state (serve/sync_log.h). Syncs run one at a
// time, in the order their requests arrived: each takes a ticket when its
// request arrives and, once its turn comes, reads its feed as it arrives
// (ReadOptions::growing), so that the transfer and the work overlap.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

#include "feed/finding.h"
#include "feed/growing_file.h"
#include "lint/lint_file.h"
#include "serve/sync_log.h"

namespace syncfeed::serve {

struct SyncSettings {
  std::string state_path;
  std::optional<Severity> reject_on;  // lint findings at this severity or above change nothing
  int cache_mib = 64;
};

struct SyncRequest {
  std::string system_id;
  std::string feed;    // a file: the upload's or the download's private copy
  std::string source;  // as recorded and shown: "upload", or the URL with any password masked
  // The feed's file while it is still being written (nullptr: it is whole
  // already). When it is finished as failed before the sync had its outcome,
  // nothing is applied, and the sync is recorded "unreadable" with the
  // failure, or, without record_failed_arrival, not at all (SyncResult::recorded).
  const GrowingFile* arriving = nullptr;
  bool record_failed_arrival = true;
};

struct SyncResult {
  SyncRecord record;
  int http_status = 200;
  // false: the feed did not arrive whole and the request asked for no record
  // (an upload cut short: the server answers that itself).
  bool recorded = true;
};

class SyncQueue {
 public:
  explicit SyncQueue(SyncSettings settings) : settings_(std::move(settings)) {}

  // Creates the state when it is missing (as apply would, with no feed) and
  // adds the syncs table; throws with a message a user can act on.
  void prepare_state();

  // A place in the queue: taken when the request arrives.
  std::uint64_t take_ticket();
  // Waits for the ticket's turn, then lints and applies.
  SyncResult run(std::uint64_t ticket, const SyncRequest& request);

  const SyncSettings& settings() const { return settings_; }

 private:
  SyncResult run_now(const SyncRequest& request);
  SyncResult arrival_failed(SyncRecord& r, const SyncRequest& request, const std::string& failure,
                            std::chrono::steady_clock::time_point start);
  std::optional<std::pair<std::string, std::string>> verdict(const lint::FileResult& lint) const;  // outcome, why
  SyncSettings settings_;
  std::mutex mutex_;
  std::condition_variable turn_;
  std::uint64_t next_ticket_ = 0, serving_ = 0;
};

}  // namespace syncfeed::serve
