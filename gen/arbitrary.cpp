#include "gen/arbitrary.h"

#include <algorithm>
#include <stdexcept>

#include "feed/writer.h"
#include "gen/builder.h"
#include "gen/defects.h"
#include "gen/edge_values.h"
#include "gen/feed_generator.h"
#include "gen/rc_source.h"

namespace syncfeed {

std::string to_xml(const Feed& feed) { return canonical_document(feed.projects); }

void showValue(const Feed& feed, std::ostream& os) { os << "\n" << to_xml(feed); }
void showValue(const Element& element, std::ostream& os) { os << "\n" << canonical_element(element); }

}  // namespace syncfeed

namespace syncfeed::arbitrary {

using namespace gen;

namespace {

// Runs `build` with a fresh feed context, all choices RapidCheck's.
template <typename Build>
auto with_context(GenOptions options, Build build) {
  return rc::gen::exec([options, build] {
    RapidCheckSource source;
    FeedContext context(options, source);
    return build(source, context);
  });
}

Person someone(Source& source, FeedContext& context) { return make_person(source, context, "1"); }

// The choices that built a record, and those of the items of each list it
// built (Source::items), in the order it asked for them.
struct Tape {
  std::vector<std::uint64_t> choices;
  std::vector<std::vector<Tape>> lists;
};

rc::Gen<std::vector<Tape>> item_tapes(ItemKind kind, const GenOptions& options, std::uint64_t max);

// Makes RapidCheck's choices and writes them down. A list's items are tapes
// of their own, picked as one RapidCheck container (which shrinks by dropping
// any item); they are not built here: building is the replay's job.
class RecordingSource final : public Source {
 public:
  RecordingSource(Tape& tape, const GenOptions& options) : tape_(tape), options_(options) {}
  std::uint64_t below(std::uint64_t n) override { return record(rc_.below(n)); }
  std::uint64_t count(std::uint64_t min, std::uint64_t max) override { return record(rc_.count(min, max)); }
  std::uint64_t items(ItemKind kind, std::uint64_t min, std::uint64_t max,
                      const std::function<void(Source&)>&) override {
    std::vector<Tape> list = *item_tapes(kind, options_, max);
    if (list.size() < min) list.resize(min);
    tape_.lists.push_back(std::move(list));
    return tape_.lists.back().size();
  }

 private:
  std::uint64_t record(std::uint64_t choice) {
    tape_.choices.push_back(choice);
    return choice;
  }
  RapidCheckSource rc_;
  Tape& tape_;
  const GenOptions& options_;
};

// Makes the written-down choices again; past the end of a tape, the plainest.
class ReplaySource final : public Source {
 public:
  explicit ReplaySource(const Tape& tape) : tape_(tape) {}
  std::uint64_t below(std::uint64_t n) override { return next(0) % n; }
  std::uint64_t count(std::uint64_t min, std::uint64_t max) override { return std::clamp(next(min), min, max); }
  std::uint64_t items(ItemKind, std::uint64_t min, std::uint64_t max,
                      const std::function<void(Source&)>& item) override {
    static const std::vector<Tape> kNone;
    static const Tape kPlain;
    const std::vector<Tape>& list = list_ < tape_.lists.size() ? tape_.lists[list_++] : kNone;
    const std::uint64_t n = std::clamp<std::uint64_t>(list.size(), min, max);
    for (std::uint64_t i = 0; i < n; ++i) {
      ReplaySource source(i < list.size() ? list[i] : kPlain);
      item(source);
    }
    return n;
  }

 private:
  std::uint64_t next(std::uint64_t otherwise) { return at_ < tape_.choices.size() ? tape_.choices[at_++] : otherwise; }
  const Tape& tape_;
  std::size_t at_ = 0;
  std::size_t list_ = 0;
};

// Records `build` with a context of its own (ids do not matter on a tape).
template <typename Build>
rc::Gen<Tape> recorded(const GenOptions& options, Build build) {
  return rc::gen::exec([options, build] {
    Tape tape;
    RecordingSource source(tape, options);
    SeededSource setup(options.seed);
    FeedContext context(options, setup);
    build(source, setup, context);
    return tape;
  });
}

// The tapes of up to `max` items of a list.
rc::Gen<std::vector<Tape>> item_tapes(ItemKind kind, const GenOptions& options, std::uint64_t max) {
  const rc::Gen<Tape> item =
      kind == ItemKind::Order ? recorded(options,
                                         [](Source& source, Source& setup, FeedContext& context) {
                                           make_order(source, context, make_person(setup, context, "1"), first_day());
                                         })
                              : recorded(options, [](Source& source, Source&, FeedContext& context) {
                                  Element products(Kind::Products);
                                  std::vector<std::uint64_t> ids;
                                  add_catalogue_line(source, context, products, ids, "HUF", first_day());
                                });
  return rc::gen::withSize([item, max](int size) {
    return rc::gen::resize(static_cast<int>(max), rc::gen::container<std::vector<Tape>>(rc::gen::resize(size, item)));
  });
}
}  // namespace

// A feed is a list of projects, each recorded as the tape of the choices that
// built it, and replayed in order with one FeedContext. RapidCheck shrinks the
// list (dropping any project, not only the last) and each tape (plainer
// choices), and the replay keeps the whole-feed invariants: ids and e-mails
// unique, one CategoryId, products as the catalogue says.
rc::Gen<Feed> feed(GenOptions options, std::uint64_t max_projects) {
  options.projects = max_projects;
  const rc::Gen<Locale> shops = options.shop ? rc::gen::just(*options.shop) : rc::gen::element(Locale::Hu, Locale::Ro);
  return rc::gen::mapcat(shops, [options, max_projects](Locale shop) {
    GenOptions fixed = options;
    fixed.shop = shop;
    if (fixed.category_id.empty()) fixed.category_id = "21";
    const rc::Gen<Tape> tape =
        recorded(fixed, [](Source& source, Source&, FeedContext& context) { make_project(source, context); });
    const auto tapes = rc::gen::withSize([tape, max_projects](int size) {
      const int length = static_cast<int>(static_cast<std::uint64_t>(size) * max_projects / 100);
      return rc::gen::resize(length, rc::gen::container<std::vector<Tape>>(rc::gen::resize(size, tape)));
    });
    return rc::gen::map(tapes, [fixed](const std::vector<Tape>& projects) {
      SeededSource setup(fixed.seed);
      FeedContext context(fixed, setup);
      Feed feed;
      for (const Tape& t : projects) {
        ReplaySource replay(t);
        feed.projects.push_back(make_project(replay, context));
      }
      return feed;
    });
  });
}

rc::Gen<Element> project(GenOptions options) {
  return with_context(options, [](Source& source, FeedContext& context) { return make_project(source, context); });
}

rc::Gen<Element> business(GenOptions options) {
  return with_context(options, [](Source& source, FeedContext& context) {
    return make_business(source, context, someone(source, context), "1");
  });
}

rc::Gen<Element> contact(GenOptions options) {
  return with_context(options, [](Source& source, FeedContext& context) {
    return make_contact(source, context, someone(source, context));
  });
}

rc::Gen<Element> order(GenOptions options) {
  return with_context(options, [](Source& source, FeedContext& context) {
    return make_order(source, context, someone(source, context), first_day());
  });
}

rc::Gen<Element> customer(GenOptions options) {
  return with_context(options, [](Source& source, FeedContext& context) {
    return make_customer(source, context, someone(source, context));
  });
}

rc::Gen<Element> product(GenOptions options) {
  return with_context(options, [](Source& source, FeedContext& context) {
    const auto id = 1 + source.below(context.catalogue().size());
    const std::string currency = context.shop() == Locale::Hu ? "HUF" : "RON";
    return make_product_line(source, context, context.catalogue().product(id), currency,
                             day_between(source, first_day(), last_day()));
  });
}

rc::Gen<std::string> edge_text() {
  return rc::gen::exec([] {
    RapidCheckSource source;
    constexpr std::string_view kPlain[] = {"Kovács Anna", "Ștefan Popescu", "Kft.", ""};
    return gen::edge_text(source, source.pick(kPlain));
  });
}

rc::Gen<Element> custom_field() {
  return rc::gen::exec([] {
    RapidCheckSource source;
    return edge_custom_field(source);
  });
}

rc::Gen<std::string> defective_feed_xml(std::string rule, GenOptions options, std::uint64_t max_projects) {
  if (!find_defect(rule)) throw std::invalid_argument("no defect injector for the rule '" + rule + "'");
  return rc::gen::exec([rule, options, max_projects] {
    RapidCheckSource source;
    GenOptions sized = options;
    sized.projects = source.count(1, max_projects);
    StringOutput out;
    generate_feed_from(source, source, sized, {{rule}, {}}, out);
    return out.text;
  });
}

}  // namespace syncfeed::arbitrary
