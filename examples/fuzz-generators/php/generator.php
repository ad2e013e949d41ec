<?php
// A webshop's export to MiniCRM's XML sync, written the way shops write them:
// string templates, the shop's own number formatting. It reads the shop's
// data as JSON on standard input (the format `syncfeed fuzz` writes,
// docs/fuzz.md) and writes the feed on standard output.
//
//   php generator.php < shop.json > feed.xml
//   syncfeed fuzz -- php examples/fuzz-generators/php/generator.php
//
// --bug NAME plants one of the bugs real exports have, for syncfeed fuzz to find:
//   unescaped       values go into the XML with only their quotes escaped: & and < break it
//   decimal-comma   prices in the shop's locale: 2 750,00
//   byte-substr     the Description cut to 1024 bytes (substr), not 1024 characters
//   second-contact  only a company's first contact person is sent
//   lines-lost      an order's lines after the third are lost

$bug = '';
for ($i = 1; $i < $argc; $i++) {
    if ($argv[$i] === '--bug' && $i + 1 < $argc) {
        $bug = $argv[++$i];
    } else {
        fwrite(STDERR, "usage: php generator.php [--bug NAME]\n");
        exit(2);
    }
}
$known_bugs = ['', 'unescaped', 'decimal-comma', 'byte-substr', 'second-contact', 'lines-lost'];
if (!in_array($bug, $known_bugs, true)) {
    fwrite(STDERR, "unknown bug: $bug\n");
    exit(2);
}

// Text for an XML element. A CR would reach MiniCRM as a line feed (XML
// parsers normalize line ends) unless it is written as a character reference.
function xml_text($value)
{
    global $bug;
    if ($bug === 'unescaped') {
        return str_replace(['"', "\r"], ['&quot;', '&#13;'], $value);
    }
    return str_replace("\r", '&#13;', htmlspecialchars($value, ENT_XML1 | ENT_QUOTES, 'UTF-8'));
}

// Money as the shop shows it: two decimals.
function money($amount)
{
    global $bug;
    if ($bug === 'decimal-comma') {
        return number_format($amount, 2, ',', ' ');
    }
    return number_format($amount, 2, '.', '');
}

// <Tag>value</Tag> when the record has the field.
function field($record, $key, $tag = null)
{
    if (!array_key_exists($key, $record)) {
        return '';
    }
    $tag = $tag ?? $key;
    return "<$tag>" . xml_text($record[$key]) . "</$tag>";
}

function id_attribute($record)
{
    return isset($record['Id']) ? ' Id="' . xml_text($record['Id']) . '"' : '';
}

function values_xml($record, $list, $item)
{
    if (!isset($record[$list])) {
        return '';
    }
    $xml = '';
    foreach ($record[$list] as $value) {
        $xml .= "<$item><Value>" . xml_text($value) . "</Value></$item>";
    }
    return "<$list>$xml</$list>";
}

function address_xml($address)
{
    return '<Address>' . field($address, 'CountryId') . field($address, 'PostalCode') . field($address, 'City')
        . field($address, 'Address') . '</Address>';
}

function business_xml($business)
{
    $addresses = '';
    foreach ($business['Addresses'] ?? [] as $address) {
        $addresses .= address_xml($address);
    }
    $addresses = isset($business['Addresses']) ? "<Addresses>$addresses</Addresses>" : '';
    $name = field($business, 'Name');
    $vat = field($business, 'VatNumber');
    $emails = values_xml($business, 'Emails', 'Email');
    $phones = values_xml($business, 'Phones', 'Phone');
    return <<<XML
      <Business>
        $name$vat
        $emails$phones
        $addresses
      </Business>
XML;
}

function contact_xml($contact)
{
    $id = id_attribute($contact);
    $names = field($contact, 'FirstName') . field($contact, 'LastName');
    $emails = values_xml($contact, 'Emails', 'Email');
    $phones = values_xml($contact, 'Phones', 'Phone');
    return "        <Contact$id>$names$emails$phones</Contact>\n";
}

function product_xml($line)
{
    global $bug;
    $id = id_attribute($line);
    $name = field($line, 'Name');
    $codes = field($line, 'SKU') . field($line, 'EAN');
    $price = isset($line['PriceNet']) ? '<PriceNet>' . money($line['PriceNet']) . '</PriceNet>' : '';
    $quantity = isset($line['Quantity']) ? "<Quantity>{$line['Quantity']}</Quantity>" : '';
    $unit = field($line, 'Unit');
    $vat = isset($line['VAT']) ? "<VAT>{$line['VAT']}%</VAT>" : '';
    $description = '';
    if (isset($line['Description'])) {
        // MiniCRM keeps 1024 characters of a description.
        $text = $bug === 'byte-substr' ? substr($line['Description'], 0, 1024)
                                       : iconv_substr($line['Description'], 0, 1024, 'UTF-8');
        $description = '<Description>' . xml_text($text) . '</Description>';
    }
    $folder = field($line, 'FolderName');
    return <<<XML
              <Product$id>
                $name$codes
                $price$quantity$unit$vat
                $description$folder
              </Product>

XML;
}

function order_xml($order)
{
    global $bug;
    $id = id_attribute($order);
    $head = field($order, 'Number') . field($order, 'CurrencyCode') . field($order, 'Language')
        . field($order, 'Performance') . field($order, 'Subject') . field($order, 'Status')
        . field($order, 'PaymentMethod');
    $customer = '';
    if (isset($order['Customer'])) {
        $c = $order['Customer'];
        $customer = '<Customer>' . field($c, 'Name') . field($c, 'CountryId') . field($c, 'PostalCode')
            . field($c, 'City') . field($c, 'Address') . '</Customer>';
    }
    $products = '';
    if (isset($order['Products'])) {
        $lines = $order['Products'];
        if ($bug === 'lines-lost') {
            $lines = array_slice($lines, 0, 3);  // "an order has at most 3 products"
        }
        $products = "<Products>\n" . implode('', array_map('product_xml', $lines)) . "          </Products>";
    }
    return <<<XML
        <Order$id>
          $head
          $customer
          $products
        </Order>

XML;
}

function project_xml($project)
{
    global $bug;
    $id = id_attribute($project);
    $card = field($project, 'Name') . field($project, 'CategoryId') . field($project, 'StatusId')
        . field($project, 'UserId') . field($project, 'Webshop_RegistrationDate');
    if (isset($project['Webshop_Disabled'])) {
        $card .= '<Webshop_Disabled>' . ($project['Webshop_Disabled'] ? '1' : '0') . '</Webshop_Disabled>';
    }
    $basket = field($project, 'Webshop_LostBasketContent') . field($project, 'Webshop_LostBasketDate');
    if (isset($project['Webshop_LostBasketValue'])) {
        $basket .= '<Webshop_LostBasketValue>' . money($project['Webshop_LostBasketValue']) . '</Webshop_LostBasketValue>';
    }
    if (isset($project['Webshop_AllLostBasket'])) {
        $basket .= '<Webshop_AllLostBasket>' . money($project['Webshop_AllLostBasket']) . '</Webshop_AllLostBasket>';
    }
    $business = isset($project['Business']) ? business_xml($project['Business']) : '';
    $contacts = '';
    if (isset($project['Contacts'])) {
        $people = $bug === 'second-contact' ? array_slice($project['Contacts'], 0, 1) : $project['Contacts'];
        $contacts = "<Contacts>\n" . implode('', array_map('contact_xml', $people)) . "      </Contacts>";
    }
    $orders = isset($project['Orders'])
        ? "<Orders>\n" . implode('', array_map('order_xml', $project['Orders'])) . "      </Orders>" : '';
    return <<<XML
  <Project$id>
    $card
    $basket
$business
      $contacts
      $orders
  </Project>

XML;
}

$shop = json_decode(stream_get_contents(STDIN), true, 512, JSON_THROW_ON_ERROR);
echo "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Projects>\n";
foreach ($shop['Projects'] as $project) {
    echo project_xml($project);
}
echo "</Projects>\n";
