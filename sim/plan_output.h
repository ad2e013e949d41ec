// How plan and apply show their actions: text like `terraform plan`, or JSON
// (a public interface, docs/simulator.md). Both stream: one action is written
// as it happens, and the summary at the end.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "feed/output.h"
#include "sim/action.h"
#include "sim/session.h"

namespace syncfeed::sim {

class PlanPrinter {
 public:
  virtual ~PlanPrinter() = default;
  virtual void action(const Action& action) = 0;
  // The closing lines, from the outcome of the whole run.
  virtual void finish(const SessionResult& result) = 0;
};

struct TextStyle {
  bool apply = false;    // "Apply complete: ..." instead of "Plan: ..."
  bool verbose = false;  // also unchanged cards, and the values of created cards
  bool color = false;    // ANSI colours (a terminal, without NO_COLOR)
  bool quiet = false;    // only the closing lines
};

std::unique_ptr<PlanPrinter> make_text_printer(Output& out, TextStyle style);
std::unique_ptr<PlanPrinter> make_json_printer(Output& out, bool apply);

// A value as the text output shows it: as a JSON string (append_json_string,
// feed/json_writer.h); an absent value as (absent).
std::string quoted(const std::optional<std::string>& value);

}  // namespace syncfeed::sim
