// How plan's text output quotes a value (docs/simulator.md, Text output): the
// same escapes as a JSON string, and (absent) for an absent value.
#include <catch2/catch.hpp>

#include "sim/plan_output.h"

using syncfeed::sim::quoted;

TEST_CASE("the text plan quotes a value with \\\" \\\\ \\n \\r \\t and \\uXXXX, and leaves the rest as it is") {
  CHECK(quoted(std::string("a\"b\\c\nd\re\tf")) == R"("a\"b\\c\nd\re\tf")");
  CHECK(quoted(std::string("\x01\x1f\x7f", 3)) == "\"\\u0001\\u001f\x7f\"");
  CHECK(quoted(std::string("\0", 1)) == R"("\u0000")");
  CHECK(quoted(std::string("Țară <b>&amp;")) == "\"Țară <b>&amp;\"");
  CHECK(quoted(std::string()) == R"("")");
  CHECK(quoted(std::nullopt) == "(absent)");
}
