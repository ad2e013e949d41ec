// Properties over generated models (gen/any_model.h): the canonical form loses
// nothing and is a fixed point. RapidCheck prints the seed of a failure;
// replay it with RC_PARAMS="seed=N" build/tests/test_feed.
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include <functional>

#include "feed/writer.h"
#include "gen/any_model.h"
#include "recording_sink.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {
std::vector<Element> read_back(const std::string& text, const ReadOptions& options = {}) {
  RecordingSink sink = read_text(text, options);
  RC_ASSERT(sink.summary.complete);
  RC_ASSERT(sink.findings.empty());
  return std::move(sink.projects);
}
}  // namespace

TEST_CASE("canonical form: properties over generated models") {
  rc::prop("read(write(m)) == m", [] {
    const std::vector<Element> model = *arbitrary::any_projects();
    RC_ASSERT(read_back(canonical_document(model)) == model);
  });

  rc::prop("write(read(write(m))) == write(m)", [] {
    const std::vector<Element> model = *arbitrary::any_projects();
    const std::string once = canonical_document(model);
    RC_ASSERT(canonical_document(read_back(once)) == once);
  });

  rc::prop("suppression directives read back before the same elements: write(read(write(m))) == write(m)", [] {
    const std::vector<Element> model = *arbitrary::any_projects_with_directives();
    const std::string once = canonical_document(model);
    const std::vector<Element> again = read_back(once);
    RC_ASSERT(again == model);
    RC_ASSERT(canonical_document(again) == once);
  });

  rc::prop("the canonical form of a valid model also passes the embedded XSD", [] {
    const std::vector<Element> model = *arbitrary::any_projects();
    ReadOptions xsd;
    xsd.xsd = true;
    RC_ASSERT(read_back(canonical_document(model), xsd) == model);
  });
}

TEST_CASE("the generator makes what it promises") {
  // A property can only fail if its inputs reach the hard cases: check that they do.
  bool cr = false, tab_in_attribute = false, astral = false, mixed = false, cdata_end = false, empty = false;
  rc::prop("covers the hard cases", [&] {
    const std::vector<Element> model = *arbitrary::any_projects();
    const std::string text = canonical_document(model);
    cr = cr || text.find("&#13;") != std::string::npos;
    tab_in_attribute = tab_in_attribute || text.find("&#9;") != std::string::npos;
    astral = astral || text.find("😀") != std::string::npos;
    cdata_end = cdata_end || text.find("]]&gt;") != std::string::npos;
    empty = empty || text.find("/>") != std::string::npos;
    std::function<bool(const Element&)> has_text_run = [&](const Element& e) {
      for (const Element& c : e.children)
        if (c.kind == Kind::Text || has_text_run(c)) return true;
      return false;
    };
    for (const Element& p : model) mixed = mixed || has_text_run(p);
  });
  CHECK(cr);
  CHECK(tab_in_attribute);
  CHECK(astral);
  CHECK(cdata_end);
  CHECK(empty);
  CHECK(mixed);
}
