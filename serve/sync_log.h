// The record of serve's syncs, kept in the state database beside the cards
// (table `syncs`, docs/simulator.md), so that a developer can see what
// happened to last night's run. A sync that applied is recorded in its apply
// transaction; one that changed nothing in a transaction of its own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sim/sqlite.h"

namespace syncfeed::serve {

// One row of `syncs`. `answer` is the JSON answer the client got (its shape:
// docs/sync-answer.schema.json); `findings` every finding lint kept.
struct SyncRecord {
  std::int64_t sync_id = 0;
  std::string system_id;
  std::string started;  // UTC, ISO 8601 with milliseconds
  std::string source;   // "upload", or the URL with any password masked
  std::int64_t bytes = 0;
  std::string outcome;  // applied, rejected, refused, unreadable, failed
  std::int64_t created = 0, updated = 0, unchanged = 0, skipped = 0;
  std::int64_t errors = 0, warnings = 0, infos = 0;
  std::int64_t duration_ms = 0;
  nlohmann::ordered_json answer;
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
};

// Adds the table to a state that has none (a state made by apply, or by an
// older syncfeed): the migration is additive, the state's format stays.
void add_sync_table(sim::Database& db);

void insert_sync(sim::Database& db, const SyncRecord& record);
std::int64_t next_sync_id(sim::Database& db);

// Newest first.
std::vector<SyncRecord> list_syncs(sim::Database& db, int limit);
std::optional<SyncRecord> find_sync(sim::Database& db, std::int64_t sync_id);

}  // namespace syncfeed::serve
