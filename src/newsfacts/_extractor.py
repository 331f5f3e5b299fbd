"""Wires the stages: decode -> blocks -> clean -> Article -> claims."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import warnings
from typing import Literal

from ._blocks import Block
from ._clean import Cleaned, clean
from ._errors import ExtractionError, NewsfactsWarning
from ._facts import ClaimFinder
from ._facts.reference import page_reference
from ._html import HtmlPage, check_text, decode_text_bytes, parse_page
from ._options import Options
from ._records import Article, Claim, Origin, Removal
from ._templates import strip_templates
from ._text import text_to_blocks

Kind = Literal["auto", "html", "text"]
DateLike = dt.date | str | None

_HTML_SNIFF = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|span|a|br|table)[\s>/]",
    re.IGNORECASE,
)


class Extractor:
    """Holds the loaded pipeline so that many documents share it.

    >>> extractor = Extractor()                       # doctest: +SKIP
    >>> article = extractor.extract(page_bytes, url="https://example.com/a")  # doctest: +SKIP
    """

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self._finder: ClaimFinder | None = None

    @property
    def finder(self) -> ClaimFinder:
        if self._finder is None:
            self._finder = ClaimFinder(self.options.pipeline)
        return self._finder

    def extract(
        self,
        source: str | bytes,
        *,
        url: str | None = None,
        published: DateLike = None,
        kind: Kind = "auto",
        charset: str | None = None,
    ) -> Article:
        """Turn one page (HTML or flattened text, ``str`` or ``bytes``) into an Article."""
        if not isinstance(source, (str, bytes)):
            raise TypeError(f"source must be str or bytes, not {type(source).__name__}")
        if kind not in ("auto", "html", "text"):
            raise ValueError(f"kind must be 'auto', 'html' or 'text', not {kind!r}")
        known_date = _as_date(published)
        resolved = _sniff_kind(source) if kind == "auto" else kind
        if resolved == "html":
            return self._from_html(source, url=url, published=known_date, charset=charset)
        return self._from_text(source, url=url, published=known_date)

    def claims(
        self, text: str, *, published: DateLike = None, title: str | None = None
    ) -> list[Claim]:
        """Find the numeric claims in text that is already clean."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        return self.finder.find(text, published=_as_date(published), title=title)

    def _from_text(self, source: str | bytes, *, url: str | None, published: dt.date | None
                   ) -> Article:
        if isinstance(source, bytes):
            decoded = decode_text_bytes(source, max_bytes=self.options.max_bytes)
            text, encoding = decoded.text, decoded.encoding
        else:
            text, encoding = check_text(source), None
        blocks, template = strip_templates(self.options.templates, text_to_blocks(text), url)
        cleaned = _with_template(
            clean(blocks, url=url, threshold=self.options.furniture_threshold), template
        )
        return self._article(cleaned, kind="text", url=url, published=published,
                             encoding=encoding, page_title=None)

    def _from_html(self, source: str | bytes, *, url: str | None, published: dt.date | None,
                   charset: str | None) -> Article:
        page = parse_page(source, url=url, charset=charset, max_bytes=self.options.max_bytes)
        blocks, template = strip_templates(self.options.templates, page.blocks, page.url or url)
        cleaned = _merge_page(
            _with_template(
                clean(blocks, url=page.url or url, title=page.title,
                      threshold=self.options.furniture_threshold),
                template,
            ),
            page,
        )
        return self._article(cleaned, kind="html", url=page.url or url, published=published,
                             encoding=page.encoding, page_title=page.title)

    def _article(self, cleaned: Cleaned, *, kind: Literal["html", "text"], url: str | None,
                 published: dt.date | None, encoding: str | None, page_title: str | None
                 ) -> Article:
        body = "\n\n".join(block.text for block in cleaned.body)
        notes = list(cleaned.warnings)
        if not body:
            message = "no article body found: every block was boilerplate"
            notes.append(message)
            warnings.warn(message, NewsfactsWarning, stacklevel=3)
        title = cleaned.title or page_title
        date = published or cleaned.published
        # Read only to date a page that has no date of its own: not joined otherwise.
        furniture = (None if date is not None
                     else "\n".join(removal.text for removal in cleaned.removed
                                     if removal.reason not in _PICTURE_REASONS
                                     and removal.text not in cleaned.listed_stamps))
        # Without a stamp the cleaner could read, the claim stage's reader dates the page
        # (one reader, so the article and its periods agree): its day, never a month or year.
        found = (None if date is not None or not (body or title)
                 else page_reference(body, title=title, url=url, furniture=furniture))
        page_date = (found.day if found is not None and found.precision == "day" and found.stated
                     else date)
        origin = cleaned.origin
        if origin is not None and origin.published is None and page_date is not None:
            origin = Origin(origin.publisher, origin.url, page_date)
        claims: tuple[Claim, ...] = ()
        if self.options.claims and (body or title):
            claims = tuple(self.finder.find(body, published=date, title=title, url=url,
                                            furniture=furniture,
                                            reference="unread" if date is not None else found))
        return Article(
            id=_article_id(url, title, body),
            text=body,
            url=url,
            title=title,
            byline=cleaned.byline,
            published=page_date,
            modified=cleaned.modified,
            site_name=cleaned.site_name,
            language=cleaned.language,
            origin=origin,
            reposted_by=cleaned.reposted_by,
            removed=cleaned.removed,
            claims=claims,
            warnings=tuple(notes),
            kind=kind,
            encoding=encoding,
        )


# A picture's caption dates the picture, not the page ("FILE PHOTO: ..., June 4, 2024").
_PICTURE_REASONS = frozenset({"caption", "photo-credit"})


def _merge_page(cleaned: Cleaned, page: HtmlPage) -> Cleaned:
    """Page metadata wins over what the cleaner read from the body; removals keep page order."""
    if not cleaned.body and page.blocks and not page.article_found:
        # A page without an article (a link directory, a parked domain's ads): the cleaner's
        # rules judge the lines of a story and leave nothing, yet the page has a text.
        cleaned = dataclasses.replace(
            cleaned, body=page.blocks, removed=(),
            warnings=(*cleaned.warnings, "the page holds no article: its text is given as "
                      "found, without the cleaner's furniture rules"))
    return dataclasses.replace(
        cleaned,
        # A <title> is often a tab label ("Home | Site"): the headline the cleaner found in
        # the body beats it.
        title=page.title or cleaned.title or page.document_title,
        byline=page.byline or cleaned.byline,
        published=page.published or cleaned.published,
        modified=page.modified or cleaned.modified,
        site_name=page.site_name or cleaned.site_name,
        language=page.language or cleaned.language,
        origin=cleaned.origin or page.origin,
        removed=page.removed + cleaned.removed,
        warnings=page.warnings + cleaned.warnings,
    )


def _with_template(cleaned: Cleaned, template: tuple[Removal, ...]) -> Cleaned:
    """Site-template blocks (removed before cleaning) join the cleaner's removals."""
    return dataclasses.replace(cleaned, removed=template + cleaned.removed) if template else cleaned


def _as_date(value: DateLike) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as exc:
        raise ExtractionError(f"published must be an ISO date (YYYY-MM-DD), not {value!r}") from exc


def _sniff_kind(source: str | bytes) -> Literal["html", "text"]:
    head = source[:4096]
    if isinstance(head, bytes) and head.startswith(b"\x1f\x8b"):
        return "html"  # gzip: a compressed page, which the HTML decoder unpacks with a cap
    head_bytes = head.encode("utf-8", "replace") if isinstance(head, str) else head
    return "html" if len(_HTML_SNIFF.findall(head_bytes)) >= 2 else "text"


def _article_id(url: str | None, title: str | None, body: str) -> str:
    digest = hashlib.sha256()
    for part in (url or "", title or "", body):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:20]


__all__ = ["Block", "Extractor"]
