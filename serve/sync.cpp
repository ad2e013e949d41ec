#include "serve/sync.h"

#include <fmt/format.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <stdexcept>
#include <tuple>

#include "lint/config.h"
#include "lint/lint_file.h"
#include "lint/policy.h"
#include "sim/session.h"
#include "sim/sqlite_state.h"

namespace syncfeed::serve {
namespace {

using Json = nlohmann::ordered_json;

// The answer lists this many card ids and findings; the record keeps every
// finding lint kept (lint caps each rule at 1000).
constexpr std::size_t kCardIdsShown = 1000;
constexpr std::size_t kFindingsShown = 20;

std::string utc_now() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                     tm.tm_hour, tm.tm_min, tm.tm_sec, ms);
}

Json finding_json(const Finding& f) {
  return {{"rule", f.rule},
          {"severity", severity_name(f.severity)},
          {"line", f.loc.line},
          {"column", f.loc.column},
          {"message", f.message}};
}

lint::FileResult lint_feed(const SyncRequest& request, std::atomic<std::uint64_t>& bytes) {
  static const lint::Config config;
  std::string error;
  static const std::optional<lint::Policy> policy = lint::Policy::make(config, {}, {}, error);
  if (!policy) throw std::logic_error("the default lint policy: " + error);
  lint::LintOptions options;
  options.read.bytes_read = &bytes;
  options.read.growing = request.arriving;
  lint::FileResult result = lint::lint_file(request.feed, *policy, config.settings, options);
  for (Finding& f : result.findings) f.file = request.source;
  return result;
}

bool at_or_above(Severity s, std::optional<Severity> level) {
  return level && static_cast<int>(s) >= static_cast<int>(*level);
}

// The findings' counts and the first findings, in the record and its answer.
void add_findings(const lint::FileResult& lint, SyncRecord& r) {
  Json first = Json::array();
  for (const Finding& f : lint.findings) {
    (f.severity == Severity::Error ? r.errors : f.severity == Severity::Warning ? r.warnings : r.infos) += 1;
    r.findings.push_back(finding_json(f));
    if (first.size() < kFindingsShown) first.push_back(finding_json(f));
  }
  r.answer["findings"] = {{"error", r.errors}, {"warning", r.warnings}, {"info", r.infos}};
  r.answer["first_findings"] = std::move(first);
}

// The card ids the sync touched, in feed order (the first kCardIdsShown).
struct CardIds {
  void add(const sim::Action& a) {
    if (a.card_id == 0) return;
    if (list.size() >= kCardIdsShown) {
      truncated = true;
      return;
    }
    list.push_back({{"card_id", a.card_id},
                    {"kind", sim::kind_name(a.kind)},
                    {"reference_id", a.reference_id.value_or("")},
                    {"op", sim::op_name(a.op)}});
  }
  Json list = Json::array();
  bool truncated = false;
};

void set_counts(SyncRecord& r, const sim::Summary& s) {
  r.created = static_cast<std::int64_t>(s[sim::Op::Create]);
  r.updated = static_cast<std::int64_t>(s[sim::Op::Update]);
  r.unchanged = static_cast<std::int64_t>(s[sim::Op::Unchanged]);
  r.skipped = static_cast<std::int64_t>(s[sim::Op::Skip]);
}

// The answer's fixed part, in the order docs/sync-answer.schema.json lists it.
void finish_answer(SyncRecord& r, const std::string& message, const CardIds& ids) {
  Json a;
  a["sync_id"] = r.sync_id;
  a["system_id"] = r.system_id;
  a["outcome"] = r.outcome;
  a["message"] = message;
  a["source"] = r.source;
  a["started"] = r.started;
  a["bytes"] = r.bytes;
  a["duration_ms"] = r.duration_ms;
  a["counts"] = {{"created", r.created}, {"updated", r.updated}, {"unchanged", r.unchanged}, {"skipped", r.skipped}};
  a["card_ids"] = ids.list;
  a["card_ids_truncated"] = ids.truncated;
  for (auto& [key, value] : r.answer.items()) a[key] = value;  // the findings
  r.answer = std::move(a);
}

int status_of(const std::string& outcome) {
  if (outcome == "applied") return 200;
  if (outcome == "unreadable") return 502;  // the feed could not be fetched or read
  if (outcome == "failed") return 500;
  return 422;  // rejected, refused: the feed itself is the problem
}

std::int64_t ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
}

// The server's log line for a sync that ended (standard error).
SyncResult finish(const SyncRecord& r) {
  fmt::print(stderr, "syncfeed serve: sync {}: {} in {} ms ({} created, {} updated, {} unchanged, {} skipped)\n",
             r.sync_id, r.outcome, r.duration_ms, r.created, r.updated, r.unchanged, r.skipped);
  return {r, status_of(r.outcome)};
}

void record_alone(const std::string& state_path, const SyncRecord& record) {
  sim::Database db(state_path, sim::Database::Mode::ReadWrite);
  sim::Transaction transaction(db, true);
  insert_sync(db, record);
  transaction.commit();
}

}  // namespace

void SyncQueue::prepare_state() {
  // The run apply makes with no feed: a new state gets its tables and counters.
  sim::SessionOptions options;
  options.apply = true;
  options.wal = true;
  options.state_path = settings_.state_path;
  const sim::SessionResult created = sim::run_session(options, {}, [](const sim::Action&) {});
  if (created.outcome != sim::SessionResult::Outcome::Done) throw std::runtime_error(created.error);
  sim::Database db(settings_.state_path, sim::Database::Mode::ReadWrite);
  add_sync_table(db);
}

std::uint64_t SyncQueue::take_ticket() {
  std::lock_guard lock(mutex_);
  return next_ticket_++;
}

SyncResult SyncQueue::run(std::uint64_t ticket, const SyncRequest& request) {
  {
    std::unique_lock lock(mutex_);
    turn_.wait(lock, [&] { return serving_ == ticket; });
  }
  struct NextTurn {
    SyncQueue& q;
    ~NextTurn() {
      std::lock_guard lock(q.mutex_);
      ++q.serving_;
      q.turn_.notify_all();
    }
  } next{*this};
  return run_now(request);
}

// Lint's verdict on a feed: why it must change nothing, or nothing.
std::optional<std::pair<std::string, std::string>> SyncQueue::verdict(const lint::FileResult& lint) const {
  if (!lint.opened) return std::pair<std::string, std::string>{"unreadable", lint.io_error};
  for (const Finding& f : lint.findings)
    if (reader_rules::stops_reading(f.rule))
      return std::pair<std::string, std::string>{"refused",
                                                 fmt::format("line {}: {} [{}]", f.loc.line, f.message, f.rule)};
  for (const Finding& f : lint.findings)
    if (at_or_above(f.severity, settings_.reject_on))
      return std::pair<std::string, std::string>{
          "rejected", fmt::format("--reject-on {}: line {}: {} [{}]", severity_name(*settings_.reject_on), f.loc.line,
                                  f.message, f.rule)};
  return std::nullopt;
}

// A feed that did not arrive whole (a download that failed, a body cut
// short): nothing applied; recorded "unreadable", or not at all when the
// request says so.
SyncResult SyncQueue::arrival_failed(SyncRecord& r, const SyncRequest& request, const std::string& failure,
                                     std::chrono::steady_clock::time_point start) {
  if (!request.record_failed_arrival) {
    fmt::print(stderr, "syncfeed serve: {} for system {}: not synced: {}\n", r.source, r.system_id, failure);
    return {r, 0, false};
  }
  r.outcome = "unreadable";
  r.bytes = static_cast<std::int64_t>(request.arriving->size());
  add_findings(lint::FileResult{}, r);
  r.duration_ms = ms_since(start);
  finish_answer(r, failure, CardIds{});
  record_alone(settings_.state_path, r);
  return finish(r);
}

// Lint and the apply transaction read the feed side by side (two cores, one
// wall-clock read), each at its own pace as the feed arrives; the transaction
// commits only once lint has passed the feed, so a feed lint turns down
// changes nothing, exactly as if lint had run first. Neither reaches the end
// of a feed still arriving before it is whole: a feed that breaks off makes
// both readings I/O errors, and nothing is applied.
SyncResult SyncQueue::run_now(const SyncRequest& request) {
  const auto start = std::chrono::steady_clock::now();
  SyncRecord r;
  r.system_id = request.system_id;
  r.source = request.source;
  r.started = utc_now();
  {
    sim::Database db(settings_.state_path, sim::Database::Mode::ReadWrite);
    r.sync_id = next_sync_id(db);
  }
  fmt::print(stderr, "syncfeed serve: sync {}: applying {} (system {})\n", r.sync_id, r.source, r.system_id);

  std::atomic<std::uint64_t> bytes{0};
  std::future<lint::FileResult> linting = std::async(std::launch::async, [&] { return lint_feed(request, bytes); });
  std::optional<lint::FileResult> lint;
  auto lint_result = [&]() -> const lint::FileResult& {
    if (!lint) lint = linting.get();
    return *lint;
  };
  struct TurnedDown : std::runtime_error {
    TurnedDown() : std::runtime_error("lint turned the feed down") {}
  };

  CardIds ids;
  sim::SessionOptions options;
  options.apply = true;
  options.wal = true;
  options.state_path = settings_.state_path;
  options.cache_mib = settings_.cache_mib;
  options.read.growing = request.arriving;
  bool recorded = false;
  options.before_commit = [&](sim::Database& db, const sim::SessionResult& applied) {
    if (verdict(lint_result())) throw TurnedDown();  // the transaction rolls back
    r.outcome = "applied";
    r.bytes = static_cast<std::int64_t>(bytes.load());
    add_findings(*lint, r);
    set_counts(r, applied.summary);
    r.duration_ms = ms_since(start);
    finish_answer(r, "", ids);
    insert_sync(db, r);
    recorded = true;
  };
  const sim::SessionResult result =
      sim::run_session(options, {request.feed}, [&](const sim::Action& a) { ids.add(a); });
  lint_result();
  if (recorded && result.outcome == sim::SessionResult::Outcome::Done) return finish(r);
  // Lint could not read the feed because it broke off as it arrived.
  if (!lint->opened && request.arriving)
    if (std::optional<std::string> failure = request.arriving->failure())
      return arrival_failed(r, request, *failure, start);

  // Nothing applied; a record written in the transaction rolled back with it.
  SyncRecord again;
  again.sync_id = r.sync_id;
  again.system_id = r.system_id;
  again.started = r.started;
  again.source = r.source;
  again.bytes = static_cast<std::int64_t>(bytes.load());
  add_findings(*lint, again);
  r = std::move(again);
  std::string message;
  if (auto why = verdict(*lint)) {
    std::tie(r.outcome, message) = *why;
  } else if (result.outcome == sim::SessionResult::Outcome::BrokenFeed) {
    r.outcome = "refused";
    message = fmt::format("line {}: {} [{}]", result.broken->loc.line, result.broken->message, result.broken->rule);
  } else {
    r.outcome = "failed";
    message = result.error;
  }
  // Messages name the feed as the client knows it: never the temporary file, never a password.
  for (std::size_t at = 0; !request.feed.empty() && (at = message.find(request.feed, at)) != std::string::npos;
       at += request.source.size())
    message.replace(at, request.feed.size(), request.source);
  r.duration_ms = ms_since(start);
  finish_answer(r, message, ids = CardIds{});
  record_alone(settings_.state_path, r);
  return finish(r);
}

}  // namespace syncfeed::serve
