#!/usr/bin/env python3
"""Writes a big, deterministic, realistic webshop feed for the benchmarks.

The shape follows what MiniCRM's own WooCommerce plugin sends (docs/format.md
§2.5): customers with a contact and a few orders, orders with product
lines, shipping lines with ids from 10000000, guests from 1000000, empty
elements for unknown values. About 3.7 KB per project: 400,000 projects make
about 1.5 GB.

    bench/make_feed.py --projects 400000 --out big.xml
    bench/make_feed.py --projects 1000 --first-id 5000 > part.xml   # ids 5000..5999
"""
import argparse
import random
import sys

FIRST = ["Ioana", "Dan", "Maria", "Andrei", "Elena", "Mihai", "Ana", "Gabor", "Zsofia", "Laszlo"]
LAST = ["Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Nagy", "Kovacs", "Szabo", "Toth", "Horvath"]
CITIES = [("Cluj-Napoca", "400001"), ("Iasi", "700001"), ("Timisoara", "300001"), ("Budapest", "1011"),
          ("Debrecen", "4024"), ("Brasov", "500001")]
STATUSES = ["Registered", "New", "Regular", "Lost"]
ORDER_STATUSES = ["Issued", "Completed", "Completed", "Completed", "Failed", "Draft"]
PAYMENTS = ["Card", "WiredTransfer", "CashOnDelivery", ""]
PRODUCTS = [(i, f"Product {i}", f"SKU-{i:05d}") for i in range(1, 2001)]
WORDS = ("ceai verde organic cana ceramica lucrata manual cadou set premium livrare rapida "
         "garantie doi ani material reciclat culoare alb negru rosu albastru marime").split()


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def description(rng):
    words = rng.choices(WORDS, k=rng.randint(8, 30))
    return esc("<p>" + " ".join(words) + "</p>")


def product(rng, out):
    pid, name, sku = rng.choice(PRODUCTS)
    price = round(rng.uniform(5, 500), 4)
    out.append(f"""          <Product Id="{pid}">
            <Name>{name}</Name>
            <SKU>{sku}</SKU>
            <EAN/>
            <PriceNet>{price}</PriceNet>
            <Quantity>{rng.randint(1, 4)}</Quantity>
            <Unit>piece</Unit>
            <VAT>19%</VAT>
            <Description>{description(rng)}</Description>
            <FolderName>Shop</FolderName>
          </Product>
""")


def order(rng, order_id, first, last, city, out):
    out.append(f"""      <Order Id="{order_id}">
        <Number>WEB-{order_id}</Number>
        <CurrencyCode>RON</CurrencyCode>
        <Performance>2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 10:{rng.randint(0, 59):02d}:00</Performance>
        <Subject/>
        <Status>{rng.choice(ORDER_STATUSES)}</Status>
        <PaymentMethod>{rng.choice(PAYMENTS)}</PaymentMethod>
        <Customer>
          <Name>{first} {last}</Name>
          <CountryId>Romania</CountryId>
          <PostalCode>{city[1]}</PostalCode>
          <City>{city[0]}</City>
          <Address>Str. Lunga {rng.randint(1, 200)}</Address>
        </Customer>
        <Products>
""")
    for _ in range(rng.randint(1, 4)):
        product(rng, out)
    out.append(f"""          <Product Id="{10000000 + rng.randint(1, 3)}">
            <Name>Shipping</Name>
            <SKU/>
            <EAN/>
            <PriceNet>15</PriceNet>
            <Quantity>1</Quantity>
            <Unit>piece</Unit>
            <VAT>19%</VAT>
          </Product>
        </Products>
      </Order>
""")


def project(rng, project_id, out):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    city = rng.choice(CITIES)
    email = f"{first.lower()}.{last.lower()}{project_id}@example.ro"
    out.append(f"""  <Project Id="{project_id}">
    <Name>{first} {last}</Name>
    <CategoryId>21</CategoryId>
    <StatusId>{rng.choice(STATUSES)}</StatusId>
    <UserId>Ana Admin</UserId>
    <Webshop_RegistrationDate>2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}</Webshop_RegistrationDate>
    <Webshop_Disabled>0</Webshop_Disabled>
    <Webshop_AllLostBasket>{rng.randint(0, 900)}</Webshop_AllLostBasket>
""")
    if rng.random() < 0.2:
        out.append(f"""    <Business>
      <Name>SC {last} SRL</Name>
      <VatNumber>RO{rng.randint(100000, 9999999)}</VatNumber>
      <Emails><Email><Value>office{project_id}@example.ro</Value></Email></Emails>
      <Addresses><Address><CountryId>Romania</CountryId><PostalCode>{city[1]}</PostalCode><City>{city[0]}</City><Address>Bd. Eroilor 1</Address></Address></Addresses>
    </Business>
""")
    out.append(f"""    <Contacts>
      <Contact Id="{project_id}">
        <FirstName>{first}</FirstName>
        <LastName>{last}</LastName>
        <Emails><Email><Value>{email}</Value></Email></Emails>
        <Phones><Phone><Value>07{rng.randint(10000000, 99999999)}</Value></Phone></Phones>
      </Contact>
    </Contacts>
    <Orders>
""")
    for k in range(rng.randint(0, 3)):
        order(rng, project_id * 10 + k, first, last, city, out)
    out.append("""    </Orders>
  </Project>
""")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--projects", type=int, default=1000)
    parser.add_argument("--first-id", type=int, default=1, help="Reference ID of the first project")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default="-")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    stream = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    stream.write('<?xml version="1.0" encoding="utf-8"?>\n<Projects>\n')
    chunk = []
    for i in range(args.projects):
        project(rng, args.first_id + i, chunk)
        if len(chunk) > 2000:
            stream.write("".join(chunk))
            chunk.clear()
    stream.write("".join(chunk))
    stream.write("</Projects>\n")
    stream.flush()
    if stream is not sys.stdout:
        stream.close()


if __name__ == "__main__":
    main()
