// lint's --format json as it was written before the report writers streamed
// (main at 72f4cd2), verbatim but for the namespace: the oracle of
// report_writers_test.cpp, which wants the same bytes from the new writer.
#include "legacy_formats.h"
// --format json: one object, a public interface (docs/lint.md, and its
// JSON Schema docs/lint-report.schema.json):
//   {"findings": [{"file", "line", "column", "rule", "severity", "message",
//                  "project_id", "order_id", "product_id"}],
//    "unreadable": [{"file", "message"}],
//    "stale_baseline": [{"file", "rule", "project_id", "order_id", "product_id", "field", "count"}],
//    "summary": {"files", "errors", "warnings", "infos"}}
// Every key is always present; an id that does not apply is null.
#include <nlohmann/json.hpp>

namespace syncfeed::lint::legacy {
namespace {

nlohmann::ordered_json id_or_null(const std::string& id) {
  return id.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(id);
}

}  // namespace

void render_json(const Report& report, const RenderOptions&, Output& out) {
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const FileResult& file : report.files)
    for (const Finding& f : file.findings)
      findings.push_back({{"file", f.file},
                          {"line", f.loc.line},
                          {"column", f.loc.column},
                          {"rule", f.rule},
                          {"severity", severity_name(f.severity)},
                          {"message", f.message},
                          {"project_id", id_or_null(f.project_id)},
                          {"order_id", id_or_null(f.order_id)},
                          {"product_id", id_or_null(f.product_id)}});
  nlohmann::ordered_json unreadable = nlohmann::ordered_json::array();
  for (const FileResult& file : report.files)
    if (!file.opened) unreadable.push_back({{"file", file.file}, {"message", file.io_error}});
  nlohmann::ordered_json stale = nlohmann::ordered_json::array();
  for (const BaselineEntry& e : report.stale_baseline)
    stale.push_back({{"file", e.file},
                     {"rule", e.rule},
                     {"project_id", id_or_null(e.project_id)},
                     {"order_id", id_or_null(e.order_id)},
                     {"product_id", id_or_null(e.product_id)},
                     {"field", id_or_null(e.field)},
                     {"count", e.count}});
  const Totals t = totals(report);
  nlohmann::ordered_json doc;
  doc["findings"] = std::move(findings);
  doc["unreadable"] = std::move(unreadable);
  doc["stale_baseline"] = std::move(stale);
  doc["summary"] = {{"files", t.files}, {"errors", t.errors}, {"warnings", t.warnings}, {"infos", t.infos}};
  out.write(doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  out.write("\n");
}

}  // namespace syncfeed::lint::legacy
