// --format text: the compiler-style lines people read in a terminal or a CI log.
//
//   feed.xml:12:7: error: Quantity "0" is not greater than 0 [quantity-invalid]
//         <Quantity>0</Quantity>
//         ^
//   Found 1 error, 0 warnings, 0 infos in 1 file.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "feed/utf.h"
#include "lint/report.h"

namespace syncfeed::lint {
namespace {

// ANSI SGR sequences, or nothing when colour is off.
struct Palette {
  explicit Palette(bool on) : on_(on) {}
  std::string paint(std::string_view text, std::string_view sgr) const {
    return on_ ? fmt::format("\x1b[{}m{}\x1b[0m", sgr, text) : std::string(text);
  }
  std::string severity(Severity s) const {
    switch (s) {
      case Severity::Error: return paint("error", "1;31");
      case Severity::Warning: return paint("warning", "1;33");
      case Severity::Info: return paint("info", "1;36");
    }
    return {};
  }

 private:
  bool on_;
};

// Text from the feed (messages quote values, excerpts are raw lines, file
// names are what the file system holds) shown without anything a terminal
// would act on or mangle: a hostile feed must not be able to send escape
// sequences to the reader's terminal, nor bytes that are not UTF-8. Each C0
// control but TAB, DEL, each C1 control and each byte that does not belong to
// a UTF-8 character becomes U+FFFD, one column like the character it replaces,
// so that the caret under an excerpt stays in place.
std::string terminal_safe(std::string_view text) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence_length(text, i);
    const unsigned char b = static_cast<unsigned char>(text[i]);
    const bool c0 = length == 1 && ((b < 0x20 && b != '\t') || b == 0x7F);
    const bool c1 = length == 2 && b == 0xC2 && static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if (length == 0 || c0 || c1)
      out += kReplacement;
    else
      out.append(text, i, length);
    i += length == 0 ? 1 : length;
  }
  return out;
}

std::string plural(std::size_t n, std::string_view word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

void print_finding(const Finding& f, const Excerpt* excerpt, const Palette& p, Output& out) {
  out.write(fmt::format("{}: {}: {} {}\n",
                        p.paint(fmt::format("{}:{}:{}", terminal_safe(f.file), f.loc.line, f.loc.column), "1"),
                        p.severity(f.severity), terminal_safe(f.message), p.paint(fmt::format("[{}]", f.rule), "2")));
  if (!excerpt || !excerpt->found || excerpt->text.empty()) return;
  out.write(fmt::format("{}\n{}{}\n", terminal_safe(excerpt->text), excerpt->caret, p.paint("^", "1;32")));
}

void print_statistics(const Report& report, Severity show_from, const Palette& p, Output& out) {
  std::map<std::string, std::pair<std::size_t, Severity>> per_rule;
  for (const FileResult& file : report.files)
    for (const Finding& f : file.findings) {
      if (f.severity < show_from) continue;
      auto& [count, severity] = per_rule.try_emplace(f.rule, 0, f.severity).first->second;
      ++count;
      severity = std::max(severity, f.severity);
    }
  std::vector<std::pair<std::string, std::pair<std::size_t, Severity>>> rows(per_rule.begin(), per_rule.end());
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.second.first > b.second.first; });
  for (const auto& [rule, row] : rows)
    out.write(fmt::format("{:>7}  {:<28} {}\n", row.first, rule, p.severity(row.second)));
}

}  // namespace

void render_text(const Report& report, const RenderOptions& options, Output& out) {
  const Palette p(options.color);
  if (options.statistics) {
    print_statistics(report, options.show_from, p, out);
  } else {
    for (const FileResult& file : report.files) {
      for (std::size_t i = 0; i < file.findings.size(); ++i)
        if (file.findings[i].severity >= options.show_from)
          print_finding(file.findings[i], i < file.excerpts.size() ? &file.excerpts[i] : nullptr, p, out);
    }
  }
  const Totals t = totals(report);
  if (t.errors + t.warnings + t.infos == 0)
    out.write(p.paint(fmt::format("No findings in {}.", plural(t.files, "file")), "1") + "\n");
  else
    out.write(p.paint(fmt::format("Found {}, {}, {} in {}.", plural(t.errors, "error"), plural(t.warnings, "warning"),
                                  plural(t.infos, "info"), plural(t.files, "file")),
                      "1") +
              "\n");
}

}  // namespace syncfeed::lint
