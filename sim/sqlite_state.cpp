#include "sim/sqlite_state.h"

#include <fmt/format.h>

#include <stdexcept>

#include "sim/fields_json.h"

namespace syncfeed::sim {
namespace {

// Version of the tables below; a state of another version is refused.
constexpr std::string_view kFormat = "1";

// Documented in docs/simulator.md: users query these.
constexpr std::string_view kTables = R"(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE projects(
  card_id INTEGER PRIMARY KEY,
  reference_id TEXT NOT NULL UNIQUE,
  fields TEXT NOT NULL);
CREATE TABLE orders(
  card_id INTEGER PRIMARY KEY,
  reference_id TEXT NOT NULL UNIQUE,
  project_card_id INTEGER NOT NULL,
  fields TEXT NOT NULL);
CREATE INDEX orders_by_project ON orders(project_card_id);
CREATE TABLE contacts(
  project_card_id INTEGER NOT NULL,
  contact_no INTEGER NOT NULL,
  contact_id TEXT,
  fields TEXT NOT NULL,
  PRIMARY KEY(project_card_id, contact_no)) WITHOUT ROWID;
CREATE TABLE product_lines(
  order_card_id INTEGER NOT NULL,
  line_no INTEGER NOT NULL,
  product_id TEXT,
  fields TEXT NOT NULL,
  PRIMARY KEY(order_card_id, line_no)) WITHOUT ROWID;
CREATE VIEW card_fields AS
  SELECT 'project' AS kind, p.card_id, p.reference_id, f.key AS field, f.value AS value
    FROM projects p, json_each(p.fields) f
  UNION ALL
  SELECT 'order', o.card_id, o.reference_id, f.key, f.value
    FROM orders o, json_each(o.fields) f;
)";

// A card's own row as card_from_row reads it: card id, project card id, fields.
const std::string kProjectRow = "SELECT card_id, 0, fields";
const std::string kOrderRow = "SELECT card_id, project_card_id, fields";

std::optional<std::string> optional_text(const Statement& s, int column) {
  if (s.is_null(column)) return std::nullopt;
  return std::string(s.text(column));
}

// The card of a kProjectRow or kOrderRow, without its contacts or lines.
Card card_from_row(CardKind kind, std::string_view reference_id, const Statement& s) {
  Card card;
  card.kind = kind;
  card.reference_id = reference_id;
  card.id = s.integer(0);
  card.project_card_id = s.integer(1);
  card.fields = fields_from_json(s.text(2));
  return card;
}

void create_tables_unless_there(Database& db) {
  if (SqliteState::holds_state(db)) return SqliteState::check_format(db);
  if (!SqliteState::is_empty(db))
    throw std::runtime_error("the database holds other tables: it is not a syncfeed state");
  db.exec(std::string(kTables));
}

}  // namespace

// Prepared once, each run as often as there are cards.
struct SqliteState::Statements {
  explicit Statements(Database& db)
      : find_project(db, kProjectRow + " FROM projects WHERE reference_id = ?"),
        find_order(db, kOrderRow + " FROM orders WHERE reference_id = ?"),
        contacts(db,
                 "SELECT contact_no, contact_id, fields FROM contacts WHERE project_card_id = ? ORDER BY contact_no"),
        lines(db, "SELECT product_id, fields FROM product_lines WHERE order_card_id = ? ORDER BY line_no"),
        meta(db, "SELECT value FROM meta WHERE key = ?"),
        upsert_project(db,
                       "INSERT INTO projects(card_id, reference_id, fields) VALUES(?, ?, ?) "
                       "ON CONFLICT(card_id) DO UPDATE SET fields = excluded.fields"),
        upsert_order(db,
                     "INSERT INTO orders(card_id, reference_id, project_card_id, fields) VALUES(?, ?, ?, ?) "
                     "ON CONFLICT(card_id) DO UPDATE SET project_card_id = excluded.project_card_id, "
                     "fields = excluded.fields"),
        delete_contacts(db, "DELETE FROM contacts WHERE project_card_id = ?"),
        insert_contact(db, "INSERT INTO contacts(project_card_id, contact_no, contact_id, fields) VALUES(?, ?, ?, ?)"),
        delete_lines(db, "DELETE FROM product_lines WHERE order_card_id = ?"),
        insert_line(db, "INSERT INTO product_lines(order_card_id, line_no, product_id, fields) VALUES(?, ?, ?, ?)"),
        set_meta(db, "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)") {}

  std::optional<std::string> meta_value(std::string_view key) {
    meta.bind(1, key);
    std::optional<std::string> value;
    if (meta.step()) value = std::string(meta.text(0));
    meta.reset();
    return value;
  }

  Statement find_project, find_order, contacts, lines, meta;
  Statement upsert_project, upsert_order, delete_contacts, insert_contact, delete_lines, insert_line, set_meta;
};

bool SqliteState::holds_state(Database& db) {
  Statement s(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
  return s.step() && s.integer(0) > 0;
}

bool SqliteState::is_empty(Database& db) {
  Statement s(db, "SELECT count(*) FROM sqlite_master");
  return !s.step() || s.integer(0) == 0;
}

void SqliteState::check_format(Database& db) {
  Statement format(db, "SELECT value FROM meta WHERE key = 'format'");
  const std::string found = format.step() ? std::string(format.text(0)) : "unknown";
  if (found != kFormat)
    throw std::runtime_error(
        fmt::format("the state was written by another version of syncfeed (format {}, expected {})", found, kFormat));
}

SqliteState::SqliteState(Database& db) : db_(db) {
  create_tables_unless_there(db);
  statements_ = std::make_unique<Statements>(db);
}

SqliteState::~SqliteState() = default;

bool SqliteState::initialized() { return statements_->meta_value("format").has_value(); }

Counters SqliteState::counters() {
  if (!initialized()) return {};
  Statements& s = *statements_;
  Counters c;
  c.next_card_id = std::stoll(s.meta_value("next_card_id").value_or("1"));
  c.next_order_card_id = std::stoll(s.meta_value("next_order_card_id").value_or("1"));
  c.order_ids = parse_order_ids(s.meta_value("order_ids").value_or("shared")).value_or(OrderIds::Shared);
  return c;
}

void SqliteState::set_counters(const Counters& c) {
  auto set = [&](std::string_view key, const std::string& value) {
    statements_->set_meta.bind(1, key).bind(2, value).run();
  };
  set("format", std::string(kFormat));
  set("next_card_id", std::to_string(c.next_card_id));
  set("next_order_card_id", std::to_string(c.next_order_card_id));
  set("order_ids", std::string(order_ids_name(c.order_ids)));
}

std::optional<Card> SqliteState::find(CardKind kind, std::string_view reference_id) {
  Statement& s = kind == CardKind::Project ? statements_->find_project : statements_->find_order;
  s.bind(1, reference_id);
  std::optional<Card> card;
  if (s.step()) card = card_from_row(kind, reference_id, s);
  s.reset();
  if (card) load_relations(*card);
  return card;
}

void SqliteState::load_relations(Card& card) {
  if (card.kind == CardKind::Project) {
    Statement& s = statements_->contacts;
    s.bind(1, card.id);
    while (s.step()) card.contacts.push_back({s.integer(0), optional_text(s, 1), fields_from_json(s.text(2))});
    s.reset();
  } else {
    Statement& s = statements_->lines;
    s.bind(1, card.id);
    while (s.step()) card.lines.push_back({optional_text(s, 0), fields_from_json(s.text(1))});
    s.reset();
  }
}

// Writes only what changed: the card's row, its contacts, its lines.
void SqliteState::save(const Card& after, const Card* before) {
  Statements& w = *statements_;
  if (!before || before->fields != after.fields || before->project_card_id != after.project_card_id) {
    const std::string fields = fields_to_json(after.fields);
    if (after.kind == CardKind::Project)
      w.upsert_project.bind(1, after.id).bind(2, after.reference_id).bind(3, fields).run();
    else
      w.upsert_order.bind(1, after.id).bind(2, after.reference_id).bind(3, after.project_card_id).bind(4, fields).run();
  }
  if (after.kind == CardKind::Project && (!before || before->contacts != after.contacts)) {
    if (before) w.delete_contacts.bind(1, after.id).run();
    for (const Contact& contact : after.contacts) {
      const std::string fields = fields_to_json(contact.fields);
      w.insert_contact.bind(1, after.id).bind(2, contact.number).bind(3, contact.id).bind(4, fields).run();
    }
  }
  if (after.kind == CardKind::Order && (!before || before->lines != after.lines)) {
    if (before) w.delete_lines.bind(1, after.id).run();
    for (std::size_t i = 0; i < after.lines.size(); ++i) {
      const std::string fields = fields_to_json(after.lines[i].fields);
      w.insert_line.bind(1, after.id)
          .bind(2, static_cast<std::int64_t>(i + 1))
          .bind(3, after.lines[i].product_id)
          .bind(4, fields)
          .run();
    }
  }
}

void SqliteState::for_each_card(const std::function<void(const Card&)>& visit) {
  // By card id, a project before an order of the same id (the State contract).
  static_assert(static_cast<int>(CardKind::Project) == 0 && static_cast<int>(CardKind::Order) == 1);
  Statement s(db_, kProjectRow + ", 0, reference_id FROM projects UNION ALL " + kOrderRow +
                       ", 1, reference_id FROM orders ORDER BY 1, 4");
  while (s.step()) {
    Card card = card_from_row(static_cast<CardKind>(s.integer(3)), s.text(4), s);
    load_relations(card);
    visit(card);
  }
}

SqliteState::CardCounts SqliteState::card_counts() {
  Statement s(db_, "SELECT (SELECT count(*) FROM projects), (SELECT count(*) FROM orders)");
  s.step();
  return {s.integer(0), s.integer(1)};
}

std::vector<std::pair<std::int64_t, std::string>> SqliteState::orders_of(std::int64_t project_card_id) {
  std::vector<std::pair<std::int64_t, std::string>> orders;
  Statement s(db_, "SELECT card_id, reference_id FROM orders WHERE project_card_id = ? ORDER BY card_id");
  s.bind(1, project_card_id);
  while (s.step()) orders.emplace_back(s.integer(0), std::string(s.text(1)));
  return orders;
}

}  // namespace syncfeed::sim
