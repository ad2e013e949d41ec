#include "gen/defects.h"

namespace syncfeed::gen {

std::span<const Defect> all_defects() {
  static const std::vector<Defect> defects = [] {
    std::vector<Defect> list;
    add_xml_defects(list);
    add_project_defects(list);
    add_party_defects(list);
    add_order_defects(list);
    return list;
  }();
  return defects;
}

const Defect* find_defect(std::string_view rule) {
  for (const Defect& d : all_defects())
    if (d.rule == rule) return &d;
  return nullptr;
}

void inject(const Defect& defect, Element& project, DefectContext& context) {
  if (defect.project) defect.project(project, context);
}

}  // namespace syncfeed::gen
