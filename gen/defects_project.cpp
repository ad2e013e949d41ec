// Injectors of the Project card rules (docs/rules/, "Project card").
#include <fmt/format.h>

#include "gen/defect_helpers.h"
#include "gen/defects.h"

namespace syncfeed::gen {
namespace {

void drop_project_id(Element& project, DefectContext& context) {
  switch (context.source.below(3)) {
    case 0:
      project.has_id = false;
      project.id.clear();
      break;
    case 1: project.id.clear(); break;
    default: project.id = "  "; break;
  }
}

void misformat_project_id(Element& project, DefectContext& context) {
  switch (context.source.below(3)) {
    case 0: project.id = "WS-" + project.id; break;
    case 1: project.id += ".0"; break;
    default: project.id = "-" + project.id; break;
  }
}

// The second project with the same Id updates the card the first created.
void duplicate_project_id(Element& project, DefectContext& context) {
  Element second = fresh_project(context);
  second.id = project.id;
  context.companions.push_back(std::move(second));
}

void drop_name(Element& project, DefectContext& context) {
  if (context.source.chance(1, 2))
    remove_children(project, Kind::Name);
  else
    set_value(project, Kind::Name, "");
}

void drop_category(Element& project, DefectContext& context) {
  if (context.source.chance(1, 2))
    remove_children(project, Kind::CategoryId);
  else
    set_value(project, Kind::CategoryId, "");
}

void misformat_category(Element& project, DefectContext& context) {
  const std::string id(project.value(Kind::CategoryId));
  constexpr std::string_view kForms[] = {"#!Project-{}", "{}a", "Webshop", "{}.5"};
  set_value(project, Kind::CategoryId, fmt::format(fmt::runtime(context.source.pick(kForms)), id));
}

// A companion project of another Webshop module: a mix even in a one-project feed.
void mix_category(Element&, DefectContext& context) {
  Element other = fresh_project(context);
  // The feed's id is a positive integer (the CLI checks --category-id); the project's may be broken already.
  const auto id = std::stoull(context.feed.category_id());
  set_value(other, Kind::CategoryId, std::to_string(id + 1 + context.source.below(50)));
  context.companions.push_back(std::move(other));
}

void drop_status(Element& project, DefectContext&) { remove_children(project, Kind::StatusId); }

void unknown_status(Element& project, DefectContext& context) {
  constexpr std::string_view kNames[] = {"Aktív vevő", "VIP", "Client fidel", "registered_customer"};
  set_value(project, Kind::StatusId, std::string(context.source.pick(kNames)));
}

void drop_user(Element& project, DefectContext&) { remove_children(project, Kind::UserId); }

void bad_disabled(Element& project, DefectContext& context) {
  constexpr std::string_view kValues[] = {"2", "igen", "true", "nu"};
  set_value(project, Kind::Disabled, std::string(context.source.pick(kValues)));
}

Element& some_date(Element& project, DefectContext& context) {
  if (context.source.chance(1, 2)) return ensure_registration_date(project, context);
  return child_of(ensure_order(project, context), Kind::Performance);
}

void bad_date(Element& project, DefectContext& context) {
  constexpr std::string_view kValues[] = {"2025.03.14",          "2025-02-30",          "14/03/2025",
                                          "2025-03-14T10:00:00", "2025-13-01 10:00:00", "2025-03-14 25:10:00"};
  some_date(project, context).text = context.source.pick(kValues);
}

void implausible_date(Element& project, DefectContext& context) {
  // Before 1990: implausible whatever the day the feed is linted.
  constexpr std::string_view kValues[] = {"1989-12-31 23:59:59", "1970-01-01", "1900-01-01 00:00:00"};
  some_date(project, context).text = context.source.pick(kValues);
}

void bad_money(Element& project, DefectContext& context) {
  constexpr std::string_view kValues[] = {"12 990", "1.299,00", "12990 Ft", "12,5", "€49.99", "1,299.00"};
  const std::string value(context.source.pick(kValues));
  if (context.source.chance(1, 2)) {
    ensure_lost_basket(project, context);
    set_value(project, Kind::LostBasketValue, value);
  } else {
    set_value(ensure_product(ensure_order(project, context), context), Kind::PriceNet, value);
  }
}

void inconsistent_basket(Element& project, DefectContext& context) {
  ensure_lost_basket(project, context);
  switch (context.source.below(4)) {
    case 0: remove_children(project, Kind::LostBasketDate); break;
    case 1:
      remove_children(project, Kind::LostBasketValue);
      remove_children(project, Kind::AllLostBasket);
      break;
    case 2: set_value(project, Kind::LostBasketValue, "-" + std::string(project.value(Kind::LostBasketValue))); break;
    default: set_value(project, Kind::AllLostBasket, "1"); break;
  }
}

constexpr std::string_view kAlsoIdFormat[] = {"project-id-format", "project-id-duplicate"};
constexpr std::string_view kAlsoMixed[] = {"category-id-mixed"};
constexpr std::string_view kAlsoBasket[] = {"lost-basket-consistency"};

}  // namespace

void add_project_defects(std::vector<Defect>& defects) {
  defects.push_back({"project-id-missing", "Project without Id, or with an empty or blank one", drop_project_id,
                     nullptr, nullptr, kAlsoIdFormat});
  defects.push_back(
      {"project-id-format", "Project Id with a prefix, a decimal or a sign (WS-17, 17.0, -17)", misformat_project_id});
  defects.push_back({"project-id-duplicate", "a companion project with the same Id", duplicate_project_id});
  defects.push_back({"project-name-missing", "no Name, or an empty one", drop_name});
  defects.push_back(
      {"category-id-missing", "no CategoryId, or an empty one", drop_category, nullptr, nullptr, kAlsoMixed});
  defects.push_back({"category-id-format", "CategoryId as a URL fragment, a word or a decimal", misformat_category,
                     nullptr, nullptr, kAlsoMixed});
  defects.push_back({"category-id-mixed", "a companion project with another CategoryId", mix_category});
  defects.push_back({"status-id-missing", "no StatusId", drop_status});
  defects.push_back({"status-id-unknown", "a StatusId that is no status name of the Webshop module", unknown_status});
  defects.push_back({"user-id-missing", "no UserId", drop_user});
  defects.push_back({"webshop-disabled-value", "Webshop_Disabled other than 0 or 1 (2, igen, true)", bad_disabled});
  defects.push_back(
      {"date-format", "a registration or performance date in another format, or not a real date", bad_date});
  defects.push_back({"date-implausible", "a registration or performance date before 1990", implausible_date});
  defects.push_back({"money-format", "a basket value or PriceNet with a comma, spaces or a currency sign", bad_money,
                     nullptr, nullptr, kAlsoBasket});
  defects.push_back({"lost-basket-consistency",
                     "basket value without date (or the reverse), negative, or above all baskets",
                     inconsistent_basket});
}

}  // namespace syncfeed::gen
