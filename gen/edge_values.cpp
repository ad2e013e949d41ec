#include "gen/edge_values.h"

#include <fmt/format.h>

namespace syncfeed::gen {
namespace {

// Characters outside the Basic Multilingual Plane: four bytes in UTF-8, a
// surrogate pair in UTF-16 (where generators that count code units break).
constexpr std::string_view kAstral[] = {"😀", "🇭🇺", "🇷🇴", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𠜎", "🧾", "👩‍💻"};
constexpr std::string_view kSpecials[] = {" & ",   " <b> ",   " \"idézet\" ", " 'apostrof' ",
                                          " ]]> ", " &amp; ", " a<b>c "};
constexpr std::string_view kWords[] = {"árvíztűrő", "tükörfúrógép", "ștează", "țară", "încă", "Öt",
                                       "ŐŰ",        "mămăligă",     "piață",  "📦",    "kft.", "SRL"};

}  // namespace

std::string long_text(Source& source, std::size_t code_points, bool outside_bmp) {
  std::string out;
  std::size_t n = 0;
  auto add = [&](std::string_view piece, std::size_t length) {
    out += piece;
    n += length;
  };
  while (n < code_points) {
    if (n > 0) add(" ", 1);
    if (n >= code_points) break;
    std::string_view word = source.pick(kWords);
    if (!outside_bmp && word == "📦") word = "árú";
    // Count code points: every byte that does not continue a sequence.
    std::size_t length = 0;
    for (char c : word) length += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (n + length > code_points) {
      while (n < code_points) add("x", 1);
      break;
    }
    add(word, length);
  }
  return out;
}

std::string edge_text(Source& source, std::string_view plain) {
  std::string text(plain);
  switch (source.below(6)) {
    case 0: return text + std::string(source.pick(kSpecials)) + "végé";
    case 1: return text + " " + std::string(source.pick(kAstral));
    case 2: return text + "\r\n" + "második sor\tTAB";
    case 3: return "  " + text + " \t";
    case 4: return text + " " + long_text(source, 300 + source.below(5000));
    default: return text + "\r" + std::string(source.pick(kAstral)) + "\t&";
  }
}

Element edge_custom_field(Source& source, int depth) {
  constexpr std::string_view kNames[] = {"Enum1951", "Text2042", "Megjegyzés", "Sursa", "Hírlevél", "Custom_Field-3"};
  Element field(Kind::Custom);
  field.name = source.pick(kNames);
  if (depth > 0) field.name += fmt::format("_{}", depth);
  if (source.chance(1, 3)) {
    field.attributes.push_back({"lang", source.chance(1, 2) ? "hu" : "ro"});
    field.attributes.push_back({"note", "a\tb\r\nc \"q\" & <x>"});
  }
  switch (depth < 2 ? source.below(4) : 0) {
    case 0:  // plain text (possibly empty, possibly whitespace only: a leaf keeps it)
      field.text = source.chance(1, 4) ? std::string() : edge_text(source, "érték");
      break;
    case 1: {  // nested
      const auto n = 1 + source.below(3);
      for (std::uint64_t i = 0; i < n; ++i) field.children.push_back(edge_custom_field(source, depth + 1));
      break;
    }
    default: {  // mixed content: text, element, text
      Element before(Kind::Text);
      before.text = "Hívja vissza ";
      Element after(Kind::Text);
      after.text = " után 😀";
      field.children.push_back(std::move(before));
      field.children.push_back(edge_custom_field(source, depth + 1));
      field.children.push_back(std::move(after));
      break;
    }
  }
  return field;
}

}  // namespace syncfeed::gen
