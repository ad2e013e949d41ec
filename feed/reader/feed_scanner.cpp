#include "feed/reader/feed_scanner.h"

#include <xercesc/framework/XMLErrorReporter.hpp>
#include <xercesc/internal/XMLScanner.hpp>
#include <xercesc/internal/XMLScannerResolver.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/validators/DTD/DTDElementDecl.hpp>
#include <xercesc/validators/DTD/DocTypeHandler.hpp>
#include <xercesc/validators/common/GrammarResolver.hpp>

namespace syncfeed {

using namespace xercesc;

// What SAX2XMLReaderImpl did with errors and the DOCTYPE, word for word.
class FeedScanner::Glue final : public XMLErrorReporter, public DocTypeHandler {
 public:
  explicit Glue(ScannerEvents& events) : events_(events) {}

  // --- XMLErrorReporter: as SAX2XMLReaderImpl::error ------------------------
  void error(const unsigned int, const XMLCh* const, const ErrTypes type, const XMLCh* const text,
             const XMLCh* const system_id, const XMLCh* const public_id, const XMLFileLoc line,
             const XMLFileLoc column) override {
    const SAXParseException exception(text, public_id, system_id, line, column, XMLPlatformUtils::fgMemoryManager);
    if (type == ErrType_Warning)
      events_.warning(exception);
    else if (type == ErrType_Fatal)
      events_.fatalError(exception);
    else
      events_.error(exception);
  }
  void resetErrors() override { events_.resetErrors(); }

  // --- DocTypeHandler: SAX2 tells its LexicalHandler of a DOCTYPE with a subset
  void doctypeDecl(const DTDElementDecl& root, const XMLCh* const public_id, const XMLCh* const system_id,
                   const bool internal_subset, const bool external_subset) override {
    if (internal_subset || external_subset) events_.startDTD(root.getFullName(), public_id, system_id);
  }
  void attDef(const DTDElementDecl&, const DTDAttDef&, const bool) override {}
  void doctypeComment(const XMLCh* const) override {}
  void doctypePI(const XMLCh* const, const XMLCh* const) override {}
  void doctypeWhitespace(const XMLCh* const, const XMLSize_t) override {}
  void elementDecl(const DTDElementDecl&, const bool) override {}
  void endAttList(const DTDElementDecl&) override {}
  void endIntSubset() override {}
  void endExtSubset() override {}
  void entityDecl(const DTDEntityDecl&, const bool, const bool) override {}
  void resetDocType() override {}
  void notationDecl(const XMLNotationDecl&, const bool) override {}
  void startAttList(const DTDElementDecl&) override {}
  void startIntSubset() override {}
  void startExtSubset() override {}
  void TextDecl(const XMLCh* const, const XMLCh* const) override {}

 private:
  ScannerEvents& events_;
};

FeedScanner::FeedScanner(const ReadOptions& options, ScannerEvents& events, XMLGrammarPool* xsd_pool)
    : glue_(std::make_unique<Glue>(events)) {
  MemoryManager* memory = XMLPlatformUtils::fgMemoryManager;
  // As SAX2XMLReaderImpl::initialize does.
  grammars_.reset(new (memory) GrammarResolver(options.xsd ? xsd_pool : nullptr, memory));
  scanner_.reset(XMLScannerResolver::getDefaultScanner(nullptr, grammars_.get(), memory));
  scanner_->setURIStringPool(grammars_->getStringPool());

  scanner_->setDocHandler(&events);
  scanner_->setErrorReporter(glue_.get());
  scanner_->setErrorHandler(&events);
  scanner_->setDocTypeHandler(glue_.get());
  scanner_->setEntityHandler(nullptr);

  // Nothing external, ever: no DTD, no entity resolution, no schema hints.
  scanner_->setLoadExternalDTD(false);
  scanner_->setDisableDefaultEntityResolution(true);
  scanner_->setLoadSchema(false);
  security_.setEntityExpansionLimit(100);
  scanner_->setSecurityManager(&security_);
  scanner_->setCalculateSrcOfs(options.project_spans);
  scanner_->setDoNamespaces(options.xsd);
  scanner_->setDoSchema(options.xsd);
  scanner_->setValidationScheme(options.xsd ? XMLScanner::Val_Always : XMLScanner::Val_Never);
  if (options.xsd) scanner_->useCachedGrammarInParse(true);
}

FeedScanner::~FeedScanner() = default;

void FeedScanner::scan(const InputSource& source) { scanner_->scanDocument(source); }

const Locator* FeedScanner::locator() const { return scanner_->getLocator(); }

std::uint64_t FeedScanner::source_offset() const { return scanner_->getSrcOffset(); }

}  // namespace syncfeed
