"""Text to an lxml tree, with the parser's limits raised and its silent losses detected.

The text is handed to libxml2 as UTF-8 bytes with the encoding stated, never as a ``str``: lxml
refuses a ``str`` that opens with an XML declaration naming an encoding (scraped XHTML does),
and bytes with a stated encoding make every ``<?xml?>`` and ``<meta charset>`` in the page
irrelevant, since the text was decoded already.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from .._errors import EmptyInputError

# On a page nested deeper than libxml2 allows, every container tag is turned into a line break
# and the page parsed again: paragraphs, headings, links and the head survive, the depth goes.
_CONTAINER_TAG = re.compile(
    r"</?(?:div|span|section|article|main|aside|header|footer|nav|font|b|i|u|em|strong|small"
    r"|big|center|blockquote|table|tbody|thead|tr|td|th|ul|ol|li|dl|dt|dd|form|label|figure"
    r"|sup|sub|abbr|cite|code|mark|q|s|del|ins)\b[^>]{0,2000}>",
    re.IGNORECASE,
)
_RESOURCE_LIMIT = "ERR_RESOURCE_LIMIT"
# A browser with scripts on reads <noscript> as raw text. libxml2 parses its inside as markup,
# so an element opened there and never closed ("<noscript><div id=nav></noscript>", a common
# trick) swallows the rest of the page into the <noscript>, which is then dropped unread.
_NOSCRIPT_OPEN = re.compile(r"<noscript\b[^>]{0,2000}>", re.IGNORECASE)
_NOSCRIPT_CLOSE = re.compile(r"</noscript\s{0,20}>", re.IGNORECASE)


def parse_html(text: str, notes: list[str]) -> etree._Element:
    """The page's tree; ``notes`` gets a line when the parser's limits cost it some text."""
    text = _without_noscript(text)
    root, limit_hit = _parse_once(text)
    if limit_hit:
        flattened, flat_hit = _parse_once(_CONTAINER_TAG.sub("\n", text))
        if flat_hit:
            notes.append("the page is nested too deeply for the HTML parser even when "
                         "flattened: text past the limit may be missing")
        else:
            notes.append("the page is nested deeper than the HTML parser allows: it was "
                         "flattened (container tags dropped) to keep all of its text")
        root = flattened
    _open_noframes(root)
    return root


def _without_noscript(text: str) -> str:
    """The text with every ``<noscript>`` section cut out, as a browser with scripts on shows it.

    One pass: each section ends at the first closing tag after it, and an opening tag with no
    closing tag after it goes alone."""
    found = _NOSCRIPT_OPEN.search(text)
    if found is None:
        return text
    kept: list[str] = []
    position = 0
    while found is not None:
        kept.append(text[position : found.start()])
        closing = _NOSCRIPT_CLOSE.search(text, found.end())
        position = closing.end() if closing is not None else found.end()
        found = _NOSCRIPT_OPEN.search(text, position)
    kept.append(text[position:])
    return "".join(kept)


def _open_noframes(root: etree._Element) -> None:
    """A frameset page's text is in ``<noframes>``, which libxml2 keeps as raw text: parse it.

    The markup inside becomes a ``<div>`` in its place, so the page's text is walked like any
    other body."""
    for element in list(root.iter("noframes")):
        raw = element.text or ""
        parent = element.getparent()
        if parent is None or "<" not in raw:
            continue
        try:
            inner = lxml.html.fragment_fromstring(raw, create_parent="div")
        except (etree.ParserError, ValueError):
            continue  # nothing but comments, or a declaration lxml refuses in a str
        inner.tail = element.tail
        parent.replace(element, inner)


def _parse_once(text: str) -> tuple[etree._Element, bool]:
    # etree's parser rather than lxml.html's: the latter looks up a Python class for every
    # element the walk touches, a fifth of the walk's time, for methods nothing here uses.
    parser = etree.HTMLParser(
        encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True, no_network=True
    )
    # A lone surrogate (from a str built by hand) cannot be encoded: it becomes "?".
    data = text.encode("utf-8", "replace")
    root = etree.fromstring(data, parser=parser)
    if root is None:
        # libxml2 gives up only on a document with no elements and no text at all.
        raise EmptyInputError("the page holds only comments or processing instructions")
    limit_hit = any(error.type_name == _RESOURCE_LIMIT for error in parser.error_log)
    return root, limit_hit
