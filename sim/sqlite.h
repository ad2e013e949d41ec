// A thin RAII layer over the SQLite C API: a connection, prepared statements
// and a transaction guard. Every failure throws SqliteError with SQLite's
// message, so that a caller cannot forget to check a result code.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace syncfeed::sim {

struct SqliteError : std::runtime_error {
  SqliteError(const std::string& what, int code) : std::runtime_error(what), code(code) {}
  int code;  // SQLite's extended result code
};

class Database {
 public:
  enum class Mode { ReadOnly, ReadWrite, ReadWriteCreate };
  // `path` is a file name, or a URI such as sqlite_uri() makes (session.h).
  Database(const std::string& path, Mode mode);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(const std::string& sql);
  sqlite3* handle() const { return db_; }
  [[noreturn]] void fail(const std::string& doing) const;

 private:
  sqlite3* db_ = nullptr;
};

class Statement {
 public:
  Statement(Database& db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept;

  // Binding, 1-based like SQLite. Text is bound without a copy: it must live
  // until the statement is stepped.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::optional<std::string>& text);  // nullopt binds NULL

  bool step();  // true: a row is ready
  void run();   // steps a statement that returns no row, then resets it
  void reset();

  std::int64_t integer(int column) const;
  std::string_view text(int column) const;  // valid until the next step
  bool is_null(int column) const;
  int columns() const;

 private:
  Database* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN on construction; ROLLBACK on destruction unless commit() was called.
class Transaction {
 public:
  explicit Transaction(Database& db, bool immediate);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& db_;
  bool open_ = true;
};

}  // namespace syncfeed::sim
