#include "proptest/shop_data.h"

#include <algorithm>

#include "gen/builder.h"
#include "gen/source.h"

namespace syncfeed::proptest {
namespace {

// Custom fields and an order's own card fields have no place in the JSON input.
void drop_custom_fields(Element& element) {
  std::erase_if(element.children,
                [](const Element& child) { return child.kind == Kind::Custom || child.kind == Kind::OrderProject; });
  for (Element& child : element.children) drop_custom_fields(child);
}

}  // namespace

ShopData make_shop_data(std::uint64_t seed, std::uint64_t run) {
  const std::uint64_t run_seed = gen::mix_seed(seed, run);
  gen::SeededSource source(run_seed);
  gen::GenOptions options;
  options.seed = run_seed;  // chooses the shop's catalogue
  options.edge_values = true;
  options.orders_max = 3;
  options.projects = 1 + source.below(6);
  gen::FeedContext context(options, source);
  ShopData data;
  for (std::uint64_t i = 0; i < options.projects; ++i) {
    data.projects.push_back(gen::make_project(source, context));
    drop_custom_fields(data.projects.back());
  }
  return data;
}

}  // namespace syncfeed::proptest
