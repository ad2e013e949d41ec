#include "serve/pages.h"

#include <fmt/format.h>

#include "lint/rule_docs.h"
#include "rules/registry.h"
#include "serve/card_queries.h"
#include "serve/html.h"
#include "serve/sync_log.h"

namespace syncfeed::serve::pages {
namespace {

using html::escape;

constexpr int kSyncsShown = 200;
constexpr int kCardsShown = 500;

std::string cell(std::string_view text) { return "<td>" + escape(text) + "</td>"; }
std::string number(std::int64_t n) { return fmt::format("<td class=\"n\">{}</td>", n); }
std::string link(std::string_view href, std::string_view text) {
  return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
}

std::string outcome_cell(const std::string& outcome) {
  return "<td class=\"" + escape(outcome) + "\">" + escape(outcome) + "</td>";
}

std::string fields_table(const sim::Fields& fields) {
  std::string out = "<table><tr><th>Field</th><th>Value</th></tr>";
  for (const auto& [name, value] : fields) out += "<tr>" + cell(name) + cell(value) + "</tr>";
  return out + "</table>";
}

std::string json_text(const nlohmann::ordered_json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

std::string card_section(sim::Database& db, const sim::Card& card) {
  std::string out =
      fmt::format("<h2>{} card {}: {}</h2>", escape(sim::kind_name(card.kind)), card.id, escape(card.reference_id));
  if (card.kind == sim::CardKind::Order)
    out += "<p>On project card " +
           link(fmt::format("/cards/{}", card.project_card_id), std::to_string(card.project_card_id)) + "</p>";
  out += fields_table(card.fields);
  if (card.kind == sim::CardKind::Project) {
    out += fmt::format("<h3>Contacts ({})</h3>", card.contacts.size());
    for (const sim::Contact& contact : card.contacts) {
      out +=
          fmt::format("<h4>Contact {}{}</h4>", contact.number, contact.id ? " (Id " + escape(*contact.id) + ")" : "");
      out += fields_table(contact.fields);
    }
    const std::vector<sim::Card> orders = orders_of(db, card.id);
    out += fmt::format("<h3>Order cards ({})</h3>", orders.size());
    for (const sim::Card& order : orders) {
      out += "<h4>" + link(fmt::format("/cards/{}", order.id), fmt::format("Order card {}", order.id)) + ": " +
             escape(order.reference_id) + "</h4>";
      out += fmt::format("<p>{} product line{}</p>", order.lines.size(), order.lines.size() == 1 ? "" : "s");
      for (std::size_t i = 0; i < order.lines.size(); ++i) {
        out += fmt::format("<h5>Product line {}{}</h5>", i + 1,
                           order.lines[i].product_id ? " (Id " + escape(*order.lines[i].product_id) + ")" : "");
        out += fields_table(order.lines[i].fields);
      }
    }
  } else {
    out += fmt::format("<h3>Product lines ({})</h3>", card.lines.size());
    for (std::size_t i = 0; i < card.lines.size(); ++i) {
      out += fmt::format("<h4>Product line {}{}</h4>", i + 1,
                         card.lines[i].product_id ? " (Id " + escape(*card.lines[i].product_id) + ")" : "");
      out += fields_table(card.lines[i].fields);
    }
  }
  return out;
}

}  // namespace

std::string syncs(sim::Database& db) {
  const std::vector<SyncRecord> records = list_syncs(db, kSyncsShown);
  std::string body = fmt::format("<p>{} most recent, newest first.</p>", records.size());
  body +=
      "<table><tr><th>Sync</th><th>Started (UTC)</th><th>System</th><th>Source</th><th>Outcome</th>"
      "<th>Created</th><th>Updated</th><th>Unchanged</th><th>Skipped</th><th>Errors</th><th>Warnings</th>"
      "<th>Bytes</th><th>ms</th></tr>";
  for (const SyncRecord& r : records) {
    body += "<tr><td>" + link(fmt::format("/syncs/{}", r.sync_id), std::to_string(r.sync_id)) + "</td>" +
            cell(r.started) + cell(r.system_id) + cell(r.source) + outcome_cell(r.outcome) + number(r.created) +
            number(r.updated) + number(r.unchanged) + number(r.skipped) + number(r.errors) + number(r.warnings) +
            number(r.bytes) + number(r.duration_ms) + "</tr>";
  }
  body += "</table>";
  return html::page("Syncs", body);
}

std::optional<std::string> sync(sim::Database& db, std::int64_t sync_id) {
  const std::optional<SyncRecord> r = find_sync(db, sync_id);
  if (!r) return std::nullopt;
  std::string body = "<table>";
  auto row = [&](std::string_view name, std::string value) {
    body += "<tr><th>" + escape(name) + "</th>" + value + "</tr>";
  };
  row("Outcome", outcome_cell(r->outcome));
  row("Message", cell(json_text(r->answer, "message")));
  row("Started (UTC)", cell(r->started));
  row("System", cell(r->system_id));
  row("Source", cell(r->source));
  row("Bytes", number(r->bytes));
  row("Duration (ms)", number(r->duration_ms));
  row("Created", number(r->created));
  row("Updated", number(r->updated));
  row("Unchanged", number(r->unchanged));
  row("Skipped", number(r->skipped));
  body += "</table>";
  body += fmt::format("<h2>Findings: {} errors, {} warnings, {} infos</h2>", r->errors, r->warnings, r->infos);
  body += "<table><tr><th>Rule</th><th>Severity</th><th>Line</th><th>Message</th></tr>";
  for (const auto& f : r->findings) {
    const std::string rule = json_text(f, "rule");
    body += "<tr><td>" + link("/rules/" + rule, rule) + "</td>" + cell(json_text(f, "severity")) +
            number(f.value("line", std::int64_t{0})) + cell(json_text(f, "message")) + "</tr>";
  }
  body += "</table>";
  const auto& ids = r->answer.value("card_ids", nlohmann::ordered_json::array());
  body += fmt::format(
      "<h2>Cards ({} listed)</h2><table><tr><th>Card</th><th>Kind</th><th>Reference ID</th><th>Action</th></tr>",
      ids.size());
  for (const auto& c : ids) {
    const std::int64_t id = c.value("card_id", std::int64_t{0});
    body += "<tr><td>" + link(fmt::format("/cards/{}", id), std::to_string(id)) + "</td>" + cell(json_text(c, "kind")) +
            cell(json_text(c, "reference_id")) + cell(json_text(c, "op")) + "</tr>";
  }
  body += "</table>";
  return html::page(fmt::format("Sync {}", sync_id), body);
}

std::string cards(sim::Database& db, const std::string& query) {
  const std::vector<CardRow> rows = search_cards(db, query, kCardsShown);
  std::string body = "<form action=\"/cards\" method=\"get\"><input name=\"q\" value=\"" + escape(query) +
                     "\" placeholder=\"Reference ID or name\"> <button>Search</button></form>";
  body += query.empty() ? fmt::format("<p>{} cards (at most {}).</p>", rows.size(), kCardsShown)
                        : fmt::format("<p>{} cards match \"{}\".</p>", rows.size(), escape(query));
  body += "<table><tr><th>Card</th><th>Kind</th><th>Reference ID</th><th>Name</th></tr>";
  for (const CardRow& c : rows)
    body += "<tr><td>" + link(fmt::format("/cards/{}", c.card_id), std::to_string(c.card_id)) + "</td>" + cell(c.kind) +
            cell(c.reference_id) + cell(c.name) + "</tr>";
  body += "</table>";
  return html::page("Cards", body);
}

std::optional<std::string> card(sim::Database& db, std::int64_t card_id) {
  const std::vector<sim::Card> found = cards_with_id(db, card_id);
  if (found.empty()) return std::nullopt;
  std::string body;
  for (const sim::Card& c : found) body += card_section(db, c);
  return html::page(fmt::format("Card {}: {}", card_id, sim::display_name(found.front())), body);
}

std::optional<std::string> rule(const std::string& rule_id) {
  const RuleEntry* entry = find_rule(rule_id);
  if (!entry) return std::nullopt;
  return html::page("Rule " + rule_id, "<pre>" + escape(lint::rule_markdown(entry->info)) + "</pre>");
}

}  // namespace syncfeed::serve::pages
