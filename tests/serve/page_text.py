#!/usr/bin/env python3
"""What a person sees on a page: loads URL in headless Chromium (the DOM after
the browser parsed it) and prints its visible text, one line per block (a
heading, a paragraph, a table row with its cells joined by " | "), then the
links as "link: TEXT -> HREF" and the count of <script> elements.

    page_text.py URL
"""
import html.parser
import subprocess
import sys

BLOCKS = {"h1", "h2", "h3", "h4", "h5", "p", "tr", "li", "pre", "nav", "form", "title"}
CELLS = {"td", "th"}


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.lines, self.line, self.links, self.scripts = [], [], [], 0
        self.hidden = 0
        self.href = None

    def flush(self):
        text = " ".join("".join(self.line).split())
        if text:
            self.lines.append(text)
        self.line = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        if tag in ("style", "script", "title"):
            self.hidden += 1
        if tag in BLOCKS:
            self.flush()
        if tag in CELLS and self.line:
            self.line.append(" | ")
        if tag == "a":
            self.href, self.link_text = dict(attrs).get("href"), []

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.hidden -= 1
        if tag in BLOCKS:
            self.flush()
        if tag == "a" and self.href is not None:
            self.links.append(f"link: {''.join(self.link_text).strip()} -> {self.href}")
            self.href = None

    def handle_data(self, data):
        if self.hidden:
            return
        self.line.append(data)
        if self.href is not None:
            self.link_text.append(data)


def main():
    dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", sys.argv[1]],
                         check=True, capture_output=True, text=True, timeout=120).stdout
    parser = Text()
    parser.feed(dom)
    parser.flush()
    print("\n".join(parser.lines + parser.links))
    print(f"script elements: {parser.scripts}")


if __name__ == "__main__":
    main()
