// Defect injectors: for every rule of the catalogue (docs/rules/, and the
// reader's input-limit), a way to turn a valid project or feed into one that
// breaks exactly that rule, and as few others as it can.
//
// Three scopes, by where the defect lives:
// - a project (most rules): the injector changes the project's Element tree,
//   first making sure what it needs exists (an order, a product line, a
//   Business...); whole-feed rules add a companion project written right
//   after it (a second project with the same Id, or the same e-mail);
// - a project's text (xml-not-well-formed, unused-suppression): the project
//   as written is broken, or a comment is put before it;
// - the document (xml-encoding, xml-dtd): the declaration or a DOCTYPE.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "feed/model.h"
#include "gen/builder.h"
#include "gen/source.h"

namespace syncfeed::gen {

struct DefectContext {
  Source& source;                    // the choices of the injection (a stream apart from the content)
  FeedContext& feed;                 // fresh ids, the shop, the catalogue
  std::vector<Element>& companions;  // projects to write right after the injured one
};

// What the document-level defects change in the prologue.
struct DocumentPlan {
  std::string encoding = "UTF-8";  // declared, and what the bytes are transcoded to
  std::string doctype;             // written after the declaration when not empty
};

struct Defect {
  std::string_view rule;  // the rule id it breaks
  std::string_view how;   // one line for --list-defects and docs/gen.md
  void (*project)(Element& project, DefectContext& context) = nullptr;
  // Changes the project as written; sets `ends_feed` when nothing may follow
  // it (a file cut off in the middle).
  void (*text)(std::string& project_xml, Source& source, bool& ends_feed) = nullptr;
  void (*document)(DocumentPlan& plan) = nullptr;
  // Rules that may fire as well, because the defect cannot avoid it (an
  // unparsable CategoryId also differs from the others) or because the
  // catalogue leaves the reading to the rule's author.
  std::span<const std::string_view> also = {};
};

// Every injector, in catalogue order.
std::span<const Defect> all_defects();
const Defect* find_defect(std::string_view rule);

// The injectors of each family, registered in gen/defects.cpp.
void add_xml_defects(std::vector<Defect>& defects);
void add_project_defects(std::vector<Defect>& defects);
void add_party_defects(std::vector<Defect>& defects);
void add_order_defects(std::vector<Defect>& defects);

// Applies `defect` to one valid project: a model change (and companions), or
// nothing here for text and document defects (the writer applies those).
void inject(const Defect& defect, Element& project, DefectContext& context);

}  // namespace syncfeed::gen
