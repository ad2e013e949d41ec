// The XML-level rules. The reader detects them (feed/reader/) while it
// parses; they are here for their ids, severities and docs.
#include "rules/xml/xml_rules.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kNotWellFormed{
    .id = "xml-not-well-formed",
    .severity = Severity::Error,
    .summary = "The file is not well-formed XML",
    .description =
        "The feed breaks XML itself: an unclosed or mismatched tag, a character that XML does not "
        "allow, bytes that are not in the declared encoding, a truncated file. MiniCRM rejects such a "
        "file as a whole and changes nothing, so none of its projects reach MiniCRM.\n\n"
        "The finding is at the exact line and column where the parser stopped. Findings before that "
        "point are still reported; the rest of the file is not checked.",
    .fix =
        "Make the generator write XML with an XML library instead of string concatenation, and "
        "escape `&`, `<` and `>` in values (`&amp;`, `&lt;`, `&gt;`).",
    .failing_line = 4,
    .reader = true,
};

constexpr RuleInfo kEncoding{
    .id = "xml-encoding",
    .severity = Severity::Warning,
    .summary = "The feed is not encoded as UTF-8",
    .description =
        "MiniCRM expects UTF-8. A feed declared (or detected) in another encoding, such as "
        "ISO-8859-2, windows-1250 or UTF-16, is legal XML and syncfeed reads it correctly, but "
        "names with accents (ő, ű, ș, ț) are at risk on MiniCRM's side.",
    .fix =
        "Write the feed in UTF-8 and declare it: `<?xml version=\"1.0\" encoding=\"UTF-8\"?>`. "
        "`syncfeed fmt` converts a feed to UTF-8.",
    .failing_line = 1,
    .reader = true,
};

constexpr RuleInfo kDtd{
    .id = "xml-dtd",
    .severity = Severity::Error,
    .summary = "A DOCTYPE or entity declaration is present",
    .description =
        "MiniCRM feeds have no DOCTYPE. A DTD is how XML attacks work (entity expansion such as "
        "\"billion laughs\", external entities that read local files or reach the network), so "
        "syncfeed refuses it before reading its internal subset: no entity is ever declared, "
        "expanded or fetched. The rest of the file is not checked.",
    .fix = "Remove the `<!DOCTYPE ...>` declaration from the generator's output.",
    .failing_line = 2,
    .reader = true,
};

constexpr RuleInfo kSchema{
    .id = "schema",
    .severity = Severity::Error,
    .summary = "The document breaks the feed's schema",
    .description =
        "The structure is not the feed's (xsd/syncfeed.xsd, printed by `syncfeed xsd`) in a way that "
        "breaks the import or loses data for sure: a root other than `<Projects>`; text directly "
        "inside a record (mixed content); an element inside a value (`<Name>Szabó <b>Anna</b></Name>`); "
        "a list's item outside its list (a `<Product>` directly in an `<Order>`, a `<Contact>` "
        "directly in a `<Project>`); an element that the format names but not there, inside a list "
        "(`<Projects>`, `<Contacts>`, `<Orders>`, `<Products>`, `<Emails>`, `<Phones>`, "
        "`<Addresses>`): an `<Order>` directly in `<Projects>`, a `<Name>` in `<Orders>` (a list "
        "holds only its items, which MiniCRM reads by name: the element is misplaced, and not "
        "imported).\n\n"
        "An element whose name the format does not know is never a schema error, wherever it stands "
        "(unknown-element): under `<Project>` (or an order's `<Project>`) it is a MiniCRM custom "
        "field (info); in another record, inside a list or directly under `<Projects>` (a "
        "`<GeneratedAt>` before the projects, a `<Count>` in `<Orders>`) MiniCRM most likely ignores "
        "it (warning). Neither is an attribute the format does not have (unknown-attribute, a "
        "warning). A field of the format keeps its structure wherever it stands: an unknown "
        "`<Email>` in a `<Customer>` is still a value, which holds no element.\n\n"
        "syncfeed checks the structure in the same pass that reads the feed; `--xsd` validates with "
        "Xerces against the XSD instead, with the same verdicts: Xerces's complaints about what is "
        "unknown-element's or unknown-attribute's are reported as those warnings.",
    .fix =
        "Move the element to where the format expects it (`syncfeed xsd` shows the structure; docs/format.md says what "
        "it means), or "
        "remove it.",
    .failing_line = 5,
    .reader = true,
};

constexpr RuleInfo kLimit{
    .id = "input-limit",
    .severity = Severity::Error,
    .summary = "A resource limit stopped the reading of the file",
    .description =
        "Elements nest deeper than the limit (`--max-depth`, default 256), or a single value is "
        "longer than the limit (`--max-text`, default 16 MiB). Real feeds come nowhere near either; "
        "hostile or broken ones do, and the limits keep syncfeed's time and memory bounded. The "
        "file was not checked past this point.",
    .fix = "Fix the generator; if the feed is genuine, raise the limit on the command line.",
    .failing_line = 3,
    .reader = true,
};

}  // namespace

void add_xml_rules(RuleList& rules) {
  for (const RuleInfo* info : {&kNotWellFormed, &kEncoding, &kDtd, &kSchema, &kLimit})
    rules.push_back({*info, nullptr});
}

}  // namespace syncfeed
