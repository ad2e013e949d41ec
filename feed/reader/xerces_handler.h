// The reader's side of Xerces (internal to the reader, feed/reader/): the
// scanner's callbacks (feed_scanner.h), turned into the model builder's events
// with their locations, and Xerces's own findings (not well-formed, the XSD
// validator's, the XML declaration's version and encoding, a DOCTYPE).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <xercesc/sax/Locator.hpp>
#include <xercesc/sax/SAXParseException.hpp>

#include "feed/reader.h"
#include "feed/reader/attribute_list.h"
#include "feed/reader/element_names.h"
#include "feed/reader/encoding.h"
#include "feed/reader/feed_scanner.h"
#include "feed/reader/input_guard.h"
#include "feed/reader/model_builder.h"
#include "feed/reader/scanner_position.h"

namespace syncfeed {

class XercesHandler final : public ScannerEvents, private SourceOffsets {
 public:
  XercesHandler(FeedSink& sink, const ReadOptions& options, ReadSummary& summary, const BadByteLocator& locate_bad_byte)
      : sink_(sink),
        options_(options),
        summary_(summary),
        locate_bad_byte_(locate_bad_byte),
        builder_(sink, options),
        names_(options.xsd) {}

  // Where the scanner stands, from the start of the document on (as SAX2's
  // setDocumentLocator was).
  void set_locator(const xercesc::Locator* locator) { locator_ = locator; }
  // The encoding of a document without an XML declaration, as its first bytes tell.
  void set_detected_encoding(std::string encoding) { detected_encoding_ = std::move(encoding); }
  // Where byte offsets come from, when ReadOptions::project_spans asks for them.
  void set_offset_source(const FeedScanner* scanner);
  // Told of every event, so that it can bound the input read between two.
  void set_input_guard(InputGuard* guard) { guard_ = guard; }

  bool has_pending_fatal() const { return stopped_; }
  // Reports a finding that ends the file: what was read so far stays reported.
  void fatal(std::string_view rule, Location loc, std::string message);
  // Where the scanner stands, asked of the Locator (after the parse broke off too).
  Location current_location() const;
  // Where the last event ended: valid after the parser has unwound, unlike the scanner's position.
  Location last_event_end() const { return last_event_end_; }
  std::uint64_t projects() const { return builder_.projects(); }
  // The suppression directives after the last element, once the document is read.
  std::vector<std::string> trailing_directives() { return builder_.trailing_directives(); }

  // --- XMLDocumentHandler ---------------------------------------------------
  void startDocument() override { position_.attach(locator_); }
  void startElement(const xercesc::XMLElementDecl& declaration, const unsigned int, const XMLCh* const,
                    const xercesc::RefVectorOf<xercesc::XMLAttr>& attributes, const XMLSize_t attribute_count,
                    const bool empty, const bool) override;
  void endElement(const xercesc::XMLElementDecl&, const unsigned int, const bool, const XMLCh* const) override;
  void docCharacters(const XMLCh* const chars, const XMLSize_t length, const bool) override;
  void ignorableWhitespace(const XMLCh* const, const XMLSize_t, const bool) override;
  void docPI(const XMLCh* const target, const XMLCh* const data) override;
  void docComment(const XMLCh* const text) override;
  void XMLDecl(const XMLCh* const version, const XMLCh* const encoding, const XMLCh* const,
               const XMLCh* const detected) override;
  void endDocument() override {}
  void endEntityReference(const xercesc::XMLEntityDecl&) override {}
  void resetDocument() override {}
  void startEntityReference(const xercesc::XMLEntityDecl&) override {}
  void startDTD(const XMLCh* const name, const XMLCh* const, const XMLCh* const) override;

  // --- ErrorHandler ---------------------------------------------------------
  void warning(const xercesc::SAXParseException&) override {}
  void resetErrors() override {}
  void error(const xercesc::SAXParseException& e) override;
  void fatalError(const xercesc::SAXParseException& e) override;

 private:
  std::uint64_t source_offset() const override { return scanner_->source_offset(); }

  Location root_start(const std::string& name, Location start, std::size_t attribute_count);
  void check_encoding(std::string_view declared, std::string_view detected);
  bool xerces_says_more(std::string& message) const;
  Location markup_start(std::size_t length, std::size_t newlines) const;
  void mark_event_end() {
    if (guard_) guard_->progress();
    if (position_.attached()) last_event_end_ = position_.now();
  }
  void report(std::string_view rule, Location loc, std::string message);

  FeedSink& sink_;
  const ReadOptions& options_;
  ReadSummary& summary_;
  const BadByteLocator& locate_bad_byte_;
  ModelBuilder builder_;
  std::string detected_encoding_ = "UTF-8";
  const xercesc::Locator* locator_ = nullptr;
  ScannerPosition position_;
  Location last_event_end_{1, 1};
  const FeedScanner* scanner_ = nullptr;
  InputGuard* guard_ = nullptr;
  ElementNames names_;
  AttributeList attributes_;  // the current start tag's, reused
  bool stopped_ = false;
  bool encoding_checked_ = false;
};

}  // namespace syncfeed
