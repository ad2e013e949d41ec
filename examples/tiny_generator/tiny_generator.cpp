#include "tiny_generator.h"

namespace shop {
namespace {

// What every hand-written XML generator needs, and what syncfeed's edge values
// (gen --edge-values, arbitrary::with_edge_values()) catch when it is missing:
// & < > escaped, and CR as a reference (a parser turns a raw CR into LF).
std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\r': out += "&#13;"; break;
      default: out += c;
    }
  }
  return out;
}

void field(std::string& out, const char* tag, const std::string& value) {
  out += "<";
  out += tag;
  out += ">" + escape(value) + "</";
  out += tag;
  out += ">";
}

}  // namespace

std::string write_feed(const std::vector<Customer>& customers, const std::string& category_id) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Projects>";
  for (const Customer& c : customers) {
    out += "<Project Id=\"" + escape(c.id) + "\">";
    field(out, "Name", c.last_name + " " + c.first_name);
    field(out, "CategoryId", category_id);
    field(out, "StatusId", c.orders.empty() ? "Registered" : c.orders.size() == 1 ? "New" : "Promising");
    field(out, "UserId", "Webshop");
    out += "<Contacts><Contact>";
    field(out, "FirstName", c.first_name);
    field(out, "LastName", c.last_name);
    out += "<Emails><Email>";
    field(out, "Value", c.email);
    out += "</Email></Emails></Contact></Contacts>";
    if (!c.orders.empty()) out += "<Orders>";
    for (const Order& o : c.orders) {
      out += "<Order Id=\"" + escape(o.id) + "\">";
      field(out, "Number", o.number);
      field(out, "CurrencyCode", o.currency);
      field(out, "Performance", o.date);
      field(out, "Status", o.status);
      out += "<Customer>";
      field(out, "Name", o.customer_name);
      field(out, "CountryId", o.country);
      field(out, "PostalCode", o.postal_code);
      field(out, "City", o.city);
      field(out, "Address", o.address);
      out += "</Customer><Products>";
      for (const Line& l : o.lines) {
        out += "<Product Id=\"" + escape(l.product_id) + "\">";
        field(out, "Name", l.name);
        field(out, "SKU", l.sku);
        field(out, "PriceNet", l.price_net);
        field(out, "Quantity", l.quantity);
        field(out, "Unit", l.unit);
        field(out, "VAT", l.vat);
        field(out, "FolderName", "Webshop");
        out += "</Product>";
      }
      out += "</Products></Order>";
    }
    if (!c.orders.empty()) out += "</Orders>";
    out += "</Project>";
  }
  return out + "</Projects>\n";
}

}  // namespace shop
