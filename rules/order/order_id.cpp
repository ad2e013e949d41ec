// order-id-missing and order-id-duplicate: an order card in MiniCRM's Orders
// module is keyed by Order/@Id (docs/format.md §4), so an order needs one,
// and one Id must mean one order. The duplicate check is whole-feed: a
// compact index (rules/compact_index.h) maps each Order Id to the project and
// line where it was first seen; about 60 bytes per order of the feed.
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "rules/compact_index.h"
#include "rules/order/order_rules.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kOrderIdMissing{
    .id = "order-id-missing",
    .severity = Severity::Error,
    .summary = "An Order without an Id",
    .description =
        "Each `<Order>` becomes a card in MiniCRM's Orders module, found again by its `Id` "
        "attribute when the order is sent next time (with a new status, say). Without an `Id` "
        "MiniCRM cannot create or update the order card. An empty or blank `Id=\"\"` is the same as "
        "none.",
    .fix =
        "Write the shop's own order id into the `Id` attribute: `<Order Id=\"1001\">`. Keep it "
        "stable: the same order must have the same Id in every feed.",
    .failing_line = 8,
};

constexpr RuleInfo kOrderIdDuplicate{
    .id = "order-id-duplicate",
    .severity = Severity::Error,
    .summary = "One Order Id under two projects, or twice in one project",
    .description =
        "MiniCRM keeps one order card per Order `Id`. Two `<Order>`s with the same `Id` update that "
        "one card twice: the later one replaces the first one's products and fields, and under two "
        "projects the order ends up linked to only one of the two customers. Either way an order "
        "is lost. It usually means the generator numbers orders per customer, or mixes two shops' "
        "ids (MiniCRM's own plugin adds shop × 100000000 to every id to keep shops apart).\n\n"
        "The finding is at each later occurrence and names the first. A project whose `Id` is sent "
        "twice (project-id-duplicate) may repeat its orders: that is the same card updated, and is "
        "not reported here. Ids are compared exactly as written.",
    .fix =
        "Give every order its own Id, unique across the whole feed: the shop's order id, plus a "
        "per-shop offset when several shops feed one MiniCRM system.",
    .failing_line = 28,
    .whole_feed = true,
};

class OrderIdMissing final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_order(project, [&](const Element& order) {
      if (!order.has_id)
        context.report(order.loc, "<Order> has no Id attribute; MiniCRM keys the order card by it", {&project, &order},
                       "@Id");
      else if (is_blank(order.id))
        context.report(order.loc,
                       fmt::format("<Order> has an empty Id ({}); MiniCRM keys the order card by it", quoted(order.id)),
                       {&project, &order}, "@Id");
    });
  }
};

// What the rule takes of a project: its id and its orders' ids.
struct ProjectOrderIds : RuleDigest {
  struct Order {
    std::uint64_t key;  // text_key of the id
    std::string_view id;
    Location loc;
  };
  explicit ProjectOrderIds(DigestArena& arena) : orders(arena.resource()) {}
  KeyedText project_id;
  DigestList<Order> orders;  // those with a non-blank Id, in document order
};

class OrderIdDuplicate final : public SplitRule<ProjectOrderIds> {
 protected:
  void take_keys(const Element& project, ProjectOrderIds& keys, DigestArena& arena) const override {
    keys.project_id = keyed(arena.keep(project.id));
    keys.orders.reserve(project.items(Kind::Orders).size());
    for_each_order(project, [&](const Element& order) {
      if (!order.has_id || is_blank(order.id)) return;  // order-id-missing
      keys.orders.push_back({text_key(order.id), arena.keep(order.id), order.loc});
    });
  }

  void resolve_keys(ProjectOrderIds& keys, RuleContext& context) override {
    in_this_project_.clear();
    bool project_kept = false;
    std::uint64_t project_key = 0;
    for (const ProjectOrderIds::Order& order : keys.orders) {
      const auto twice = std::find_if(in_this_project_.begin(), in_this_project_.end(),
                                      [&](const auto& seen) { return seen.first == order.key; });
      if (twice != in_this_project_.end()) {
        context.report(order.loc,
                       fmt::format("Order Id {} appears twice in this project (first at line {}); MiniCRM keeps "
                                   "one order card per Id",
                                   quoted(order.id), twice->second),
                       keys.project_id.text, order.id, {}, "@Id");
        continue;
      }
      in_this_project_.emplace_back(order.key, order.loc.line);

      auto [it, inserted] = first_seen_.try_emplace(order.key);
      if (inserted) {
        if (!project_kept) {  // keep the project's id once, and only when it is needed
          project_key = ids_.keep(keys.project_id);
          project_kept = true;
        }
        it->second = {project_key, order.loc.line};
      } else if (!ids_.equals(it->second.project, keys.project_id)) {
        context.report(order.loc,
                       fmt::format("Order Id {} is also in project {} (line {}); MiniCRM keeps one order card "
                                   "per Id, linked to one project",
                                   quoted(order.id), quoted(ids_.text(it->second.project)), it->second.line),
                       keys.project_id.text, order.id, {}, "@Id");
      }
    }
  }

 private:
  struct FirstSeen {
    std::uint64_t project = 0;  // IdStore key of its project id
    std::uint32_t line = 0;
  };
  IdStore ids_;
  std::unordered_map<std::uint64_t, FirstSeen> first_seen_;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> in_this_project_;  // key, line: resolve_keys's, reused
};

}  // namespace

void add_order_id_rules(RuleList& rules) {
  rules.push_back({kOrderIdMissing, make_rule<OrderIdMissing>});
  rules.push_back({kOrderIdDuplicate, make_rule<OrderIdDuplicate>});
}

}  // namespace syncfeed
