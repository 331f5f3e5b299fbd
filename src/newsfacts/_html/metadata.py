"""What a page says about itself: title, byline, dates, canonical URL, site name, language.

Read from the parsed tree before any pruning, in order of trust: JSON-LD (schema.org
``NewsArticle`` and kin), ``<meta>`` tags (Open Graph, ``article:*``, Dublin Core, Parse.ly,
plain ``author``/``date``), then the markup itself (``<h1>``, ``<title>``, ``<time>``,
``rel=author``), then the URL (``/2024/05/17/``).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from .._records import Origin
from .._url_dates import url_day

_MAX_JSON_LD = 1_000_000
_ARTICLE_TYPE = re.compile(r"article|posting|report|newsarticle|creativework", re.IGNORECASE)
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT_DATE = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_BY = re.compile(r"^\s{0,4}(?:(?:story|words|text|written|posted|reporting)\s{1,4})?"
                 r"(?:by|von|par|por)\s{1,4}", re.IGNORECASE)
# An e-mail address or a "|"-separated role after the name in a declared author.
_AFTER_NAME = re.compile(r"\s{0,4}(?:\S{1,64}@\S{1,255}|\|.{0,200})$")
# The byline's element by its class words when the page declares no author: "author-name",
# "jeg_meta_author", "byline"; not the comment authors' or the author bio box.
# These XPaths walk the attributes (``//@class``) and step up to the elements that hold a
# matching one: the same elements in the same order as testing every element
# (``//*[@class][contains(@class, ...)]``), which takes libxml2 up to twice as long.
_AUTHOR_CLASS = etree.XPath(
    "//@class[contains(., 'author') or contains(., 'byline')]/parent::*"
    "[not(ancestor-or-self::*[contains(@class, 'comment') or contains(@class, 'bio')"
    " or contains(@class, 'description')])]"
)
_AUTHOR_CLASS_WORD = re.compile(r"(?<![a-z])(?:author|byline)(?:[-_]?name)?(?![\w-])")
_MAX_BYLINE = 60
# A written date in a dateline element ("Posted Tuesday, 4 March 2025", "Sep 18, 2024"), for
# pages with no machine-readable date at all.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_WORD = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
_WRITTEN_DATE = re.compile(
    rf"(?<!\w)(?:(\d{{1,2}})(?:st|nd|rd|th)? {_MONTH_WORD},? (\d{{4}})"
    rf"|{_MONTH_WORD} (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}}))(?!\d)",
    re.IGNORECASE,
)
_DATE_CLASS = etree.XPath(
    "//@class[contains(., 'date') or contains(., 'time') or contains(., 'posted')"
    " or contains(., 'byline') or contains(., 'meta')]/parent::*"
    "[not(ancestor::*[contains(@class, 'comment')])]"
)
_MAX_DATE_ELEMENTS = 10
_MAX_DATELINE = 120
_MAX_AUTHOR_ELEMENTS = 20
# " | Site", " - Site", " — Site", " :: Site" at the end of a <title>.
_TITLE_SEPARATOR = re.compile(r"\s(?:\||-|–|—|::|·|•)\s")
_SPACE = re.compile(r"\s+")
_MAX_TIME_ELEMENTS = 5
# The page's headline <h1>: not a logo in the site header or a menu.
_HEADLINE_H1 = etree.XPath(
    "//h1[not(ancestor::nav) and not(ancestor::header[not(ancestor::article)])]"
    " | //article//header//h1"
)
# Attributes first, as for _AUTHOR_CLASS; a union is in document order, as one path's result is.
_AUTHOR_MARKUP = etree.XPath("//@rel[. = 'author']/parent::* | //@itemprop[. = 'author']/parent::*")
_WORDS = re.compile(r"\w+")

# (meta key, field) pairs in order of trust within each field.
_META_FIELDS: tuple[tuple[str, str], ...] = (
    ("og:title", "title"), ("twitter:title", "title"), ("parsely-title", "title"),
    ("sailthru.title", "title"), ("dc.title", "title"), ("headline", "title"),
    ("article:published_time", "published"), ("og:published_time", "published"),
    ("datepublished", "published"), ("parsely-pub-date", "published"),
    ("sailthru.date", "published"), ("dc.date.issued", "published"), ("dc.date", "published"),
    ("pubdate", "published"), ("publishdate", "published"), ("publish-date", "published"),
    ("date", "published"), ("article.published", "published"), ("og:updated_time", "modified"),
    ("article:modified_time", "modified"), ("datemodified", "modified"),
    ("last-modified", "modified"), ("author", "byline"), ("article:author", "byline"),
    ("parsely-author", "byline"), ("sailthru.author", "byline"), ("dc.creator", "byline"),
    ("byl", "byline"), ("og:site_name", "site_name"), ("application-name", "site_name"),
    ("og:url", "url"), ("og:locale", "language"), ("content-language", "language"),
    ("dc.language", "language"), ("original-source", "origin"),
    ("syndication-source", "origin"),
)


@dataclass(frozen=True, slots=True)
class PageMeta:
    title: str | None = None
    document_title: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    modified: dt.date | None = None
    url: str | None = None
    site_name: str | None = None
    language: str | None = None
    origin: Origin | None = None
    article_body: str | None = None


def read_metadata(root: etree._Element, *, url: str | None) -> PageMeta:
    """Everything the page says about itself; fields it does not say are None."""
    found: dict[str, str] = {}
    ld = _json_ld(root)
    for key, value in ld.items():
        found.setdefault(key, value)
    meta = _meta_values(root)
    for key, field in _META_FIELDS:
        meta_value = meta.get(key)
        if meta_value and field not in found:
            found[field] = meta_value
    canonical = _link_href(root, "canonical") or found.get("url")
    page_url = _absolute(canonical, url) or url
    origin_url = _absolute(found.get("origin"), url)
    if url and page_url and _host(page_url) != _host(url):
        # A canonical link to another site is how syndicated copies point at the original.
        origin_url, page_url = origin_url or page_url, url
    site_name = _clean(found.get("site_name"))
    title = _title(root, found.get("title"), site_name)
    return PageMeta(
        title=title,
        document_title=_document_title(root, site_name or _host_name(page_url)),
        byline=_byline(root, found.get("byline")),
        published=_date(found.get("published")) or _time_element(root)
        or _url_date(page_url) or _url_date(url) or _written_date(root),
        modified=_date(found.get("modified")),
        url=page_url,
        site_name=site_name,
        language=_language(root.get("lang") or found.get("language")),
        origin=Origin(url=origin_url) if origin_url else None,
        article_body=found.get("article_body"),
    )


def _meta_values(root: etree._Element) -> dict[str, str]:
    values: dict[str, str] = {}
    for element in root.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop")
               or element.get("http-equiv") or "").strip().lower()
        content = element.get("content")
        if key and content and key not in values:
            values[key] = content.strip()
    return values


def _link_href(root: etree._Element, rel: str) -> str | None:
    for element in root.iter("link"):
        if rel in (element.get("rel") or "").lower().split():
            href = element.get("href")
            if href:
                return href.strip()
    return None


def _json_ld(root: etree._Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        if len(raw) > _MAX_JSON_LD:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for item in _items(data, 0):
            kinds = item.get("@type")
            kind = " ".join(kinds) if isinstance(kinds, list) else str(kinds or "")
            if kind in ("WebSite", "Organization") and "site_name" not in found:
                _put(found, "site_name", item.get("name"))
            if not _ARTICLE_TYPE.search(kind):
                continue
            _put(found, "title", item.get("headline") or item.get("name"))
            _put(found, "published", item.get("datePublished") or item.get("dateCreated"))
            _put(found, "modified", item.get("dateModified"))
            _put(found, "byline", _names(item.get("author")))
            _put(found, "article_body", item.get("articleBody"))
            _put(found, "url", item.get("url"))
            _put(found, "language", item.get("inLanguage"))
            publisher = item.get("publisher")
            if isinstance(publisher, dict):
                _put(found, "site_name", publisher.get("name"))
            based_on = item.get("isBasedOn") or item.get("isBasedOnUrl")
            _put(found, "origin", based_on.get("url") if isinstance(based_on, dict)
                 else based_on)
    return found


def _items(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD document that has a @type, through lists and @graph."""
    if depth > 6:
        return
    if isinstance(data, list):
        for entry in data:
            yield from _items(entry, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        if "@graph" in data:
            yield from _items(data["@graph"], depth + 1)


def _put(found: dict[str, str], key: str, value: object) -> None:
    if key not in found and isinstance(value, str) and value.strip():
        found[key] = value.strip()


def _names(author: object) -> str | None:
    people = author if isinstance(author, list) else [author]
    names: list[str] = []
    for person in people:
        name = person.get("name") if isinstance(person, dict) else person
        if isinstance(name, str) and name.strip() and not name.startswith("http"):
            names.append(name.strip())
    return ", ".join(dict.fromkeys(names)) or None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    text = _SPACE.sub(" ", value).strip()
    return text or None


def _title(root: etree._Element, declared: str | None, site_name: str | None) -> str | None:
    """The headline the page declares (meta tags, JSON-LD) or shows as its <h1>."""
    text = _clean(declared)
    if not text:
        # The <h1> only where nothing is declared: its XPath walks the whole tree.
        for heading in _elements(_HEADLINE_H1(root))[:1]:
            text = _clean("".join(str(part) for part in heading.itertext()))
    return _strip_site_suffix(text, site_name) if text else None


def _document_title(root: etree._Element, site_name: str | None) -> str | None:
    """The <title>, minus the site's name: the weakest source, often a tab label."""
    for element in root.iter("title"):
        text = _clean(element.text)
        return _strip_site_suffix(text, site_name) if text else None
    return None


def _strip_site_suffix(title: str, site_name: str | None) -> str:
    """"Markets slide on rate fears | Example News" -> "Markets slide on rate fears"."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    last = parts[-1].strip().casefold()
    named = site_name is not None and (last == site_name.casefold()
                                       or last in site_name.casefold().replace(" ", ""))
    head = title[: title.rfind(parts[-1])].rstrip(" |-–—:·•")
    # Unnamed, a suffix must still look like a name: short, no sentence punctuation, and
    # leaving a headline of a few words behind.
    looks_like_name = len(last.split()) <= 4 and not any(mark in last for mark in ":?!,")
    if named or (looks_like_name and len(_WORDS.findall(head)) >= 3):
        return head
    # Older sites put the name first: "Harbour Gazette :: Fishing fleet catch falls".
    first = parts[0].strip()
    rest = title[len(parts[0]):].lstrip(" |-–—:·•")
    first_named = site_name is not None and (
        first.casefold() == site_name.casefold()
        or "".join(_WORDS.findall(first)).casefold() == site_name.casefold())
    first_is_name = (len(first.split()) <= 3 and not any(mark in first for mark in ":?!,")
                     and len(_WORDS.findall(rest)) >= 4 and len(parts) == 2
                     and " :: " in title)
    return rest if first_named or first_is_name else title


def _byline(root: etree._Element, declared: str | None) -> str | None:
    if declared and not declared.startswith("http"):
        return _AFTER_NAME.sub("", _BY.sub("", _clean(declared) or "")) or None
    for element in _elements(_AUTHOR_MARKUP(root)):
        text = _clean("".join(str(part) for part in element.itertext()))
        if text and len(text) <= 100:
            return _BY.sub("", text) or None
    for element in _elements(_AUTHOR_CLASS(root))[:_MAX_AUTHOR_ELEMENTS]:
        if not _AUTHOR_CLASS_WORD.search((element.get("class") or "").lower()):
            continue
        text = _BY.sub("", _clean("".join(str(part) for part in element.itertext())) or "")
        # A name, not a sentence or a date: short, no digits.
        if text and len(text) <= _MAX_BYLINE and not any(char.isdigit() for char in text):
            return text
    return None


def _elements(found: object) -> list[etree._Element]:
    """The elements of an XPath result (which lxml types as any XPath value)."""
    if not isinstance(found, list):
        return []
    return [item for item in found if isinstance(item, etree._Element)]


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    value = value.strip()[:80]
    found = _ISO_DATE.search(value) or _COMPACT_DATE.search(value)
    if found:
        return _plausible(*(int(part) for part in found.groups()))
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # only for the rare page whose dates are in words: it is slow to load

    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed is not None else None


def _plausible(year: int, month: int, day: int) -> dt.date | None:
    if not 1990 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _time_element(root: etree._Element) -> dt.date | None:
    for element, _ in zip(root.iter("time"), range(_MAX_TIME_ELEMENTS), strict=False):
        found = _date(element.get("datetime"))
        if found is not None:
            return found
    return None


def _written_date(root: etree._Element) -> dt.date | None:
    """The first written date in a short date, time or byline element: the last resort."""
    for element in _elements(_DATE_CLASS(root))[:_MAX_DATE_ELEMENTS]:
        text = _clean("".join(str(part) for part in element.itertext()))
        if not text or len(text) > _MAX_DATELINE:
            continue
        found = _WRITTEN_DATE.search(text)
        if found is None:
            continue
        day, month, year = ((found.group(1), found.group(2), found.group(3)) if found.group(1)
                            else (found.group(5), found.group(4), found.group(6)))
        return _plausible(int(year), _MONTHS.index(month.lower()) + 1, int(day))
    return None


def _url_date(url: str | None) -> dt.date | None:
    if not url:
        return None
    found = url_day(url)
    return None if found is None else _plausible(found.year, found.month, found.day)


def _language(value: str | None) -> str | None:
    if not value:
        return None
    parts = value.strip().replace("_", "-").split("-")
    if not parts[0].isalpha() or not 2 <= len(parts[0]) <= 3:
        return None
    primary = parts[0].lower()
    if len(parts) > 1 and parts[1].isalpha() and len(parts[1]) == 2:
        return f"{primary}-{parts[1].upper()}"
    return primary


def _absolute(href: str | None, base: str | None) -> str | None:
    if not href:
        return None
    resolved = urljoin(base, href) if base else href
    return resolved if resolved.startswith(("http://", "https://")) else None


def _host_name(url: str | None) -> str | None:
    """The site's name as its host spells it: "millvalleycourier" for
    www.millvalleycourier.com, matched against a title part with its spaces taken out."""
    label = _host(url).split(".")[0] if url else ""
    return label.replace("-", "") or None


def _host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host
