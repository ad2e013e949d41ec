#include "sim/card_bytes.h"

#include <cstdint>
#include <stdexcept>

namespace syncfeed::sim {
namespace {

// LEB128: most numbers here (string sizes, counts) take one byte, and take
// the short way, inlined (a card's bytes are written for every card a plan makes).
void put_long_number(std::uint64_t n, std::string& out);
inline void put_number(std::uint64_t n, std::string& out) {
  if (n < 0x80) [[likely]]
    out.push_back(static_cast<char>(n));
  else
    put_long_number(n, out);
}

void put_long_number(std::uint64_t n, std::string& out) {
  while (n >= 0x80) {
    out.push_back(static_cast<char>((n & 0x7f) | 0x80));
    n >>= 7;
  }
  out.push_back(static_cast<char>(n));
}

void put_text(std::string_view text, std::string& out) {
  put_number(text.size(), out);
  out.append(text);
}

void put_optional(const std::optional<std::string>& text, std::string& out) {
  out.push_back(text ? 1 : 0);
  if (text) put_text(*text, out);
}

void put_fields(const Fields& fields, std::string& out) {
  put_number(fields.size(), out);
  for (const auto& [name, value] : fields) {
    put_text(name, out);
    put_text(value, out);
  }
}

// Reads back what the put_ functions wrote, in the same order.
class Bytes {
 public:
  explicit Bytes(std::string_view bytes) : rest_(bytes) {}

  std::uint64_t number() {
    std::uint64_t n = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const auto byte = static_cast<std::uint8_t>(take(1)[0]);
      n |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if (byte < 0x80) return n;
    }
    throw std::runtime_error("scratch card: a number too long");
  }
  std::string text() {
    const std::uint64_t size = number();
    return std::string(take(size));
  }
  std::optional<std::string> optional_text() {
    if (take(1)[0] == 0) return std::nullopt;
    return text();
  }
  Fields fields() {
    Fields fields;
    for (std::uint64_t n = number(); n > 0; --n) {
      std::string name = text();
      fields.append(std::move(name), text());
    }
    return fields;
  }
  bool done() const { return rest_.empty(); }

 private:
  std::string_view take(std::uint64_t size) {
    if (size > rest_.size()) throw std::runtime_error("scratch card: cut short");
    const std::string_view taken = rest_.substr(0, size);
    rest_.remove_prefix(size);
    return taken;
  }
  std::string_view rest_;
};

}  // namespace

void append_card_bytes(const Card& card, std::string& out) {
  put_number(static_cast<std::uint64_t>(card.kind), out);
  put_number(static_cast<std::uint64_t>(card.id), out);
  put_text(card.reference_id, out);
  put_number(static_cast<std::uint64_t>(card.project_card_id), out);
  put_fields(card.fields, out);
  put_number(card.contacts.size(), out);
  for (const Contact& contact : card.contacts) {
    put_number(static_cast<std::uint64_t>(contact.number), out);
    put_optional(contact.id, out);
    put_fields(contact.fields, out);
  }
  put_number(card.lines.size(), out);
  for (const ProductLine& line : card.lines) {
    put_optional(line.product_id, out);
    put_fields(line.fields, out);
  }
}

Card card_from_bytes(std::string_view bytes) {
  Bytes in(bytes);
  Card card;
  card.kind = static_cast<CardKind>(in.number());
  card.id = static_cast<std::int64_t>(in.number());
  card.reference_id = in.text();
  card.project_card_id = static_cast<std::int64_t>(in.number());
  card.fields = in.fields();
  for (std::uint64_t n = in.number(); n > 0; --n) {
    Contact& contact = card.contacts.emplace_back();
    contact.number = static_cast<std::int64_t>(in.number());
    contact.id = in.optional_text();
    contact.fields = in.fields();
  }
  for (std::uint64_t n = in.number(); n > 0; --n) {
    ProductLine& line = card.lines.emplace_back();
    line.product_id = in.optional_text();
    line.fields = in.fields();
  }
  if (!in.done()) throw std::runtime_error("scratch card: bytes left over");
  return card;
}

}  // namespace syncfeed::sim
