"""Numeric claims: quantities with their period, source, status and what they measure.

:class:`ClaimFinder` loads its spaCy pipeline once and runs each text through it once, a
paragraph at a time; ``assemble.py`` turns the quantities of each sentence into claims.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import Literal

from spacy.language import Language
from spacy.pipeline import Sentencizer

from .._records import Claim, Where
from .assemble import assemble_sentence, claims_from_doc
from .attribution import NamedSources
from .decimal_comma import english_marks, restore_text
from .document import read_in_context
from .period_rules import DATE_WORD_SCAN
from .periods import readable_date
from .pipeline import load_pipeline, resolve_name
from .quantities import Quantity, find_quantities
from .reference import PageDate, Precision, page_reference
from .sentences import cut_at_sure_ends

# Paragraphs longer than this are cut at a space so no single spaCy call sees a huge text.
_MAX_CHUNK = 100_000
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A paragraph that ends on a word no sentence ends with, before one that opens with a figure
# ("Net earnings for the fourth quarter of" then "2003 were $6,458,000"): one sentence cut by
# a hard wrap, read whole so that the figure keeps its period.
_CUT_MID_SENTENCE = re.compile(
    r"\s(?:of|the|to|for|from|in|on|at|by|with|and|or|was|were|is|are|than|per|compared|"
    r"versus|totaled|totalled|reached)$")
_FIGURE_START = re.compile(r"[$€£]?\d")
# The blank pipeline's sentencizer splits only after a token that is one of these characters:
# a text with none of them before its final punctuation is one sentence, and the tokenizer
# need not run at all. A full stop inside "3.5", "U.S." or "e.g" is no token of its own.
_SENTENCE_ENDS = "".join(Sentencizer.default_punct_chars)
# The marks other than the full stop end a sentence wherever they stand: a set looked up per
# character (a regex class of some 130 marks cost five times as much per character).
_OTHER_SENTENCE_ENDS = frozenset(_SENTENCE_ENDS.replace(".", ""))
_FULL_STOP_END = re.compile(r"\.(?![a-z0-9])")
_TRAILING = _SENTENCE_ENDS + "\"'”’)]» \t\r\n"


class ClaimFinder:
    """Finds claims with a spaCy pipeline (``"blank"``, ``"en_core_web_sm"``, ``"auto"``).

    The pipeline is loaded on the first call, so building a finder is cheap; an Extractor
    holds one finder and so loads the pipeline once for a whole batch.
    """

    def __init__(self, pipeline: str = "auto") -> None:
        self.pipeline = resolve_name(pipeline)
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_pipeline(self.pipeline)
        return self._nlp

    def find(
        self, text: str, *, published: dt.date | None = None, title: str | None = None,
        url: str | None = None, furniture: str | None = None,
        reference: PageDate | Literal["unread"] | None = "unread",
    ) -> list[Claim]:
        """Claims in ``text`` (offsets into it), then those in ``title`` (``where="title"``).

        Without ``published``, periods are read against the month ``url`` names or the latest
        year the text reports on (``reference.py``); ``furniture``, the text the cleaner took off
        the page, is read for a full date only when those give no more than a year.
        ``reference`` is that reading (``page_reference``) where the caller has made it
        already (None: it found nothing).
        """
        # A story that writes "12,5 %" is read through a view with English marks (and
        # English month names: "en marzo" is read as "in Mar.").
        view = english_marks(text)
        precision: Precision = "day"
        if published is not None and readable_date(published) is None:
            # A date at the calendar's ends reads no period, nor is the page's own looked for.
            published, reference = None, None
        # A text without any date word needs no date to read it against.
        if published is None and DATE_WORD_SCAN.found_in(f"{title or ''}\n{view}"):
            found = (reference if reference != "unread"
                     else page_reference(text, title=title, url=url, furniture=furniture))
            if found is not None:
                published, precision = found.day, found.precision
        named = NamedSources()
        claims = read_in_context(view, self._find_in(view, published, "body", named), published,
                                 title, named, precision=precision)
        if view != text:
            claims = restore_text(claims, view, text)
        if title:
            title_view = english_marks(title)
            in_title = self._find_in(title_view, published, "title", named)
            in_title = (in_title if title_view == title
                        else restore_text(in_title, title_view, title))
            claims.extend(_not_restated(in_title, claims))
        return claims

    def _find_in(self, text: str, published: dt.date | None, where: Where,
                 named: NamedSources) -> list[Claim]:
        pieces: list[tuple[int, str, list[Quantity], bool]] = []
        spans = _chunks(text)
        if self.pipeline == "blank":
            spans = cut_at_sure_ends(text, spans)  # the same sentences, less to tokenize
        for start, end in spans:
            piece = text[start:end]
            quantities = find_quantities(piece)
            if quantities:
                shortcut = self.pipeline == "blank" and _one_sentence(piece)
                pieces.append((start, piece, quantities, shortcut))
        # One nlp.pipe call for the paragraphs that need spaCy (the statistical pipeline
        # batches them), read in step with the paragraphs so sources are met in text order.
        # The blank pipeline's only component, the sentencizer, is applied from the token
        # arrays instead (``sentencizer_rows``): the same sentences at a fraction of the cost.
        tokenize_only = self.pipeline == "blank"
        needing = [piece for _, piece, _, shortcut in pieces if not shortcut]
        docs = iter(self.nlp.pipe(needing)) if needing and not tokenize_only else iter(())
        claims: list[Claim] = []
        for start, piece, quantities, shortcut in pieces:
            if shortcut:
                claims.extend(assemble_sentence(piece, 0, len(piece), quantities,
                                                published=published, where=where, offset=start,
                                                named=named))
            else:
                doc = self.nlp.make_doc(piece) if tokenize_only else next(docs)
                claims.extend(claims_from_doc(doc, published=published, where=where,
                                              offset=start, quantities=quantities, named=named,
                                              text=piece, sentenced=not tokenize_only))
        return claims


def _one_sentence(text: str) -> bool:
    body = text.rstrip(_TRAILING)
    return _OTHER_SENTENCE_ENDS.isdisjoint(body) and (
        "." not in body or _FULL_STOP_END.search(body) is None)


def _chunks(text: str) -> Iterator[tuple[int, int]]:
    """Paragraph spans of ``text``, long paragraphs cut at white space."""
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if (_CUT_MID_SENTENCE.search(text, max(0, match.start() - 10), match.start())
                and _FIGURE_START.match(text, match.end())):
            continue  # a hard-wrapped line the cleaner kept as a block of its own
        yield from _cut(text, position, match.start())
        position = match.end()
    yield from _cut(text, position, len(text))


def _cut(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > _MAX_CHUNK:
        limit = start + _MAX_CHUNK
        space = text.rfind(" ", start + _MAX_CHUNK // 2, limit)
        cut = space + 1 if space > 0 else limit
        yield start, cut
        start = cut
    if end > start and text[start:end].strip():
        yield start, end


def _not_restated(in_title: list[Claim], in_body: Sequence[Claim]) -> list[Claim]:
    """The headline's figures that the body does not give again.

    A headline repeats the story's lead figure ("exports up 9.6%"); the body's sentence says the
    same with its period and source, so the headline's copy would only count it twice (and a
    reposter's repeated headline is furniture). A fall may be signed in one and not the other.
    """
    told = {(abs(claim.value), claim.unit) for claim in in_body
            if isinstance(claim.value, float)}
    return [claim for claim in in_title
            if not isinstance(claim.value, float) or (abs(claim.value), claim.unit) not in told]
