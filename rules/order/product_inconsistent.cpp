// product-inconsistent: one Product Id with a different Name or SKU in
// different orders of the feed. Whole-feed: a compact index
// (rules/compact_index.h) maps each Product Id to 32-bit hashes of the first
// Name and SKU seen with it and where that was; a later order whose line has
// another Name or SKU is reported there, naming the first. Each different
// (Name, SKU) of a product is reported once, at its first appearance, so a
// product renamed once in the shop gives one finding, not one per order.
// Memory: about 60 bytes per distinct product, plus 16 per reported variant.
#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "rules/compact_index.h"
#include "rules/order/order_rules.h"
#include "rules/value_checks/text_fold.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kProductInconsistent{
    .id = "product-inconsistent",
    .severity = Severity::Warning,
    .summary = "One Product Id with a different Name or SKU in different orders",
    .description =
        "MiniCRM keeps one product per `Product Id`. When two orders of one feed give the same id "
        "different names or SKUs, they are not describing one product: MiniCRM's product gets "
        "whichever came last, and the other order's line now shows the wrong article. It usually "
        "means the generator sends a variant's or an order line's id where the product id belongs, "
        "or that ids were reused after products were deleted in the shop.\n\n"
        "Values are compared without surrounding spaces; an empty or absent SKU or Name is not "
        "compared (the plugin sends an empty SKU when the shop has none). Each different "
        "Name/SKU of a product is reported once, at the first line that has it, naming the order "
        "where the product was first seen. Lines of one order are product-id-repeated's.",
    .fix =
        "Send the shop's product id (for variants, the variant's own id) and the product's "
        "current name and SKU with every order line. If the shop renamed a product, this is "
        "expected once: MiniCRM will keep the newer name.",
    .failing_line = 36,
    .whole_feed = true,
};

// What the rule takes of a project: its order lines with an Id.
struct ProjectProducts : RuleDigest {
  struct Line {
    std::uint64_t key;  // text_key of the product's Id
    std::string_view id;
    std::string_view name, sku;         // trimmed
    std::uint32_t name_hash, sku_hash;  // their value_hash, taken with them
    Location loc;
    std::size_t order;  // in order_ids
  };
  explicit ProjectProducts(DigestArena& arena) : order_ids(arena.resource()), lines(arena.resource()) {}
  std::string_view project_id;
  DigestList<KeyedText> order_ids;  // of the orders that have such lines
  DigestList<Line> lines;           // in document order
};

class ProductInconsistent final : public SplitRule<ProjectProducts> {
 protected:
  void take_keys(const Element& project, ProjectProducts& keys, DigestArena& arena) const override {
    keys.project_id = arena.keep(project.id);
    const ItemRange orders = project.items(Kind::Orders);
    std::size_t lines = 0;
    for (const Element* order : orders) lines += order->items(Kind::Products).size();
    keys.order_ids.reserve(orders.size());
    keys.lines.reserve(lines);
    const Element* last_order = nullptr;
    for_each_product(project, [&](const Element& order, const Element& product) {
      if (!product.has_id || is_blank(product.id)) return;  // product-id-missing
      if (&order != last_order) {
        keys.order_ids.push_back(keyed(arena.keep(order.id)));
        last_order = &order;
      }
      const std::string_view name = trim_space(product.value(Kind::Name));
      const std::string_view sku = trim_space(product.value(Kind::SKU));
      keys.lines.push_back({text_key(product.id), arena.keep(product.id), arena.keep(name), arena.keep(sku),
                            value_hash(name), value_hash(sku), product.loc, keys.order_ids.size() - 1});
    });
  }

  void resolve_keys(ProjectProducts& keys, RuleContext& context) override {
    std::size_t kept_order = keys.order_ids.size();  // none yet
    std::uint64_t kept_order_key = 0;
    for (const ProjectProducts::Line& line : keys.lines) {
      const KeyedText& order_id = keys.order_ids[line.order];
      const std::string_view name = line.name;
      const std::string_view sku = line.sku;
      auto [it, inserted] = first_seen_.try_emplace(line.key);
      FirstSeen& first = it->second;
      if (inserted) {
        if (line.order != kept_order) {  // the order's id in the store, kept once per order (not once per line)
          kept_order = line.order;
          kept_order_key = ids_.keep(order_id);
        }
        first.order = kept_order_key;
        first.line = line.loc.line;
      } else if (ids_.equals(first.order, order_id)) {
        continue;  // the same order (resent, or a repeated line): product-id-repeated
      }
      // A field seen blank so far takes the first non-blank value.
      if (!first.has_name && !name.empty()) {
        first.name = line.name_hash;
        first.has_name = true;
      }
      if (!first.has_sku && !sku.empty()) {
        first.sku = line.sku_hash;
        first.has_sku = true;
      }
      const bool name_differs = !name.empty() && line.name_hash != first.name;
      const bool sku_differs = !sku.empty() && line.sku_hash != first.sku;
      if (!name_differs && !sku_differs) continue;
      const std::uint64_t variant = line.key * 31 + (std::uint64_t{line.name_hash} << 32 | line.sku_hash);
      if (!reported_.insert(variant).second) continue;
      const std::string_view field = name_differs ? "Name" : "SKU";
      context.report(line.loc,
                     fmt::format("Product Id {} has {} {} here, but another {} in order {} (line {}); MiniCRM "
                                 "keeps one product per Id",
                                 quoted(line.id), field, quoted(name_differs ? name : sku), field,
                                 quoted(ids_.text(first.order)), first.line),
                     keys.project_id, order_id.text, line.id, field);
    }
  }

 private:
  struct FirstSeen {
    std::uint64_t order = 0;  // IdStore key of the order's id
    std::uint32_t line = 0;
    std::uint32_t name = 0;  // value_hash of the trimmed Name and SKU
    std::uint32_t sku = 0;
    bool has_name = false;
    bool has_sku = false;
  };
  IdStore ids_;
  std::unordered_map<std::uint64_t, FirstSeen> first_seen_;
  std::unordered_set<std::uint64_t> reported_;  // (product, name, sku) variants already reported
};

}  // namespace

void add_product_inconsistent_rule(RuleList& rules) {
  rules.push_back({kProductInconsistent, make_rule<ProductInconsistent>});
}

}  // namespace syncfeed
