#include "lint/report.h"

namespace syncfeed::lint {

Totals totals(const Report& report) {
  Totals t;
  for (const FileResult& file : report.files) {
    if (!file.opened) continue;
    ++t.files;
    for (const Finding& f : file.findings) {
      switch (f.severity) {
        case Severity::Error: ++t.errors; break;
        case Severity::Warning: ++t.warnings; break;
        case Severity::Info: ++t.infos; break;
      }
    }
  }
  return t;
}

std::optional<Format> parse_format(std::string_view name) {
  if (name == "text") return Format::Text;
  if (name == "json") return Format::Json;
  if (name == "sarif") return Format::Sarif;
  if (name == "junit") return Format::Junit;
  if (name == "github") return Format::Github;
  return std::nullopt;
}

void render(Format format, const Report& report, const RenderOptions& options, Output& out) {
  switch (format) {
    case Format::Text: return render_text(report, options, out);
    case Format::Json: return render_json(report, options, out);
    case Format::Sarif: return render_sarif(report, options, out);
    case Format::Junit: return render_junit(report, options, out);
    case Format::Github: return render_github(report, options, out);
  }
}

}  // namespace syncfeed::lint
