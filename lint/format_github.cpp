// --format github: GitHub Actions workflow commands, so that findings show
// inline on pull requests:
//   ::error file=feed.xml,line=12,col=7,title=quantity-invalid::Quantity "0" is not greater than 0
// Infos are notices. Escaping follows the Actions runner: in the message
// % CR LF become %25 %0D %0A; in property values also : and , (%3A %2C).
// One escaping routine with the two sets; the lines go to an OutputBuffer.
#include <fmt/format.h>

#include "lint/report.h"

namespace syncfeed::lint {
namespace {

enum class Part { Data, Property };

// Appends `s` escaped as the message (Data) or a property value of a command.
void escape(std::string& out, std::string_view s, Part part) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::string_view replacement;
    switch (s[i]) {
      case '%': replacement = "%25"; break;
      case '\r': replacement = "%0D"; break;
      case '\n': replacement = "%0A"; break;
      case ':': replacement = part == Part::Property ? "%3A" : ""; break;
      case ',': replacement = part == Part::Property ? "%2C" : ""; break;
      default: continue;
    }
    if (replacement.empty()) continue;
    out.append(s.data() + run, i - run);
    out += replacement;
    run = i + 1;
  }
  out.append(s.data() + run, s.size() - run);
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
  OutputBuffer buffer(out);
  std::string& text = buffer.text();
  for (const FileResult& file : report.files) {
    if (!file.opened) {
      text += "::error file=";
      escape(text, file.file, Part::Property);
      text += ",title=syncfeed::";
      escape(text, file.io_error, Part::Data);
      text += '\n';
      buffer.block_done();
      continue;
    }
    for (const Finding& f : file.findings) {
      text += "::";
      text += command(f.severity);
      text += " file=";
      escape(text, f.file, Part::Property);
      fmt::format_to(std::back_inserter(text), ",line={},col={},title=", f.loc.line, f.loc.column);
      escape(text, f.rule, Part::Property);
      text += "::";
      escape(text, f.message, Part::Data);
      text += '\n';
      buffer.block_done();
    }
  }
}

}  // namespace syncfeed::lint
