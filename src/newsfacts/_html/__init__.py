"""The HTML stage: a page (``str`` or ``bytes``) to candidate body blocks and page metadata.

One entry, :func:`parse_page`, returning one :class:`HtmlPage`. The steps, one module each:

- ``decode``: bytes to text (gzip with a cap, header/BOM/``<meta>`` charset, detection); also
  the binary and empty checks the text path shares;
- ``parse``: text to an lxml tree, with the parser's limits raised and its silent losses caught;
- ``metadata``: what the page says of itself (JSON-LD, ``<meta>``, markup, URL);
- ``blocks``: the tree to text blocks, each with the chain of block elements around it;
- ``content``: which blocks are the article, and why the others were removed;
- ``rules``: the tables (furniture class words, block tags, silent tags) as data;
- ``page``: runs them in order.

The extractor then runs the text cleaner over the blocks, so repost furniture goes the same way
whether it arrives as HTML or as text.
"""

from __future__ import annotations

from .decode import check_text, decode_text_bytes
from .page import HtmlPage, parse_page

__all__ = ["HtmlPage", "check_text", "decode_text_bytes", "parse_page"]
