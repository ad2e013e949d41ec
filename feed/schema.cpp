#include "feed/schema.h"

#include <array>

namespace syncfeed {
namespace {

using K = Kind;

constexpr ChildRule kProjectsChildren[] = {{K::Project, true}};
constexpr ChildRule kProjectChildren[] = {{K::Name, false},
                                          {K::CategoryId, false},
                                          {K::StatusId, false},
                                          {K::UserId, false},
                                          {K::RegistrationDate, false},
                                          {K::Disabled, false},
                                          {K::LostBasketContent, false},
                                          {K::LostBasketDate, false},
                                          {K::LostBasketValue, false},
                                          {K::AllLostBasket, false},
                                          {K::Business, false},
                                          {K::Contacts, false},
                                          {K::Orders, false}};
constexpr ChildRule kBusinessChildren[] = {
    {K::Name, false}, {K::VatNumber, false}, {K::Emails, false}, {K::Phones, false}, {K::Addresses, false}};
constexpr ChildRule kEmailsChildren[] = {{K::Email, true}};
constexpr ChildRule kPhonesChildren[] = {{K::Phone, true}};
constexpr ChildRule kValueChild[] = {{K::Value, false}};
constexpr ChildRule kAddressesChildren[] = {{K::Address, true}};
constexpr ChildRule kAddressChildren[] = {
    {K::CountryId, false}, {K::PostalCode, false}, {K::City, false}, {K::AddressLine, false}};
constexpr ChildRule kContactsChildren[] = {{K::Contact, true}};
constexpr ChildRule kContactChildren[] = {
    {K::FirstName, false}, {K::LastName, false}, {K::Emails, false}, {K::Phones, false}};
constexpr ChildRule kOrdersChildren[] = {{K::Order, true}};
constexpr ChildRule kOrderChildren[] = {{K::Number, false},        {K::CurrencyCode, false}, {K::Language, false},
                                        {K::Performance, false},   {K::Subject, false},      {K::Status, false},
                                        {K::PaymentMethod, false}, {K::Customer, false},     {K::Products, false},
                                        {K::OrderProject, false}};
constexpr ChildRule kCustomerChildren[] = {
    {K::Name, false}, {K::CountryId, false}, {K::PostalCode, false}, {K::City, false}, {K::AddressLine, false}};
constexpr ChildRule kProductsChildren[] = {{K::Product, true}};
constexpr ChildRule kProductChildren[] = {{K::Name, false},     {K::SKU, false},         {K::EAN, false},
                                          {K::PriceNet, false}, {K::Quantity, false},    {K::Unit, false},
                                          {K::VAT, false},      {K::Description, false}, {K::FolderName, false}};

constexpr KindInfo record(std::string_view tag, std::span<const ChildRule> children, IdAttribute id = IdAttribute::None,
                          bool custom = false) {
  return {tag, false, id, custom, children};
}
constexpr KindInfo leaf(std::string_view tag) { return {tag, true, IdAttribute::None, false, {}}; }

}  // namespace

namespace detail {
// The table info() reads (schema.h).
constexpr KindInfo kKindInfo[kKindCount] = {
    record("Projects", kProjectsChildren),
    record("Project", kProjectChildren, IdAttribute::Required, true),
    record("Business", kBusinessChildren),
    record("Emails", kEmailsChildren),
    record("Email", kValueChild),
    record("Phones", kPhonesChildren),
    record("Phone", kValueChild),
    record("Addresses", kAddressesChildren),
    record("Address", kAddressChildren),
    record("Contacts", kContactsChildren),
    record("Contact", kContactChildren, IdAttribute::Optional),
    record("Orders", kOrdersChildren),
    record("Order", kOrderChildren, IdAttribute::Required),
    record("Customer", kCustomerChildren),
    record("Products", kProductsChildren),
    record("Product", kProductChildren, IdAttribute::Required),
    record("Project", {}, IdAttribute::None, true),  // an order's own card fields
    leaf("Name"),
    leaf("CategoryId"),
    leaf("StatusId"),
    leaf("UserId"),
    leaf("Webshop_RegistrationDate"),
    leaf("Webshop_Disabled"),
    leaf("Webshop_LostBasketContent"),
    leaf("Webshop_LostBasketDate"),
    leaf("Webshop_LostBasketValue"),
    leaf("Webshop_AllLostBasket"),
    leaf("VatNumber"),
    leaf("Value"),
    leaf("CountryId"),
    leaf("PostalCode"),
    leaf("City"),
    leaf("Address"),
    leaf("FirstName"),
    leaf("LastName"),
    leaf("Number"),
    leaf("CurrencyCode"),
    leaf("Language"),
    leaf("Performance"),
    leaf("Subject"),
    leaf("Status"),
    leaf("PaymentMethod"),
    leaf("SKU"),
    leaf("EAN"),
    leaf("PriceNet"),
    leaf("Quantity"),
    leaf("Unit"),
    leaf("VAT"),
    leaf("Description"),
    leaf("FolderName"),
    {"", false, IdAttribute::None, true, {}},  // Custom
    {"", true, IdAttribute::None, false, {}},  // Text
};
}  // namespace detail

namespace detail {
// The columns Element::tag() and is_leaf() read inline (include/syncfeed/model.h).
template <typename T>
constexpr std::array<T, kKinds> column(T KindInfo::*field) {
  std::array<T, kKinds> values{};
  for (std::size_t k = 0; k < kKinds; ++k) values[k] = kKindInfo[k].*field;
  return values;
}
static_assert(kKinds == static_cast<std::size_t>(kKindCount));
const std::array<std::string_view, kKinds> kKindTags = column(&KindInfo::tag);
const std::array<bool, kKinds> kKindIsLeaf = column(&KindInfo::leaf);
}  // namespace detail

namespace {

constexpr const KindInfo (&kInfo)[kKindCount] = detail::kKindInfo;

// The help page spells the webshop fields without the underscore.
struct Alias {
  std::string_view name;
  Kind kind;
};
constexpr Alias kWebshopAliases[] = {
    {"WebshopRegistrationDate", K::RegistrationDate},   {"WebshopDisabled", K::Disabled},
    {"WebshopLostBasketContent", K::LostBasketContent}, {"WebshopLostBasketDate", K::LostBasketDate},
    {"WebshopLostBasketValue", K::LostBasketValue},     {"WebshopAllLostBasket", K::AllLostBasket},
};

}  // namespace

const ChildRule* child_rule(Kind parent, Kind child) {
  for (const ChildRule& rule : info(parent).children)
    if (rule.kind == child) return &rule;
  return nullptr;
}

bool allows_child(Kind parent, Kind child) { return child_rule(parent, child) != nullptr; }

int canonical_rank(Kind parent, Kind child) {
  // Asked for every element the reader places: a table, computed once.
  using Row = std::array<std::uint8_t, kKindCount>;
  static constexpr std::array<Row, kKindCount> ranks = [] {
    std::array<Row, kKindCount> table{};
    for (int p = 0; p < kKindCount; ++p) {
      const auto children = kInfo[p].children;
      table[p].fill(static_cast<std::uint8_t>(children.size()));
      for (std::size_t i = 0; i < children.size(); ++i)
        table[p][static_cast<int>(children[i].kind)] = static_cast<std::uint8_t>(i);
    }
    return table;
  }();
  return ranks[static_cast<int>(parent)][static_cast<int>(child)];
}

bool is_item_list(Kind kind) {
  const KindInfo& k = info(kind);
  return !k.leaf && k.children.size() == 1 && k.children[0].repeatable;
}

Kind list_of_item(std::string_view name) {
  for (const Kind list : {K::Contacts, K::Orders, K::Products})
    if (tag(info(list).children[0].kind) == name) return list;
  return K::Custom;
}

UnknownChild classify_unknown(Kind parent, std::string_view name) {
  if (parent == K::OrderProject) return UnknownChild::CustomField;  // not validated at all (skip)
  if (is_item_list(parent)) return is_format_name(name) ? UnknownChild::NotInList : UnknownChild::ExtraInList;
  if (list_of_item(name) != K::Custom) return UnknownChild::ItemOutside;
  if (info(parent).custom_children && parent != K::Custom) return UnknownChild::CustomField;
  return UnknownChild::Extra;
}

bool is_format_name(std::string_view name) {
  for (const KindInfo& kind : kInfo)
    if (!kind.tag.empty() && kind.tag == name) return true;
  for (const Alias& alias : kWebshopAliases)
    if (alias.name == name) return true;
  return false;
}

Kind declared_shape(std::string_view name) {
  // The records a lax record may hold, by the tag they have there.
  constexpr Kind kRecords[] = {K::Business, K::Contacts,  K::Orders,   K::Emails,
                               K::Phones,   K::Addresses, K::Customer, K::Products};
  for (const Kind kind : kRecords)
    if (tag(kind) == name) return kind;
  if (name == tag(K::OrderProject)) return K::OrderProject;
  if (name == "Email" || name == "Phone") return K::Value;  // the flat form: a value
  for (int k = 0; k < kKindCount; ++k)
    if (kInfo[k].leaf && !kInfo[k].tag.empty() && kInfo[k].tag == name) return static_cast<Kind>(k);
  for (const Alias& alias : kWebshopAliases)
    if (alias.name == name) return alias.kind;
  return K::Custom;
}

ChildMatch match_child(Kind parent, std::string_view name) {
  for (const ChildRule& rule : info(parent).children)
    if (info(rule.kind).tag == name) return {rule.kind, true, false, false};
  if (parent == K::Project)
    for (const Alias& alias : kWebshopAliases)
      if (alias.name == name) return {alias.kind, true, true, false};
  // A flat <Email>/<Phone> beside the nested Emails/Email/Value form.
  if (parent == K::Business || parent == K::Contact) {
    if (name == "Email") return {K::Emails, true, true, true};
    if (name == "Phone") return {K::Phones, true, true, true};
  }
  return {};
}

}  // namespace syncfeed
