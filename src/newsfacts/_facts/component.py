"""The ``newsfacts_claims`` spaCy component: ``nlp.add_pipe("newsfacts_claims")``.

The factory is registered through the ``spacy_factories`` entry point in pyproject.toml, so a
spaCy user needs no import of newsfacts. spaCy imports this module whenever it builds a
``Language``, so it stays light: the claim rules are imported on first use.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

CLAIMS_ATTRIBUTE = "claims"
PUBLISHED_ATTRIBUTE = "published"

if not Doc.has_extension(CLAIMS_ATTRIBUTE):
    Doc.set_extension(CLAIMS_ATTRIBUTE, default=None)
if not Doc.has_extension(PUBLISHED_ATTRIBUTE):
    # Per document, this overrides the component's configured article date.
    Doc.set_extension(PUBLISHED_ATTRIBUTE, default=None)


class ClaimsComponent:
    """Sets ``doc._.claims`` to the list of :class:`newsfacts.Claim` found in the doc.

    Periods are resolved against ``doc._.published`` when set, else the configured
    ``published`` date (ISO string); without either, relative dates stay unresolved.
    """

    def __init__(self, name: str, published: str | None) -> None:
        self.name = name
        self.published = None if not published else dt.date.fromisoformat(published[:10])

    def __call__(self, doc: Doc) -> Doc:
        from .assemble import claims_from_doc
        from .attribution import NamedSources
        from .document import read_in_context
        from .periods import readable_date

        published = readable_date(_as_date(doc._.get(PUBLISHED_ATTRIBUTE)) or self.published)
        named = NamedSources()
        # The doc is read whole, as ``newsfacts.claims`` reads a text: source, period and
        # entity carry across its sentences (``Claim.carried``).
        text = doc.text  # joined up token by token: once
        claims = read_in_context(text, claims_from_doc(doc, published=published, named=named,
                                                       text=text),
                                 published, named=named)
        doc._.set(CLAIMS_ATTRIBUTE, claims)
        return doc


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        return dt.date.fromisoformat(value[:10])
    return None


@Language.factory(
    "newsfacts_claims",
    default_config={"published": None},
    assigns=["doc._.claims"],
)
def make_claims_component(nlp: Language, name: str, published: str | None) -> ClaimsComponent:
    """Build the claims component; ``published`` is the article date as an ISO string."""
    return ClaimsComponent(name, published)
