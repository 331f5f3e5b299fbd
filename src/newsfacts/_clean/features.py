"""What the furniture model sees of a block: shape, position, lexicon and its neighbours.

Every block gets one row of numbers, in the order of ``FEATURE_NAMES``:

- shape: length, words, how it ends, its case pattern, its share of digits and symbols, links,
  emoji, time-ago and date stamps, and its share of function words (prose is full of "the",
  "of", "de", "der"; menus, labels and headline lists are not);
- position: where it sits against the run of prose (before, inside, after), how far from it,
  where in the page;
- lexicon: the reason a ``RULES`` row or the layout pass gave it (as one flag per reason
  family), furniture words in English, Spanish, French, German and Portuguese, and the weights
  of its words in the model's learnt vocabulary (``vocabulary.py``);
- context: the same key numbers for the two blocks before and after it.

The model file records these names; a model trained on other names is refused at load.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Sequence

from .classify import Verdict, is_finished, is_paragraph, words
from .vocabulary import EMPTY, Vocabulary

# How a block's earlier verdict is encoded: one flag per family of reasons.
REASON_FAMILIES: dict[str, tuple[str, ...]] = {
    "notice": ("repost-notice", "source-line", "credits", "copyright", "disclaimer", "ai-notice",
               "translation-notice", "status-notice", "contact"),
    "promo": ("newsletter", "advertisement", "share-widget", "prompt", "cookie-notice",
              "comments", "tags"),
    "navigation": ("navigation", "related-links", "after-article", "separator", "placeholder"),
    "stamp": ("dateline", "byline", "reading-time", "author-bio"),
    "media": ("photo-credit", "caption", "price-widget"),
    "duplicate": ("duplicate",),
}
_FAMILY_OF = {reason: family for family, reasons in REASON_FAMILIES.items() for reason in reasons}

# Function words of the five languages the corpus holds: their share separates prose from labels.
_FUNCTION_WORDS_BY_LANGUAGE: dict[str, str] = {
    "en": "the a an of to in on for and or but is are was were be been has have had with by from "
          "at as that this which it its their they he she we will would said says than more "
          "after over into",
    "es": "el la los las un una de del y en por para con que se su sus es fue al lo como más",
    "fr": "le les des du et au aux dans pour sur avec qui est sont une ce cette par pas plus",
    "de": "der die das den dem ein eine und im ist sind mit von zu auf für nicht sich auch wurde",
    "pt": "o os as um uma do da dos das e em no na por com não foi ao mais",
}
FUNCTION_WORDS: frozenset[str] = frozenset(
    word for words_of in _FUNCTION_WORDS_BY_LANGUAGE.values() for word in words_of.split(" ")
)

# Generic labels of page furniture in the same languages (words and short phrases, lower case).
FURNITURE_WORDS: tuple[str, ...] = (
    # English
    "share", "subscribe", "newsletter", "sign up", "log in", "login", "sign in", "comment",
    "comments", "reply", "related", "read more", "continue reading", "advertisement", "sponsored",
    "cookie", "privacy", "terms of", "copyright", "all rights reserved", "follow us", "menu",
    "home", "contact us", "about us", "download", "app", "click", "tags", "trending",
    "most read", "popular", "latest", "recommended", "you may also like", "view all", "more",
    "search", "skip to", "photo", "image", "credit", "disclaimer", "source", "ago", "updated",
    "posted", "published", "min read", "full article", "full story", "watch", "video",
    "podcast", "donate", "support", "licen", "theme", "powered by", "join", "telegram",
    # Spanish
    "compartir", "suscríbete", "suscribirse", "comentarios", "relacionad", "publicidad",
    "leer más", "sigue leyendo", "noticias", "inicio", "más leídas", "boletín", "síguenos",
    # French
    "partager", "abonnez", "abonner", "commentaires", "publicité", "lire la suite", "lire aussi",
    "à lire", "accueil", "suivez-nous", "newsletter",
    # German
    "teilen", "abonnieren", "kommentare", "werbung", "weiterlesen", "mehr zum thema",
    "lesen sie", "startseite", "anzeige", "folgen sie",
    # Portuguese
    "compartilhar", "assine", "comentários", "publicidade", "leia mais", "leia também",
    "notícias", "siga-nos",
)


def _by_first_letter(phrases: tuple[str, ...]) -> str:
    """An alternation of ``phrases``, longest first, grouped under their first character:
    "s(?:ubscribe|hare|...)|c(?:...)". It matches what the flat alternation matches (branches
    that open with different characters never match at the same place, and each group keeps
    the longest-first order), and the engine tries one group per character instead of every
    branch (half the time)."""
    groups: dict[str, list[str]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        groups.setdefault(phrase[0], []).append(re.escape(phrase[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# Matched against the lower-cased text: a case-blind pattern with this many branches is
# several times slower.
_FURNITURE_WORD = re.compile(rf"(?<!\w)(?:{_by_first_letter(FURNITURE_WORDS)})")
_TIME_AGO = re.compile(
    r"\b\d{1,3} ?(?:min(?:ute)?s?|h|hrs?|hours?|d|days?|weeks?|months?|years?) ago\b"
    r"|\bhace \d{1,3}|\bil y a \d{1,3}|\bvor \d{1,3} (?:min|stund|tag)|\bhá \d{1,3}",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}\b"
    r"|\b\d{1,2}\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic"
    r"|janv|févr|mars|avr|mai|juin|juil|août|déc|märz|okt|dez)[a-zé]{0,7}\b"
    r"|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b(?: ?[ap]\.?m\.?)?", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_LINK = re.compile(r"https?://|www\.|\b[\w-]{2,63}\.(?:com|org|net|co|io|news|info|gov|uk|in)\b")
# What every _LINK match holds ("://", "www." or a dot before a domain's ending): searched for
# first, as it is several times faster than _LINK, whose domain branch backtracks at every word.
_LINK_HINT = re.compile(r"://|www\.|\.(?:co|org|net|io|news|gov|uk|in)")
_HANDLE = re.compile(r"@\w|\w@\w")
_BULLET = re.compile(r"^(?:[-•*–—·▪►✓>]|\d{1,2}[.)/] )")
_SEPARATORS = re.compile(r"[|•·»›/]")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]? [A-Z]")
_WORD = re.compile(r"[^\W\d_]+")
_PROSE_WORDS = 12
_WINDOW = (-2, -1, 1, 2)
# Distances to the prose run are capped: beyond this many blocks, far is far.
_FAR = 8


# Characters that are neither word, space nor ordinary punctuation: icons, arrows, bullets.
_SYMBOL = re.compile(r"[^\w\s.,;:'\"()\-–—’“”‘!?%$]")
# Emoji and pictographs: symbols from the Miscellaneous Symbols block up.
_EMOJI = re.compile(r"[^\w\s\u0000-\u25ff]")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_DIGIT = re.compile(r"\d")


_FIRST = operator.itemgetter(0)  # of a word: never empty

# Shares and stamps are read from a block's first characters: enough to tell a label from a
# paragraph, and it bounds the cost of a very long block.
_SAMPLE_CHARS = 200


def _shape(full: str, *, context_only: bool = False) -> dict[str, float]:
    """The shape numbers of a block; ``context_only``: only those a neighbour's row shows
    (``_CONTEXT_KEYS``), for a block that is not judged itself (most rows computed are such)."""
    count = words(full)  # counted (and remembered) by the rules already
    text = full[:_SAMPLE_CHARS]
    chars = len(text) or 1
    alphabetic = _WORD.findall(text)
    last = full[-1:]
    digits = len(_DIGIT.findall(text))
    # The numbers both kinds of row hold, each computed here once.
    word_count = math.log1p(count)
    ends_stop = float(last in ".!?")
    starts_bullet = float(bool(_BULLET.match(text)))
    title_share = (sum(map(str.isupper, map(_FIRST, alphabetic))) / len(alphabetic)
                   if alphabetic else 0)
    lowered = [word.casefold() for word in alphabetic]
    function_share = (sum(map(FUNCTION_WORDS.__contains__, lowered)) / len(lowered)
                      if lowered else 0)
    furniture_words = math.log1p(len(_FURNITURE_WORD.findall(text.lower())))
    # Each search below needs something that most labels and many paragraphs lack (a digit, a
    # link's "://" or domain ending): looking for it first skips the searches.
    link = float(_LINK_HINT.search(text) is not None and _LINK.search(text) is not None)
    time_ago = float(digits > 0 and _TIME_AGO.search(text) is not None)
    date = float(digits > 0 and _DATE.search(text) is not None)
    if context_only:
        return {
            "words": word_count, "ends_stop": ends_stop, "function_share": function_share,
            "digit_share": digits / chars, "title_share": title_share, "date": date,
            "time_ago": time_ago, "furniture_words": furniture_words,
            "starts_bullet": starts_bullet, "link": link,
        }
    letters = sum(map(str.isalpha, text))
    return {
        "chars": math.log1p(len(full)),
        "words": word_count,
        "mean_word": sum(map(len, alphabetic)) / len(alphabetic) if alphabetic else 0,
        "ends_stop": ends_stop,
        "ends_quote": float(last in "\"”’)"),
        "ends_colon": float(last == ":"),
        "ends_ellipsis": float(full.endswith(("…", "..."))),
        "starts_upper": float(text[:1].isupper()),
        "starts_lower": float(text[:1].islower()),
        "starts_digit": float(text[:1].isdigit()),
        "starts_bullet": starts_bullet,
        "upper_share": len(_UPPER.findall(text)) / letters if letters else 0,
        "title_share": title_share,
        "digit_share": digits / chars,
        "symbol_share": len(_SYMBOL.findall(text)) / chars,
        "emoji": float(_EMOJI.search(text) is not None),
        "separators": math.log1p(len(_SEPARATORS.findall(text))),
        "sentences": math.log1p(len(_SENTENCE_BREAK.findall(text))),
        "function_share": function_share,
        "furniture_words": furniture_words,
        "link": link,
        "handle": float("@" in text and _HANDLE.search(text) is not None),
        "time_ago": time_ago,
        "date": date,
        "clock": float(digits > 0 and _CLOCK.search(text) is not None),
        "year": float(digits > 0 and _YEAR.search(text) is not None),
        "finished": float(is_finished(full)),
        "question": float(last == "?" or last == "!"),
        # A paragraph a scraper cut off stops on "the" or "of"; a headline or label never does.
        "ends_function_word": float(last.isalpha() and full.rsplit(None, 1)[-1].casefold()
                                    in FUNCTION_WORDS),
    }


# The numbers of a neighbour that the model sees beside the block's own.
_CONTEXT_KEYS = (
    "words", "ends_stop", "function_share", "digit_share", "title_share", "date", "time_ago",
    "furniture_words", "prose", "flagged", "starts_bullet", "link", "vocab_mean",
)


def _shape_names() -> tuple[str, ...]:
    return tuple(_shape("x"))


def _own_names() -> tuple[str, ...]:
    return (
        *_shape_names(),
        "vocab_mean", "vocab_max", "vocab_min", "vocab_known",
        "prose", "flagged", "layout", *(f"reason_{family}" for family in REASON_FAMILIES),
        "cut", "link_density", "repeats",
        "before_prose", "after_prose", "inside_prose", "to_first_prose", "to_last_prose",
        "relative_position", "blocks", "prose_blocks", "prose_share", "first_block", "last_block",
        "short_run",
    )


_OWN_NAMES = _own_names()
# A row's numbers in the model's order, read in one call each (a row per judged block holds a
# hundred and more).
_OWN_VALUES = operator.itemgetter(*_OWN_NAMES)
_CONTEXT_VALUES = operator.itemgetter(*_CONTEXT_KEYS)
_NO_NEIGHBOUR = (0.0,) * (len(_CONTEXT_KEYS) + 1)  # the context keys and "exists"
FEATURE_NAMES: tuple[str, ...] = (
    *_OWN_NAMES,
    *(f"{key}@{offset:+d}" for offset in _WINDOW for key in (*_CONTEXT_KEYS, "exists")),
)


def _own(verdict: Verdict, vocabulary: Vocabulary) -> dict[str, float]:
    text = verdict.text or verdict.block.text.strip()
    row = _shape(text)
    (row["vocab_mean"], row["vocab_max"], row["vocab_min"],
     row["vocab_known"]) = vocabulary.scores(text)
    row["prose"] = float(is_paragraph(verdict, _PROSE_WORDS))
    row["flagged"] = float(verdict.reason is not None)
    row["layout"] = float((verdict.rule or "").startswith("layout-"))
    family = _FAMILY_OF.get(verdict.reason or "")
    for name in REASON_FAMILIES:
        row[f"reason_{name}"] = float(family == name)
    row["cut"] = float(bool(verdict.cuts))
    row["link_density"] = verdict.block.link_density
    return row


def _as_neighbour(verdict: Verdict, vocabulary: Vocabulary) -> dict[str, float]:
    """``_own`` cut down to what a judged block's row shows of a neighbour (``_CONTEXT_KEYS``)."""
    text = verdict.text or verdict.block.text.strip()
    row = _shape(text, context_only=True)
    row["vocab_mean"] = vocabulary.scores(text)[0]
    row["prose"] = float(is_paragraph(verdict, _PROSE_WORDS))
    row["flagged"] = float(verdict.reason is not None)
    return row


def _position_only(verdict: Verdict) -> dict[str, float]:
    text = verdict.text or verdict.block.text
    return {"prose": float(is_paragraph(verdict, _PROSE_WORDS)),
            "words": math.log1p(words(text))}


def block_features(
    verdicts: Sequence[Verdict],
    judged: Sequence[bool] | None = None,
    vocabulary: Vocabulary = EMPTY,
) -> list[list[float]]:
    """One row of ``FEATURE_NAMES`` numbers per verdict, in order; with ``judged``, only the
    rows of the blocks marked there are filled (the others are empty), the rest serving only
    as neighbours. ``vocabulary`` is the model's learnt word weights."""
    total = len(verdicts)
    # Only a judged block needs its whole row and its neighbours the numbers that row shows of
    # them; the others count for position.
    if judged is None:
        rows = [_own(verdict, vocabulary) for verdict in verdicts]
    else:
        neighbours = {index + offset for index, flag in enumerate(judged) if flag
                      for offset in _WINDOW}
        rows = [
            _own(verdict, vocabulary) if judged[index]
            else _as_neighbour(verdict, vocabulary) if index in neighbours
            else _position_only(verdict)
            for index, verdict in enumerate(verdicts)
        ]
    prose = [index for index, row in enumerate(rows) if row["prose"]]
    first, last = (prose[0], prose[-1]) if prose else (total, -1)
    keys = [" ".join((verdict.text or verdict.block.text).casefold().split())
            for verdict in verdicts]
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    short = [not row["prose"] and row["words"] <= math.log1p(8) for row in rows]
    runs = _run_lengths(short)
    for index, (key, row) in enumerate(zip(keys, rows, strict=True)):
        row["repeats"] = float(counts[key] > 1)
        row["before_prose"] = float(index < first)
        row["after_prose"] = float(index > last)
        row["inside_prose"] = float(first <= index <= last)
        row["to_first_prose"] = float(max(-_FAR, min(_FAR, index - first))) if prose else -_FAR
        row["to_last_prose"] = float(max(-_FAR, min(_FAR, index - last))) if prose else _FAR
        row["relative_position"] = index / max(total - 1, 1)
        row["blocks"] = math.log1p(total)
        row["prose_blocks"] = math.log1p(len(prose))
        row["prose_share"] = len(prose) / total if total else 0.0
        row["first_block"] = float(index == 0)
        row["last_block"] = float(index == total - 1)
        row["short_run"] = math.log1p(runs[index])
    table: list[list[float]] = []
    for index, row in enumerate(rows):
        if judged is not None and not judged[index]:
            table.append([])
            continue
        values = list(_OWN_VALUES(row))
        for offset in _WINDOW:
            other = index + offset
            if 0 <= other < total:
                values.extend(_CONTEXT_VALUES(rows[other]))
                values.append(1.0)
            else:
                values.extend(_NO_NEIGHBOUR)
        table.append(values)
    return table


def _run_lengths(flags: Sequence[bool]) -> list[int]:
    """For each position, the length of the run of set flags it belongs to (0 when unset)."""
    lengths = [0] * len(flags)
    start = 0
    while start < len(flags):
        if not flags[start]:
            start += 1
            continue
        end = start
        while end < len(flags) and flags[end]:
            end += 1
        for index in range(start, end):
            lengths[index] = end - start
        start = end
    return lengths
