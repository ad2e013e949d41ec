// Injectors of the Orders and products rules.
#include <fmt/format.h>

#include "gen/defect_helpers.h"
#include "gen/defects.h"
#include "gen/edge_values.h"

namespace syncfeed::gen {
namespace {

Element& some_product(Element& project, DefectContext& context) {
  return ensure_product(ensure_order(project, context), context);
}

void drop_order_id(Element& project, DefectContext& context) {
  Element& order = ensure_order(project, context);
  order.has_id = false;
  order.id.clear();
}

// The same order twice in one project.
void duplicate_order(Element& project, DefectContext& context) {
  Element copy = ensure_order(project, context);
  child_of(project, Kind::Orders).children.push_back(std::move(copy));
}

void drop_order_field(Element& project, DefectContext& context) {
  constexpr Kind kFields[] = {Kind::Number, Kind::CurrencyCode, Kind::Performance, Kind::Status};
  Element& order = ensure_order(project, context);
  const Kind field = context.source.pick(kFields);
  if (field == Kind::Number && context.source.chance(1, 2))
    set_value(order, field, "");
  else
    remove_children(order, field);
}

void bad_currency(Element& project, DefectContext& context) {
  constexpr std::string_view kCodes[] = {"Ft", "LEI", "EURO", "huf", "€"};
  set_value(ensure_order(project, context), Kind::CurrencyCode, std::string(context.source.pick(kCodes)));
}

void bad_order_status(Element& project, DefectContext& context) {
  constexpr std::string_view kStatuses[] = {"Shipped", "Teljesítve", "completed", "Livrată", "Cancelled"};
  set_value(ensure_order(project, context), Kind::Status, std::string(context.source.pick(kStatuses)));
}

void drop_customer(Element& project, DefectContext& context) {
  Element& order = ensure_order(project, context);
  constexpr Kind kFields[] = {Kind::Name, Kind::CountryId, Kind::PostalCode, Kind::City, Kind::AddressLine};
  if (context.source.chance(1, 3))
    remove_children(order, Kind::Customer);
  else
    remove_children(child_of(order, Kind::Customer), context.source.pick(kFields));
}

void unknown_country(Element& project, DefectContext& context) {
  constexpr std::string_view kNames[] = {"Magyar", "Erdély", "Székelyföld", "Europa", "Hungaryy"};
  set_value(child_of(ensure_order(project, context), Kind::Customer), Kind::CountryId,
            std::string(context.source.pick(kNames)));
}

void empty_order(Element& project, DefectContext& context) {
  Element& order = ensure_order(project, context);
  if (context.source.chance(1, 2))
    remove_children(order, Kind::Products);
  else
    child_of(order, Kind::Products).children.clear();
}

void drop_product_id(Element& project, DefectContext& context) {
  Element& line = some_product(project, context);
  line.has_id = false;
  line.id.clear();
}

void repeat_product(Element& project, DefectContext& context) {
  Element& order = ensure_order(project, context);
  Element copy = ensure_product(order, context);
  child_of(order, Kind::Products).children.push_back(std::move(copy));
}

void drop_product_field(Element& project, DefectContext& context) {
  constexpr Kind kFields[] = {Kind::Name, Kind::PriceNet, Kind::Quantity, Kind::Unit, Kind::VAT};
  remove_children(some_product(project, context), context.source.pick(kFields));
}

void bad_quantity(Element& project, DefectContext& context) {
  constexpr std::string_view kValues[] = {"0", "-1", "két", "2 db", "1,5"};
  set_value(some_product(project, context), Kind::Quantity, std::string(context.source.pick(kValues)));
}

void fractional_pieces(Element& project, DefectContext& context) {
  Element& line = some_product(project, context);
  set_value(line, Kind::Quantity, "1.5");
  if (line.value(Kind::Unit) == "kg")
    set_value(line, Kind::Unit, context.feed.shop() == Locale::Hu ? "darab" : "bucată");
}

// A discount line: fine in itself, flagged so that a sign error is seen.
void negative_price(Element& project, DefectContext& context) {
  Element& line = some_product(project, context);
  set_value(line, Kind::PriceNet, "-" + std::string(line.value(Kind::PriceNet)));
}

void bad_vat_format(Element& project, DefectContext& context) {
  Element& line = some_product(project, context);
  const std::string rate(line.value(Kind::VAT));
  const std::string number = rate.substr(0, rate.find('%'));
  constexpr std::string_view kForms[] = {"{}", "0.{}", "{} %", "{},0%", "ÁFA {}%"};
  set_value(line, Kind::VAT, fmt::format(fmt::runtime(context.source.pick(kForms)), number));
}

void unknown_vat_rate(Element& project, DefectContext& context) {
  // Neither Hungary nor Romania ever had these rates.
  constexpr std::string_view kRates[] = {"16%", "8%", "7.5%"};
  set_value(some_product(project, context), Kind::VAT, std::string(context.source.pick(kRates)));
}

void bad_ean(Element& project, DefectContext& context) {
  Element& line = some_product(project, context);
  std::string ean(line.value(Kind::EAN));
  if (ean.size() != 13) ean = ean13(599000000000ull + context.source.below(1000000000));
  switch (context.source.below(3)) {
    case 0: ean.back() = static_cast<char>('0' + (ean.back() - '0' + 1) % 10); break;  // wrong check digit
    case 1:
      ean.pop_back();
      ean.pop_back();
      break;                             // 11 digits
    default: ean.insert(3, " "); break;  // typed with a space
  }
  set_value(line, Kind::EAN, ean);
}

// The same product id under another name in a second order of the project.
void inconsistent_product(Element& project, DefectContext& context) {
  Element& first = ensure_order(project, context);
  Element line = ensure_product(first, context);
  Element second = first;
  second.id = context.feed.next_order_id();
  set_value(second, Kind::Number, std::string(first.value(Kind::Number)) + "-B");
  if (context.source.chance(1, 2))
    set_value(line, Kind::Name, std::string(line.value(Kind::Name)) + " (2024-es kiadás)");
  else
    set_value(line, Kind::SKU, "X-" + std::string(line.value(Kind::SKU)));
  Element& products = child_of(second, Kind::Products);
  products.children.clear();
  products.children.push_back(std::move(line));
  child_of(project, Kind::Orders).children.push_back(std::move(second));
}

void drop_folder(Element& project, DefectContext& context) {
  remove_children(some_product(project, context), Kind::FolderName);
}

void long_description(Element& project, DefectContext& context) {
  set_value(some_product(project, context), Kind::Description,
            long_text(context.source, 1025 + context.source.below(3000)));
}

constexpr std::string_view kAlsoDuplicate[] = {"order-id-duplicate"};
constexpr std::string_view kAlsoOrderField[] = {"currency-code", "order-status", "date-format"};
constexpr std::string_view kAlsoCountry[] = {"country-unknown"};
constexpr std::string_view kAlsoProductField[] = {"product-inconsistent", "quantity-invalid", "vat-format",
                                                  "money-format"};
constexpr std::string_view kAlsoRate[] = {"vat-rate-unknown"};
constexpr std::string_view kAlsoProductId[] = {"product-id-repeated"};

}  // namespace

void add_order_defects(std::vector<Defect>& defects) {
  defects.push_back({"order-id-missing", "an Order without Id", drop_order_id, nullptr, nullptr, kAlsoDuplicate});
  defects.push_back({"order-id-duplicate", "the same Order twice in one project", duplicate_order});
  defects.push_back({"order-field-missing",
                     "an order without Number (or an empty one), CurrencyCode, Performance or Status", drop_order_field,
                     nullptr, nullptr, kAlsoOrderField});
  defects.push_back({"currency-code", "CurrencyCode not an ISO 4217 code (Ft, LEI, EURO, huf)", bad_currency});
  defects.push_back({"order-status", "an order Status outside Draft, Issued, Completed, Failed", bad_order_status});
  defects.push_back({"customer-missing", "an order without Customer, or a Customer without one of its fields",
                     drop_customer, nullptr, nullptr, kAlsoCountry});
  defects.push_back(
      {"country-unknown", "a Customer CountryId that is no country (Magyar, Erdély, Europa)", unknown_country});
  defects.push_back({"order-empty", "an order without products", empty_order});
  defects.push_back(
      {"product-id-missing", "a product line without Id", drop_product_id, nullptr, nullptr, kAlsoProductId});
  defects.push_back({"product-id-repeated", "the same product line twice in one order", repeat_product});
  defects.push_back({"product-field-missing", "a product line without Name, PriceNet, Quantity, Unit or VAT",
                     drop_product_field, nullptr, nullptr, kAlsoProductField});
  defects.push_back({"quantity-invalid", "Quantity 0, negative, a word, with a unit or a comma", bad_quantity});
  defects.push_back({"quantity-fractional", "1.5 of a piece-like unit", fractional_pieces});
  defects.push_back({"price-negative", "a negative PriceNet", negative_price});
  defects.push_back({"vat-format", "VAT without %, as a fraction, with a space or a comma", bad_vat_format, nullptr,
                     nullptr, kAlsoRate});
  defects.push_back(
      {"vat-rate-unknown", "a VAT rate neither Hungary nor Romania has had (16%, 8%, 7.5%)", unknown_vat_rate});
  defects.push_back({"ean-checksum", "an EAN with a wrong check digit, 11 digits, or a space", bad_ean});
  defects.push_back({"product-inconsistent", "a second order with the same product id under another Name or SKU",
                     inconsistent_product});
  defects.push_back({"folder-name-missing", "a product line without FolderName", drop_folder});
  defects.push_back({"description-too-long", "a Description of more than 1024 characters", long_description});
}

}  // namespace syncfeed::gen
