#include "feed/reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <thread>

#include <xercesc/framework/LocalFileInputSource.hpp>
#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/framework/StdInInputSource.hpp>
#include <xercesc/framework/XMLGrammarPool.hpp>
#include <xercesc/framework/XMLGrammarPoolImpl.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/sax2/SAX2XMLReader.hpp>  // loads the schema once
#include <xercesc/sax2/XMLReaderFactory.hpp>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/XMLException.hpp>
#include <xercesc/util/XMLString.hpp>
#include <xercesc/util/XMLUni.hpp>
#include <xercesc/validators/common/Grammar.hpp>

#include "feed/embedded_xsd.h"
#include "feed/growing_file.h"
#include "feed/reader/encoding.h"
#include "feed/reader/feed_scanner.h"
#include "feed/reader/growing_file_input_source.h"
#include "feed/reader/input_guard.h"
#include "feed/reader/model_builder.h"
#include "feed/reader/part_plan.h"
#include "feed/reader/parts_reader.h"
#include "feed/reader/url_input_source.h"
#include "feed/reader/utf8_transcoder.h"
#include "feed/reader/xerces_handler.h"
#include "feed/utf.h"
#include "net/url.h"

// read_feed: the input opened, the scanner set up, what ended the parse turned
// into a finding. The work is in feed/reader/: xerces_handler.* takes the
// scanner's events, model_builder.* builds the model, encoding.* the encoding.
namespace syncfeed {
namespace {

using namespace xercesc;

void ensure_xerces() {
  static const bool initialized = [] {
    XMLPlatformUtils::Initialize();
    install_utf8_transcoder();
    return true;
  }();
  (void)initialized;
}

std::string utf8(const XMLCh* s) {
  std::string out;
  if (s) append_utf8(out, s, XMLString::stringLen(s));
  return out;
}

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

ReadSummary parse(InputSource& source, FeedSink& sink, const ReadOptions& options,
                  const BadByteLocator& locate_bad_byte, const std::string& detected_encoding = "UTF-8") {
  ReadSummary summary;
  ensure_xerces();
  XercesHandler handler(sink, options, summary, locate_bad_byte);
  FeedScanner scanner(options, handler, options.xsd ? schema_pool() : nullptr);
  handler.set_detected_encoding(detected_encoding);
  handler.set_locator(scanner.locator());
  if (options.project_spans) handler.set_offset_source(&scanner);
  // Xerces holds a name, attribute, comment or CDATA section whole before it
  // reports it: bound the input it may read without reporting anything.
  const std::uint64_t slack = 1u << 20;  // its read-ahead, and the markup around a value
  InputGuard guard(options.max_text > UINT64_MAX - slack ? UINT64_MAX : options.max_text + slack, options.bytes_read,
                   options.checked_utf8);
  handler.set_input_guard(&guard);
  GuardedInputSource guarded(source, guard);
  try {
    scanner.scan(guarded);
    summary.complete = !handler.has_pending_fatal();
    summary.trailing_directives = handler.trailing_directives();
  } catch (const StopReading&) {
  } catch (const InputFailed& failure) {
    // Not the feed's fault: an I/O error, whatever was read before it.
    summary.opened = false;
    summary.io_error = failure.message;
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
  summary.projects = handler.projects();
  if (!summary.opened) summary.complete = false;
  return summary;
}

unsigned threads_for(const ReadOptions& options) {
  return options.jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.jobs;
}

// The size of the parts a file is worth reading in, if it is: enough
// threads, a regular file large enough. (Whether it can be cut is planned as
// it is read: parts_reader.h.)
std::optional<std::uint64_t> parts_worth_it(const std::string& path, const ReadOptions& options) {
  // A file still being written is read in one piece: its size is not known yet.
  if (threads_for(options) <= 1 || options.xsd || options.project_spans || options.growing) return std::nullopt;
  std::uint64_t part_bytes = kPartBytes, min_size = kMinPartedBytes;
  if (const char* forced = std::getenv("SYNCFEED_PART_BYTES"); forced && *forced) {
    part_bytes = std::max<std::uint64_t>(1, std::strtoull(forced, nullptr, 10));
    min_size = 0;
  }
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  const std::uint64_t size = std::filesystem::file_size(path, ec);
  if (ec || size < min_size || size < 2 * part_bytes) return std::nullopt;
  return part_bytes;
}

}  // namespace

// `head`: the file's first bytes, which say its encoding.
ReadSummary read_file_in_one_piece(const std::string& path, FeedSink& sink, const ReadOptions& options,
                                   std::string_view head) {
  ensure_xerces();
  const auto locate_bad_byte = [&path] { return first_bad_byte_in_file(path); };
  const std::string encoding = encoding_of_first_bytes(head);
  if (options.growing) {
    GrowingFileInputSource source(path, *options.growing);
    return parse(source, sink, options, locate_bad_byte, encoding);
  }
  std::basic_string<XMLCh> wide = utf16(path);
  LocalFileInputSource source(wide.c_str());
  return parse(source, sink, options, locate_bad_byte, encoding);
}

ReadSummary read_feed(const std::string& path, FeedSink& sink, const ReadOptions& options) {
  // Xerces is set up (about 4 ms: its tables of Unicode ranges) where a
  // parse needs it: a file read in parts sets it up on the first worker
  // while this thread plans the parts.
  if (path == "-") {
    ensure_xerces();  // before any InputSource
    StdInInputSource source;
    return parse(source, sink, options, [] { return std::optional<Location>(); });
  }
  if (net::is_url(path)) {
    ensure_xerces();
    UrlInputSource source(path, options.download);
    return parse(source, sink, options, [] { return std::optional<Location>(); });
  }
  if (net::has_other_scheme(path)) {
    ReadSummary summary;
    summary.opened = false;
    summary.io_error = fmt::format("cannot read {}: only http://, https://, ftp:// and ftps:// URLs are downloaded",
                                   net::masked_url(path));
    return summary;
  }
  // A file still being written: its first bytes (for the encoding) once they are there.
  if (options.growing) options.growing->wait_beyond(3);
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
  if (std::optional<std::uint64_t> part_bytes = parts_worth_it(path, options))
    return read_in_parts(path, *part_bytes, sink, options, threads_for(options));
  return read_file_in_one_piece(path, sink, options, {head, head_length});
}

ReadSummary read_file_in_one_piece(const std::string& path, FeedSink& sink, const ReadOptions& options) {
  char head[4];
  std::size_t head_length = 0;
  if (std::FILE* file = std::fopen(path.c_str(), "rb")) {
    head_length = std::fread(head, 1, sizeof head, file);
    std::fclose(file);
  }
  return read_file_in_one_piece(path, sink, options, {head, head_length});
}

ReadSummary read_feed_text(std::string_view xml, FeedSink& sink, const ReadOptions& options) {
  ensure_xerces();
  MemBufInputSource source(reinterpret_cast<const XMLByte*>(xml.data()), xml.size(), "feed");
  source.setCopyBufToStream(false);  // `xml` outlives the parse: no copy of it (a part of a file read in parts)
  return parse(
      source, sink, options, [xml] { return first_bad_byte(xml); }, encoding_of_first_bytes(xml.substr(0, 4)));
}

}  // namespace syncfeed
