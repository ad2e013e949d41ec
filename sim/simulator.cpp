#include "sim/simulator.h"

#include <utility>

#include "sim/contacts.h"

namespace syncfeed::sim {
namespace {

std::string why_unkeyed(const Element& element) { return element.has_id ? "its Id is blank" : "it has no Id"; }

}  // namespace

Simulator::Simulator(State& state, SimOptions options, ActionSink sink)
    : state_(state), options_(options), sink_(std::move(sink)), counters_(state.counters()) {}

void Simulator::project(const Element& project, std::string_view file) {
  const std::optional<std::string> reference = reference_id(project);
  if (!reference) {
    skip(CardKind::Project, project, file, why_unkeyed(project));
    for (const Element* order : project.items(Kind::Orders))
      if (order->kind == Kind::Order) skip(CardKind::Order, *order, file, "its project was skipped");
    return;
  }
  const std::optional<Card> stored = state_.find(CardKind::Project, *reference);
  Card card = stored ? *stored : new_card(CardKind::Project, *reference);
  apply_update(card.fields, read_fields(project, options_.empty));
  std::vector<const Element*> contacts;
  for (const Element* contact : project.items(Kind::Contacts))
    if (contact->kind == Kind::Contact) contacts.push_back(contact);  // misplaced: the schema check reports it
  merge_contacts(card.contacts, contacts, options_.empty);
  const std::int64_t card_id = card.id;
  conclude(std::move(card), stored, project, file);
  // Orders after their project: a new order's card id follows its project's.
  for (const Element* order : project.items(Kind::Orders))
    if (order->kind == Kind::Order) this->order(*order, card_id, file);
}

void Simulator::order(const Element& order, std::int64_t project_card_id, std::string_view file) {
  const std::optional<std::string> reference = reference_id(order);
  if (!reference) return skip(CardKind::Order, order, file, why_unkeyed(order));
  const std::optional<Card> stored = state_.find(CardKind::Order, *reference);
  Card card = stored ? *stored : new_card(CardKind::Order, *reference);
  card.project_card_id = project_card_id;
  apply_update(card.fields, read_fields(order, options_.empty));
  if (const Element* products = order.child(Kind::Products))
    if (auto lines = read_product_lines(*products, options_.empty)) card.lines = std::move(*lines);
  conclude(std::move(card), stored, order, file);
}

Card Simulator::new_card(CardKind kind, const std::string& reference_id) {
  Card card;
  card.kind = kind;
  card.reference_id = reference_id;
  const bool own_sequence = kind == CardKind::Order && counters_.order_ids == OrderIds::Separate;
  card.id = own_sequence ? counters_.next_order_card_id++ : counters_.next_card_id++;
  return card;
}

void Simulator::conclude(Card card, const std::optional<Card>& stored, const Element& element, std::string_view file) {
  Action action;
  action.kind = card.kind;
  action.reference_id = card.reference_id;
  action.card_id = card.id;
  action.project_card_id = card.project_card_id;
  action.name = display_name(card);
  action.file = file;
  action.loc = element.loc;
  if (!stored) {
    action.op = Op::Create;
    state_.save(card, nullptr);
    action.created = std::move(card);
  } else {
    action.changes = changes_between(&*stored, card);
    action.op = action.changes.empty() ? Op::Unchanged : Op::Update;
    if (action.op == Op::Update) state_.save(card, &*stored);
  }
  emit(std::move(action));
}

void Simulator::skip(CardKind kind, const Element& element, std::string_view file, std::string reason) {
  Action action;
  action.kind = kind;
  if (element.has_id) action.reference_id = element.id;
  action.file = file;
  action.loc = element.loc;
  action.reason = std::move(reason);
  emit(std::move(action));
}

void Simulator::emit(Action&& action) {
  summary_.add(action.op);
  sink_(action);
}

void Simulator::finish() { state_.set_counters(counters_); }

}  // namespace syncfeed::sim
