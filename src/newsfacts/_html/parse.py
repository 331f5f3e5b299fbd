"""Text to an lxml tree, with the parser's limits raised and its silent losses detected."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from .._errors import EmptyInputError

XML_DECLARATION = re.compile(r"^\s{0,100}<\?xml[^>]{0,200}\?>")
# On a page nested deeper than libxml2 allows, every container tag is turned into a line break
# and the page parsed again: paragraphs, headings, links and the head survive, the depth goes.
_CONTAINER_TAG = re.compile(
    r"</?(?:div|span|section|article|main|aside|header|footer|nav|font|b|i|u|em|strong|small"
    r"|big|center|blockquote|table|tbody|thead|tr|td|th|ul|ol|li|dl|dt|dd|form|label|figure"
    r"|sup|sub|abbr|cite|code|mark|q|s|del|ins)\b[^>]{0,2000}>",
    re.IGNORECASE,
)
_RESOURCE_LIMIT = "ERR_RESOURCE_LIMIT"


def parse_html(text: str, notes: list[str]) -> etree._Element:
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
    return root


def _parse_once(text: str) -> tuple[etree._Element, bool]:
    parser = lxml.html.HTMLParser(
        huge_tree=True, remove_comments=True, remove_pis=True, no_network=True
    )
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except etree.ParserError as exc:
        # lxml gives up only on a document with no elements and no text at all.
        raise EmptyInputError(f"the page holds only comments or processing instructions: {exc}"
                              ) from exc
    limit_hit = any(error.type_name == _RESOURCE_LIMIT for error in parser.error_log)
    return root, limit_hit
