// Builds valid feed records (Element trees, children in canonical order) from
// the choices of a Source. "Valid" means: the rule catalogue reports no error and no
// warning, and without edge values nothing at all. Whole-feed rules hold
// because one FeedContext hands out every id of a feed: project ids, order ids
// and e-mail addresses are unique, one CategoryId, and product data comes from
// the catalogue by id.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "feed/model.h"
#include "gen/catalogue.h"
#include "gen/formatted_values.h"
#include "gen/options.h"
#include "gen/source.h"

namespace syncfeed::gen {

// The shop a feed comes from, and the counters that keep its ids unique.
class FeedContext {
 public:
  // Draws the shop (language, CategoryId, users, catalogue) from `source`.
  FeedContext(const GenOptions& options, Source& source);

  const GenOptions& options() const { return options_; }
  Locale shop() const { return shop_; }
  const std::string& category_id() const { return category_id_; }
  const Catalogue& catalogue() const { return catalogue_; }
  const std::vector<std::string>& users() const { return users_; }

  // Registered customers count up from 1; guests (no account) from a higher
  // base, as MiniCRM's plugin does (1000000 up), raised for huge feeds so
  // that the two ranges never meet.
  std::string next_project_id(bool guest);
  std::string next_order_id();
  std::string next_order_number(Day day);
  std::uint64_t next_contact_id() { return next_contact_id_++; }
  // What makes the e-mail addresses of one project unique in the feed.
  std::string next_person_token() { return std::to_string(next_person_token_++); }

 private:
  GenOptions options_;
  Locale shop_;
  std::string category_id_;
  std::vector<std::string> users_;
  Catalogue catalogue_;
  std::string order_prefix_;
  std::uint64_t next_registered_ = 1;
  std::uint64_t next_guest_;
  std::uint64_t next_order_;
  std::uint64_t next_order_number_ = 1;
  std::uint64_t next_contact_id_ = 1;
  std::uint64_t next_person_token_ = 1;
};

// A person of the feed: names, an e-mail unique in the feed, a phone, an address.
struct Person {
  Locale locale = Locale::Hu;
  std::string given, family;
  std::string email, phone;
  const Country* country = nullptr;  // where they live
  std::string city, postal_code, address;
  std::string full_name() const;  // Hungarian: family name first
};

// `unique` makes the e-mail address unique in the feed (the project id).
Person make_person(Source& source, FeedContext& context, std::string_view unique);

Element leaf(Kind kind, std::string text);
Element with_id(Kind kind, std::string id);

Element make_project(Source& source, FeedContext& context);
Element make_business(Source& source, FeedContext& context, const Person& owner, std::string_view unique);
Element make_contact(Source& source, FeedContext& context, const Person& person);
Element make_order(Source& source, FeedContext& context, const Person& customer, Day from);
Element make_customer(Source& source, FeedContext& context, const Person& person);
Element make_product_line(Source& source, FeedContext& context, const CatalogueProduct& product,
                          std::string_view currency, Day day);
// One item of an order's product list: a catalogue product not yet in
// `products` (`ids` are the ones there), or nothing when the pick repeats one.
void add_catalogue_line(Source& source, FeedContext& context, Element& products, std::vector<std::uint64_t>& ids,
                        std::string_view currency, Day day);

// The day of an order's Performance (the first 10 characters).
Day performance_day(const Element& order);

// The dates generated feeds use: 2024-01-01 up to 2026-10-31.
inline Day first_day() { return Day::of(2024, 1, 1); }
inline Day last_day() { return Day::of(2026, 10, 31); }

}  // namespace syncfeed::gen
