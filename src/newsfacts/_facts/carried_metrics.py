"""What a figure is about when its own words do not say: the figure before it.

"Bitcoin fell 4% to $62,000. It now struggles at $61,500": the $61,500 has a pronoun for a
subject, so the sentence pass names no metric; a reader takes it to be Bitcoin's price, the
thing the figure before it measured. "Retail sales rose 0.7%. Economists polled by Reuters had
forecast a 0.2% increase": the forecast is of the same retail sales. A claim with no metric of
its own takes the metric (and owner) of the nearest earlier claim of the same kind that states
one, in the same paragraph or the one before it; an expectation takes the story's first such
claim, its lead figure. ``carried`` records it. Dates and headline figures neither give nor
take.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .._records import Claim
from .subjects import Paragraphs


def _same_kind(claim: Claim, earlier: Claim) -> bool:
    """Figures of one kind may measure one thing: a price and a percentage change do not, nor
    a total and an amount per share; the same amount in another currency does ("28.3 billion
    dirhams ($7.7 billion)")."""
    return claim.type == earlier.type and _per(claim.unit) == _per(earlier.unit)


def _per(unit: str | None) -> str:
    """What a unit is counted per: "USD per share" -> "share"; "" for a plain unit."""
    return (unit or "").partition(" per ")[2]


def _donor(claim: Claim, stated: Sequence[Claim], paragraphs: Paragraphs) -> Claim | None:
    """The earlier claim whose metric stands for ``claim``'s."""
    if claim.status == "expectation":
        # What economists or a poll expected is the story's lead figure, however far down
        # the consensus is told: "Analysts polled by Reuters had expected a decline of 1.5%".
        return next((earlier for earlier in stated if _same_kind(claim, earlier)), None)
    # An expectation told in passing names the thing loosely ("topping expectations for a
    # 0.9% growth"): "when they rose 7.4%" goes back to the figure itself.
    return next((earlier for earlier in reversed(stated)
                 if _same_kind(claim, earlier) and earlier.status != "expectation"
                 and paragraphs.near(earlier.start, claim.start)),
                None)


def carry_metrics(text: str, claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` (offsets into ``text``, in order) with a metric where an earlier claim's
    stands for theirs."""
    paragraphs = Paragraphs(text)
    result: list[Claim] = []
    stated: list[Claim] = []  # earlier claims with a metric of their own, latest last
    for claim in claims:
        if claim.type == "date" or claim.where != "body":
            result.append(claim)
            continue
        if claim.metric is not None:
            stated.append(claim)
            result.append(claim)
            continue
        donor = _donor(claim, stated, paragraphs)
        if donor is not None:
            carried = [*claim.carried, "metric"]
            entity = claim.entity
            if entity is None and donor.entity is not None:
                entity = donor.entity
                carried.append("entity")
            claim = dataclasses.replace(claim, metric=donor.metric, entity=entity,
                                        carried=tuple(carried))
        result.append(claim)
    return result
