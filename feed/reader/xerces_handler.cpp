#include "feed/reader/xerces_handler.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include <xercesc/framework/XMLAttr.hpp>
#include <xercesc/util/XMLString.hpp>
#include <xercesc/util/XMLUni.hpp>

#include "feed/utf.h"

namespace syncfeed {
namespace {

using namespace xercesc;

std::string utf8(const XMLCh* s) {
  std::string out;
  if (s) append_utf8(out, s, XMLString::stringLen(s));
  return out;
}

std::size_t count_newlines(const XMLCh* s, XMLSize_t n) {
  return static_cast<std::size_t>(std::count(s, s + n, u'\n'));
}

Location location_of(const SAXParseException& e) {
  return {static_cast<std::uint32_t>(e.getLineNumber()), static_cast<std::uint32_t>(e.getColumnNumber())};
}

// The attributes as SAX2 would give them: without the namespace declarations
// (xmlns, xmlns:*) when namespaces are on (--xsd).
void assign(AttributeList& out, const RefVectorOf<XMLAttr>& list, XMLSize_t count, bool namespaces) {
  out.clear();
  for (XMLSize_t i = 0; i < count; ++i) {
    const XMLAttr* attribute = list.elementAt(i);
    if (namespaces && (XMLString::equals(attribute->getQName(), XMLUni::fgXMLNSString) ||
                       XMLString::equals(attribute->getPrefix(), XMLUni::fgXMLNSString)))
      continue;
    out.add(attribute->getQName(), attribute->getValue());
  }
}

// The name quoted in `message` right after `prefix` (which ends with a quote), if it starts so.
std::string quoted_after(const std::string& message, std::string_view prefix) {
  if (message.rfind(prefix, 0) != 0) return {};
  const std::size_t end = message.find('\'', prefix.size());
  return end == std::string::npos ? std::string() : message.substr(prefix.size(), end - prefix.size());
}

// The schema declares Contact, Order and Product abstract outside their
// lists (xsd/syncfeed.xsd); Xerces's words for that point to substitution groups.
std::string explained(const std::string& message) {
  if (message.find("is abstract") == std::string::npos) return message;
  const std::size_t open = message.find('\'');
  const std::size_t close = open == std::string::npos ? open : message.find('\'', open + 1);
  if (close == std::string::npos) return message;
  const std::string name = message.substr(open + 1, close - open - 1);
  return fmt::format("element '{}' is an item of a list ({}); it is not allowed outside it", name,
                     tag(list_of_item(name)));
}

}  // namespace

void XercesHandler::set_offset_source(const FeedScanner* scanner) {
  scanner_ = scanner;
  builder_.set_offset_source(scanner ? this : nullptr);
}

void XercesHandler::fatal(std::string_view rule, Location loc, std::string message) {
  if (stopped_) return;
  stopped_ = true;
  // Xerces decodes ahead of its scanner: it reports a byte that is not in the
  // encoding where the scanner stood. The exact place is in the raw bytes.
  if (rule == reader_rules::kNotWellFormed && is_encoding_error(message) &&
      (summary_.encoding.empty() || is_utf8(summary_.encoding)))
    if (std::optional<Location> exact = locate_bad_byte_()) loc = *exact;
  report(rule, loc, std::move(message));
}

Location XercesHandler::current_location() const {
  if (!position_.attached()) return last_event_end_;
  return position_.asked();
}

// The reader takes the scanner's document events directly (feed_scanner.h):
// SAX2's translation of each start tag, end tag and text run into its own
// ContentHandler calls cost a tenth of a lint. What SAX2 gave is kept: the
// element's name as written (its local part with namespaces on), the
// attributes without namespace declarations (with namespaces on), no text
// outside the root, an end for an empty tag.
void XercesHandler::startElement(const XMLElementDecl& declaration, const unsigned int, const XMLCh* const,
                                 const RefVectorOf<XMLAttr>& attributes, const XMLSize_t attribute_count,
                                 const bool empty, const bool) {
  assign(attributes_, attributes, attribute_count, options_.xsd);
  ElementName& name = names_.of(declaration);
  // Where the next markup begins: the locator points just past the previous event.
  Location start = last_event_end_;
  mark_event_end();
  if (builder_.depth() == 0 && options_.max_depth > 0) start = root_start(name.text(), start, attributes_.size());
  builder_.start_element(name, attributes_, start);
  if (empty) endElement(declaration, 0, false, nullptr);
}

// The root: its location, and the encoding of a document without an XML declaration.
Location XercesHandler::root_start(const std::string& name, Location start, std::size_t attribute_count) {
  // The locator is past the start tag; without attributes its start is exact.
  if (attribute_count == 0 && last_event_end_.column > name.size() + 2)
    start = {last_event_end_.line, last_event_end_.column - static_cast<std::uint32_t>(name.size() + 2)};
  if (!encoding_checked_) {
    summary_.encoding = detected_encoding_;
    check_encoding("", detected_encoding_);
  }
  return start;
}

void XercesHandler::endElement(const XMLElementDecl&, const unsigned int, const bool, const XMLCh* const) {
  mark_event_end();
  builder_.end_element();
}

void XercesHandler::docCharacters(const XMLCh* const chars, const XMLSize_t length, const bool) {
  if (builder_.depth() == 0) return;  // SAX2 drops text outside the root
  const Location start = last_event_end_;
  mark_event_end();
  builder_.text({chars, length}, start);
}

void XercesHandler::ignorableWhitespace(const XMLCh* const, const XMLSize_t, const bool) {
  if (builder_.depth() == 0) return;  // as SAX2 dropped it outside the root
  mark_event_end();
}

void XercesHandler::docPI(const XMLCh* const target, const XMLCh* const data) {
  // <?target data?>: Xerces drops the spaces before data; one is assumed.
  const XMLSize_t data_length = XMLString::stringLen(data);
  const Location at = markup_start(XMLString::stringLen(target) + (data_length ? data_length + 1 : 0) + 4,
                                   count_newlines(data, data_length));
  mark_event_end();
  sink_.on_dropped(fmt::format("processing instruction <?{}?>", utf8(target)), at);
}

void XercesHandler::docComment(const XMLCh* const chars) {
  const XMLSize_t length = XMLString::stringLen(chars);
  const Location at = markup_start(length + 7, count_newlines(chars, length));  // <!--chars-->
  mark_event_end();
  std::string text;
  append_utf8(text, chars, length);
  builder_.comment(std::move(text), at);
}

// A DOCTYPE with an internal or external subset.
void XercesHandler::startDTD(const XMLCh* const name, const XMLCh* const, const XMLCh* const) {
  // Refused before its internal subset is read: no entity is declared, none expanded.
  // The locator is just past "<!DOCTYPE name" (and any external id).
  mark_event_end();
  Location at = last_event_end_;
  const std::uint32_t header = static_cast<std::uint32_t>(std::string_view("<!DOCTYPE ").size() + utf8(name).size());
  at.column = at.column > header ? at.column - header : 1;
  sink_.on_dropped("DOCTYPE", at);
  fatal(reader_rules::kDtd, at,
        fmt::format("a DOCTYPE (<!DOCTYPE {}>) is present; MiniCRM feeds have none, and syncfeed "
                    "refuses DTDs and entity declarations without reading them. The rest of the "
                    "file was not checked",
                    utf8(name)));
  throw StopReading{};
}

void XercesHandler::XMLDecl(const XMLCh* const version, const XMLCh* const encoding, const XMLCh* const,
                            const XMLCh* const detected) {
  mark_event_end();
  // XML 1.1 allows control characters (&#x1;) that no XML 1.0 document can
  // hold: fmt would write a feed that is not well-formed. Feeds are XML 1.0.
  if (const std::string v = utf8(version); v != "1.0") {
    fatal(reader_rules::kNotWellFormed, {1, 1},
          fmt::format("the feed declares XML {}; feeds are XML 1.0 (1.1 allows control characters that "
                      "a 1.0 feed cannot hold). The rest of the file was not checked",
                      v));
    throw StopReading{};
  }
  std::string declared = utf8(encoding);
  summary_.encoding = declared.empty() ? utf8(detected) : declared;
  check_encoding(declared, utf8(detected));
}

// Reports a document that is not UTF-8, once, and tells the guard whether to check every byte.
void XercesHandler::check_encoding(std::string_view declared, std::string_view detected) {
  if (std::optional<std::string> complaint = encoding_complaint(declared, detected))
    report(reader_rules::kEncoding, {1, 1}, std::move(*complaint));
  encoding_checked_ = true;
  if (guard_) guard_->expect_utf8(is_utf8(summary_.encoding));
}

void XercesHandler::error(const SAXParseException& e) {
  // Only the XSD validator reports recoverable errors.
  std::string message = utf8(e.getMessage());
  if (!xerces_says_more(message)) return;
  report(reader_rules::kSchema, location_of(e), "XSD: " + explained(message));
}

void XercesHandler::fatalError(const SAXParseException& e) {
  fatal(reader_rules::kNotWellFormed, location_of(e), "not well-formed XML: " + utf8(e.getMessage()));
  throw StopReading{};
}

// False when Xerces's complaint is one that syncfeed reports otherwise, in
// both modes alike, so that --xsd gives the structural check's verdict:
// - a missing Id: rules of its own (project-id-missing...);
// - an attribute the format does not have: unknown-attribute (the reader's);
// - an element the format does not know in a list or the root, which XSD
//   1.0 cannot tolerate beside the list's items (Unique Particle
//   Attribution): unknown-element. Xerces says it at the element ("no
//   declaration found") and at the list's end ("not allowed for content
//   model", naming the first child that does not fit: re-aimed at the first
//   misplaced name of the format, if the list has one), and checks what the
//   element holds, which neither mode does for an element it does not know.
bool XercesHandler::xerces_says_more(std::string& message) const {
  if (message.find("attribute 'Id'") != std::string::npos) return false;
  if (message.rfind("attribute '", 0) == 0 && message.find("' is not declared for element '") != std::string::npos)
    return false;
  const FrameStack& frames = builder_.frames();
  if (std::any_of(frames.begin(), frames.end(), [](const Frame& f) { return f.unchecked; })) return false;
  if (frames.empty() || !is_item_list(frames.back().shape)) return true;
  const Frame& list = frames.back();
  std::string name = quoted_after(message, "no declaration found for element '");
  if (!name.empty()) return is_format_name(name);
  name = quoted_after(message, "element '");
  if (name.empty() || message.find("' is not allowed for content model") == std::string::npos || is_format_name(name))
    return true;
  if (list.first_misplaced.empty()) return false;
  message.replace(std::string_view("element '").size(), name.size(), list.first_misplaced);
  return true;
}

// Where a comment or processing instruction of `length` columns begins. Inside
// the root that is where the previous event ended; before and after it Xerces
// reports no whitespace, so count back from where the markup ends instead.
Location XercesHandler::markup_start(std::size_t length, std::size_t newlines) const {
  if (builder_.depth() > 0 || !position_.attached()) return last_event_end_;
  const Location end = position_.now();
  if (newlines > 0) return {end.line - static_cast<std::uint32_t>(newlines), 1};  // its column is not known
  return {end.line, end.column > length ? end.column - static_cast<std::uint32_t>(length) : 1};
}

void XercesHandler::report(std::string_view rule, Location loc, std::string message) {
  Finding f;
  f.rule = rule;
  f.loc = loc;
  f.message = std::move(message);
  builder_.fill_ids(f);
  sink_.on_finding(std::move(f));
}

}  // namespace syncfeed
