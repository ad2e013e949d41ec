// One sync: a feed (an uploaded file, or a Source URL the server downloaded
// to a file once, so lint and apply read the same bytes) linted
// and applied to the state by the same run as `syncfeed apply` (sim/session.h),
// in one transaction that commits only when lint passes the feed, and
// recorded in the state (serve/sync_log.h). Syncs run
// one at a time, in the order their feeds arrived: each takes a ticket when
// its body is in, and waits for its turn.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

#include "feed/finding.h"
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
  std::string feed;    // a file: the upload's or the download's temporary copy
  std::string source;  // as recorded and shown: "upload", or the URL with any password masked
  // Why the Source could not be downloaded (one line); when set, the sync is
  // recorded "unreadable" and nothing is linted or applied.
  std::string unreadable;
  std::uint64_t bytes = 0;  // of the download that failed, as far as it got
};

struct SyncResult {
  SyncRecord record;
  int http_status = 200;
};

class SyncQueue {
 public:
  explicit SyncQueue(SyncSettings settings) : settings_(std::move(settings)) {}

  // Creates the state when it is missing (as apply would, with no feed) and
  // adds the syncs table; throws with a message a user can act on.
  void prepare_state();

  // A place in the queue: taken when the feed has arrived.
  std::uint64_t take_ticket();
  // Waits for the ticket's turn, then lints and applies.
  SyncResult run(std::uint64_t ticket, const SyncRequest& request);

  const SyncSettings& settings() const { return settings_; }

 private:
  SyncResult run_now(const SyncRequest& request);
  SyncResult record_unreadable(SyncRecord& r, const SyncRequest& request, std::chrono::steady_clock::time_point start);
  std::optional<std::pair<std::string, std::string>> verdict(const lint::FileResult& lint) const;  // outcome, why
  SyncSettings settings_;
  std::mutex mutex_;
  std::condition_variable turn_;
  std::uint64_t next_ticket_ = 0, serving_ = 0;
};

}  // namespace syncfeed::serve
