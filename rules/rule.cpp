#include "rules/rule.h"

namespace syncfeed {

void RuleContext::report(Location at, std::string message, RecordIds ids, std::string_view field) {
  report(at, std::move(message), ids.project ? std::string_view(ids.project->id) : std::string_view(),
         ids.order ? std::string_view(ids.order->id) : std::string_view(),
         ids.product ? std::string_view(ids.product->id) : std::string_view(), field);
}

void RuleContext::report(Location at, std::string message, std::string_view project_id, std::string_view order_id,
                         std::string_view product_id, std::string_view field) {
  Finding f;
  f.rule = rule_.id;
  f.severity = rule_.severity;
  f.loc = at;
  f.message = std::move(message);
  f.project_id = project_id;
  f.order_id = order_id;
  f.product_id = product_id;
  f.field = field;
  out_.push_back(std::move(f));
}

void RuleContext::report_as(Severity severity, Location at, std::string message, std::string_view project_id,
                            std::string_view order_id, std::string_view product_id, std::string_view field) {
  report(at, std::move(message), project_id, order_id, product_id, field);
  out_.back().severity = severity;
  out_.back().severity_by_rule = true;
}

}  // namespace syncfeed
