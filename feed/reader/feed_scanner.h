// The Xerces scanner behind the reader, driven directly instead of through
// SAX2XMLReader (internal to the reader, feed/reader/).
//
// SAX2XMLReaderImpl is only glue: it sets the scanner up, becomes its
// document handler and translates every start tag, end tag and text run into
// ContentHandler calls, which cost a twentieth of a lint. Here the reader's
// handler is the scanner's document handler itself, and the rest of what SAX2
// did is kept as it was: the same scanner settings, errors as
// SAXParseExceptions for an ErrorHandler, and startDTD for a DOCTYPE that has
// an internal or external subset (as SAX2's LexicalHandler got it).
#pragma once

#include <memory>

#include <xercesc/framework/XMLDocumentHandler.hpp>
#include <xercesc/framework/XMLGrammarPool.hpp>
#include <xercesc/sax/ErrorHandler.hpp>
#include <xercesc/sax/InputSource.hpp>
#include <xercesc/sax/Locator.hpp>
#include <xercesc/util/SecurityManager.hpp>

#include "feed/reader.h"

XERCES_CPP_NAMESPACE_BEGIN
class GrammarResolver;
class XMLScanner;
XERCES_CPP_NAMESPACE_END

namespace syncfeed {

// What the scanner reports to the reader.
class ScannerEvents : public xercesc::XMLDocumentHandler, public xercesc::ErrorHandler {
 public:
  // A DOCTYPE with a subset, before the subset is read.
  virtual void startDTD(const XMLCh* const name, const XMLCh* const public_id, const XMLCh* const system_id) = 0;
};

class FeedScanner {
 public:
  // Nothing external is ever loaded and entity expansion is limited; with
  // --xsd, namespaces on and validation against `xsd_pool`'s cached grammar.
  FeedScanner(const ReadOptions& options, ScannerEvents& events, xercesc::XMLGrammarPool* xsd_pool);
  ~FeedScanner();
  FeedScanner(const FeedScanner&) = delete;
  FeedScanner& operator=(const FeedScanner&) = delete;

  void scan(const xercesc::InputSource& source);
  const xercesc::Locator* locator() const;
  // Bytes of the input the scanner has consumed (ReadOptions::project_spans).
  std::uint64_t source_offset() const;

 private:
  class Glue;
  xercesc::SecurityManager security_;
  std::unique_ptr<Glue> glue_;
  std::unique_ptr<xercesc::GrammarResolver> grammars_;
  std::unique_ptr<xercesc::XMLScanner> scanner_;
};

}  // namespace syncfeed
