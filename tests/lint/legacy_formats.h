// lint's report formats as they were before they streamed (legacy_format_*.cpp).
#pragma once

#include "lint/report.h"

namespace syncfeed::lint::legacy {

void render_json(const Report& report, const RenderOptions& options, Output& out);
void render_sarif(const Report& report, const RenderOptions& options, Output& out);
void render_junit(const Report& report, const RenderOptions& options, Output& out);
void render_github(const Report& report, const RenderOptions& options, Output& out);

}  // namespace syncfeed::lint::legacy
