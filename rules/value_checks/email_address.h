// Is an e-mail value a plausible address (email-format)? Not RFC 5322 in
// full (quoted local parts, comments and IP-literal domains are valid there
// and never seen in shop data); the everyday shape local@domain.tld, so that
// typos and pasted junk are caught and real addresses, internationalised ones
// included, pass.
#pragma once

#include <string>
#include <string_view>

namespace syncfeed {

// Why `address` is not a plausible e-mail address, said for a user ("the
// domain \"gmail\" has no dot"); empty when it is one. Plausible: no spaces
// or control characters; exactly one '@'; before it, characters an unquoted
// RFC 5322 local part allows (letters, digits, !#$%&'*+-/=?^_`{|}~ and dots
// that are not first, last or doubled; any non-ASCII letter, RFC 6531);
// after it, a domain of letters, digits, hyphens and non-ASCII letters in at
// least two dot-separated labels, none empty, the last one of two or more
// characters and not all digits.
std::string email_problem(std::string_view address);

// The form in which two addresses are compared (email-duplicate): surrounding
// whitespace removed, ASCII letters in lower case.
std::string email_key(std::string_view address);

}  // namespace syncfeed
