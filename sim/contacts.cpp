#include "sim/contacts.h"

#include <optional>
#include <string>
#include <string_view>

#include "feed/ascii_case.h"

namespace syncfeed::sim {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool shares_email(const Fields& stored, const std::vector<std::string_view>& sent) {
  for (std::string_view mine : emails_of(stored))
    for (std::string_view theirs : sent)
      if (equal_ignoring_ascii_case(mine, theirs)) return true;
  return false;
}

std::string_view value_or_empty(const Fields& fields, std::string_view name) {
  const std::string* value = fields.find(name);
  return value ? std::string_view(*value) : std::string_view();
}

// A contact's name as the matching sees it: an absent name is "".
struct Name {
  std::string_view first, last;
  bool empty() const { return first.empty() && last.empty(); }
  friend bool operator==(const Name&, const Name&) = default;
};

Name name_of(const Fields& fields) { return {value_or_empty(fields, "FirstName"), value_or_empty(fields, "LastName")}; }

// One sent Contact element and where it goes.
struct Sent {
  FieldUpdate update;
  std::optional<std::string> id;
  std::vector<std::string_view> emails;  // in `update`: set once the Sent is in place
  Name name;                             // the same
  std::size_t target = kNone;            // index into the card's contacts; kNone: not found (yet)
  std::size_t same_id_as = kNone;        // an earlier sent contact with the same Id: it goes where that one goes
};

// The matching of one element: the sent contacts, and the stored contacts
// already given to one of them.
class Matching {
 public:
  Matching(std::vector<Contact>& contacts, std::vector<Sent>& sent)
      : contacts_(contacts), sent_(sent), taken_(contacts.size(), false) {}

  void run() {
    by_id();
    by_key([](const Sent& s) { return !s.emails.empty(); },
           [](const Sent& s, const Contact& c) { return shares_email(c.fields, s.emails); });
    by_key([](const Sent& s) { return !s.name.empty(); },
           [](const Sent& s, const Contact& c) { return name_of(c.fields) == s.name; });
    by_key([](const Sent& s) { return !s.id && s.emails.empty() && s.name.empty(); },
           [](const Sent& s, const Contact& c) { return changes_nothing(c.fields, s.update); });
  }

 private:
  void by_id() {
    for (std::size_t i = 0; i < sent_.size(); ++i) {
      Sent& s = sent_[i];
      if (!s.id) continue;
      for (std::size_t j = 0; j < i && s.same_id_as == kNone; ++j)
        if (sent_[j].id == s.id) s.same_id_as = j;
      if (s.same_id_as != kNone) continue;
      for (std::size_t c = 0; c < taken_.size(); ++c)
        if (contacts_[c].id == s.id) {
          take(s, c);
          break;
        }
    }
  }

  // One step: each sent contact still unplaced that `has_key` gets the first
  // free stored contact that `matches` it (and has no other Id).
  template <typename HasKey, typename Matches>
  void by_key(HasKey has_key, Matches matches) {
    for (Sent& s : sent_) {
      if (s.target != kNone || s.same_id_as != kNone || !has_key(s)) continue;
      for (std::size_t c = 0; c < taken_.size(); ++c)
        if (!taken_[c] && (!s.id || !contacts_[c].id) && matches(s, contacts_[c])) {
          take(s, c);
          break;
        }
    }
  }

  void take(Sent& s, std::size_t c) {
    s.target = c;
    taken_[c] = true;
  }

  static bool changes_nothing(const Fields& stored, const FieldUpdate& update) {
    Fields after = stored;
    apply_update(after, update);
    return after == stored;
  }

  std::vector<Contact>& contacts_;
  std::vector<Sent>& sent_;
  std::vector<bool> taken_;  // the stored contacts (those before this element) given to a sent one
};

std::size_t add_contact(std::vector<Contact>& contacts) {
  Contact added;
  added.number = contacts.empty() ? 1 : contacts.back().number + 1;
  contacts.push_back(std::move(added));
  return contacts.size() - 1;
}

}  // namespace

void merge_contacts(std::vector<Contact>& contacts, const std::vector<const Element*>& elements, EmptyElements empty) {
  std::vector<Sent> sent;
  sent.reserve(elements.size());
  for (const Element* element : elements) {
    Sent& s = sent.emplace_back();
    s.update = read_fields(*element, empty);
    s.id = reference_id(*element);
  }
  for (Sent& s : sent) {  // views into s.update, which no longer moves
    s.emails = emails_of(s.update.values);
    s.name = name_of(s.update.values);
  }
  Matching(contacts, sent).run();
  for (Sent& s : sent) {
    if (s.same_id_as != kNone) s.target = sent[s.same_id_as].target;
    if (s.target == kNone) s.target = add_contact(contacts);
    Contact& contact = contacts[s.target];
    if (s.id) contact.id = s.id;
    apply_update(contact.fields, std::move(s.update));
  }
}

}  // namespace syncfeed::sim
