// GTIN check digits (ean-checksum): EAN-8, UPC-A (GTIN-12), EAN-13, GTIN-14.
#pragma once

#include <string>
#include <string_view>

namespace syncfeed {

// The check digit ('0'..'9') that completes `digits` (a GTIN without its last
// digit; digits only). GS1 General Specifications, section 7.9: from the
// right, the digits are weighted 3, 1, 3, 1...; the check digit brings the
// sum up to a multiple of 10.
char gtin_check_digit(std::string_view digits);

// Why `code` is not a valid GTIN, said for a user; empty when it is one.
// A valid GTIN is 8, 12, 13 or 14 digits whose last digit is the check digit.
std::string gtin_problem(std::string_view code);

}  // namespace syncfeed
