// Where Xerces's scanner stands (line and column), which the reader asks at
// every parse event to place elements and findings.
//
// The SAX Locator answers through two virtual calls that each walk the reader
// manager's entity stack: about 70 instructions a pair, 5 % of a whole lint.
// Xerces's Locator is its ReaderMgr, whose current XMLReader keeps the line
// and column in plain members with inline getters. While the current reader is
// the document's own, those are exactly what the Locator answers; that is
// always so in a feed (a DTD ends the parse, so no entity ever gets a reader
// of its own), and when it is not, the Locator is asked as before.
#pragma once

#include <cstdint>

#include <xercesc/internal/ReaderMgr.hpp>
#include <xercesc/sax/Locator.hpp>

#include "feed/model.h"

namespace syncfeed {

class ScannerPosition {
 public:
  void attach(const xercesc::Locator* locator) {
    locator_ = locator;
    readers_ = dynamic_cast<const xercesc::ReaderMgr*>(locator);
    document_ = nullptr;
  }
  bool attached() const { return locator_ != nullptr; }

  // Where the scanner stands, during the parse; attached() must be true.
  Location now() const {
    if (readers_) {
      const xercesc::XMLReader* reader = readers_->getCurrentReader();
      if (!document_) document_ = reader;  // the first question comes while the document itself is read
      if (reader && reader == document_)
        return {static_cast<std::uint32_t>(reader->getLineNumber()),
                static_cast<std::uint32_t>(reader->getColumnNumber())};
    }
    return asked();
  }

  // The same, asked of the Locator alone: after the parse broke off too.
  Location asked() const {
    return {static_cast<std::uint32_t>(locator_->getLineNumber()),
            static_cast<std::uint32_t>(locator_->getColumnNumber())};
  }

 private:
  const xercesc::Locator* locator_ = nullptr;
  const xercesc::ReaderMgr* readers_ = nullptr;
  mutable const xercesc::XMLReader* document_ = nullptr;
};

}  // namespace syncfeed
