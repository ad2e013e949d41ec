#include "proptest/shrink.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "feed/utf.h"
#include "proptest/shop_json.h"

namespace syncfeed::proptest {
namespace {

using Clock = std::chrono::steady_clock;
using Path = std::vector<std::size_t>;  // indices: project, then children

// Strings of at most this many characters are not cut into pieces, and
// none into more than kMostChunks: each piece costs a run of the command.
constexpr std::size_t kShortString = 2;
constexpr std::size_t kMostChunks = 8;

Element* at(ShopData& data, const Path& path) {
  if (path.empty() || path[0] >= data.projects.size()) return nullptr;
  Element* e = &data.projects[path[0]];
  for (std::size_t i = 1; i < path.size(); ++i) {
    if (path[i] >= e->children.size()) return nullptr;
    e = &e->children[path[i]];
  }
  return e;
}

void collect(const Element& e, Path& path, std::vector<Path>& records, std::vector<Path>& leaves) {
  (e.is_leaf() ? leaves : records).push_back(path);
  for (std::size_t i = 0; i < e.children.size(); ++i) {
    path.push_back(i);
    collect(e.children[i], path, records, leaves);
    path.pop_back();
  }
}

// The code points of a UTF-8 string (the input is always UTF-8).
std::vector<std::string> code_points(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = std::max<std::size_t>(1, utf8_sequence_length(text, i));
    out.push_back(text.substr(i, n));
    i += n;
  }
  return out;
}

std::string joined(const std::vector<std::string>& pieces, std::size_t skip_from, std::size_t skip_to) {
  std::string out;
  for (std::size_t i = 0; i < pieces.size(); ++i)
    if (i < skip_from || i >= skip_to) out += pieces[i];
  return out;
}

// Plainer numbers, plainest first: 0, 1, the whole part; only those plainer
// than the number itself, so that shrinking never goes round in a circle.
std::vector<std::string> rounder(const Element& leaf) {
  const bool vat = leaf.kind == Kind::VAT;
  const std::string number = vat && !leaf.text.empty() ? leaf.text.substr(0, leaf.text.size() - 1) : leaf.text;
  std::vector<std::string> out;
  if (number == "0") return out;
  out.push_back("0");
  if (number == "1") return out;
  out.push_back("1");
  if (const auto dot = number.find('.'); dot != std::string::npos) out.push_back(number.substr(0, dot));
  if (vat)
    for (std::string& o : out) o += "%";
  return out;
}

class Shrinker {
 public:
  Shrinker(const ShopData& failing, const std::function<bool(const ShopData&)>& still_fails, Clock::time_point deadline)
      : current_(failing), still_fails_(still_fails), deadline_(deadline) {}

  ShrinkResult run() {
    const auto start = Clock::now();
    ShrinkResult result;
    bool progress = true;
    while (progress && !out_of_time()) {
      progress = fewer_projects();
      progress = fewer_elements() || progress;
      progress = plainer_values() || progress;
    }
    result.data = current_;
    result.tries = tries_;
    result.kept = kept_;
    result.complete = !progress;
    result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return result;
  }

 private:
  bool out_of_time() const { return Clock::now() >= deadline_; }

  bool try_candidate(ShopData candidate) {
    drop_empty_lists(candidate);
    if (candidate == current_ || out_of_time()) return false;
    ++tries_;  // rejected ones too: an invalid input is rejected before the command runs
    if (!still_fails_(candidate)) return false;
    ++kept_;
    current_ = std::move(candidate);
    return true;
  }

  bool fewer_projects() {
    bool progress = false;
    const std::size_t n = current_.projects.size();
    if (n > 1)
      for (std::size_t i = 0; i < n; ++i)
        if (try_candidate(ShopData{{current_.projects[i]}})) return true;
    for (std::size_t chunk = current_.projects.size() / 2; chunk >= 1; chunk /= 2)
      for (std::size_t from = 0; from + chunk <= current_.projects.size();) {
        ShopData candidate = current_;
        candidate.projects.erase(candidate.projects.begin() + static_cast<std::ptrdiff_t>(from),
                                 candidate.projects.begin() + static_cast<std::ptrdiff_t>(from + chunk));
        if (try_candidate(std::move(candidate)))
          progress = true;
        else
          from += chunk;
      }
    return progress;
  }

  // Every child of every record, the last first; paths go stale as children
  // go, which only skips candidates until the next pass.
  bool fewer_elements() {
    std::vector<Path> records, leaves;
    for (std::size_t p = 0; p < current_.projects.size(); ++p) {
      Path path{p};
      collect(current_.projects[p], path, records, leaves);
    }
    bool progress = false;
    for (const Path& path : records) {
      const Element* record = at(current_, path);
      if (!record || record->kind == Kind::Email || record->kind == Kind::Phone) continue;  // an item is its Value
      for (std::size_t i = record->children.size(); i-- > 0;) {
        ShopData candidate = current_;
        Element* e = at(candidate, path);
        if (!e || i >= e->children.size()) continue;
        e->children.erase(e->children.begin() + static_cast<std::ptrdiff_t>(i));
        if (try_candidate(std::move(candidate))) progress = true;
      }
    }
    return progress;
  }

  bool plainer_values() {
    std::vector<Path> records, leaves;
    for (std::size_t p = 0; p < current_.projects.size(); ++p) {
      Path path{p};
      collect(current_.projects[p], path, records, leaves);
    }
    bool progress = false;
    for (const Path& path : leaves) {
      const Element* leaf = at(current_, path);
      if (!leaf) continue;
      if (is_number_field(leaf->kind))
        progress |= try_values(path, rounder(*leaf));
      else if (leaf->kind == Kind::Disabled && leaf->text != "0")
        progress |= try_values(path, {"0"});
      else if (leaf->kind == Kind::Disabled)
        continue;
      else
        progress |= shorter_string(path);
    }
    return progress;
  }

  bool try_values(const Path& path, const std::vector<std::string>& values) {
    for (const std::string& value : values) {
      ShopData candidate = current_;
      at(candidate, path)->text = value;
      if (try_candidate(std::move(candidate))) return true;
    }
    return false;
  }

  // Empty, else its first character alone (most values are not what the
  // failure is about: one candidate settles them), else chunks removed:
  // halves, then quarters, then eighths.
  bool shorter_string(const Path& path) {
    const std::string& text = at(current_, path)->text;
    if (text.empty()) return false;
    const std::vector<std::string> first = code_points(text);
    if (try_values(path, first.size() > 1 ? std::vector<std::string>{"", first[0]} : std::vector<std::string>{""}))
      return true;
    bool progress = false;
    for (std::size_t chunks = 2; chunks <= kMostChunks; chunks *= 2) {
      std::vector<std::string> pieces = code_points(at(current_, path)->text);
      if (pieces.size() <= kShortString) break;
      const std::size_t size = (pieces.size() + chunks - 1) / chunks;
      for (std::size_t from = 0; from < pieces.size() && !out_of_time();) {
        ShopData candidate = current_;
        at(candidate, path)->text = joined(pieces, from, from + size);
        if (try_candidate(std::move(candidate))) {
          progress = true;
          pieces = code_points(at(current_, path)->text);
        } else {
          from += size;
        }
      }
    }
    return progress;
  }

  ShopData current_;
  const std::function<bool(const ShopData&)>& still_fails_;
  Clock::time_point deadline_;
  std::uint64_t tries_ = 0;
  std::uint64_t kept_ = 0;
};

void drop_empty_lists(Element& e) {
  std::erase_if(e.children, [](const Element& c) { return is_item_list(c.kind) && c.children.empty(); });
  for (Element& c : e.children) drop_empty_lists(c);
}

}  // namespace

void drop_empty_lists(ShopData& data) {
  for (Element& project : data.projects) drop_empty_lists(project);
}

ShrinkResult shrink(const ShopData& failing, const std::function<bool(const ShopData&)>& still_fails,
                    std::chrono::milliseconds budget) {
  return Shrinker(failing, still_fails, Clock::now() + budget).run();
}

}  // namespace syncfeed::proptest
