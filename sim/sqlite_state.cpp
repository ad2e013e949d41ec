#include "sim/sqlite_state.h"

#include <fmt/format.h>

#include <stdexcept>

#include "sim/fields_json.h"

namespace syncfeed::sim {
namespace {

// Version of the tables below; a state of another version is refused.
constexpr std::string_view kFormat = "1";

// {s} is the schema name. Documented in docs/simulator.md: users query these.
constexpr std::string_view kTables = R"(
CREATE TABLE {s}.meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE {s}.projects(
  card_id INTEGER PRIMARY KEY,
  reference_id TEXT NOT NULL UNIQUE,
  fields TEXT NOT NULL);
CREATE TABLE {s}.orders(
  card_id INTEGER PRIMARY KEY,
  reference_id TEXT NOT NULL UNIQUE,
  project_card_id INTEGER NOT NULL,
  fields TEXT NOT NULL);
CREATE INDEX {s}.orders_by_project ON orders(project_card_id);
CREATE TABLE {s}.contacts(
  project_card_id INTEGER NOT NULL,
  contact_no INTEGER NOT NULL,
  contact_id TEXT,
  fields TEXT NOT NULL,
  PRIMARY KEY(project_card_id, contact_no)) WITHOUT ROWID;
CREATE TABLE {s}.product_lines(
  order_card_id INTEGER NOT NULL,
  line_no INTEGER NOT NULL,
  product_id TEXT,
  fields TEXT NOT NULL,
  PRIMARY KEY(order_card_id, line_no)) WITHOUT ROWID;
CREATE VIEW {s}.card_fields AS
  SELECT 'project' AS kind, p.card_id, p.reference_id, f.key AS field, f.value AS value
    FROM projects p, json_each(p.fields) f
  UNION ALL
  SELECT 'order', o.card_id, o.reference_id, f.key, f.value
    FROM orders o, json_each(o.fields) f;
)";

std::string table_of(CardKind kind) { return kind == CardKind::Project ? "projects" : "orders"; }

std::optional<std::string> optional_text(const Statement& s, int column) {
  if (s.is_null(column)) return std::nullopt;
  return std::string(s.text(column));
}

}  // namespace

struct SqliteState::Layer {
  Layer(Database& db, const std::string& schema)
      : schema(schema),
        find_project(db, fmt::format("SELECT card_id, 0, fields FROM {}.projects WHERE reference_id = ?", schema)),
        find_order(db, fmt::format("SELECT card_id, project_card_id, fields FROM {}.orders WHERE reference_id = ?",
                                   schema)),
        contacts(db, fmt::format("SELECT contact_no, contact_id, fields FROM {}.contacts "
                                 "WHERE project_card_id = ? ORDER BY contact_no",
                                 schema)),
        lines(db, fmt::format("SELECT product_id, fields FROM {}.product_lines "
                              "WHERE order_card_id = ? ORDER BY line_no",
                              schema)),
        meta(db, fmt::format("SELECT value FROM {}.meta WHERE key = ?", schema)) {}

  std::optional<std::string> meta_value(std::string_view key) {
    meta.bind(1, key);
    std::optional<std::string> value;
    if (meta.step()) value = std::string(meta.text(0));
    meta.reset();
    return value;
  }

  std::string schema;
  Statement find_project, find_order, contacts, lines, meta;
};

struct SqliteState::Writer {
  explicit Writer(Database& db)
      : upsert_project(db, "INSERT INTO main.projects(card_id, reference_id, fields) VALUES(?, ?, ?) "
                           "ON CONFLICT(card_id) DO UPDATE SET fields = excluded.fields"),
        upsert_order(db, "INSERT INTO main.orders(card_id, reference_id, project_card_id, fields) VALUES(?, ?, ?, ?) "
                         "ON CONFLICT(card_id) DO UPDATE SET project_card_id = excluded.project_card_id, "
                         "fields = excluded.fields"),
        delete_contacts(db, "DELETE FROM main.contacts WHERE project_card_id = ?"),
        insert_contact(db, "INSERT INTO main.contacts(project_card_id, contact_no, contact_id, fields) "
                           "VALUES(?, ?, ?, ?)"),
        delete_lines(db, "DELETE FROM main.product_lines WHERE order_card_id = ?"),
        insert_line(db, "INSERT INTO main.product_lines(order_card_id, line_no, product_id, fields) "
                        "VALUES(?, ?, ?, ?)"),
        set_meta(db, "INSERT OR REPLACE INTO main.meta(key, value) VALUES(?, ?)") {}

  Statement upsert_project, upsert_order, delete_contacts, insert_contact, delete_lines, insert_line, set_meta;
};

bool SqliteState::holds_state(Database& db, const std::string& schema) {
  Statement s(db, fmt::format("SELECT count(*) FROM {}.sqlite_master WHERE type = 'table' AND name = 'meta'", schema));
  return s.step() && s.integer(0) > 0;
}

void SqliteState::check_format(Database& db, const std::string& schema) {
  Statement format(db, fmt::format("SELECT value FROM {}.meta WHERE key = 'format'", schema));
  const std::string found = format.step() ? std::string(format.text(0)) : "unknown";
  if (found != kFormat)
    throw std::runtime_error(
        fmt::format("the state was written by another version of syncfeed (format {}, expected {})", found, kFormat));
}

void SqliteState::create_schema(Database& db, const std::string& schema) {
  if (holds_state(db, schema)) return check_format(db, schema);
  Statement tables(db, fmt::format("SELECT count(*) FROM {}.sqlite_master", schema));
  if (tables.step() && tables.integer(0) > 0)
    throw std::runtime_error("the database holds other tables: it is not a syncfeed state");
  db.exec(fmt::format(fmt::runtime(kTables), fmt::arg("s", schema)));
}

SqliteState::SqliteState(Database& db, std::vector<std::string> layers) : db_(db) {
  create_schema(db, "main");
  for (const std::string& schema : layers) layers_.push_back(std::make_unique<Layer>(db, schema));
  writer_ = std::make_unique<Writer>(db);
}

SqliteState::~SqliteState() = default;

bool SqliteState::initialized() {
  for (auto& layer : layers_)
    if (layer->meta_value("format")) return true;
  return false;
}

Counters SqliteState::counters() {
  for (auto& layer : layers_) {
    if (!layer->meta_value("format")) continue;
    Counters c;
    c.next_card_id = std::stoll(layer->meta_value("next_card_id").value_or("1"));
    c.next_order_card_id = std::stoll(layer->meta_value("next_order_card_id").value_or("1"));
    c.order_ids = parse_order_ids(layer->meta_value("order_ids").value_or("shared")).value_or(OrderIds::Shared);
    return c;
  }
  return {};
}

void SqliteState::set_counters(const Counters& c) {
  auto set = [&](std::string_view key, const std::string& value) {
    writer_->set_meta.bind(1, key).bind(2, value).run();
  };
  set("format", std::string(kFormat));
  set("next_card_id", std::to_string(c.next_card_id));
  set("next_order_card_id", std::to_string(c.next_order_card_id));
  set("order_ids", std::string(order_ids_name(c.order_ids)));
}

std::optional<Card> SqliteState::find(CardKind kind, std::string_view reference_id) {
  for (auto& layer : layers_) {
    Statement& s = kind == CardKind::Project ? layer->find_project : layer->find_order;
    s.bind(1, reference_id);
    if (!s.step()) {
      s.reset();
      continue;
    }
    Card card;
    card.kind = kind;
    card.reference_id = reference_id;
    card.id = s.integer(0);
    card.project_card_id = s.integer(1);
    card.fields = fields_from_json(s.text(2));
    s.reset();
    load_relations(*layer, card);
    return card;
  }
  return std::nullopt;
}

void SqliteState::load_relations(Layer& layer, Card& card) {
  if (card.kind == CardKind::Project) {
    Statement& s = layer.contacts;
    s.bind(1, card.id);
    while (s.step()) card.contacts.push_back({s.integer(0), optional_text(s, 1), fields_from_json(s.text(2))});
    s.reset();
  } else {
    Statement& s = layer.lines;
    s.bind(1, card.id);
    while (s.step()) card.lines.push_back({optional_text(s, 0), fields_from_json(s.text(1))});
    s.reset();
  }
}

void SqliteState::save(const Card& after, const Card* before) {
  // A card read from a lower layer is copied whole into main.
  const bool whole = !before || layers_.size() > 1;
  Writer& w = *writer_;
  if (whole || before->fields != after.fields || before->project_card_id != after.project_card_id) {
    const std::string fields = fields_to_json(after.fields);
    if (after.kind == CardKind::Project)
      w.upsert_project.bind(1, after.id).bind(2, after.reference_id).bind(3, fields).run();
    else
      w.upsert_order.bind(1, after.id).bind(2, after.reference_id).bind(3, after.project_card_id).bind(4, fields).run();
  }
  if (after.kind == CardKind::Project && (whole || before->contacts != after.contacts)) {
    if (before) w.delete_contacts.bind(1, after.id).run();
    for (const Contact& contact : after.contacts) {
      const std::string fields = fields_to_json(contact.fields);
      w.insert_contact.bind(1, after.id).bind(2, contact.number).bind(3, contact.id).bind(4, fields).run();
    }
  }
  if (after.kind == CardKind::Order && (whole || before->lines != after.lines)) {
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
  // Each card once: from the first layer that holds its Reference ID.
  std::string sql;
  for (std::size_t i = 0; i < layers_.size(); ++i) {
    for (CardKind kind : {CardKind::Project, CardKind::Order}) {
      if (!sql.empty()) sql += " UNION ALL ";
      sql += fmt::format("SELECT {}, {}, card_id, reference_id, {}, fields FROM {}.{} AS c", i, static_cast<int>(kind),
                         kind == CardKind::Order ? "project_card_id" : "0", layers_[i]->schema, table_of(kind));
      for (std::size_t upper = 0; upper < i; ++upper)
        sql += fmt::format(" {} NOT EXISTS (SELECT 1 FROM {}.{} AS u WHERE u.reference_id = c.reference_id)",
                           upper == 0 ? "WHERE" : "AND", layers_[upper]->schema, table_of(kind));
    }
  }
  sql += " ORDER BY 3, 2";
  Statement s(db_, sql);
  while (s.step()) {
    Card card;
    card.kind = static_cast<CardKind>(s.integer(1));
    card.id = s.integer(2);
    card.reference_id = s.text(3);
    card.project_card_id = s.integer(4);
    card.fields = fields_from_json(s.text(5));
    load_relations(*layers_[static_cast<std::size_t>(s.integer(0))], card);
    visit(card);
  }
}

SqliteState::CardCounts SqliteState::card_counts() {
  Statement s(db_, "SELECT (SELECT count(*) FROM main.projects), (SELECT count(*) FROM main.orders)");
  s.step();
  return {s.integer(0), s.integer(1)};
}

std::vector<std::pair<std::int64_t, std::string>> SqliteState::orders_of(std::int64_t project_card_id) {
  std::vector<std::pair<std::int64_t, std::string>> orders;
  Statement s(db_, "SELECT card_id, reference_id FROM main.orders WHERE project_card_id = ? ORDER BY card_id");
  s.bind(1, project_card_id);
  while (s.step()) orders.emplace_back(s.integer(0), std::string(s.text(1)));
  return orders;
}

}  // namespace syncfeed::sim
