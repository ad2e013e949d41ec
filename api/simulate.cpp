// include/syncfeed/simulate.h over the simulator (sim/) on a MemoryState.
#include "syncfeed/simulate.h"

#include <utility>

#include "sim/action.h"
#include "sim/feed_run.h"
#include "sim/memory_state.h"
#include "sim/simulator.h"

namespace syncfeed {

struct CrmState::Impl {
  sim::MemoryState state;
  std::size_t cards = 0;
};

CrmState::CrmState() : impl_(std::make_unique<Impl>()) { impl_->state.set_counters(sim::Counters{}); }
CrmState::~CrmState() = default;
CrmState::CrmState(CrmState&&) noexcept = default;
CrmState& CrmState::operator=(CrmState&&) noexcept = default;

std::size_t CrmState::cards() const {
  std::size_t n = 0;
  impl_->state.for_each_card([&n](const sim::Card&) { ++n; });
  return n;
}

namespace {

static_assert(static_cast<int>(CardOp::Create) == static_cast<int>(sim::Op::Create) &&
              static_cast<int>(CardOp::Update) == static_cast<int>(sim::Op::Update) &&
              static_cast<int>(CardOp::Unchanged) == static_cast<int>(sim::Op::Unchanged) &&
              static_cast<int>(CardOp::Skip) == static_cast<int>(sim::Op::Skip));

CardAction public_action(const sim::Action& a) {
  CardAction action;
  action.op = static_cast<CardOp>(a.op);
  action.type = a.kind == sim::CardKind::Order ? CardType::Order : CardType::Project;
  action.reference_id = a.reference_id;
  action.card_id = a.card_id;
  action.project_card_id = a.project_card_id;
  action.name = a.name;
  action.loc = a.loc;
  action.changes = (a.created ? sim::flat_size(*a.created) : 0) + a.changes.size();
  action.reason = a.reason;
  return action;
}

}  // namespace

Simulation simulate(const std::vector<std::string_view>& feeds, CrmState& state, const SimulateOptions& options) {
  Simulation result;
  sim::SimOptions sim_options;
  sim_options.empty = options.empty_clears ? sim::EmptyElements::Clear : sim::EmptyElements::Keep;
  sim::Simulator simulator(state.impl_->state, sim_options,
                           [&result](const sim::Action& a) { result.actions.push_back(public_action(a)); });
  for (std::string_view xml : feeds) {
    const sim::FeedRun run = sim::simulate_feed_text(xml, "feed", simulator);
    if (!run.ok()) {
      result.accepted = false;
      result.refusal = run.broken;
      break;
    }
  }
  simulator.finish();
  result.counts = simulator.summary().count;
  return result;
}

}  // namespace syncfeed
