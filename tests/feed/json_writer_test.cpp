// feed/json_writer.h: the one JSON escaper and the streaming writer. The
// reports were nlohmann::json trees until they were written as they go; these
// tests hold the writer to nlohmann's bytes (dump(), dump(2), invalid UTF-8
// replaced), on hostile strings and on random documents.
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "feed/json_writer.h"
#include "support/hostile_text.h"

using namespace syncfeed;
using json = nlohmann::ordered_json;

namespace {

std::string escaped(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

std::string nlohmann_escaped(const std::string& s) {
  return json(s).dump(-1, ' ', false, json::error_handler_t::replace);
}

// `value` written through a JsonWriter, node by node.
void write(JsonWriter& writer, const json& value) {
  if (value.is_object()) {
    writer.begin_object();
    for (const auto& [k, v] : value.items()) {
      writer.key(k);
      write(writer, v);
    }
    writer.end_object();
  } else if (value.is_array()) {
    writer.begin_array();
    for (const json& v : value) write(writer, v);
    writer.end_array();
  } else if (value.is_string()) {
    writer.value(value.get_ref<const std::string&>());
  } else if (value.is_boolean()) {
    writer.value(value.get<bool>());
  } else if (value.is_number_unsigned()) {
    writer.value(value.get<std::uint64_t>());
  } else if (value.is_number_integer()) {
    writer.value(value.get<std::int64_t>());
  } else {
    writer.null();
  }
}

std::string written(const json& value, JsonWriter::Layout layout) {
  StringOutput out;
  {
    OutputBuffer buffer(out);
    JsonWriter writer(buffer, layout);
    write(writer, value);
  }
  return out.text;
}

rc::Gen<json> scalar() {
  return rc::gen::oneOf(rc::gen::map(syncfeed::test::hostile_text(), [](std::string s) { return json(std::move(s)); }),
                        rc::gen::map(rc::gen::arbitrary<std::int64_t>(), [](std::int64_t n) { return json(n); }),
                        rc::gen::map(rc::gen::arbitrary<std::uint64_t>(), [](std::uint64_t n) { return json(n); }),
                        rc::gen::map(rc::gen::arbitrary<bool>(), [](bool b) { return json(b); }),
                        rc::gen::just(json(nullptr)));
}

// A random document, `depth` levels deep at most; empty objects and arrays included.
json random_document(int depth) {
  const int shape = depth == 0 ? 0 : *rc::gen::inRange(0, 3);
  if (shape == 0) return *scalar();
  const int size = *rc::gen::inRange(0, 5);
  json node = shape == 1 ? json::object() : json::array();
  for (int i = 0; i < size; ++i) {
    if (shape == 1)
      node[*syncfeed::test::hostile_text(3)] = random_document(depth - 1);
    else
      node.push_back(random_document(depth - 1));
  }
  return node;
}

}  // namespace

TEST_CASE("append_json_string: the escapes JSON needs, and nothing else", "[json]") {
  CHECK(escaped("") == R"("")");
  CHECK(escaped("plain text") == R"("plain text")");
  CHECK(escaped("say \"hi\"") == R"("say \"hi\"")");
  CHECK(escaped("C:\\feeds\\a.xml") == R"("C:\\feeds\\a.xml")");
  CHECK(escaped("a\tb\nc\rd\be\ff") == R"("a\tb\nc\rd\be\ff")");
  CHECK(escaped(std::string("nul\0!", 5)) == R"("nul\u0000!")");
  CHECK(escaped("\x01\x1b[31m\x1f") == R"("\u0001\u001b[31m\u001f")");
  // DEL, the C1 controls, U+2028 and U+2029 are allowed raw in JSON (RFC 8259 §7), as nlohmann writes them.
  CHECK(escaped("\x7f") == "\"\x7f\"");
  CHECK(escaped("\xc2\x85") == "\"\xc2\x85\"");
  CHECK(escaped("line\xe2\x80\xa8para\xe2\x80\xa9") == "\"line\xe2\x80\xa8para\xe2\x80\xa9\"");
  CHECK(escaped("Árvíztűrő € \xf0\x9f\x98\x80") == "\"Árvíztűrő € \xf0\x9f\x98\x80\"");
  CHECK(escaped("/") == R"("/")");
}

TEST_CASE("append_json_string: bytes that are not UTF-8 become U+FFFD, one per maximal subpart", "[json]") {
  const std::string r = "\xef\xbf\xbd";
  CHECK(escaped("\x80") == "\"" + r + "\"");                          // a lone continuation byte
  CHECK(escaped("a\xc3") == "\"a" + r + "\"");                        // cut at the end
  CHECK(escaped("\xe2\x82z") == "\"" + r + "z\"");                    // cut before an ASCII byte
  CHECK(escaped("\xe2\x82\xe2\x82\xac") == "\"" + r + "€\"");         // cut before a good character
  CHECK(escaped("\xc0\x80") == "\"" + r + r + "\"");                  // an overlong NUL: two bytes that start nothing
  CHECK(escaped("\xe0\x80\xaf") == "\"" + r + r + r + "\"");          // overlong: E0 wants A0..BF next
  CHECK(escaped("\xed\xa0\x80") == "\"" + r + r + r + "\"");          // a surrogate
  CHECK(escaped("\xf4\x90\x80\x80") == "\"" + r + r + r + r + "\"");  // past U+10FFFF
  CHECK(escaped("\xf5\xff") == "\"" + r + r + "\"");
  CHECK(escaped("\xf0\x9f\x98\"") == "\"" + r + "\\\"\"");  // the quote after a cut sequence is still escaped
}

TEST_CASE("append_json_string writes what nlohmann::json's dump wrote, on any bytes", "[json][property]") {
  rc::prop("hostile strings", [] {
    const std::string s = *syncfeed::test::hostile_text();
    RC_ASSERT(escaped(s) == nlohmann_escaped(s));
  });
  rc::prop("any bytes", [](const std::string& s) { RC_ASSERT(escaped(s) == nlohmann_escaped(s)); });
}

TEST_CASE("JsonWriter writes nlohmann's dump() and dump(2) layouts byte for byte", "[json][property]") {
  CHECK(written(json::parse(R"({"a":[],"b":{},"c":[1,{"d":null}]})"), JsonWriter::Layout::Indented) ==
        "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    {\n      \"d\": null\n    }\n  ]\n}");
  CHECK(written(json::parse(R"({"a":[],"b":{},"c":[1,{"d":null}]})"), JsonWriter::Layout::Compact) ==
        R"({"a":[],"b":{},"c":[1,{"d":null}]})");
  rc::prop("random documents", [] {
    const json document = random_document(4);
    RC_ASSERT(written(document, JsonWriter::Layout::Compact) ==
              document.dump(-1, ' ', false, json::error_handler_t::replace));
    RC_ASSERT(written(document, JsonWriter::Layout::Indented) ==
              document.dump(2, ' ', false, json::error_handler_t::replace));
  });
}

TEST_CASE("OutputBuffer hands its text over in blocks, and the rest at flush", "[json]") {
  StringOutput out;
  OutputBuffer buffer(out);
  JsonWriter writer(buffer, JsonWriter::Layout::Compact);
  writer.begin_array();
  for (int i = 0; i < 30000; ++i) writer.value("0123456789");
  CHECK(!out.text.empty());             // blocks went out already
  CHECK(out.text.size() < 30000 * 13);  // not all of it
  writer.end_array();
  buffer.flush();
  CHECK(out.text.size() == 30000 * 13 + 1);
  CHECK(nlohmann::json::parse(out.text).size() == 30000);
}

TEST_CASE("plain_key writes the bytes key writes, in both layouts", "[json]") {
  for (const auto layout : {JsonWriter::Layout::Compact, JsonWriter::Layout::Indented}) {
    const auto document = [&](bool plain) {
      StringOutput out;
      {
        OutputBuffer buffer(out);
        JsonWriter writer(buffer, layout);
        writer.begin_object();
        for (const std::string_view name : {"op", "card_id", "next-order_card_id2"}) {
          plain ? writer.plain_key(name) : writer.key(name);
          writer.value(name);
        }
        (plain ? writer.plain_key("empty") : writer.key("empty")).begin_array().end_array().end_object();
      }
      return out.text;
    };
    CHECK(document(true) == document(false));
    CHECK(document(true) == written(json::parse(document(false)), layout));
  }
}
