#include "gen/builder.h"

#include <fmt/format.h>

#include <algorithm>

#include "gen/edge_values.h"

namespace syncfeed::gen {
namespace {

// A value that edge-value feeds sometimes replace with an edge form.
std::string maybe_edge(Source& source, const FeedContext& context, std::string plain) {
  if (!context.options().edge_values || !source.chance(1, 4)) return plain;
  return edge_text(source, plain);
}

// An optional field: absent, or (edge values) present and empty, or present.
void add_optional(Element& parent, Source& source, const FeedContext& context, Kind kind, std::string value,
                  std::uint64_t present_in_100) {
  if (context.options().edge_values && source.chance(1, 8)) return parent.children.push_back(leaf(kind, ""));
  if (source.chance(present_in_100, 100)) parent.children.push_back(leaf(kind, std::move(value)));
}

Element list_of(Kind list, Kind item, std::string value) {
  Element wrapper(item);
  wrapper.children.push_back(leaf(Kind::Value, std::move(value)));
  Element container(list);
  container.children.push_back(std::move(wrapper));
  return container;
}

std::uint64_t power_of_ten_above(std::uint64_t n) {
  std::uint64_t p = 1000000;
  while (p <= n) p *= 10;
  return p;
}

// The gross unit price in the order's currency, in hundredths: HUF as the
// shop lists it, RON and EUR converted and ending in .99.
std::int64_t gross_hundredths(std::int64_t gross_huf, std::string_view currency) {
  if (currency == "HUF") return gross_huf * 100;
  const std::int64_t rate = currency == "RON" ? 80 : 400;
  return std::max<std::int64_t>(1, (gross_huf + rate - 1) / rate) * 100 - 1;
}

int rate_percent(const std::string& rate) { return std::stoi(rate); }

}  // namespace

FeedContext::FeedContext(const GenOptions& options, Source& source)
    : options_(options),
      shop_(options.shop ? *options.shop : (source.chance(1, 2) ? Locale::Ro : Locale::Hu)),
      category_id_(options.category_id.empty() ? std::to_string(source.between(2, 99)) : options.category_id),
      catalogue_(mix_seed(options.seed, 0xCA7A), shop_, options.catalogue_size),
      next_guest_(power_of_ten_above(options.projects * 8)),
      next_order_(1000 + source.below(9000)) {
  // The shop's MiniCRM users: owners of the cards (by name, or by numeric id).
  for (int i = 0; i < 3; ++i) {
    const auto given = source.pick(given_names(shop_));
    const auto family = source.pick(family_names(shop_));
    users_.push_back(shop_ == Locale::Hu ? fmt::format("{} {}", family, given.name)
                                         : fmt::format("{} {}", given.name, family));
  }
  users_.push_back(std::to_string(source.between(10000, 99999)));
  constexpr std::string_view kPrefixes[] = {"WS-", "#", "", "ORD-", "WEB"};
  order_prefix_ = source.pick(kPrefixes);
}

std::string FeedContext::next_project_id(bool guest) {
  return std::to_string(guest ? next_guest_++ : next_registered_++);
}

std::string FeedContext::next_order_id() { return std::to_string(next_order_++); }

std::string FeedContext::next_order_number(Day day) {
  return fmt::format("{}{}/{:06}", order_prefix_, day.year(), next_order_number_++);
}

std::string Person::full_name() const {
  return locale == Locale::Hu ? given.empty() ? family : family + " " + given : given + " " + family;
}

Day performance_day(const Element& order) {
  const std::string_view text = order.value(Kind::Performance);
  auto number = [&](std::size_t at, std::size_t length) {
    int n = 0;
    for (char c : text.substr(at, length)) n = n * 10 + (c - '0');
    return n;
  };
  if (text.size() < 10) return first_day();
  return Day::of(number(0, 4), number(5, 2), number(8, 2));
}

Element leaf(Kind kind, std::string text) {
  Element e(kind);
  e.text = std::move(text);
  return e;
}

Element with_id(Kind kind, std::string id) {
  Element e(kind);
  e.has_id = true;
  e.id = std::move(id);
  return e;
}

Person make_person(Source& source, FeedContext& context, std::string_view unique) {
  Person p;
  // Most customers live in the shop's country; some in the other one, a few abroad.
  const auto where = source.below(100);
  const Locale other = context.shop() == Locale::Hu ? Locale::Ro : Locale::Hu;
  p.locale = where < 75 ? context.shop() : other;
  p.country = where < 95 ? &home_country(p.locale) : &source.pick(foreign_countries());
  const GivenName& given = source.pick(given_names(p.locale));
  p.given = given.name;
  p.family = source.pick(family_names(p.locale));
  const std::string first = fold_to_ascii(p.given), last = fold_to_ascii(p.family);
  auto lower = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
  };
  const std::string_view domain = source.pick(email_domains(p.locale));
  switch (source.below(3)) {
    case 0: p.email = fmt::format("{}.{}{}@{}", lower(first), lower(last), unique, domain); break;
    case 1: p.email = fmt::format("{}.{}.{}@{}", lower(last), lower(first), unique, domain); break;
    default: p.email = fmt::format("{}{}{}@{}", lower(first), lower(last).substr(0, 1), unique, domain); break;
  }
  p.phone = phone_number(source, p.locale);
  const City& city = source.pick(cities(p.locale));
  p.city = city.name;
  p.postal_code = city.postal_code;
  const auto street = source.pick(street_names(p.locale));
  const auto type = source.pick(street_types(p.locale));
  const auto number = 1 + source.below(120);
  if (p.locale == Locale::Hu) {
    p.address = fmt::format("{} {} {}.", street, type, number);
    if (source.chance(1, 4)) p.address += fmt::format(" {}. em. {}.", 1 + source.below(8), 1 + source.below(30));
  } else {
    p.address = fmt::format("{} {} nr. {}", type, street, number);
    if (source.chance(1, 4))
      p.address += fmt::format(", bl. {}{}, sc. {}, ap. {}", static_cast<char>('A' + source.below(6)),
                               1 + source.below(9), 1 + source.below(4), 1 + source.below(80));
  }
  return p;
}

Element make_business(Source& source, FeedContext& context, const Person& owner, std::string_view unique) {
  const Locale l = owner.locale;
  const auto word = source.pick(company_words(l));
  const auto form = source.pick(company_forms(l));
  const std::string name =
      source.chance(1, 2) ? fmt::format("{} {}", owner.family, form) : fmt::format("{} {}", word, form);
  Element business(Kind::Business);
  business.children.push_back(leaf(Kind::Name, maybe_edge(source, context, name)));
  std::string vat;
  if (l == Locale::Hu)
    vat = hungarian_vat_number(source, owner.country->code != "HU");
  else
    vat = romanian_vat_number(source, source.chance(3, 4));
  add_optional(business, source, context, Kind::VatNumber, vat, 85);
  std::string slug;
  for (char c : fold_to_ascii(std::string(owner.family) + std::string(word)))
    if (std::isalnum(static_cast<unsigned char>(c)))
      slug += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // Edge values: now and then a company without an e-mail address.
  if (!context.options().edge_values || !source.chance(1, 4))
    business.children.push_back(list_of(
        Kind::Emails, Kind::Email,
        fmt::format("{}@{}{}.{}", l == Locale::Hu ? "iroda" : "office", slug, unique, l == Locale::Hu ? "hu" : "ro")));
  if (source.chance(4, 5)) {
    Element phones = list_of(Kind::Phones, Kind::Phone, phone_number(source, l));
    if (context.options().edge_values && source.chance(1, 6)) phones.children[0].children[0].text.clear();
    business.children.push_back(std::move(phones));
  }
  Element address(Kind::Address);
  address.children.push_back(
      leaf(Kind::CountryId, std::string(l == Locale::Hu ? owner.country->hu : owner.country->ro)));
  address.children.push_back(leaf(Kind::PostalCode, owner.postal_code));
  address.children.push_back(leaf(Kind::City, owner.city));
  address.children.push_back(leaf(Kind::AddressLine, maybe_edge(source, context, owner.address)));
  Element addresses(Kind::Addresses);
  addresses.children.push_back(std::move(address));
  business.children.push_back(std::move(addresses));
  return business;
}

Element make_contact(Source& source, FeedContext& context, const Person& person) {
  Element contact(Kind::Contact);
  if (source.chance(1, 2)) {
    contact.has_id = true;
    contact.id = std::to_string(context.next_contact_id());
  }
  const bool edge = context.options().edge_values;
  // Edge values: an empty FirstName (the LastName names the person), and a
  // contact without e-mail; without an Id too, the shop knows it only by its
  // name, and so does MiniCRM (contact-matched-by-name, an info).
  const bool no_first_name = edge && source.chance(1, 8);
  const bool no_email = edge && source.chance(1, 2);
  contact.children.push_back(
      leaf(Kind::FirstName, no_first_name ? std::string() : maybe_edge(source, context, person.given)));
  contact.children.push_back(leaf(Kind::LastName, maybe_edge(source, context, person.family)));
  if (!no_email) contact.children.push_back(list_of(Kind::Emails, Kind::Email, person.email));
  if (source.chance(2, 3)) {
    Element phones = list_of(Kind::Phones, Kind::Phone, person.phone);
    if (context.options().edge_values && source.chance(1, 6)) phones.children[0].children[0].text.clear();
    contact.children.push_back(std::move(phones));
  }
  return contact;
}

Element make_customer(Source& source, FeedContext& context, const Person& person) {
  Element customer(Kind::Customer);
  customer.children.push_back(leaf(Kind::Name, maybe_edge(source, context, person.full_name())));
  // The country as MiniCRM's plugin writes it (a name in the shop's language), sometimes the ISO code.
  std::string country;
  switch (source.below(10)) {
    case 0: country = person.country->code; break;
    case 1: country = person.country->en; break;
    default: country = context.shop() == Locale::Hu ? person.country->hu : person.country->ro;
  }
  customer.children.push_back(leaf(Kind::CountryId, country));
  customer.children.push_back(leaf(Kind::PostalCode, person.postal_code));
  customer.children.push_back(leaf(Kind::City, person.city));
  customer.children.push_back(leaf(Kind::AddressLine, maybe_edge(source, context, person.address)));
  return customer;
}

Element make_product_line(Source& source, FeedContext& context, const CatalogueProduct& product,
                          std::string_view currency, Day day) {
  const bool edge = context.options().edge_values;
  const Locale shop = context.shop();
  Element line = with_id(Kind::Product, std::to_string(product.id));
  line.children.push_back(leaf(Kind::Name, product.name));
  if (!product.sku.empty() || product.id >= Catalogue::kFirstServiceId)
    line.children.push_back(leaf(Kind::SKU, edge && source.chance(1, 10) ? std::string() : product.sku));
  if (!product.ean.empty())
    line.children.push_back(leaf(Kind::EAN, edge && source.chance(1, 10) ? std::string() : product.ean));
  const std::string rate = vat_rate(shop, product.vat, day);
  // Net unit price with 4 decimals, from the gross price: PHP-float style, as the plugin sends it.
  const std::int64_t gross = gross_hundredths(product.gross_huf, currency);
  const std::int64_t net = (gross * 100 * 100 * 2 / (100 + rate_percent(rate)) + 1) / 2;
  line.children.push_back(leaf(Kind::PriceNet, decimal_trimmed(net, 4)));
  if (product.by_weight) {
    line.children.push_back(
        leaf(Kind::Quantity, decimal_trimmed(static_cast<std::int64_t>(25 * source.between(1, 12)), 2)));
    line.children.push_back(leaf(Kind::Unit, "kg"));
  } else {
    const auto quantity =
        product.id >= Catalogue::kFirstServiceId ? 1 : (source.chance(3, 4) ? 1 : source.between(2, 5));
    line.children.push_back(leaf(Kind::Quantity, std::to_string(quantity)));
    constexpr std::string_view kHuUnits[] = {"darab", "db"};
    constexpr std::string_view kRoUnits[] = {"bucată", "buc"};
    // The plugin writes piece / darab / bucată; shops also use the short forms.
    const bool english = source.chance(1, 5);
    const std::string_view unit = shop == Locale::Hu ? source.pick(kHuUnits) : source.pick(kRoUnits);
    line.children.push_back(leaf(Kind::Unit, std::string(english ? "piece" : unit)));
  }
  line.children.push_back(leaf(Kind::VAT, rate));
  if (product.id >= Catalogue::kFirstServiceId) {
    // Service lines (shipping) have no description.
  } else if (edge && source.chance(1, 10)) {
    // The longest Description MiniCRM keeps: exactly 1024 characters.
    line.children.push_back(leaf(Kind::Description, long_text(source, 1024)));
  } else {
    add_optional(line, source, context, Kind::Description,
                 shop == Locale::Hu ? "Kézzel válogatott, hazai termék." : "Produs local, selectat manual.", 15);
  }
  line.children.push_back(leaf(Kind::FolderName, product.folder));
  return line;
}

void add_catalogue_line(Source& source, FeedContext& context, Element& products, std::vector<std::uint64_t>& ids,
                        std::string_view currency, Day day) {
  const std::uint64_t id = 1 + source.below(context.catalogue().size());
  if (std::find(ids.begin(), ids.end(), id) != ids.end()) return;
  ids.push_back(id);
  products.children.push_back(make_product_line(source, context, context.catalogue().product(id), currency, day));
}

Element make_order(Source& source, FeedContext& context, const Person& customer, Day from) {
  const Day day = day_between(source, from, last_day());
  Element order = with_id(Kind::Order, context.next_order_id());
  order.children.push_back(leaf(Kind::Number, context.next_order_number(day)));
  std::string currency = "EUR";
  if (customer.country->code == "HU") currency = source.chance(19, 20) ? "HUF" : "EUR";
  if (customer.country->code == "RO") currency = source.chance(9, 10) ? "RON" : "EUR";
  order.children.push_back(leaf(Kind::CurrencyCode, currency));
  const std::string language = customer.country->code == "HU" ? "_HU" : customer.country->code == "RO" ? "_RO" : "_EN";
  add_optional(order, source, context, Kind::Language, language, 60);
  order.children.push_back(
      leaf(Kind::Performance, source.chance(1, 2) ? day.iso() : date_time(day, static_cast<int>(source.below(86400)))));
  if (source.chance(3, 10))
    order.children.push_back(
        leaf(Kind::Subject, maybe_edge(source, context, std::string(source.pick(order_remarks(customer.locale))))));
  else if (context.options().edge_values && source.chance(1, 8))
    order.children.push_back(leaf(Kind::Subject, ""));
  constexpr std::string_view kStatuses[] = {"Completed", "Completed", "Completed", "Completed", "Completed",
                                            "Completed", "Issued",    "Issued",    "Draft",     "Failed"};
  order.children.push_back(leaf(Kind::Status, std::string(source.pick(kStatuses))));
  constexpr std::string_view kPayments[] = {"Card", "CashOnDelivery", "WiredTransfer", "Other", "Check"};
  add_optional(order, source, context, Kind::PaymentMethod, std::string(source.pick(kPayments)), 85);
  order.children.push_back(make_customer(source, context, customer));

  // Distinct catalogue products (product-id-repeated), then maybe a shipping line.
  Element products(Kind::Products);
  std::vector<std::uint64_t> ids;
  source.items(ItemKind::ProductLine, 1, 4,
               [&](Source& item) { add_catalogue_line(item, context, products, ids, currency, day); });
  const bool shipped = source.chance(7, 10);
  const auto method = static_cast<int>(source.below(2));  // courier or parcel locker
  if (shipped)
    products.children.push_back(
        make_product_line(source, context, context.catalogue().shipping(method), currency, day));
  order.children.push_back(std::move(products));
  if (context.options().edge_values && source.chance(1, 5)) {
    Element card(Kind::OrderProject);
    const auto n = 1 + source.below(2);
    for (std::uint64_t i = 0; i < n; ++i) card.children.push_back(edge_custom_field(source));
    order.children.push_back(std::move(card));
  }
  return order;
}

Element make_project(Source& source, FeedContext& context) {
  const GenOptions& options = context.options();
  // Choices are drawn before they are known to matter, so that a shrinking
  // source that changes one (fewer orders) does not shift the ones after it.
  const bool subscriber = source.chance(1, 10), loyal = source.chance(1, 2), guest_pick = source.chance(1, 5);
  const std::string token = context.next_person_token();
  const Person person = make_person(source, context, token);
  const Day registered = day_between(source, first_day(), Day::of(2026, 6, 30));
  const int registered_at = static_cast<int>(source.below(86400));

  // Orders first: whether the customer is a guest and the status depend on them.
  Element orders(Kind::Orders);
  Day from = registered;
  const std::uint64_t order_count = source.items(ItemKind::Order, options.orders_min,
                                                 std::max(options.orders_min, options.orders_max), [&](Source& item) {
                                                   // Order numbers grow with time: each order is on or after the one
                                                   // before.
                                                   orders.children.push_back(make_order(item, context, person, from));
                                                   from = performance_day(orders.children.back());
                                                 });
  // Guests exist only through an order; they have no registration date.
  const bool guest = guest_pick && order_count > 0;
  Element project = with_id(Kind::Project, context.next_project_id(guest));

  // 0: a person (one Contact), 1: a company with contact persons, 2: a company alone.
  const auto shape = source.below(20) < 13 ? 0 : source.chance(5, 7) ? 1 : 2;
  std::string name = person.full_name();
  Element business;
  if (shape > 0) {
    business = make_business(source, context, person, token);
    name = business.children[0].text;
  }
  project.children.push_back(leaf(Kind::Name, shape > 0 ? name : maybe_edge(source, context, name)));
  project.children.push_back(leaf(Kind::CategoryId, context.category_id()));

  // The plugin's choice: no order -> registered, one -> new, more -> promising.
  const StatusKey status = order_count == 0            ? (subscriber ? StatusKey::Subscriber : StatusKey::Registered)
                           : order_count == 1          ? StatusKey::New
                           : order_count >= 4 && loyal ? StatusKey::Loyal
                                                       : StatusKey::Promising;
  project.children.push_back(leaf(Kind::StatusId, std::string(status_name(status, context.shop()))));
  project.children.push_back(leaf(Kind::UserId, source.pick(std::span<const std::string>(context.users()))));
  if (!guest) project.children.push_back(leaf(Kind::RegistrationDate, date_time(registered, registered_at)));
  project.children.push_back(leaf(Kind::Disabled, source.chance(1, 20) ? "1" : "0"));
  if (source.chance(3, 20) && !guest) {
    // An abandoned basket: content, date, value, and all baskets at least as much.
    const CatalogueProduct a = context.catalogue().product(1 + source.below(context.catalogue().size()));
    std::string content = fmt::format("1 × {}", a.name);
    if (options.edge_values && source.chance(1, 3)) content = edge_text(source, content);
    const Day day = day_between(source, registered, last_day());
    const std::int64_t value = a.gross_huf * static_cast<std::int64_t>(1 + source.below(3));
    const std::int64_t all = value + static_cast<std::int64_t>(source.below(4)) * 990;
    const bool huf = context.shop() == Locale::Hu;
    project.children.push_back(leaf(Kind::LostBasketContent, std::move(content)));
    project.children.push_back(leaf(Kind::LostBasketDate, date_time(day, static_cast<int>(source.below(86400)))));
    project.children.push_back(
        leaf(Kind::LostBasketValue, huf ? decimal(value, 0) : decimal(gross_hundredths(value, "RON"), 2)));
    project.children.push_back(
        leaf(Kind::AllLostBasket, huf ? decimal(all, 0) : decimal(gross_hundredths(all, "RON"), 2)));
  }
  if (shape > 0) project.children.push_back(std::move(business));
  if (shape < 2) {
    // Without a Business, exactly one Contact; a company may have two.
    Element contacts(Kind::Contacts);
    contacts.children.push_back(make_contact(source, context, person));
    if (shape == 1 && source.chance(1, 3)) {
      const Person colleague = make_person(source, context, token + "b");
      contacts.children.push_back(make_contact(source, context, colleague));
      if (options.edge_values && source.chance(1, 2)) {  // a namesake: another person with the same name
        for (std::size_t name = 0; name < 2; ++name)     // FirstName, LastName
          contacts.children[1].children[name].text = contacts.children[0].children[name].text;
      }
    }
    project.children.push_back(std::move(contacts));
  }
  if (!orders.children.empty()) project.children.push_back(std::move(orders));
  if (options.edge_values && source.chance(1, 4)) {
    const auto n = 1 + source.below(3);
    for (std::uint64_t i = 0; i < n; ++i) project.children.push_back(edge_custom_field(source));
  }
  return project;
}

}  // namespace syncfeed::gen
