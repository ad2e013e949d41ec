#include "serve/sync_log.h"

namespace syncfeed::serve {
namespace {

constexpr const char* kColumns =
    "sync_id, system_id, started, source, bytes, outcome, created, updated, unchanged, skipped, "
    "errors, warnings, infos, duration_ms, answer, findings";

SyncRecord record_from_row(const sim::Statement& s) {
  SyncRecord r;
  r.sync_id = s.integer(0);
  r.system_id = s.text(1);
  r.started = s.text(2);
  r.source = s.text(3);
  r.bytes = s.integer(4);
  r.outcome = s.text(5);
  r.created = s.integer(6);
  r.updated = s.integer(7);
  r.unchanged = s.integer(8);
  r.skipped = s.integer(9);
  r.errors = s.integer(10);
  r.warnings = s.integer(11);
  r.infos = s.integer(12);
  r.duration_ms = s.integer(13);
  r.answer = nlohmann::ordered_json::parse(s.text(14));
  r.findings = nlohmann::ordered_json::parse(s.text(15));
  return r;
}

}  // namespace

void add_sync_table(sim::Database& db) {
  db.exec(R"(CREATE TABLE IF NOT EXISTS syncs(
  sync_id INTEGER PRIMARY KEY,
  system_id TEXT NOT NULL,
  started TEXT NOT NULL,
  source TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  created INTEGER NOT NULL,
  updated INTEGER NOT NULL,
  unchanged INTEGER NOT NULL,
  skipped INTEGER NOT NULL,
  errors INTEGER NOT NULL,
  warnings INTEGER NOT NULL,
  infos INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL,
  answer TEXT NOT NULL,
  findings TEXT NOT NULL))");
}

void insert_sync(sim::Database& db, const SyncRecord& r) {
  sim::Statement s(
      db, std::string("INSERT INTO syncs(") + kColumns + ") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  const std::string answer = r.answer.dump(), findings = r.findings.dump();
  s.bind(1, r.sync_id).bind(2, r.system_id).bind(3, r.started).bind(4, r.source).bind(5, r.bytes);
  s.bind(6, r.outcome).bind(7, r.created).bind(8, r.updated).bind(9, r.unchanged).bind(10, r.skipped);
  s.bind(11, r.errors).bind(12, r.warnings).bind(13, r.infos).bind(14, r.duration_ms);
  s.bind(15, answer).bind(16, findings);
  s.run();
}

std::int64_t next_sync_id(sim::Database& db) {
  sim::Statement s(db, "SELECT coalesce(max(sync_id), 0) + 1 FROM syncs");
  s.step();
  return s.integer(0);
}

std::vector<SyncRecord> list_syncs(sim::Database& db, int limit) {
  sim::Statement s(db, std::string("SELECT ") + kColumns + " FROM syncs ORDER BY sync_id DESC LIMIT ?");
  s.bind(1, static_cast<std::int64_t>(limit));
  std::vector<SyncRecord> records;
  while (s.step()) records.push_back(record_from_row(s));
  return records;
}

std::optional<SyncRecord> find_sync(sim::Database& db, std::int64_t sync_id) {
  sim::Statement s(db, std::string("SELECT ") + kColumns + " FROM syncs WHERE sync_id = ?");
  s.bind(1, sync_id);
  if (!s.step()) return std::nullopt;
  return record_from_row(s);
}

}  // namespace syncfeed::serve
