"""Golden test: hand-annotated news texts in ``fixtures/claims`` through ``Extractor.claims``.

The texts were written for a blind test of claim context (wire, earnings, jobs, commodity,
crypto, budget, poll and disaster stories) and annotated by hand before the rules were
studied; each ``NAME.expected.json`` says which quantities a careful reader counts as claims
and, per claim, its value, status and source, and its period where the text pins one down.
A ``source`` of null means the text names nobody for that number. Every annotated claim is
one test case, so a failure names the fixture, the claim and what differed.

The first eight stories were scored before any rule changed; the four "second blind batch"
ones (acme-press-release, city-budget, yen-bonds, solana-rally) were written and scored after
the first round of rule changes and before the second. The five "third blind batch" ones
(housing-market, cpi-retail-sales, airline-guidance, imf-outlook, flu-survey) were annotated
before the rules were run on them and scored before the third round.

Issue 9 set the attribution convention of the annotated real reposts (../shared/data/
reposts-dev/README.md): a company or agency reporting its own figures is their source, and a
source carries to the later figures of the same release or story until another is named. The
first annotation left such figures unsourced; the sources of the figures that convention
covers (the earnings, press-release, jobs, CPI and survey stories) were re-annotated by hand
to it, field by field, and the known misses it settled were dropped from the list below.

Two stories were written for issue 9's document pass (lisbon-market-close: a market report
whose lead names the day of the moves; norland-industry: a statistics office and a month named
once for a run of figures) and annotated before the pass was run on them.

Documented tolerance: the claims in ``KNOWN_MISSES`` (14 of 172; most are places where the
blind annotation and the seed's conventions disagree) are listed with the reason, and the
test checks that they still fail, so the list shrinks when the rules or the annotation change.
``test_field_rates`` holds the whole set to the rates it reached when the list was written.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import pytest

import newsfacts

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "claims"
NAMES = sorted(path.name.removesuffix(".expected.json")
               for path in FIXTURES.glob("*.expected.json"))

# (fixture, claim text) -> why the rules do not get it right yet. "convention" marks where the
# blind annotation and the seed's conventions (which the rules follow) part: the seed credits
# a target's setter ("Beijing had set ...") and a consensus phrase ("analysts' median
# estimate") as sources, and leaves the numbers of an ", up from ..." or participle clause
# after a reporting phrase without one.
_SETTER = "convention: the setter of a target is its source in the seed"
_TRAILING_CLAUSE = "convention: a trailing comparison clause keeps no source in the seed"
_VENUE = ("convention: reposts-dev's README carries a source to the story's later figures; a "
          "market-data venue ('according to CoinGecko data') now covers the later prices of a "
          "story nobody else speaks for, where the blind annotation left them without one")
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("assam-floods", "$500 million"): "'could exceed' reads as a forecast; annotated as "
    "the estimate the 'World Bank estimates that' clause makes",
    ("china-budget-targets", "4%"): _SETTER,
    ("china-budget-targets", "3%"): _SETTER,
    ("china-budget-targets", "55%"): _SETTER,
    ("crypto-market", "4.5%"): _VENUE,
    ("crypto-market", "$3,420"): _VENUE,
    ("nimbus-earnings", "10%"): _TRAILING_CLAUSE,
    ("fed-holds-rates", "2.7%"): "the forecast cue ('projections showed') is in the main "
    "clause, the number in the participle clause ', ending 2026 at 2.7%'",
    ("oil-prices", "1.1 million barrels"): "convention: 'analysts' expectations' is a source "
    "in the seed",
    ("solana-rally", "90%"): "'X put the odds at' is no reporting verb in the rules",
    ("flu-survey", "3.1 percentage points"): "convention: the annotation leaves a poll's "
    "margin of error unsourced; the rules credit the poll named earlier in the sentence",
    ("norland-industry", "1.5%"): "'polled by' a pollster named in lower case ('a local "
    "newspaper') is not read as a source",
    ("solana-rally", "$300"): "convention: 'Analysts at X expect' is an expectation in the "
    "rules' own tests, a forecast in the annotation",
}


def _expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.expected.json").read_text("utf-8"))
    return data


@functools.cache
def _found(name: str) -> tuple[str, tuple[newsfacts.Claim, ...]]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    expected = _expected(name)
    claims = newsfacts.Extractor().claims(text, published=expected["published"],
                                           title=expected.get("title"))
    return text, tuple(claim for claim in claims if claim.where == "body")


def _normal_name(name: str) -> str:
    lowered = name.lower().replace("’", "'")
    return re.sub(r"^(?:the|a|an) ", "", re.sub(r"'s\b|[^a-z0-9' ]", " ", lowered)).strip()


def same_source(got: str | None, want: str | None) -> bool:
    """A found source is right when either normalised name contains the other."""
    if got is None or want is None:
        return got is want
    got_name, want_name = " ".join(_normal_name(got).split()), " ".join(_normal_name(want).split())
    return bool(got_name) and (got_name in want_name or want_name in got_name)


def _close(got: float | str | None, want: float) -> bool:
    return isinstance(got, (int, float)) and abs(float(got) - want) <= 1e-6 * max(1.0, abs(want))


def matching(name: str, want: dict[str, Any]) -> newsfacts.Claim | None:
    """The found claim whose span overlaps the annotated span."""
    text, claims = _found(name)
    position = text.find(want["text"])
    end = position + len(want["text"])
    for claim in claims:
        if claim.start < end and position < claim.end:
            return claim
    return None


def problems(name: str, want: dict[str, Any]) -> dict[str, str]:
    """What differs between the annotation and the found claim, by field."""
    claim = matching(name, want)
    if claim is None:
        return {"value": "no claim found"}
    found: dict[str, str] = {}
    if want.get("value") is not None:
        if not _close(claim.value, want["value"]):
            found["value"] = f"{claim.value!r} != {want['value']!r}"
    else:
        got_range = (claim.low, claim.high)
        if not (_close(claim.low, want["low"]) and _close(claim.high, want["high"])):
            found["value"] = f"range {got_range} != {(want['low'], want['high'])}"
    if claim.status != want["status"]:
        found["status"] = f"{claim.status!r} != {want['status']!r}"
    got_source = None if claim.source is None else claim.source.name
    if not same_source(got_source, want["source"]):
        found["source"] = f"{got_source!r} != {want['source']!r}"
    if "period" in want:
        period = claim.period
        got_period = None if period is None or period.start is None or period.end is None else [
            period.start.isoformat(), period.end.isoformat()]
        if got_period != want["period"]:
            found["period"] = f"{got_period} != {want['period']}"
    return found


CASES = [pytest.param(name, index, id=f"{name}:{claim['text']}")
         for name in NAMES for index, claim in enumerate(_expected(name)["claims"])]


def test_fixtures_are_present() -> None:
    assert len(NAMES) >= 8


@pytest.mark.parametrize(("name", "index"), CASES)
def test_annotated_claim(name: str, index: int) -> None:
    want = _expected(name)["claims"][index]
    differences = problems(name, want)
    reason = KNOWN_MISSES.get((name, want["text"]))
    if reason is not None:
        assert differences, f"{want['text']!r} now passes; drop it from KNOWN_MISSES ({reason})"
        return
    assert not differences, f"{name}: {want['text']!r}: " + "; ".join(
        f"{field} {detail}" for field, detail in differences.items())


@pytest.mark.parametrize("name", NAMES)
def test_annotated_spans_are_in_the_text(name: str) -> None:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    for claim in _expected(name)["claims"]:
        assert claim["text"] in text, claim["text"]


def test_field_rates() -> None:
    """Recall, source, status and period rates over every annotated claim."""
    total = found = with_source = source_right = status_right = with_period = period_right = 0
    for name in NAMES:
        for want in _expected(name)["claims"]:
            total += 1
            differences = problems(name, want)
            if "value" in differences:
                continue
            found += 1
            status_right += "status" not in differences
            if want["source"] is not None:
                with_source += 1
                source_right += "source" not in differences
            if "period" in want:
                with_period += 1
                period_right += "period" not in differences
    assert found / total >= 0.99
    assert source_right / with_source >= 0.95
    assert status_right / found >= 0.97
    assert period_right / with_period >= 0.95
