"""Where a repost came from: the original publisher, its URL and date, and who reposted it.

Read from the furniture the rules removed (repost notices, source lines, datelines) and from the
wire credit at the head of the body ("BEIJING (Reuters) -"). A notice that says a post "appeared
first on" a site names the original publisher (the WordPress feed footer travels with the copy);
one that says it merely "appeared on" a site names a reposter.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from .._date_order import day_first
from .._month_names import DAY_FIRST_MONTH_PATTERN, MONTH_PATTERN, WEEKDAY_WORD, month_number
from .._records import Origin
from .._stamp_words import other_day_at
from .rules import (
    CREDITED_AGENCIES,
    ENGLISH_MONTH,
    HEADLINE_LIST_REASONS,
    PUBLISHER_STAMP,
    PUBLISHERS,
    WIRE_COPYRIGHTS,
    WIRE_CREDITS,
)

_NOTICE = re.compile(
    r"^the post (?P<title>.{1,300}?) appeared (?P<first>first )?on (?P<site>.{1,80}?)\.?$",
    re.IGNORECASE,
)
_NAMED_SOURCE = re.compile(
    r"(?:originally|first) (?:(?:published|posted|appeared|reported|ran) (?:on|at|in|by)|from) "
    r"(?P<site>[^,;:()]{1,100}?)(?:,|:| on \w+ \d| and | under | as |\.?$|\. | \(| [—–] )"
    r"|appeared (?:first )?(?:on|in) (?P<site2>[^,;:()]{1,100}?)(?:,|:| on \w+ \d|\.?$|\. )"
    r"|(?:re-?published|reprinted|syndicated) (?:with permission )?(?:from|by) "
    r"(?P<site3>[^,;()]{1,100}?)(?:,|\.?$|\. )"
    r"|^(?:article |news )?source\s?:\s?(?P<site4>[^:/]{2,60}?)\.?$"
    r"|(?-i:^SOURCE:? (?P<site5>[A-Z].{1,80})$)"
    r"|(?:read|continue reading) .{0,40}?(?:at|on) (?P<site6>[^:/]{2,60}?)\.?$",
    re.IGNORECASE,
)
# Case-sensitive: the outlet is a name ("for Barchart"), not "for the first time".
_WRITTEN_FOR = re.compile(
    r"\b(?i:by) .{1,80}? for (?P<site>(?:The )?[A-Z][\w.&'’-]{0,30}(?: [A-Z][\w.&'’-]{0,30}){0,3})"
    r"\s?(?:->|→|»|›)?$"
)
_URL = re.compile(r"https?://[^\s<>\"')\]]{1,500}")
_URL_DATE = re.compile(
    r"[/_-](?P<y>20\d{2}|19\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:/|-|$)"
    r"|/(?P<y2>20\d{2})(?P<m2>[01]\d)(?P<d2>[0-3]\d)(?:/|-|_|\.|$)"
    # "...-slug-20241014", "/2005/oct/06/" and "/2017/0103/": a date closing the path, a month
    # by name, or month and day run together.
    r"|[_-](?P<y5>20\d{2})(?P<m5>[01]\d)(?P<d5>[0-3]\d)(?:\.[a-z]{2,5})?/?$"
    r"|/(?P<y3>20\d{2}|19\d{2})/(?P<mon3>[a-z]{3})/(?P<d3>\d{1,2})/"
    r"|/(?P<y4>20\d{2}|19\d{2})/(?P<m4>[01]\d)(?P<d4>[0-3]\d)/"
)
# A page address may carry the date as a query value: "view.php?ud=20171201000169".
_QUERY_DATE = re.compile(r"(?:^|&)[a-z_]{1,12}=(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)",
                         re.IGNORECASE)
_TEXT_DATE = re.compile(
    # The year may run straight into the next word where a scraper glued two date widgets.
    # A page may glue a word to a capitalised month: "NewsSeptember 16, 2008".
    rf"(?:(?<![^\W\d_])|(?-i:(?<=[a-z])(?=[A-Z])))(?P<mon>{MONTH_PATTERN})\.? "
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?,? "
    r"(?P<year>(?:19|20)\d{2})(?=\D|$|\d{1,2}[:.]\d{2})"
    # "25 Februar 2004", "25. Februar 2004", "1er mars 2019", "15 de marzo de 2024".
    r"|\b(?P<day2>\d{1,2})(?:st|nd|rd|th|er|\.)? (?:de )?"
    rf"(?P<mon2>{DAY_FIRST_MONTH_PATTERN})\.?,? (?:de )?(?P<year2>(?:19|20)\d{{2}})\b"
    r"|\b(?P<iy>(?:19|20)\d{2})[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2})\b"
    # Numeric dates: US portals write them month first with slashes ("01/29/2026"), Indian and
    # European ones day first with dashes or dots ("21-01-2026", "21.01.2026").
    r"|\b(?P<dd>\d{1,2})[-.](?P<dm>\d{1,2})[-.](?P<dy>(?:19|20)\d{2})\b"
    r"|\b(?P<um>\d{1,2})/(?P<ud>\d{1,2})/(?P<uy>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# A stamp's date that says when the page was changed, not when it was published.
_UPDATED_BEFORE = re.compile(r"(?i)\b(?:updated|modified|edited|revised|aktualisiert|"
                             r"mis\s+à\s+jour|actualizad[oa]|atualizad[oa])\b[^0-9]{0,14}$")
_BARE_SOURCE = re.compile(r"^(?:article |news )?source\s?:", re.IGNORECASE)
_KNOWN_NAMES = frozenset(PUBLISHERS.values())
# Bylines, datelines and kickers can sit above the credited lead until the title is known.
_WIRE_SEARCH_BLOCKS = 5
_LEAD_DATE_CHARS = 120


@dataclass(frozen=True, slots=True)
class Provenance:
    origin: Origin | None = None
    reposted_by: tuple[str, ...] = ()
    published: dt.date | None = None
    title: str | None = None
    # The stamps of a teaser list's items and of comments: furniture that says nothing of
    # the page's own date.
    listed_stamps: frozenset[str] = frozenset()


def publisher_for(url: str) -> str | None:
    """The publisher's name for a URL: the table's name for its domain, else the bare domain."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    if not host:
        return None
    parts = host.split(".")
    for start in range(len(parts) - 1):
        name = PUBLISHERS.get(".".join(parts[start:]))
        if name:
            return name
    return host


def date_in_url(url: str) -> dt.date | None:
    parts = urlsplit(url)
    match = _URL_DATE.search(parts.path)
    if match is None:
        query = _QUERY_DATE.search(parts.query)
        if query is None:
            return None
        return _safe_date(int(query.group("y")), int(query.group("m")), int(query.group("d")))
    year = next(match.group(g) for g in ("y", "y2", "y3", "y4", "y5") if match.group(g))
    month = match.group("m") or match.group("m2") or match.group("m4") or match.group("m5")
    day = next(match.group(g) for g in ("d", "d2", "d3", "d4", "d5") if match.group(g))
    number = int(month) if month else month_number(match.group("mon3") or "")
    return _safe_date(int(year), number, int(day)) if number else None


def date_in_text(text: str, day_first: bool | None = None) -> dt.date | None:
    """The first calendar date written out in full (with a year) in ``text``; a date marked as
    an update ("Updated: March 3, 2021") only when the text gives no other. ``day_first``
    is how the page writes dates in figures (``_date_order.day_first``)."""
    found = _stamped_date(text, day_first)
    return None if found is None else found[0]


def _stamped_date(text: str, day_first: bool | None) -> tuple[dt.date, bool] | None:
    """``date_in_text`` and whether the date is only an update's."""
    updated: dt.date | None = None
    for match in _TEXT_DATE.finditer(text):
        found = _matched_date(match, day_first)
        if found is None or other_day_at(text, match.start()):
            continue
        if _UPDATED_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            updated = updated or found
            continue
        return found, False
    return None if updated is None else (updated, True)


def _matched_date(match: re.Match[str], day_first: bool | None = None) -> dt.date | None:
    if match.group("iy"):
        return _safe_date(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
    if match.group("dy"):
        return _safe_date(int(match.group("dy")), int(match.group("dm")), int(match.group("dd")))
    if match.group("uy"):
        month, day = int(match.group("um")), int(match.group("ud"))
        if day_first or month > 12:
            month, day = day, month
        return _safe_date(int(match.group("uy")), month, day)
    named = month_number(match.group("mon") or match.group("mon2"))
    day = int(match.group("day") or match.group("day2"))
    year = int(match.group("year") or match.group("year2"))
    return _safe_date(year, named, day) if named else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A name runs to the end of its sentence: "Reuters. Copyright 2016. Follow Reuters on ...".
# Three lower-case letters before the stop keep "St. Louis" and "Acme Inc. Ltd" whole.
_NAME_END = re.compile(r"(?<=[a-z]{3})\.\s")
# "This post was originally published on this site": a link's label, not a name.
_NO_NAME = frozenset({"this site", "this website", "our site", "our website", "here", "site"})


def _clean_site(site: str) -> str:
    site = _NAME_END.split(site.strip(), maxsplit=1)[0]
    site = site.strip().strip(".").strip()
    # "originally published by the Coastal Tribune": a lower-case article is the sentence's,
    # not the paper's name ("The Guardian" keeps its capital and its article).
    site = site.removeprefix("the ")
    if _URL.match(site):
        return publisher_for(site) or site
    return PUBLISHERS.get(site.lower().removeprefix("www."), site)


def find_provenance(
    removed: Sequence[tuple[str, str]],
    body: Sequence[str],
    *,
    url: str | None,
    notice_reason: str,
    source_reason: str,
    dateline_reason: str,
    byline_reason: str = "byline",
    copyright_reason: str = "copyright",
    credits_reason: str = "credits",
    page: Sequence[tuple[str, str | None]] | None = None,
) -> Provenance:
    """Provenance from the removed (text, reason) pairs, the body paragraphs and the page URL.
    ``page`` is every block in page order with its reason (None for body): with it, a stamp
    line the rules left or gave another reason is read where a byline or its shape vouches
    for it."""
    title: str | None = None
    reposted: list[str] = []
    publisher: str | None = None
    issuer: str | None = None
    origin_url: str | None = None
    for text, reason in removed:
        if reason == notice_reason:
            notice = _NOTICE.match(text)
            if notice is not None:
                title = title or notice.group("title").strip()
                site = _clean_site(notice.group("site"))
                if notice.group("first"):
                    publisher = publisher or site
                elif site not in reposted:
                    reposted.append(site)
                continue
        if reason not in (notice_reason, source_reason):
            continue
        link = _URL.search(text)
        if link is not None and origin_url is None:
            origin_url = link.group().rstrip(".,;")
            publisher = publisher_for(origin_url) or publisher
            continue
        named = _NAMED_SOURCE.search(text)
        if named is not None and publisher is None:
            site = _clean_site(next(group for group in named.groups() if group))
            if site.lower() in _NO_NAME:
                continue
            if named.group("site5"):
                # A press release's "SOURCE Acme Corp." names the issuer: the wire that carried
                # it, when the lead credits one, is the publisher.
                issuer = issuer or site
            # A bare "Source: X" also credits charts and data, and "READ MORE ON <PORTAL>" over
            # a teaser list names the reposting portal: only a known publisher or a domain is an
            # origin there.
            elif (
                not (_BARE_SOURCE.match(text) or named.group("site6"))
                or site in _KNOWN_NAMES
                or (named.group("site6") and "." in site)
            ):
                publisher = site
    if publisher is None:
        publisher = (
            _wire_credit(body)
            or _wire_copyright(removed, copyright_reason)
            or _stamped_publisher(removed, dateline_reason)
            or _partner_byline(removed, byline_reason)
            or issuer
            or _credited_agency(removed, (byline_reason, dateline_reason, source_reason,
                                          credits_reason))
        )
    origin_date = date_in_url(origin_url) if origin_url else None
    origin = None
    if publisher or origin_url:
        origin = Origin(publisher=publisher, url=origin_url, published=origin_date)
    rows = removed if page is None else page
    listed_rows = _listed_stamps(rows, (dateline_reason, byline_reason))
    published, set_aside = _published(removed, body, (dateline_reason, byline_reason),
                                      origin_date, url, rows, listed_rows, byline_reason,
                                      copyright_reason)
    listed = frozenset(rows[index][0] for index in listed_rows | set_aside)
    clock = _site_clock(removed, published, url, copyright_reason, dateline_reason)
    if clock is not None:
        published = None
        listed = listed | {clock}
    return Provenance(origin=origin, reposted_by=tuple(reposted), published=published, title=title,
                      listed_stamps=listed)


# The years a copyright notice names: "© 2006", "Copyright 2004-2009". A range left open
# ("© 2000- Site") runs to the day the page was read: it names no last year.
_COPYRIGHT_YEARS = re.compile(r"(?:©|\(c\)|(?i:copyright))\s*(?:(?:19|20)\d\d\s*[-–]\s*)?"
                              r"(?P<year>(?:19|20)\d\d)(?!\d|\s*[-–])")
# How many years a page's copyright may lag behind its one stamp before the stamp is taken for
# the site's clock: footers go stale for a year or two, not for a decade.
_STALE_COPYRIGHT_YEARS = 5


def _copyright_year(removed: Sequence[tuple[str, str]], copyright_reason: str) -> int | None:
    """The last year the page's copyright notices name."""
    return max((int(match.group("year")) for text, reason in removed
                if reason == copyright_reason for match in _COPYRIGHT_YEARS.finditer(text)),
               default=None)


def _site_clock(removed: Sequence[tuple[str, str]], published: dt.date | None,
                url: str | None, copyright_reason: str, dateline_reason: str) -> str | None:
    """A bare date line that is the page's only stamp, years after the last year the page's
    copyright names: the site's calendar printing the day the page was read, not the
    story's day (an archive item "© 2006" under "23 May 2018"). Returns its text."""
    if published is None or (url and date_in_url(url)):
        return None
    year = _copyright_year(removed, copyright_reason)
    if year is None or published.year - year < _STALE_COPYRIGHT_YEARS:
        return None
    stamps = [text for text, reason in removed
              if reason == dateline_reason and date_in_text(text) == published]
    bare = len(stamps) == 1 and (_TEXT_DATE.fullmatch(stamps[0].strip()) is not None
                                  or _WIDGET_LINE.fullmatch(stamps[0].strip()) is not None)
    return stamps[0] if bare else None


# Any outlet a lead credits in brackets after its dateline: "CAIRO, Apr 9 (Aswat Masriya) - ",
# "(CNBC) Cryptocurrencies rose ...". Wire editors' tags in brackets are not outlets.
_LEAD_CREDIT = re.compile(
    r"^(?:[A-Z][A-Z .,'’-]{1,40}(?:, [A-Z][a-z]{2,4}\.? \d{1,2})?\s(?=\((?:[^()]{2,31})\)\s?[-–—])"
    r")?\((?!(?:Updated?|Corrected|Adds|Recasts|Repeats|Refiled|Video|Photos?|File)\b)"
    r"(?P<name>[A-Z][\w.&'’ -]{1,30}?)\)\s?[-–—]{0,2}\s?(?=[A-Z“\"])"
)


def _wire_credit(body: Sequence[str]) -> str | None:
    for paragraph in body[:_WIRE_SEARCH_BLOCKS]:
        for pattern, name in WIRE_CREDITS:
            if pattern.search(paragraph[:300]):
                return name
    for paragraph in body[:_WIRE_SEARCH_BLOCKS]:
        credit = _LEAD_CREDIT.match(paragraph)
        if credit is not None:
            return credit.group("name").strip()
    return None


def _wire_copyright(removed: Sequence[tuple[str, str]], copyright_reason: str) -> str | None:
    """A wire agency's own copyright notice ("© Agence France-Presse") credits the copy to it."""
    for text, reason in removed:
        if reason != copyright_reason:
            continue
        for pattern, name in WIRE_COPYRIGHTS:
            if pattern.match(text):
                return name
    return None


def _stamped_publisher(removed: Sequence[tuple[str, str]], dateline_reason: str) -> str | None:
    """A syndication feed's stamp names the source first: "Reuters | Updated: ..."."""
    for text, reason in removed:
        stamp = PUBLISHER_STAMP.match(text) if reason == dateline_reason else None
        if stamp is not None:
            return _clean_site(stamp.group(1))
    return None


def _partner_byline(removed: Sequence[tuple[str, str]], byline_reason: str) -> str | None:
    """A syndication partner's byline names the outlet the piece was written for: "Written by
    Jane Doe for Barchart ->"."""
    for text, reason in removed:
        written_for = _WRITTEN_FOR.search(text) if reason == byline_reason else None
        if written_for is not None:
            return _clean_site(written_for.group("site"))
    return None


_AGENCY_CREDIT = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(name) for name in sorted(CREDITED_AGENCIES, key=len,
                                                                 reverse=True)) + r")(?![\w-])"
)


# An agency that helped with a story ("Reuters contributed to this report", "With additional
# reporting by AFP") did not write it.
_CONTRIBUTION = re.compile(r"(?i)contribut|additional reporting|with reporting|assistance|"
                           r"also reporting|reporting by")


def _agency_credited_in(text: str) -> str | None:
    """The agency ``text`` names, unless it names it as a helper."""
    if _CONTRIBUTION.search(text):
        return None
    credit = _AGENCY_CREDIT.search(text)
    return None if credit is None else CREDITED_AGENCIES[credit.group(1)]


def _credited_agency(removed: Sequence[tuple[str, str]], reasons: Sequence[str]) -> str | None:
    """A news agency a byline, sign-off, stamp or source line credits: "By Jo Kim ~ The
    Associated Press", "... —AFP", "Xinhua, April 13, 2017". Picture credits are not read: an
    agency's photo says nothing of who wrote the story."""
    for text, reason in removed:
        agency = _agency_credited_in(text) if reason in reasons else None
        if agency is not None:
            return agency
    return None


# A credit on a line of its own is short: "REUTERS", "By ANI", "/ Source: The Associated Press",
# "By Jo Kim ~ The Associated Press". A picture's credit names an agency too, but not the
# story's: by its reason, or by its words where the model removed it without one.
_CREDIT_LINE_WORDS = 8
_PICTURE_REASONS = frozenset({"photo-credit", "caption"})
_PICTURE_WORDS = re.compile(r"(?i)\b(?:photo|picture|image|file|getty|video|graphic)")


def credited_agency_line(removed: Sequence[tuple[str, str]]) -> str | None:
    """The agency a short removed line credits, for a page whose notices named no origin.

    Read after the model has judged the page: a bare credit ("REUTERS", "By ANI") is a line
    the model, not a rule, removes, so ``find_provenance`` never sees it."""
    for text, reason in removed:
        if (reason not in _PICTURE_REASONS and len(text.split()) <= _CREDIT_LINE_WORDS
                and not _PICTURE_WORDS.search(text)):
            agency = _agency_credited_in(text)
            if agency is not None:
                return agency
    return None


def _lead_date(body: Sequence[str], day_first: bool | None) -> dt.date | None:
    """A press release or wire story dates its lead: "NEW YORK, Jan. 14, 2026 /PRNewswire/ --"."""
    for paragraph in body[:_WIRE_SEARCH_BLOCKS]:
        lead = paragraph[:_LEAD_DATE_CHARS]
        match = _TEXT_DATE.search(lead)
        if match is None:
            continue
        # A dateline names places before its day; a sentence that names a day ("The
        # company said on March 3 ...") does not date the page.
        if not _DATELINE_HEAD.match(lead, lead.rfind("\n", 0, match.start()) + 1,
                                    match.start()):
            return None
        found = date_in_text(lead, day_first)
        if found is not None:
            return found
    # Where a page's menus pushed the story down, only a paragraph that opens with its day and
    # a wire's dash: "April 17, 2015 -- Imagine ...", "WEDNESDAY, Jan. 14, 2026 (Example
    # News) -- ". A timeline's entries open so too, several of them: one such paragraph only.
    days: list[dt.date] = []
    for paragraph in body[_WIRE_SEARCH_BLOCKS:]:
        opening = _OPENING_DATELINE.match(paragraph)
        date = None if opening is None else _TEXT_DATE.fullmatch(opening.group("date"))
        found = None if date is None else _matched_date(date, day_first)
        if found is not None:
            days.append(found)
    return days[0] if len(days) == 1 else None


_OPENING_DATELINE = re.compile(
    rf"{WEEKDAY_WORD}?(?P<date>[^\n(]{{6,30}}?)\s?(?:\([^()\n]{{1,40}}\)\s?)?(?:--|—|–)\s?"
    r"(?=[A-Z“\"])")


# What stands before a lead's dateline day: nothing, or places ("NEW YORK,", "Springfield,
# Ill.,"), a wire's credit or a stamp's label.
_DATELINE_HEAD = re.compile(
    r"[^\S\n]*(?:(?:[A-Z][\w.'’&-]*(?:[^\S\n]+[A-Z][\w.'’&-]*){0,4}|\([^()]{1,40}\))"
    r"[,:]?[^\S\n]*(?:[-–—|/][^\S\n]*)?){0,4}$")


def _published(
    removed: Sequence[tuple[str, str]], body: Sequence[str], dateline_reasons: tuple[str, ...],
    origin_date: dt.date | None, url: str | None, rows: Sequence[tuple[str, str | None]],
    listed: set[int], byline_reason: str, copyright_reason: str,
) -> tuple[dt.date | None, frozenset[int]]:
    """The page URL's date first, then the article's own dateline (or dated byline), then the
    original's URL date, then the lead's; a stamp that only says when the page was updated
    last. ``rows`` are the page's blocks (or the removed ones) with their reasons, ``listed``
    where among them the stamps of teaser lists and comments are (``_listed_stamps``). Also
    returns where the stamps set aside as earlier than the story are (``_before_the_story``):
    the claim stage's reader must not take them either."""
    order = day_first("\n".join([*(text for text, _ in removed), *body[:_WIRE_SEARCH_BLOCKS]]),
                      url)
    # The page's own address names the day it was filed; a stamp the rules removed may be a
    # teaser's or the site's clock.
    in_url = date_in_url(url) if url else None
    if in_url is not None:
        return in_url, frozenset()
    updated: dt.date | None = None
    first: tuple[dt.date, str] | None = None
    reported = _latest_reported_day(body)
    set_aside: set[int] = set()
    for day, kind, index in _page_stamps(rows, listed, dateline_reasons, byline_reason, order):
        if _before_the_story(day, reported):
            # Not the story's day, nor one the claim stage's reader should take.
            set_aside.add(index)
            continue
        if kind == "updated":
            updated = updated or day
        elif first is None:
            first = (day, kind)
            if kind != "widget":
                break
        elif kind == "byline" and day <= first[0]:
            # A header's weekday and date is the day the page was read (the site's calendar
            # widget); the byline's stamp under the headline, on or before it, is the story's.
            return day, frozenset(set_aside)
    if first is not None:
        return first[0], frozenset(set_aside)
    posted, yearless_update = _yearless_stamps(rows, listed, removed, copyright_reason,
                                               byline_reason, body)
    return (origin_date or _lead_date(body, order) or _closing_date(rows, listed, order)
            or posted or updated or yearless_update, frozenset(set_aside))


# A feed card or an aggregator's digest closes its lines with the day after a separator:
# "... rose 4% in March, the agency said. – March 3, 2020". The same day closing several lines,
# and no other, is the page's.
_CLOSING_DATE = re.compile(r"[|·•—–-][^\S\n]*(?P<date>[^|·•—–-]{6,30}?)[^\S\n]*$")
_CLOSING_LINES = 2


def _closing_date(rows: Sequence[tuple[str, str | None]], listed: set[int],
                  order: bool | None) -> dt.date | None:
    """The one day that closes several of the page's lines (``_CLOSING_DATE``)."""
    days: list[dt.date] = []
    for index, (text, reason) in enumerate(rows):
        if reason == _COMMENTS or index in listed or not _ANY_DIGIT.search(text[-12:]):
            continue
        closing = _CLOSING_DATE.search(text)
        date = None if closing is None else _TEXT_DATE.fullmatch(closing.group("date"))
        found = None if date is None else _matched_date(date, order)
        if found is not None:
            days.append(found)
    return days[0] if len(days) >= _CLOSING_LINES and len(set(days)) == 1 else None


# A day the story reports as past: a verb in the past tense, then the day ("the company said
# on March 3, 2020", "sales rose 4% in the week ended January 5, 2020"). A stamp weeks before
# it cannot be the story's date: a page store's stamp or a dateline of an earlier version.
_PAST_REPORT_BEFORE = re.compile(
    r"(?i)\b(?:was|were|had|said|announced|reported|released|published|rose|fell|closed|"
    r"ended|grew|declined|increased|decreased|dropped|jumped|climbed|recorded|reached|"
    r"signed|filed|took\s+place|gained|lost|slipped|surged|totall?ed)\b"
    r"(?P<between>[^.;!?\n]{0,40}?)\b(?:on|in|ended|of)\s+(?:the\s+)?$")
# A period the story reports a figure for as past is over by the story's day: "sales rose
# 4% in December 2019", "revenue grew 8% in 2019", "profit fell in the fourth quarter of 2019".
_REPORTED_PERIOD = re.compile(
    rf"(?P<month>(?i:{MONTH_PATTERN}))\.?,?\s+(?P<year>(?:19|20)\d\d)(?![\d%])"
    r"|(?i:(?P<quarter>first|second|third|fourth)\s+quarter\s+of\s+)(?P<qyear>(?:19|20)\d\d)"
    r"(?![\d%])"
    r"|(?P<alone>(?:19|20)\d\d)(?![\d%])(?!\s+(?i:so\s+far|to\s+date))")
# An outlook or a plan is not a report: "revenue was expected to grow 5% in 2020".
_NOT_REPORTED = re.compile(r"(?i)\b(?:expect|forecast|project|will|would|could|may|might|"
                           r"should|plan|target|aim|estimat|outlook|guidance|sees?|to\s+be)")
_PAST_REPORT_REACH = 60
_STAMP_BEFORE_STORY = dt.timedelta(days=31)
_QUARTER_END = {"first": (3, 31), "second": (6, 30), "third": (9, 30), "fourth": (12, 31)}


def _latest_reported_day(body: Sequence[str]) -> dt.date | None:
    """The latest day the story reports as past (``_PAST_REPORT_BEFORE``): a day written with
    its month's name and its year, or the last day of a month, quarter or year a past figure
    is reported for (``_REPORTED_PERIOD``)."""
    latest: dt.date | None = None
    for paragraph in body:
        for day, start in _reported_days(paragraph):
            before = _PAST_REPORT_BEFORE.search(paragraph, max(0, start - _PAST_REPORT_REACH),
                                                start)
            if (before is not None and not _NOT_REPORTED.search(before.group("between"))
                    and (latest is None or day > latest)):
                latest = day
    return latest


def _reported_days(paragraph: str) -> Iterator[tuple[dt.date, int]]:
    """The days and period ends ``paragraph`` names, each with where it starts."""
    for match in _TEXT_DATE.finditer(paragraph):
        named = _matched_date(match) if match.group("mon") or match.group("mon2") else None
        if named is not None:
            yield named, match.start()
    for match in _REPORTED_PERIOD.finditer(paragraph):
        if match.group("month"):
            month = month_number(match.group("month"))
            year = int(match.group("year"))
            end = (None if month is None
                   else _safe_date(year, month, calendar.monthrange(year, month)[1]))
        elif match.group("quarter"):
            last_month, last_day = _QUARTER_END[match.group("quarter").lower()]
            end = _safe_date(int(match.group("qyear")), last_month, last_day)
        else:
            end = _safe_date(int(match.group("alone")), 12, 31)
        if end is not None:
            yield end, match.start()


def _before_the_story(stamp: dt.date, reported: dt.date | None) -> bool:
    """Whether a stamp comes weeks before a day the story reports as past."""
    return reported is not None and stamp + _STAMP_BEFORE_STORY < reported


# A stamp alone on its line, as a byline or a header prints it: "| November 18, 2019 12:01
# PM", "- Nov. 18th 2019 8:54 am PT", "On 11/13/19 at 4:00 PM EST", "2019-11-18T20:51:19Z", a
# name glued to it by the flattening ("SiteNameOctober 6, 2018", "- Jo DoeNov 19, 2019, 10:31
# pm CST").
_STAMP_CLOCK = (r"[0-2]?\d[:.h][0-5]\d(?::[0-5]\d)?(?:\s?(?i:[ap]\.?m)\.?)?"
                r"(?:\s?[A-Z]{2,4}\b(?:[+-]\d{1,2}(?::?\d\d)?)?)?")
# The word a byline opens with, in the languages of the month table: "By", "Von", "Par",
# "Por", "Di", "Door", and a label ("Текст:", "Автор:", the text's and the author's).
_BYLINE_WORDS: tuple[str, ...] = ("by", "von", "par", "por", "di", "door", "текст:", "автор:")
_BYLINE_WORD = ("(?:" + "|".join(word for word in _BYLINE_WORDS if word[-1].isalpha())
                + r")(?=\s)|" + "|".join(word for word in _BYLINE_WORDS if not word[-1].isalpha()))
# A byline may carry the stamp on its line, before it ("By Jo Doe | Nov. 18, 2019", "by Example
# Office ／ 2016.12.01") or after it ("October 27, 2015 by Admin"): the name has no figures.
_STAMP_LINE = re.compile(
    r"(?:[-–—|·•][^\S\n]*)?(?:(?i:on|(?P<label>posted|published)(?:\s+on)?)\s+"
    r"|(?P<glued>(?:[A-Z][\w.'’-]*\s){0,3}[A-Z]\w*[a-z]\.?(?=[A-Z]))"
    rf"|(?P<by>(?i:{_BYLINE_WORD})\s*[^|/／·•\n\d]{{1,60}}[|/／·•,–—-]\s*))?"
    rf"{WEEKDAY_WORD}?(?:(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)T[0-2]\d:[0-5]\d\S{{0,16}}"
    r"|(?P<date>\S.{4,38}?)(?:,?\s*(?:(?i:at|à|às|um|a\s+las)\s+|@\s*|[-|·•]\s*)?"
    # Not straight after a dot: "2016.12.01" is a date, not "2016." and a clock.
    rf"(?<!\.)(?<!\.\d)(?P<clock>{_STAMP_CLOCK}))?)(?P<by_after>\s+(?i:by)\s+[^\d\n]{{1,40}})?"
    # A relative update glued on: "... 3:15 PM GMT+8Updated 2 days ago".
    r"(?:\s*(?i:updated)\s+(?:an?|\d{1,2})\s+\w{3,7}\s+ago)?\s*")
_STAMP_LINE_CHARS = 70


# A labelled stamp without its year, as portals print the current year's: "Posted Nov 18, 8:19
# PM", "Updated Nov 19, 9:41 AM;". The clock time and the label vouch for it.
_YEARLESS_LINE = re.compile(
    r"(?:[|·•][^\S\n]*)?(?i:(?P<posted>posted|published)|(?P<updated>(?:last\s+)?updated|"
    rf"modified))(?:\s+on)?:?\s+{WEEKDAY_WORD}?(?P<mon>(?i:{MONTH_PATTERN}))\.?\s+"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?:(?i:at)\s+|@\s*)?"
    rf"{_STAMP_CLOCK}\s*[;,|]?\s*")
_YEARLESS_CHARS = 50


# A byline's stamp without its year or a clock, as a blog platform or a portal prints this
# year's: "Nov 18" on its own line under the writer's name ("By" / "Jo Doe" / "on" / "Nov 18"),
# or glued to the byline by the flattening ("By Jo Doe Nov 18 195 Shares").
_BARE_YEARLESS = re.compile(
    rf"(?P<mon>(?i:{MONTH_PATTERN}))\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    r"(?!\d|,?\s+(?:19|20)\d\d|[:.]\d)")
_ON_ABOVE = re.compile(r"(?i)on|posted(?:\s+on)?|published(?:\s+on)?")


def _yearless_stamps(rows: Sequence[tuple[str, str | None]], listed: set[int],
                     removed: Sequence[tuple[str, str]], copyright_reason: str,
                     byline_reason: str = "byline", body: Sequence[str] = ()
                     ) -> tuple[dt.date | None, dt.date | None]:
    """The days of the page's yearless stamps (``_YEARLESS_LINE``, and a byline's bare one,
    ``_BARE_YEARLESS``), posted and updated, in the year its copyright names last: a site
    leaves out the year of this year's stamps, and the footer prints this year. Without a
    copyright year, a byline's stamp takes the year of the latest day the story names where
    it falls on or shortly after it. None where the posted stamps disagree (a teaser
    list's)."""
    posted: set[dt.date] = set()
    updated: dt.date | None = None
    year: int | None = None
    for index, (text, reason) in enumerate(rows):
        text = text.strip()
        if reason == _COMMENTS or index in listed or len(text) > _GLUED_BYLINE_CHARS:
            continue
        lines = _yearless_lines(text)
        bare = None if lines else _byline_yearless(rows, index, byline_reason)
        if not lines and bare is None:
            continue
        year = year or _copyright_year(removed, copyright_reason)
        for found in lines or ([] if bare is None else [bare]):
            month = month_number(found.group("mon"))
            if year is None and bare is not None and month is not None:
                day = _after_the_story(month, int(found.group("day")), body)
                if day is not None:
                    posted.add(day)
                continue
            if year is None:
                return None, None
            day = None if month is None else _safe_date(year, month, int(found.group("day")))
            if day is not None and (bare is not None or found.group("posted")):
                posted.add(day)
            elif day is not None:
                updated = updated or day
    return (next(iter(posted)) if len(posted) == 1 else None), updated


def _yearless_lines(text: str) -> list[re.Match[str]]:
    """The labelled yearless stamps (``_YEARLESS_LINE``) ``text`` is: one, or several a page
    store joined with semicolons ("Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM")."""
    whole = _YEARLESS_LINE.fullmatch(text) if len(text) <= _YEARLESS_CHARS else None
    if whole is not None:
        return [whole]
    parts = text.split(";")
    if len(parts) == 1:
        return []
    stamps = [_YEARLESS_LINE.fullmatch(part.strip()) for part in parts]
    return ([] if any(stamp is None or len(part) > _YEARLESS_CHARS
                      for stamp, part in zip(stamps, parts, strict=True))
            else [stamp for stamp in stamps if stamp is not None])


def _byline_yearless(rows: Sequence[tuple[str, str | None]], index: int, byline_reason: str
                     ) -> re.Match[str] | None:
    """A byline's yearless stamp at ``index`` (``_BARE_YEARLESS``): alone on its line under
    the byline or an "on", or glued after the byline's name."""
    text = rows[index][0].strip()
    alone = _BARE_YEARLESS.fullmatch(text)
    if alone is not None:
        above = rows[index - 1][0].strip() if index else ""
        return alone if (_ON_ABOVE.fullmatch(above)
                         or _after_byline(rows, index, byline_reason)) else None
    return _glued_to_byline(text, _BARE_YEARLESS)


# A stamp comes at most this long after the latest day its story names.
_STAMP_AFTER_STORY_DAYS = dt.timedelta(days=200)


def _after_the_story(month: int, day: int, body: Sequence[str]) -> dt.date | None:
    """The day ``month`` and ``day`` give on or shortly after the latest day the story names
    with its year, None where the story names none or neither year fits."""
    latest = max((found for paragraph in body for match in _TEXT_DATE.finditer(paragraph)
                  if (match.group("mon") or match.group("mon2"))
                  and (found := _matched_date(match)) is not None), default=None)
    if latest is None:
        return None
    for year in (latest.year, latest.year + 1):
        placed = _safe_date(year, month, day)
        if placed is not None and latest <= placed <= latest + _STAMP_AFTER_STORY_DAYS:
            return placed
    return None


# Every date a stamp line can give has a figure (an ISO day, a short date, a day or a year in
# _TEXT_DATE): a line without one is none, known without the costly whole-line match that
# most short furniture lines ("Share", "Home") would otherwise fail slowly.
_ANY_DIGIT = re.compile(r"\d")
# "11/13/19": a two-digit year, read only with a clock time after it.
_SHORT_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d\d)")
# The header's calendar widget: a weekday and a date and nothing else.
_WIDGET_LINE = re.compile(rf"{WEEKDAY_WORD}\S.{{4,38}}")
# A byline before a stamp: "By" on its own line or ending one ("... the truth comes out by"),
# or a line that opens with it; the name may take a line or two of its own.
_BY = re.compile(r"(?:^|\s)(?i:by):?$|^(?i:by)\s")
_BYLINE_REACH = 3
_NAME_WORDS = 8
# Comments carry stamps of their own, and so do pictures, unless the line says it is the
# page's ("Published November 20th, 2019 - 07:50 GMT").
_COMMENTS = "comments"
# Teaser lists, comment threads and a previous/next article bar print a stamp under each
# item's headline or commenter's name: a stamp with another one a few furniture lines away, a
# teaser's headline or a comment between them, is an item's, and so is one under such a line
# with no story after it. The rules give a page's own headline and byline the teasers' reason
# often enough (its header looks like a teaser) that one such line above a stamp says nothing
# alone; the story's stamp is the one the story follows, share buttons and a reading time
# between.
_LISTED_BEFORE = HEADLINE_LIST_REASONS | {_COMMENTS, "navigation"}
_LIST_GAP = 7
# A teaser's headline or a comment is a few words; a lone "By" or "| Updated" the rules gave
# the teasers' reason in a page's header is not.
_HEADLINE_WORDS = 3
_WORD = re.compile(r"[^\W\d_]{2,}")
_BETWEEN_STAMP_AND_STORY = frozenset({"share-widget", "reading-time", "byline", "caption",
                                      "photo-credit"})


# A stamp's label the flattening put on a line of its own, above it: "Posted on" over
# "October 27, 2015 by Admin", "Updated" over "Nov 13, 2019, 10:28am EST".
_LABEL_ABOVE = re.compile(r"(?i)[|·•]?\s*(?:(?:originally|first)\s+)?(?:posted|published)"
                          r"(?:\s+on)?\s*:?|date\s*:")
_UPDATE_ABOVE = re.compile(r"(?i)[|·•]?\s*(?:last\s+)?(?:updated|modified)(?:\s+on)?\s*:?")


def _page_stamps(
    rows: Sequence[tuple[str, str | None]], listed: set[int], dateline_reasons: tuple[str, ...],
    byline_reason: str, order: bool | None,
) -> Iterator[tuple[dt.date, str, int]]:
    """The days the page's stamps give, in page order, each with its kind: ``"updated"`` (a
    dateline that says when the page changed), ``"widget"`` (a dateline that is a weekday and
    a date alone), ``"dateline"``, ``"byline"`` (a stamp line right under a byline) or
    ``"line"`` (a stamp line with a label, glued to a name, or with a clock time where the
    rules left it in the body), and where among ``rows`` it is. Stamps at ``listed`` are a
    teaser's or a comment's."""
    for index, (text, reason) in enumerate(rows):
        if reason == _COMMENTS or index in listed:
            continue
        line = _stamp_line(text.strip(), order)
        if line is None and reason not in dateline_reasons:
            line = (_named_stamp(text.strip(), rows, index, byline_reason, order)
                    or _glued_byline_stamp(text.strip(), order))
        elif (line is not None and reason not in dateline_reasons
              and reason not in _PICTURE_REASONS and _foreign_date_line(text.strip())):
            reason = dateline_reasons[0]
        above = rows[index - 1][0].strip() if index else ""
        if line is not None and _UPDATE_ABOVE.fullmatch(above):
            yield line[0], "updated", index
            continue
        if line is not None and _LABEL_ABOVE.fullmatch(above):
            line = (line[0], line[1], line[2], True)
        if reason in dateline_reasons:
            # A machine's timestamp ("2019-11-18T20:51:19Z") is a stamp line, not a date
            # written out.
            found = _stamped_date(text, order) or (None if line is None else (line[0], False))
            if found is None:
                continue
            yield found[0], ("updated" if found[1] or _UPDATE_ABOVE.fullmatch(above) else
                             "widget" if _WIDGET_LINE.fullmatch(text.strip()) else
                             "byline" if line is not None and _after_byline(rows, index,
                                                                            byline_reason)
                             else "dateline"), index
            continue
        if line is None:
            continue
        day, clocked, glued, labelled = line
        if reason in _PICTURE_REASONS and not labelled:
            continue
        if _after_byline(rows, index, byline_reason):
            yield day, "byline", index
        elif glued or labelled or (clocked and reason is None):
            yield day, "line", index


def _listed_stamps(rows: Sequence[tuple[str, str | None]], dateline_reasons: tuple[str, ...]
                   ) -> set[int]:
    """Where the stamps of teaser lists' items and of comments are among ``rows``."""
    # Either order of day and month will do to know a stamp line by its shape.
    stamps = [reason in dateline_reasons or _stamp_line(text.strip(), None) is not None
              for text, reason in rows]
    last_story = max((index for index, (_, reason) in enumerate(rows) if reason is None),
                     default=-1)
    return {index for index, stamp in enumerate(stamps)
            if stamp and _listed(rows, stamps, index, last_story)}


def _listed(rows: Sequence[tuple[str, str | None]], stamps: Sequence[bool], index: int,
            last_story: int) -> bool:
    """Whether the stamp at ``index`` is an item's in a teaser list or a comment thread
    (``last_story``: where the last line the rules left in the story is)."""
    after = next((reason for _, reason in rows[index + 1:]
                  if reason not in _BETWEEN_STAMP_AND_STORY), "")
    if after is None:
        return False
    if index > 0 and rows[index - 1][1] in _LISTED_BEFORE and index > last_story:
        return True
    for step in (-1, 1):
        headline = False
        other = index + step
        while 0 <= other < len(rows) and abs(other - index) <= _LIST_GAP:
            reason = rows[other][1]
            if reason is None:
                break
            if stamps[other]:
                if headline:
                    return True
                break
            headline = headline or (reason in _LISTED_BEFORE
                                    and len(_WORD.findall(rows[other][0])) >= _HEADLINE_WORDS)
            other += step
    return False


def _stamp_line(text: str, order: bool | None) -> tuple[dt.date, bool, bool, bool] | None:
    """The day a stamp line gives, whether it has a clock time, whether a name is glued to it
    and whether a label says what it is ("Posted ..."); None for any other line."""
    if len(text) > _STAMP_LINE_CHARS or not _ANY_DIGIT.search(text):
        return None
    found = _bare_stamp_line(text, order)
    if found is None and text[:1].isupper() and _HAS_CLOCK.search(text) is not None:
        return _named_clocked_stamp(text, order)
    return found


def _bare_stamp_line(text: str, order: bool | None) -> tuple[dt.date, bool, bool, bool] | None:
    """``_stamp_line`` without a name before the stamp."""
    line = _STAMP_LINE.fullmatch(text)
    if line is None:
        return None
    glued = bool(line.group("glued"))
    # A byline on the stamp's line says whose stamp it is as a label does.
    labelled = bool(line.group("label") or line.group("by") or line.group("by_after"))
    if line.group("iso"):
        day = _safe_date(*(int(part) for part in line.group("iso").split("-")))
        return None if day is None else (day, True, glued, labelled)
    clocked = bool(line.group("clock"))
    short = _SHORT_DATE.fullmatch(line.group("date"))
    if short is not None:
        if not clocked:
            return None
        month, day_number = int(short.group(1)), int(short.group(2))
        if order or month > 12:
            month, day_number = day_number, month
        found = _safe_date(2000 + int(short.group(3)), month, day_number)
        return None if found is None else (found, True, glued, labelled)
    date = _TEXT_DATE.fullmatch(line.group("date"))
    found = None if date is None else _matched_date(date, order)
    return None if found is None else (found, clocked, glued, labelled)


# The rules table reads a date line whose month is written in English ("02 Aug 2017" is a
# dateline); one in another language of the month table ("02 Ago 2017", "24 сентября 2018")
# is read as its English twin would be.
_ENGLISH_MONTH = re.compile(ENGLISH_MONTH, re.IGNORECASE)


def _foreign_date_line(text: str) -> bool:
    """Whether ``text`` is a date alone (a weekday and a clock time may go with it) with its
    month in a language other than English."""
    line = _STAMP_LINE.fullmatch(text) if len(text) <= _STAMP_LINE_CHARS else None
    if line is None or not line.group("date") or any(
            line.group(name) for name in ("label", "glued", "by", "by_after")):
        return False
    date = _TEXT_DATE.fullmatch(line.group("date"))
    month = None if date is None else date.group("mon") or date.group("mon2")
    return month is not None and _ENGLISH_MONTH.fullmatch(month) is None


# An agency's or a site's name before a stamp with its clock time: "Associated Press
# November 19, 2019, 9:02 AM". Capitalised words up to the month: not an update's word, nor
# a headline's preposition before the day of an event ("Vote Set For March 3, 2020 At 10:00").
_NAME_BEFORE_MONTH = re.compile(
    r"(?:(?!(?i:updated|modified|last|edited|revised|on|at|for|in|by|from|to|until|till|"
    r"before|after|since|set|due|starts?|ends?|opens?|closes?)\s)[A-Z][\w.'’&-]*\s){1,4}?"
    rf"(?=(?i:{MONTH_PATTERN})\.?\s)")
_HAS_CLOCK = re.compile(r"\d[:.]\d\d")


def _named_clocked_stamp(text: str, order: bool | None
                         ) -> tuple[dt.date, bool, bool, bool] | None:
    """The day of a stamp line with a name before it (``_NAME_BEFORE_MONTH``), only where its
    clock time vouches for it."""
    named = _NAME_BEFORE_MONTH.match(text)
    found = None if named is None else _bare_stamp_line(text[named.end():], order)
    return None if found is None or not found[1] else (found[0], True, False, False)


# Under a lone "By", the writer's name and the stamp on one line: "admin - 2018-09-16", "Jo
# Doe | March 3, 2019". The name has no figures and a few words.
_NAME_THEN_STAMP = re.compile(r"[^\W\d_][^\d|/·•\n]{0,40}?\s[-–—|·•/]\s(?P<stamp>\d.{4,40}|"
                              rf"(?:{MONTH_PATTERN}).{{4,40}})", re.IGNORECASE)


def _named_stamp(text: str, rows: Sequence[tuple[str, str | None]], index: int,
                 byline_reason: str, order: bool | None
                 ) -> tuple[dt.date, bool, bool, bool] | None:
    """A stamp after the writer's name on a line under a byline (``_NAME_THEN_STAMP``)."""
    named = _NAME_THEN_STAMP.fullmatch(text) if len(text) <= _STAMP_LINE_CHARS else None
    if (named is None or _UPDATED_BEFORE.search(text, 0, named.start("stamp"))
            or not _after_byline(rows, index, byline_reason)):
        return None
    return _stamp_line(named.group("stamp"), order)


# A page store that joins a header's pieces into one line glues the byline to the stamp and to
# what follows: "By Jo Doe Staff Writer Nov. 19, 2019 5:50 PM", "By Jo Doe @jodoe Nov 19,
# 2019, 7:53pm EST Share". Before the day: "By", then a name of a few capitalised words or a
# handle (not a month or a weekday: "By Friday, Nov. 19, 2019" is a deadline), then "on",
# "posted" or "published" at most.
_GLUED_BYLINE = re.compile(
    r"[-–—|·•]?\s*(?i:by)\s+(?:(?!(?i:on|at|posted|published|updated|modified)\b)"
    rf"(?!(?i:{MONTH_PATTERN})\b)(?!(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
    r"(?:[A-Z][\w.'’-]*|@\w+),?\s+){1,5}(?:(?i:on|posted|published)(?:\s+on)?:?\s+)?"
    rf"{WEEKDAY_WORD}?")
# Most lines open otherwise: known before any date is searched for.
_GLUED_BY_START = re.compile(r"[-–—|·•]?\s*(?i:by)\s")
_GLUED_BYLINE_CHARS = 200
_GLUED_DATE_REACH = 70


def _glued_byline_stamp(text: str, order: bool | None
                        ) -> tuple[dt.date, bool, bool, bool] | None:
    """The day of a stamp a flattened header glued to the byline before it
    (``_GLUED_BYLINE``), read as a labelled stamp."""
    date = None if len(text) > _GLUED_BYLINE_CHARS else _glued_to_byline(text, _TEXT_DATE)
    found = None if date is None else _matched_date(date, order)
    return None if found is None else (found, False, False, True)


def _glued_to_byline(text: str, dates: re.Pattern[str]) -> re.Match[str] | None:
    """The first date (``dates``) near the head of ``text`` that a byline glued before it
    leads into (``_GLUED_BYLINE``), or None."""
    if not _GLUED_BY_START.match(text):
        return None
    date = dates.search(text, 0, _GLUED_DATE_REACH)
    if date is None or _GLUED_BYLINE.fullmatch(text, 0, date.start()) is None:
        return None
    return date


def _after_byline(rows: Sequence[tuple[str, str | None]], index: int, byline_reason: str
                  ) -> bool:
    """Whether the line at ``index`` follows a byline, with at most a name's lines between."""
    for back in range(index - 1, max(-1, index - 1 - _BYLINE_REACH), -1):
        text, reason = rows[back]
        text = text.strip()
        if reason == byline_reason or _BY.search(text):
            return True
        if len(text.split()) > _NAME_WORDS:
            return False
    return False
