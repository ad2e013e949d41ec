#!/usr/bin/env python3
"""A webshop's export to MiniCRM's XML sync, written the way shops write them:
f-string templates, the shop's own number formatting. It reads the shop's data
as JSON on standard input (the format `syncfeed fuzz` writes, docs/fuzz.md)
and writes the feed on standard output.

    python3 generator.py < shop.json > feed.xml
    syncfeed fuzz -- python3 examples/fuzz-generators/python/generator.py

--bug NAME plants one of the bugs real exports have, for syncfeed fuzz to find:
    unescaped       values go into the XML as they are: & and < break it
    decimal-comma   prices in the shop's locale: 2 750,00
    byte-substr     the Description cut to 1024 bytes of UTF-8, not 1024 characters
    second-contact  only a company's first contact person is sent
    lines-lost      an order's lines after the third are lost
"""
import json
import sys
from xml.sax.saxutils import escape

BUGS = {"unescaped", "decimal-comma", "byte-substr", "second-contact", "lines-lost"}


def parse_bug(argv):
    if len(argv) == 1:
        return ""
    if len(argv) == 3 and argv[1] == "--bug" and argv[2] in BUGS:
        return argv[2]
    sys.stderr.write("usage: generator.py [--bug NAME]\n")
    sys.exit(2)


BUG = parse_bug(sys.argv)


def text(value):
    """Text for an XML element; a CR is written as a reference, or MiniCRM would get a line feed."""
    if BUG == "unescaped":
        return value.replace("\r", "&#13;")
    return escape(value).replace("\r", "&#13;")


def money(amount):
    """Money as the shop shows it: two decimals."""
    if BUG == "decimal-comma":
        return f"{amount:,.2f}".replace(",", " ").replace(".", ",")
    return f"{amount:.2f}"


def field(record, key):
    return f"<{key}>{text(record[key])}</{key}>" if key in record else ""


def fields(record, *keys):
    return "".join(field(record, key) for key in keys)


def id_attribute(record):
    return f' Id="{text(record["Id"])}"' if "Id" in record else ""


def values(record, key, item):
    if key not in record:
        return ""
    inner = "".join(f"<{item}><Value>{text(v)}</Value></{item}>" for v in record[key])
    return f"<{key}>{inner}</{key}>"


def business_xml(business):
    addresses = ""
    if "Addresses" in business:
        inner = "".join(
            f"<Address>{fields(a, 'CountryId', 'PostalCode', 'City', 'Address')}</Address>"
            for a in business["Addresses"])
        addresses = f"<Addresses>{inner}</Addresses>"
    return f"""
    <Business>
      {fields(business, 'Name', 'VatNumber')}
      {values(business, 'Emails', 'Email')}{values(business, 'Phones', 'Phone')}
      {addresses}
    </Business>"""


def contact_xml(contact):
    return (f"<Contact{id_attribute(contact)}>{fields(contact, 'FirstName', 'LastName')}"
            f"{values(contact, 'Emails', 'Email')}{values(contact, 'Phones', 'Phone')}</Contact>")


def product_xml(line):
    price = f"<PriceNet>{money(line['PriceNet'])}</PriceNet>" if "PriceNet" in line else ""
    quantity = f"<Quantity>{line['Quantity']}</Quantity>" if "Quantity" in line else ""
    vat = f"<VAT>{line['VAT']}%</VAT>" if "VAT" in line else ""
    description = ""
    if "Description" in line:
        # MiniCRM keeps 1024 characters of a description.
        if BUG == "byte-substr":
            cut = line["Description"].encode("utf-8")[:1024].decode("utf-8", errors="ignore")
        else:
            cut = line["Description"][:1024]
        description = f"<Description>{text(cut)}</Description>"
    return f"""
            <Product{id_attribute(line)}>
              {fields(line, 'Name', 'SKU', 'EAN')}{price}{quantity}{field(line, 'Unit')}{vat}
              {description}{field(line, 'FolderName')}
            </Product>"""


def order_xml(order):
    customer = ""
    if "Customer" in order:
        customer = f"<Customer>{fields(order['Customer'], 'Name', 'CountryId', 'PostalCode', 'City', 'Address')}</Customer>"
    products = ""
    if "Products" in order:
        lines = order["Products"][:3] if BUG == "lines-lost" else order["Products"]
        products = f"<Products>{''.join(product_xml(line) for line in lines)}\n          </Products>"
    head = fields(order, "Number", "CurrencyCode", "Language", "Performance", "Subject", "Status", "PaymentMethod")
    return f"""
        <Order{id_attribute(order)}>
          {head}
          {customer}
          {products}
        </Order>"""


def project_xml(project):
    card = fields(project, "Name", "CategoryId", "StatusId", "UserId", "Webshop_RegistrationDate")
    if "Webshop_Disabled" in project:
        card += f"<Webshop_Disabled>{'1' if project['Webshop_Disabled'] else '0'}</Webshop_Disabled>"
    basket = fields(project, "Webshop_LostBasketContent", "Webshop_LostBasketDate")
    for key in ("Webshop_LostBasketValue", "Webshop_AllLostBasket"):
        if key in project:
            basket += f"<{key}>{money(project[key])}</{key}>"
    business = business_xml(project["Business"]) if "Business" in project else ""
    contacts = ""
    if "Contacts" in project:
        people = project["Contacts"][:1] if BUG == "second-contact" else project["Contacts"]
        contacts = f"<Contacts>{''.join(contact_xml(c) for c in people)}</Contacts>"
    orders = f"<Orders>{''.join(order_xml(o) for o in project['Orders'])}\n    </Orders>" if "Orders" in project else ""
    return f"""
  <Project{id_attribute(project)}>
    {card}
    {basket}{business}
    {contacts}
    {orders}
  </Project>"""


def main():
    shop = json.load(sys.stdin.buffer)  # JSON is UTF-8, whatever the locale says
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<Projects>']
    out.extend(project_xml(p) for p in shop["Projects"])
    out.append("\n</Projects>\n")
    sys.stdout.buffer.write("".join(out).encode("utf-8"))


main()
