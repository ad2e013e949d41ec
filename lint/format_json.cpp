// --format json: one object, a public interface (docs/lint.md, and its
// JSON Schema docs/lint-report.schema.json):
//   {"findings": [{"file", "line", "column", "rule", "severity", "message",
//                  "project_id", "order_id", "product_id"}],
//    "unreadable": [{"file", "message"}],
//    "stale_baseline": [{"file", "rule", "project_id", "order_id", "product_id", "field", "count"}],
//    "summary": {"files", "errors", "warnings", "infos"}}
// Every key is always present; an id that does not apply is null.
// Written as it goes by feed/json_writer.h, in nlohmann's dump(2) layout.
#include "feed/json_writer.h"
#include "lint/report.h"

namespace syncfeed::lint {
namespace {

void write_finding(JsonWriter& json, const Finding& f) {
  json.begin_object();
  json.key("file").value(f.file);
  json.key("line").value(f.loc.line);
  json.key("column").value(f.loc.column);
  json.key("rule").value(f.rule);
  json.key("severity").value(severity_name(f.severity));
  json.key("message").value(f.message);
  json.key("project_id").value_or_null(f.project_id);
  json.key("order_id").value_or_null(f.order_id);
  json.key("product_id").value_or_null(f.product_id);
  json.end_object();
}

void write_stale(JsonWriter& json, const BaselineEntry& e) {
  json.begin_object();
  json.key("file").value(e.file);
  json.key("rule").value(e.rule);
  json.key("project_id").value_or_null(e.project_id);
  json.key("order_id").value_or_null(e.order_id);
  json.key("product_id").value_or_null(e.product_id);
  json.key("field").value_or_null(e.field);
  json.key("count").value(e.count);
  json.end_object();
}

}  // namespace

void render_json(const Report& report, const RenderOptions&, Output& out) {
  OutputBuffer buffer(out);
  JsonWriter json(buffer, JsonWriter::Layout::Indented);
  json.begin_object();
  json.key("findings").begin_array();
  for (const FileResult& file : report.files)
    for (const Finding& f : file.findings) write_finding(json, f);
  json.end_array();
  json.key("unreadable").begin_array();
  for (const FileResult& file : report.files)
    if (!file.opened) json.begin_object().key("file").value(file.file).key("message").value(file.io_error).end_object();
  json.end_array();
  json.key("stale_baseline").begin_array();
  for (const BaselineEntry& e : report.stale_baseline) write_stale(json, e);
  json.end_array();
  const Totals t = totals(report);
  json.key("summary").begin_object();
  json.key("files").value(t.files).key("errors").value(t.errors);
  json.key("warnings").value(t.warnings).key("infos").value(t.infos);
  json.end_object();
  json.end_object().raw("\n");
}

}  // namespace syncfeed::lint
