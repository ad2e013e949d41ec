#include "feed/reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <optional>
#include <cstdio>
#include <memory>
#include <vector>

#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/framework/XMLRecognizer.hpp>
#include <xercesc/framework/StdInInputSource.hpp>
#include <xercesc/framework/LocalFileInputSource.hpp>
#include <xercesc/framework/XMLDocumentHandler.hpp>
#include <xercesc/framework/XMLGrammarPool.hpp>
#include <xercesc/framework/XMLGrammarPoolImpl.hpp>
#include <xercesc/sax/Locator.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/sax2/SAX2XMLReader.hpp>  // loads the schema once
#include <xercesc/sax2/XMLReaderFactory.hpp>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/XMLException.hpp>
#include <xercesc/util/XMLString.hpp>
#include <xercesc/util/XMLUni.hpp>
#include <xercesc/validators/common/Grammar.hpp>

#include "feed/reader/attribute_list.h"
#include "feed/directive.h"
#include "feed/reader/element_names.h"
#include "feed/embedded_xsd.h"
#include "feed/reader/feed_scanner.h"
#include "feed/reader/input_guard.h"
#include "feed/reader/directive_placement.h"
#include "feed/reader/frames.h"
#include "feed/reader/scanner_position.h"
#include "feed/utf.h"

namespace syncfeed {
namespace {

using namespace xercesc;

// Thrown by the handler to end a parse after a finding that stops the file.
struct StopParsing {};

// Finds the first byte sequence of the input that is not UTF-8, if it can.
using BadByteLocator = std::function<std::optional<Location>()>;

Location to_location(const TextPosition& p) {
  return {static_cast<std::uint32_t>(p.line), static_cast<std::uint32_t>(p.column)};
}

std::optional<Location> first_bad_byte(std::string_view text) {
  Utf8Checker checker;
  if (checker.feed(text)) return std::nullopt;
  return to_location(checker.position());
}

std::optional<Location> first_bad_byte_in_file(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return std::nullopt;
  Utf8Checker checker;
  char buffer[1 << 16];
  std::size_t n;
  bool valid = true;
  while (valid && (n = std::fread(buffer, 1, sizeof buffer, f)) > 0) valid = checker.feed({buffer, n});
  std::fclose(f);
  if (valid) return std::nullopt;
  return to_location(checker.position());
}

void ensure_xerces() {
  static const bool initialized = [] {
    XMLPlatformUtils::Initialize();
    return true;
  }();
  (void)initialized;
}

std::string utf8(const XMLCh* s) {
  std::string out;
  if (s) append_utf8(out, s, XMLString::stringLen(s));
  return out;
}

bool is_utf8(std::string_view encoding) {
  std::string lower(encoding);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower == "utf-8" || lower == "utf8";
}

bool all_whitespace(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

bool all_whitespace(const XMLCh* s, XMLSize_t n) {
  for (XMLSize_t i = 0; i < n; ++i)
    if (s[i] != u' ' && s[i] != u'\t' && s[i] != u'\n' && s[i] != u'\r') return false;
  return true;
}

// Where the first character of `s` that is not whitespace stands, when `s` begins at `at`.
Location first_non_whitespace(Location at, const XMLCh* s, XMLSize_t n) {
  for (XMLSize_t i = 0; i < n; ++i) {
    if (s[i] == u'\n') {
      ++at.line;
      at.column = 1;
    } else if (s[i] == u' ' || s[i] == u'\t' || s[i] == u'\r') {
      ++at.column;
    } else {
      break;
    }
  }
  return at;
}

std::size_t count_newlines(const XMLCh* s, XMLSize_t n) { return static_cast<std::size_t>(std::count(s, s + n, u'\n')); }

// List containers (Orders, Emails...) given twice in one parent are merged:
// their items are the data, the wrapper is not.
bool merges_when_repeated(Kind kind) {
  const KindInfo& k = info(kind);
  return kind == Kind::OrderProject || (k.children.size() == 1 && k.children[0].repeatable);
}

class Handler final : public ScannerEvents {
 public:
  Handler(FeedSink& sink, const ReadOptions& options, ReadSummary& summary, const BadByteLocator& locate_bad_byte)
      : sink_(sink), options_(options), summary_(summary), locate_bad_byte_(locate_bad_byte), names_(options.xsd) {}

  bool has_pending_fatal() const { return stopped_; }

  // Reports a finding that ends the file: what was read so far stays reported.
  void fatal(std::string_view rule, Location loc, std::string message) {
    if (stopped_) return;
    stopped_ = true;
    // Xerces decodes ahead of its scanner: it reports a byte that is not in the
    // encoding where the scanner stood. The exact place is in the raw bytes.
    if (rule == reader_rules::kNotWellFormed && is_encoding_error(message) &&
        (summary_.encoding.empty() || is_utf8(summary_.encoding)))
      if (std::optional<Location> exact = locate_bad_byte_()) loc = *exact;
    report(rule, loc, std::move(message));
  }

  Location current_location() const {
    if (!position_.attached()) return last_event_end_;
    return position_.asked();
  }

  // Where the scanner stands, from the start of the document on (as SAX2's
  // setDocumentLocator was).
  void set_locator(const Locator* locator) { locator_ = locator; }
  void startDocument() override { position_.attach(locator_); }
  // The encoding of a document without an XML declaration, as its first bytes tell.
  void set_detected_encoding(std::string encoding) { detected_encoding_ = std::move(encoding); }
  // Where byte offsets come from, when ReadOptions::project_spans asks for them.
  void set_offset_source(const FeedScanner* scanner) { offsets_ = scanner; }
  // Told of every event, so that it can bound the input read between two.
  void set_input_guard(InputGuard* guard) { guard_ = guard; }
  // The suppression directives after the last element, once the document is read.
  std::vector<std::string> trailing_directives() { return directives_.take_rest(); }
  // Where the last event ended: valid after the parser has unwound, unlike the scanner's position.
  Location last_event_end() const { return last_event_end_; }

  // --- XMLDocumentHandler ---------------------------------------------------
  // The reader takes the scanner's document events directly (feed_scanner.h):
  // SAX2's translation of each start tag, end tag and text run into its own
  // ContentHandler calls cost a tenth of a lint. What SAX2 gave is kept: the
  // element's name as written (its local part with namespaces on), the
  // attributes without namespace declarations (with namespaces on), no text
  // outside the root, an end for an empty tag.
  void startElement(const XMLElementDecl& declaration, const unsigned int, const XMLCh* const,
                    const RefVectorOf<XMLAttr>& attributes, const XMLSize_t attribute_count, const bool empty,
                    const bool) override {
    attributes_.assign(attributes, attribute_count, options_.xsd);
    element_started(names_.of(declaration), attributes_);
    if (empty) element_ended();
  }

  void endElement(const XMLElementDecl&, const unsigned int, const bool, const XMLCh* const) override {
    element_ended();
  }

  void element_started(ElementName& name, const AttributeList& attributes) {
    const Location start = element_start();
    mark_event_end();
    if (++depth_ > options_.max_depth) {
      fatal(reader_rules::kLimit, start,
            fmt::format("elements nest deeper than {} levels; the rest of the file was not checked "
                        "(--max-depth raises the limit)",
                        options_.max_depth));
      throw StopParsing{};
    }
    if (skip_depth_ > 0) {
      ++skip_depth_;
      return;
    }
    if (depth_ == 1) return start_root(name.text(), start, attributes);
    if (frames_.empty()) return;  // below a root that is not <Projects>
    start_child(name, start, attributes);
  }

  void element_ended() {
    mark_event_end();
    --depth_;
    if (skip_depth_ > 0) {
      --skip_depth_;
      return;
    }
    if (frames_.empty()) return;
    if (frames_.size() == 1) return;  // </Projects>
    end_child();
  }

  void docCharacters(const XMLCh* const chars, const XMLSize_t length, const bool) override {
    if (depth_ == 0) return;  // SAX2 drops text outside the root
    const Location start = element_start();
    mark_event_end();
    if (skip_depth_ > 0 || frames_.size() < 2) {
      if (skip_depth_ == 0 && !frames_.empty() && !all_whitespace(chars, length))
        stray_text(frames_.back(), first_non_whitespace(start, chars, length));
      return;
    }
    Frame& frame = frames_.back();
    const Kind kind = frame.element->kind;
    if (is_leaf(kind) || frame.flat_value) {
      append_text(frame.element->text, chars, length);
    } else if (kind == Kind::Custom || kind == Kind::OrderProject) {
      if (frame.pending_text_at.line == 0 && !all_whitespace(chars, length)) {
        frame.pending_text_at = first_non_whitespace(start, chars, length);
        // Kept (it is data), but a record's structure has no place for it.
        if (is_record_shape(frame.shape)) mixed_text(frame, frame.pending_text_at);
      }
      append_text(frame.pending_text, chars, length);
    } else if (!all_whitespace(chars, length)) {
      stray_text(frame, first_non_whitespace(start, chars, length));
    }
  }

  void ignorableWhitespace(const XMLCh* const, const XMLSize_t, const bool) override {
    if (depth_ == 0) return;  // as SAX2 dropped it outside the root
    mark_event_end();
  }

  void docPI(const XMLCh* const target, const XMLCh* const data) override {
    // <?target data?>: Xerces drops the spaces before data; one is assumed.
    const XMLSize_t data_length = XMLString::stringLen(data);
    const Location at = markup_start(XMLString::stringLen(target) + (data_length ? data_length + 1 : 0) + 4,
                                     count_newlines(data, data_length));
    mark_event_end();
    sink_.on_dropped(fmt::format("processing instruction <?{}?>", utf8(target)), at);
  }

  void docComment(const XMLCh* const text) override { comment(text, XMLString::stringLen(text)); }

  void comment(const XMLCh* const chars, const XMLSize_t length) {
    const Location at = markup_start(length + 7, count_newlines(chars, length));  // <!--chars-->
    mark_event_end();
    std::string text;
    append_utf8(text, chars, length);
    sink_.on_comment(text, at);
    if (parse_directive(text))
      directives_.comment(std::move(text), at);
    else
      sink_.on_dropped("comment", at);
  }

  // A DOCTYPE with an internal or external subset.
  void startDTD(const XMLCh* const name, const XMLCh* const, const XMLCh* const) override {
    // Refused before its internal subset is read: no entity is declared, none expanded.
    // The locator is just past "<!DOCTYPE name" (and any external id).
    mark_event_end();
    Location at = element_start();
    const std::uint32_t header = static_cast<std::uint32_t>(std::string_view("<!DOCTYPE ").size() + utf8(name).size());
    at.column = at.column > header ? at.column - header : 1;
    sink_.on_dropped("DOCTYPE", at);
    fatal(reader_rules::kDtd, at,
          fmt::format("a DOCTYPE (<!DOCTYPE {}>) is present; MiniCRM feeds have none, and syncfeed "
                      "refuses DTDs and entity declarations without reading them. The rest of the "
                      "file was not checked",
                      utf8(name)));
    throw StopParsing{};
  }

  // --- ErrorHandler ---------------------------------------------------------
  void warning(const SAXParseException&) override {}
  void resetErrors() override {}

  void error(const SAXParseException& e) override {
    // Only the XSD validator reports recoverable errors.
    std::string message = utf8(e.getMessage());
    if (!xerces_says_more(message)) return;
    report(reader_rules::kSchema, location_of(e), "XSD: " + explained(message));
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
  bool xerces_says_more(std::string& message) const {
    if (message.find("attribute 'Id'") != std::string::npos) return false;
    if (message.rfind("attribute '", 0) == 0 && message.find("' is not declared for element '") != std::string::npos)
      return false;
    if (std::any_of(frames_.begin(), frames_.end(), [](const Frame& f) { return f.unchecked; })) return false;
    if (frames_.empty() || !is_item_list(frames_.back().shape)) return true;
    const Frame& list = frames_.back();
    std::string name = quoted_after(message, "no declaration found for element '");
    if (!name.empty()) return is_format_name(name);
    name = quoted_after(message, "element '");
    if (name.empty() || message.find("' is not allowed for content model") == std::string::npos ||
        is_format_name(name))
      return true;
    if (list.first_misplaced.empty()) return false;
    message.replace(std::string_view("element '").size(), name.size(), list.first_misplaced);
    return true;
  }

  // The name quoted in `message` right after `prefix` (which ends with a quote), if it starts so.
  static std::string quoted_after(const std::string& message, std::string_view prefix) {
    if (message.rfind(prefix, 0) != 0) return {};
    const std::size_t end = message.find('\'', prefix.size());
    return end == std::string::npos ? std::string() : message.substr(prefix.size(), end - prefix.size());
  }

  // The schema declares Contact, Order and Product abstract outside their
  // lists (xsd/syncfeed.xsd); Xerces's words for that point to substitution groups.
  static std::string explained(const std::string& message) {
    if (message.find("is abstract") == std::string::npos) return message;
    const std::size_t open = message.find('\'');
    const std::size_t close = open == std::string::npos ? open : message.find('\'', open + 1);
    if (close == std::string::npos) return message;
    const std::string name = message.substr(open + 1, close - open - 1);
    return fmt::format("element '{}' is an item of a list ({}); it is not allowed outside it", name,
                       tag(list_of_item(name)));
  }

  void fatalError(const SAXParseException& e) override {
    fatal(reader_rules::kNotWellFormed, location_of(e), "not well-formed XML: " + utf8(e.getMessage()));
    throw StopParsing{};
  }

  void XMLDecl(const XMLCh* const version, const XMLCh* const encoding, const XMLCh* const,
               const XMLCh* const detected) override {
    mark_event_end();
    // XML 1.1 allows control characters (&#x1;) that no XML 1.0 document can
    // hold: fmt would write a feed that is not well-formed. Feeds are XML 1.0.
    if (const std::string v = utf8(version); v != "1.0") {
      fatal(reader_rules::kNotWellFormed, {1, 1},
            fmt::format("the feed declares XML {}; feeds are XML 1.0 (1.1 allows control characters that "
                        "a 1.0 feed cannot hold). The rest of the file was not checked",
                        v));
      throw StopParsing{};
    }
    std::string declared = utf8(encoding);
    summary_.encoding = declared.empty() ? utf8(detected) : declared;
    check_encoding(declared, utf8(detected));
    encoding_checked_ = true;
    if (guard_) guard_->expect_utf8(is_utf8(summary_.encoding));
  }
  void endDocument() override {}
  void endEntityReference(const XMLEntityDecl&) override {}
  void resetDocument() override {}
  void startEntityReference(const XMLEntityDecl&) override {}

  // A document without an XML declaration: its encoding is what was detected.
  void check_encoding_without_declaration(std::string_view detected) {
    if (encoding_checked_) return;
    summary_.encoding = detected;
    check_encoding("", detected);
    if (guard_) guard_->expect_utf8(is_utf8(summary_.encoding));
  }

 private:
  // Where the next markup begins: the locator points just past the previous event.
  Location element_start() const { return last_event_end_; }

  // Where a comment or processing instruction of `length` columns begins. Inside
  // the root that is where the previous event ended; before and after it Xerces
  // reports no whitespace, so count back from where the markup ends instead.
  Location markup_start(std::size_t length, std::size_t newlines) const {
    if (depth_ > 0 || !position_.attached()) return element_start();
    const Location end = position_.now();
    if (newlines > 0) return {end.line - static_cast<std::uint32_t>(newlines), 1};  // its column is not known
    return {end.line, end.column > length ? end.column - static_cast<std::uint32_t>(length) : 1};
  }

  void mark_event_end() {
    if (guard_) guard_->progress();
    if (position_.attached()) last_event_end_ = position_.now();
  }

  static Location location_of(const SAXParseException& e) {
    return {static_cast<std::uint32_t>(e.getLineNumber()), static_cast<std::uint32_t>(e.getColumnNumber())};
  }

  void report(std::string_view rule, Location loc, std::string message) {
    Finding f;
    f.rule = rule;
    f.loc = loc;
    f.message = std::move(message);
    fill_ids(f);
    sink_.on_finding(std::move(f));
  }

  // Structural findings come from the XSD validator in --xsd mode instead.
  void structural(Location loc, std::string message, std::string_view field = {}) {
    if (options_.xsd) return;
    Finding f;
    f.rule = reader_rules::kSchema;
    f.loc = loc;
    f.message = std::move(message);
    f.field = field;
    fill_ids(f);
    sink_.on_finding(std::move(f));
  }

  // An attribute the format does not have: no break of the import (MiniCRM
  // reads elements), so not `schema` but a warning, in both modes: in XSD
  // mode Xerces's own complaint about it is not reported (xerces_says_more).
  static constexpr std::string_view kAttributeIgnored =
      "MiniCRM reads elements, so it most likely ignores the attribute: what the generator meant to send in it may "
      "be lost";
  static constexpr std::string_view kAttributeDropped = "the model has no place for it: fmt does not write it back";

  void unknown_attribute(Location loc, std::string message, std::string_view attribute) {
    Finding f;
    f.rule = reader_rules::kUnknownAttribute;
    f.loc = loc;
    f.message = std::move(message);
    f.field = "@" + std::string(attribute);
    fill_ids(f);
    sink_.on_finding(std::move(f));
  }

  void fill_ids(Finding& f) const {
    for (const Frame& frame : frames_) {
      const Element& e = *frame.element;
      if (e.kind == Kind::Project) f.project_id = e.id;
      if (e.kind == Kind::Order) f.order_id = e.id;
      if (e.kind == Kind::Product) f.product_id = e.id;
    }
  }

  void check_encoding(std::string_view declared, std::string_view detected) {
    const std::string_view used = declared.empty() ? detected : declared;
    if (used.empty() || is_utf8(used)) return;
    report(reader_rules::kEncoding, {1, 1},
           fmt::format("the feed is encoded as {} ({}); MiniCRM expects UTF-8", used,
                       declared.empty() ? "detected" : "declared"));
  }

  void append_text(std::string& text, const XMLCh* chars, XMLSize_t length) {
    append_utf8(text, chars, length);
    if (text.size() > options_.max_text) {
      fatal(reader_rules::kLimit, frames_.back().element->loc,
            fmt::format("a value longer than {} bytes; the rest of the file was not checked "
                        "(--max-text raises the limit)",
                        options_.max_text));
      throw StopParsing{};
    }
  }

  void stray_text(const Frame& frame, Location at) {
    sink_.on_dropped(fmt::format("text inside <{}>", frame.element->tag()), at);
    mixed_text(frame, at);
  }

  void mixed_text(const Frame& frame, Location at) {
    structural(at, fmt::format("text is not allowed directly inside <{}> (mixed content)", frame.element->tag()));
  }

  // A shape with a structure to check: a record, a list or an order's
  // Project (not a value, and not "anything": Kind::Custom).
  static bool is_record_shape(Kind shape) { return shape != Kind::Custom && !is_leaf(shape); }

  void start_root(const std::string& name, Location start, const AttributeList& attributes) {
    // The locator is past the start tag; without attributes its start is exact.
    if (attributes.size() == 0 && last_event_end_.column > name.size() + 2)
      start = {last_event_end_.line, last_event_end_.column - static_cast<std::uint32_t>(name.size() + 2)};
    if (!encoding_checked_) check_encoding_without_declaration(detected_encoding_);
    if (name != tag(Kind::Projects)) {
      structural(start, fmt::format("the root element is <{}>; a feed's root is <Projects>", name));
      return;
    }
    if (offsets_) span_begin_ = offsets_->source_offset();  // just past <Projects ...>
    root_ = Element(Kind::Projects);
    root_.loc = start;
    drop_attributes(frames_.push(root_), attributes, start);
  }

  void start_child(ElementName& element_name, Location start, const AttributeList& attributes) {
    const std::string& name = element_name.text();
    Frame& parent = frames_.back();
    parent.has_element_children = true;
    const Kind parent_kind = parent.element->kind;

    if (is_leaf(parent_kind) || parent.flat_value) {
      sink_.on_dropped(fmt::format("element <{}> inside <{}>", name, parent.element->tag()), start);
      structural(start, fmt::format("<{}> holds a value; it cannot contain the element <{}>",
                                    parent.element->tag(), name));
      skip_depth_ = 1;
      return;
    }
    if (parent_kind == Kind::Custom || parent_kind == Kind::OrderProject) place_pending_text(parent);
    if (parent_kind == Kind::Custom) return start_inside_custom(parent, element_name, start, attributes);

    const ChildMatch match = element_name.under(parent_kind);
    const bool flat_value = match.known && match.flat_value;
    // A flat <Email>x</Email> is read as Emails/Email/Value.
    const Kind kind = !match.known ? Kind::Custom
                      : flat_value ? (match.kind == Kind::Emails ? Kind::Email : Kind::Phone)
                                   : match.kind;
    Element& e = new_child(parent, kind);
    e.alias = match.alias;
    e.loc = start;
    directives_.attach(e);
    const Unknown unknown = match.known ? Unknown{kind, false} : shape_of_unknown(parent, parent_kind, name, start);
    if (!match.known) e.name = name;
    // On the stack first, so that findings about its attributes carry its ids.
    Frame& frame = frames_.push(e);
    frame.flat_value = flat_value;
    frame.shape = flat_value ? Kind::Value : unknown.shape;
    frame.unchecked = unknown.unchecked;
    read_attributes(frame, attributes, start);
  }

  // Below an element the model keeps whole (a custom field, an unknown
  // element), everything is kept as it is; what is checked is the structure
  // its shape asks for, as the XSD does.
  void start_inside_custom(Frame& parent, ElementName& element_name, Location start,
                           const AttributeList& attributes) {
    const std::string& name = element_name.text();
    const Kind parent_shape = parent.shape;
    Unknown unknown{Kind::Custom, false};
    if (is_leaf(parent_shape)) {
      structural(start, fmt::format("<{}> holds a value; it cannot contain the element <{}>",
                                    parent.element->tag(), name));
    } else if (parent_shape != Kind::Custom) {
      const ChildMatch& match = element_name.under(parent_shape);
      unknown = !match.known        ? shape_of_unknown(parent, parent_shape, name, start)
                : match.flat_value ? Unknown{Kind::Value, false}
                                   : Unknown{match.kind, false};
    }
    Element& e = new_child(parent, Kind::Custom);
    e.loc = start;
    directives_.attach(e);
    e.name = name;
    Frame& frame = frames_.push(e);
    frame.shape = unknown.shape;
    frame.unchecked = unknown.unchecked;
    read_attributes(frame, attributes, start);
  }

  // What the reader makes of an element the format does not list where it stands.
  struct Unknown {
    Kind shape;      // the structure it must have (Frame::shape)
    bool unchecked;  // Frame::unchecked
  };

  // The shape of an element called `name` where a record or list of shape
  // `parent_shape` does not list it (feed/schema.h, classify_unknown); reports
  // it when the structure has no place for it at all.
  Unknown shape_of_unknown(Frame& parent, Kind parent_shape, const std::string& name, Location start) {
    const std::string_view parent_tag = parent.element->tag();
    switch (classify_unknown(parent_shape, name)) {
      case UnknownChild::ExtraInList:  // unknown-element's (FeedSink::on_stray)
        return {Kind::Custom, true};
      case UnknownChild::NotInList:
        if (parent.first_misplaced.empty()) parent.first_misplaced = name;
        structural(start, fmt::format("<{}> is not an element of <{}>: a list holds only <{}> items, which "
                                      "MiniCRM reads by name",
                                      name, parent_tag, tag(info(parent_shape).children[0].kind)), name);
        return {Kind::Custom, false};
      case UnknownChild::ItemOutside:
        structural(start, fmt::format("<{}> is an item of a <{}> list; directly in <{}> it is not imported",
                                      name, tag(list_of_item(name)), parent_tag), name);
        return {Kind::Custom, false};
      case UnknownChild::CustomField:
        if (parent_shape == Kind::OrderProject) return {Kind::Custom, false};  // not checked at all
        [[fallthrough]];
      case UnknownChild::Extra:
        break;
    }
    return {declared_shape(name), false};
  }

  // Where a new child of `parent` is built: in place, as its last child. A
  // child of <Projects> has a slot of its own, handed over and dropped at its end.
  Element& new_child(Frame& parent, Kind kind) {
    if (parent.element == &root_) {
      top_ = Element(kind);
      return top_;
    }
    std::vector<Element>& children = parent.element->children;
    if (children.empty()) children.reserve(info(parent.element->kind).children.size() + 2);
    return children.emplace_back(kind);
  }

  static std::string expected_children(Kind parent) {
    std::string list;
    for (const ChildRule& rule : info(parent).children) {
      list += list.empty() ? "; expected one of: " : ", ";
      list += info(rule.kind).tag;
    }
    return list;
  }

  void read_attributes(Frame& frame, const AttributeList& attributes, Location start) {
    Element& e = *frame.element;
    if (e.kind == Kind::Custom) {
      // Kept, whatever they are; checked against the element's shape.
      for (std::size_t i = 0; i < attributes.size(); ++i) {
        e.attributes.push_back({utf8(attributes.name(i)), utf8(attributes.value(i))});
        const Attribute& a = e.attributes.back();
        if (frame.shape == Kind::Custom || (a.name == "Id" && info(frame.shape).id != IdAttribute::None)) continue;
        unknown_attribute(start, fmt::format("<{}> has an attribute {}=\"{}\"; where the format has a <{}>, it {}. {} "
                                             "(syncfeed keeps it: the element is not the format's here)",
                                             e.name, a.name, a.value, e.name,
                                             info(frame.shape).id == IdAttribute::None ? "takes no attributes"
                                                                                       : "takes only an Id",
                                             kAttributeIgnored),
                          a.name);
      }
      return;
    }
    const bool takes_id = info(e.kind).id != IdAttribute::None && !frame.flat_value;
    const XMLCh id_name[] = {u'I', u'd', 0};
    const int id_index = takes_id ? attributes.index_of(id_name) : -1;
    if (id_index >= 0) {  // the Id first: findings about the other attributes name it
      e.has_id = true;
      e.id = utf8(attributes.value(static_cast<std::size_t>(id_index)));
    }
    for (std::size_t i = 0; i < attributes.size(); ++i) {
      if (static_cast<int>(i) == id_index) continue;
      std::string attr = utf8(attributes.name(i));
      sink_.on_dropped(fmt::format("attribute {} of <{}>", attr, e.tag()), start);
      unknown_attribute(start, fmt::format("<{}> has an attribute {}=\"{}\"; {}. {} ({})", e.tag(), attr,
                                           utf8(attributes.value(i)),
                                           info(e.kind).id == IdAttribute::None ? "it takes no attributes"
                                                                                : "its only attribute is Id",
                                           kAttributeIgnored, kAttributeDropped),
                        attr);
    }
  }

  void drop_attributes(Frame& frame, const AttributeList& attributes, Location start) {
    for (std::size_t i = 0; i < attributes.size(); ++i) {
      std::string attr = utf8(attributes.name(i));
      if (attr.rfind("xmlns", 0) == 0 || attr.rfind("xsi:", 0) == 0) continue;  // namespace plumbing
      sink_.on_dropped(fmt::format("attribute {} of <{}>", attr, frame.element->tag()), start);
      unknown_attribute(start, fmt::format("<{}> has an attribute {}=\"{}\"; it takes none. {} ({})",
                                           frame.element->tag(), attr, utf8(attributes.value(i)), kAttributeIgnored,
                                           kAttributeDropped),
                        attr);
    }
  }

  // Custom fields keep text between their child elements (mixed content).
  void place_pending_text(Frame& frame) {
    if (!frame.pending_text.empty() && !all_whitespace(frame.pending_text)) {
      Element text(Kind::Text);
      text.loc = frame.pending_text_at;
      text.text = std::move(frame.pending_text);
      directives_.attach(text);
      frame.element->children.push_back(std::move(text));
    }
    frame.pending_text.clear();
    frame.pending_text_at = {};
  }

  // Finishes the innermost element where it was built: most elements are
  // never moved (the reader's hot path).
  void end_child() {
    Frame& frame = frames_.back();
    Element& e = *frame.element;
    if (e.kind == Kind::Custom || e.kind == Kind::OrderProject) {
      if (frame.has_element_children)
        place_pending_text(frame);
      else if (e.kind == Kind::Custom)
        e.text = std::move(frame.pending_text);
      else if (!all_whitespace(frame.pending_text))  // reported where it was read
        sink_.on_dropped(fmt::format("text inside <{}>", e.tag()), frame.pending_text_at);
    }
    if (frame.flat_value) {
      Element value(Kind::Value);
      value.loc = e.loc;
      value.text = std::move(e.text);
      e.text.clear();
      e.children.push_back(std::move(value));
    }
    Element& parent = *frames_.parent_of_back().element;
    if (&parent == &root_) {
      if (e.kind == Kind::Project)
        hand_over(e);
      else
        drop_stray(e, Kind::Projects, "directly in");
    } else if (e.kind == Kind::Custom && is_item_list(parent.kind)) {
      drop_stray(e, parent.kind, "in");
      parent.children.pop_back();  // e
    } else if (frame.flat_value) {
      Element list(e.kind == Kind::Email ? Kind::Emails : Kind::Phones);
      list.loc = e.loc;
      list.alias = true;
      list.directives = std::move(e.directives);  // they stood before the list's start tag, which is e's
      e.directives.clear();
      list.children.push_back(std::move(e));
      parent.children.pop_back();  // e
      parent.children.push_back(std::move(list));
      settle_last_child(parent);
    } else {
      settle_last_child(parent);
    }
    frames_.pop();
  }

  // An element in a list (or the root) that is not its item: the model has
  // no place for it. Its finding is the reader's (`schema`, for a name of the
  // format) or unknown-element's (the rules see it through on_stray).
  void drop_stray(Element& e, Kind list, std::string_view where) {
    std::string_view project_id, order_id, product_id;
    for (const Frame& open : frames_) {
      const Element& record = *open.element;
      if (record.kind == Kind::Project) project_id = record.id;
      if (record.kind == Kind::Order) order_id = record.id;
      if (record.kind == Kind::Product) product_id = record.id;
    }
    sink_.on_stray({e, list, project_id, order_id, product_id});
    sink_.on_dropped(fmt::format("element <{}> {} <{}>", e.tag(), where, tag(list)), e.loc);
    directives_.dropped(e);
  }

  // The last child of `parent`, just ended, moves to its canonical place
  // (stable: equal ranks keep the order read), or a repeated list container
  // is merged into the first one.
  void settle_last_child(Element& parent) {
    std::vector<Element>& children = parent.children;
    const auto last = children.end() - 1;
    if (merges_when_repeated(last->kind)) {
      const Kind kind = last->kind;
      const auto first = std::find_if(children.begin(), last, [kind](const Element& c) { return c.kind == kind; });
      if (first != last) {
        directives_.merged(*last);
        for (Element& item : last->children) first->children.push_back(std::move(item));
        children.pop_back();
        return;
      }
    }
    const int rank = canonical_rank(parent.kind, last->kind);
    // Most feeds list fields in the canonical order already: it stays last.
    if (last == children.begin() || canonical_rank(parent.kind, last[-1].kind) <= rank) return;
    const auto at = std::find_if(children.begin(), last,
                                 [&](const Element& c) { return canonical_rank(parent.kind, c.kind) > rank; });
    std::rotate(at, last, children.end());
  }

  void hand_over(Element& project) {
    ++summary_.projects;
    if (offsets_) {
      const std::uint64_t end = offsets_->source_offset();  // just past </Project>
      sink_.on_project_span(span_begin_, end);
      span_begin_ = end;
    }
    sink_.on_project(project);
  }

  static bool is_encoding_error(std::string_view message) {
    return message.find("invalid byte") != std::string_view::npos ||
           message.find("byte sequence") != std::string_view::npos ||
           message.find("multi-byte") != std::string_view::npos;
  }

  FeedSink& sink_;
  const ReadOptions& options_;
  ReadSummary& summary_;
  const BadByteLocator& locate_bad_byte_;
  std::string detected_encoding_ = "UTF-8";
  const Locator* locator_ = nullptr;
  ScannerPosition position_;
  Location last_event_end_{1, 1};
  const FeedScanner* offsets_ = nullptr;
  InputGuard* guard_ = nullptr;
  std::uint64_t span_begin_ = 0;
  Element root_;  // <Projects>, which keeps no children
  Element top_;   // the child of <Projects> being read (a Project)
  FrameStack frames_;
  ElementNames names_;
  AttributeList attributes_;  // the current start tag's, reused
  ReaderDirectives directives_;
  std::uint32_t depth_ = 0;
  std::uint32_t skip_depth_ = 0;
  bool stopped_ = false;
  bool encoding_checked_ = false;
};

// The embedded schema, compiled once per process and cached in a pool.
XMLGrammarPool* schema_pool() {
  static XMLGrammarPool* pool = [] {
    ensure_xerces();
    XMLGrammarPool* p = new XMLGrammarPoolImpl(XMLPlatformUtils::fgMemoryManager);
    std::unique_ptr<SAX2XMLReader> loader(XMLReaderFactory::createXMLReader(XMLPlatformUtils::fgMemoryManager, p));
    loader->setFeature(XMLUni::fgSAX2CoreNameSpaces, true);
    loader->setFeature(XMLUni::fgXercesSchema, true);
    loader->setFeature(XMLUni::fgXercesCacheGrammarFromParse, true);
    const std::string_view xsd = embedded_xsd();
    MemBufInputSource source(reinterpret_cast<const XMLByte*>(xsd.data()), xsd.size(), "syncfeed.xsd");
    loader->loadGrammar(source, Grammar::SchemaGrammarType, true);
    return p;
  }();
  return pool;
}

// The encoding the first bytes show (a byte order mark; "<?" in UTF-16 or UCS-4), which is
// the document's encoding when it has no XML declaration. Without a mark: UTF-8.
std::string encoding_of_first_bytes(std::string_view head) {
  const auto probed = XMLRecognizer::basicEncodingProbe(reinterpret_cast<const XMLByte*>(head.data()), head.size());
  return utf8(XMLRecognizer::nameForEncoding(probed));
}

ReadSummary parse(InputSource& source, FeedSink& sink, const ReadOptions& options,
                  const BadByteLocator& locate_bad_byte, const std::string& detected_encoding = "UTF-8") {
  ReadSummary summary;
  ensure_xerces();
  Handler handler(sink, options, summary, locate_bad_byte);
  FeedScanner scanner(options, handler, options.xsd ? schema_pool() : nullptr);
  handler.set_detected_encoding(detected_encoding);
  handler.set_locator(scanner.locator());
  if (options.project_spans) handler.set_offset_source(&scanner);
  // Xerces holds a name, attribute, comment or CDATA section whole before it
  // reports it: bound the input it may read without reporting anything.
  const std::uint64_t slack = 1u << 20;  // its read-ahead, and the markup around a value
  InputGuard guard(options.max_text > UINT64_MAX - slack ? UINT64_MAX : options.max_text + slack, options.bytes_read);
  handler.set_input_guard(&guard);
  GuardedInputSource guarded(source, guard);
  try {
    scanner.scan(guarded);
    summary.complete = !handler.has_pending_fatal();
    summary.trailing_directives = handler.trailing_directives();
  } catch (const StopParsing&) {
  } catch (const InputGuard::Exceeded&) {
    // Where the markup that never ended begins.
    handler.fatal(reader_rules::kLimit, handler.last_event_end(),
                  fmt::format("more than {} bytes of input without an end of markup (an element name, "
                              "attribute, comment or CDATA section longer than the value limit); the rest "
                              "of the file was not checked (--max-text raises the limit)",
                              guard.limit()));
  } catch (const InputGuard::NotUtf8&) {
    // Located exactly by fatal(), which reads the bytes again.
    handler.fatal(reader_rules::kNotWellFormed, handler.last_event_end(),
                  "not well-formed XML: invalid UTF-8 byte sequence");
  } catch (const SAXParseException& e) {
    handler.fatal(reader_rules::kNotWellFormed,
                  {static_cast<std::uint32_t>(e.getLineNumber()), static_cast<std::uint32_t>(e.getColumnNumber())},
                  "not well-formed XML: " + utf8(e.getMessage()));
  } catch (const XMLException& e) {
    // I/O and transcoding failures surface here (an unreadable file, bytes
    // that are not in the declared encoding).
    // (XMLException::getSrcLine() is a line of Xerces's own sources: not ours to show.)
    handler.fatal(reader_rules::kNotWellFormed, handler.current_location(),
                  "cannot read the feed: " + utf8(e.getMessage()));
  }
  return summary;
}

}  // namespace

ReadSummary read_feed(const std::string& path, FeedSink& sink, const ReadOptions& options) {
  ensure_xerces();
  if (path == "-") {
    StdInInputSource source;
    return parse(source, sink, options, [] { return std::optional<Location>(); });
  }
  // Open it ourselves first, for a plain I/O error instead of a parser one.
  std::error_code ec;
  std::FILE* probe = std::filesystem::is_directory(path, ec) ? nullptr : std::fopen(path.c_str(), "rb");
  char head[4];
  std::size_t head_length = 0;
  if (probe) {
    head_length = std::fread(head, 1, sizeof head, probe);
    std::fclose(probe);
  } else {
    ReadSummary summary;
    summary.opened = false;
    summary.io_error = fmt::format("cannot open {}", path);
    return summary;
  }
  std::basic_string<XMLCh> wide = utf16(path);
  LocalFileInputSource source(wide.c_str());
  return parse(source, sink, options, [&path] { return first_bad_byte_in_file(path); },
               encoding_of_first_bytes({head, head_length}));
}

ReadSummary read_feed_text(std::string_view xml, FeedSink& sink, const ReadOptions& options) {
  ensure_xerces();
  MemBufInputSource source(reinterpret_cast<const XMLByte*>(xml.data()), xml.size(), "feed");
  return parse(source, sink, options, [xml] { return first_bad_byte(xml); }, encoding_of_first_bytes(xml.substr(0, 4)));
}

}  // namespace syncfeed
