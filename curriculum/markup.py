"""Small builders and readers for the lesson HTML.

Lesson text may use only <p>, <ul>, <ol>, <li>, <b> and <i>, so that every block renders the same in a
Wagtail rich-text field and on a phone. Source strings are wrapped across lines for readability; the
builders collapse that wrapping into single spaces.
"""

import re
from html.parser import HTMLParser

ALLOWED_TAGS = frozenset({"p", "ul", "ol", "li", "b", "i"})
_BLOCK_TAGS = frozenset({"p", "ul", "ol", "li"})
_WORD = re.compile(r"\w", re.UNICODE)


def t(text: str) -> str:
    """Collapse line breaks and indentation of a wrapped source string into single spaces."""
    return " ".join(text.split())


def p(*paragraphs: str) -> str:
    return "".join(f"<p>{t(text)}</p>" for text in paragraphs)


def ul(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{t(item)}</li>" for item in items) + "</ul>"


def ol(*items: str) -> str:
    return "<ol>" + "".join(f"<li>{t(item)}</li>" for item in items) + "</ol>"


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        self.parts.append(data)


def plain_text(html: str) -> str:
    """The visible text of an HTML fragment, block elements separated by spaces."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return t("".join(collector.parts))


def count_words(text: str) -> int:
    """Words a reader reads: whitespace-separated tokens holding at least one letter or digit."""
    return sum(1 for token in text.split() if _WORD.search(token))
