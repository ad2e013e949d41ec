// lint's --format github as it was written before the report writers streamed
// (main at 72f4cd2), verbatim but for the namespace: the oracle of
// report_writers_test.cpp, which wants the same bytes from the new writer.
#include "legacy_formats.h"
// --format github: GitHub Actions workflow commands, so that findings show
// inline on pull requests:
//   ::error file=feed.xml,line=12,col=7,title=quantity-invalid::Quantity "0" is not greater than 0
// Infos are notices. Escaping follows the Actions runner: in the message
// % CR LF become %25 %0D %0A; in property values also : and , (%3A %2C).
#include <fmt/format.h>

namespace syncfeed::lint::legacy {
namespace {

std::string escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

std::string_view command(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "notice";
  }
  return "error";
}

}  // namespace

void render_github(const Report& report, const RenderOptions&, Output& out) {
  for (const FileResult& file : report.files) {
    if (!file.opened) {
      out.write(
          fmt::format("::error file={},title=syncfeed::{}\n", escape_property(file.file), escape_data(file.io_error)));
      continue;
    }
    for (const Finding& f : file.findings)
      out.write(fmt::format("::{} file={},line={},col={},title={}::{}\n", command(f.severity), escape_property(f.file),
                            f.loc.line, f.loc.column, escape_property(f.rule), escape_data(f.message)));
  }
}

}  // namespace syncfeed::lint::legacy
