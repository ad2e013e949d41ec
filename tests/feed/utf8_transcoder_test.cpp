// The reader's UTF-8 decoder (feed/reader/utf8_transcoder.h) against
// Xerces's own, which it replaces: over any bytes, any room for the output,
// the same characters, sizes, bytes eaten and, for bytes that are not UTF-8,
// the same exception. And it is the decoder the reader's parser uses.
// Replay a failure with RC_PARAMS="seed=N" build/tests/test_feed "[property]".
#include <rapidcheck/catch.h>

#include <memory>
#include <string>
#include <vector>

#include <xercesc/framework/XMLRecognizer.hpp>
#include <xercesc/util/PlatformUtils.hpp>  // fgTransService
#include <xercesc/util/TransService.hpp>
#include <xercesc/util/UTFDataFormatException.hpp>
#include <xercesc/util/XMLUni.hpp>

#include "feed/reader.h"
#include "feed/reader/utf8_transcoder.h"
#include "recording_sink.h"

using namespace syncfeed;
using namespace xercesc;

namespace {

// What a decoder made of its input: everything the parser reads of it.
struct Decoded {
  XMLSize_t made = 0, eaten = 0;
  std::u16string chars;
  std::vector<unsigned char> sizes;
  bool threw = false;
  std::u16string error;

  bool operator==(const Decoded&) const = default;
};

Decoded decode(XMLTranscoder& decoder, const std::string& bytes, XMLSize_t room) {
  Decoded d;
  std::vector<XMLCh> out(room + 1);
  std::vector<unsigned char> sizes(room + 1);
  try {
    d.made = decoder.transcodeFrom(reinterpret_cast<const XMLByte*>(bytes.data()), bytes.size(), out.data(), room,
                                   d.eaten, sizes.data());
    d.chars.assign(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(d.made));
    d.sizes.assign(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(d.made));
  } catch (const UTFDataFormatException& e) {
    d.threw = true;
    d.error = e.getMessage();
  }
  return d;
}

// Xerces set up as the reader sets it up (with its decoder installed): by reading a feed.
void set_up_xerces() {
  test::RecordingSink sink;
  read_feed_text("<Projects/>", sink);
}

// Bytes as a feed's text has them: ASCII runs, letters of two to four
// bytes, and now and then a byte or a sequence that is not UTF-8.
rc::Gen<std::string> feed_like_bytes() {
  const auto piece = rc::gen::weightedOneOf<std::string>({
      {8, rc::gen::container<std::string>(rc::gen::inRange<char>(0x20, 0x7F))},
      {3, rc::gen::element<std::string>("\xC3\xA9", "\xC8\x99", "\xC4\x83", "\xE2\x82\xAC", "\xF0\x9F\x98\x80")},
      {1, rc::gen::container<std::string>(rc::gen::arbitrary<char>())},
      {1, rc::gen::element<std::string>("\xC3", "\xE2\x82", "\xF0\x9F", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                                        "\xF8\x88\x80\x80\x80", "\xFC\x84\x80\x80\x80\x80", "\x80", "\xFF")},
  });
  return rc::gen::map(rc::gen::container<std::vector<std::string>>(piece), [](const std::vector<std::string>& pieces) {
    std::string s;
    for (const std::string& p : pieces) s += p;
    return s;
  });
}

}  // namespace

TEST_CASE("the reader's UTF-8 decoder decodes as Xerces's does", "[utf8][property]") {
  set_up_xerces();
  rc::prop("same characters, sizes, bytes eaten and errors, whatever the room", [] {
    const std::string bytes = *feed_like_bytes();
    const auto room = *rc::gen::inRange<XMLSize_t>(1, bytes.size() + 40);
    XMLUTF8Transcoder xerces(XMLUni::fgUTF8EncodingString, 16 * 1024);
    Utf8Transcoder ours(XMLUni::fgUTF8EncodingString, 16 * 1024);
    RC_ASSERT(decode(ours, bytes, room) == decode(xerces, bytes, room));
  });
}

TEST_CASE("the reader's UTF-8 decoder at the edges", "[utf8]") {
  set_up_xerces();
  XMLUTF8Transcoder xerces(XMLUni::fgUTF8EncodingString, 16 * 1024);
  Utf8Transcoder ours(XMLUni::fgUTF8EncodingString, 16 * 1024);
  const std::string ascii32 = "0123456789abcdef0123456789ABCDEF";
  for (const std::string& bytes : {
           ascii32,                                         // whole blocks of sixteen
           ascii32 + "\xC3\xA9" + ascii32,                  // a letter between blocks
           ascii32.substr(0, 15) + "\xC3\xA9",              // a letter across a block's end
           ascii32 + "\xF0\x9F\x98",                        // a sequence cut by the end of the input: waits
           ascii32 + "\xC3" + ascii32,                      // a lead byte without its continuation: thrown
           ascii32 + "\xF0\x9F" + ascii32,                  // four bytes announced, two there, then ASCII: thrown
           ascii32 + "\xFC\x84\x80",                        // five continuation bytes announced, three there: waits
           ascii32 + "\xFC\x84\x80\x80\x80\x80" + ascii32,  // not UTF-8 (RFC 3629): thrown as Xerces throws
           std::string("\x80") + ascii32,
       })
    for (XMLSize_t room : {1, 2, 15, 16, 17, 31, 32, 33, 34, 80}) {
      INFO("bytes " << bytes.size() << ", room " << room);
      CHECK(decode(ours, bytes, room) == decode(xerces, bytes, room));
    }
}

TEST_CASE("the reader decodes UTF-8 with its own decoder", "[utf8]") {
  set_up_xerces();
  XMLTransService::Codes result;
  // Sensed from the first bytes (a document with an XML declaration)...
  std::unique_ptr<XMLTranscoder> sensed(
      XMLPlatformUtils::fgTransService->makeNewTranscoderFor(XMLRecognizer::UTF_8, result, 16 * 1024));
  CHECK(dynamic_cast<Utf8Transcoder*>(sensed.get()) != nullptr);
  // ... or by name, in any case (a document without one: a part of a file read in parts).
  for (const char* name : {"UTF-8", "utf-8", "UTF8"}) {
    std::unique_ptr<XMLTranscoder> named(
        XMLPlatformUtils::fgTransService->makeNewTranscoderFor(name, result, 16 * 1024));
    CHECK(dynamic_cast<Utf8Transcoder*>(named.get()) != nullptr);
  }
}
