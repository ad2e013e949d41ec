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
