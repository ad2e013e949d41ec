// What the injectors share: reaching (or creating) the part of a project a
// defect needs, and editing children in canonical order.
#pragma once

#include <string>

#include "feed/model.h"
#include "gen/defects.h"

namespace syncfeed::gen {

// The first child of `kind`, created (empty, at its canonical place) when absent.
Element& child_of(Element& parent, Kind kind);
// Sets the text of the first child of `kind`, creating it when absent.
void set_value(Element& parent, Kind kind, std::string text);
// Removes every child of `kind`; true when there was one.
bool remove_children(Element& parent, Kind kind);
// Inserts `child` at its canonical place among `parent`'s children.
Element& insert_child(Element& parent, Element child);

// A project's first order, made (with products) when it has none.
Element& ensure_order(Element& project, DefectContext& context);
// An order's first catalogue product line (not shipping), made when it has none.
Element& ensure_product(Element& order, DefectContext& context);
// The project's Business / first Contact, made when absent (keeps the project valid).
Element& ensure_business(Element& project, DefectContext& context);
Element& ensure_contact(Element& project, DefectContext& context);
// The project's abandoned basket (content, date, value, all), made when absent.
void ensure_lost_basket(Element& project, DefectContext& context);
// The project's registration date, made when absent (guests have none).
Element& ensure_registration_date(Element& project, DefectContext& context);
// The first e-mail Value of the project (Business or Contact), made when absent.
Element& first_email(Element& project, DefectContext& context);

// A fresh valid project with new ids, for whole-feed defects.
Element fresh_project(DefectContext& context);

}  // namespace syncfeed::gen
