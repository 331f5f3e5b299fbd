"""The furniture model's learnt vocabulary: which words count, and how a block is scored.

Examples are invented in the shapes real pages take (share rows, comment prompts, article
sentences); none is copied from a corpus.
"""

from __future__ import annotations

import json

import pytest

from newsfacts._clean.ensemble import ModelError, model_from_dict, shipped_model
from newsfacts._clean.vocabulary import MIN_SITES, Vocabulary, block_tokens, learn_vocabulary

_FURNITURE = ("Share on Facebook", "Leave a comment", "Share this story")
_BODY = ("Exports rose 4% in March from a year earlier.", "The bank kept its rate on hold.")


def _blocks(sites: int) -> list[tuple[str, bool, str]]:
    return [
        (text, is_furniture, f"site{site}.example")
        for site in range(sites)
        for texts, is_furniture in ((_FURNITURE, True), (_BODY, False))
        for text in texts
    ]


def test_words_seen_on_enough_sites_get_a_weight_of_the_right_sign() -> None:
    vocabulary = learn_vocabulary(_blocks(MIN_SITES))
    assert vocabulary.weights["share"] > 0
    assert vocabulary.weights["share on"] > 0
    assert vocabulary.weights["the bank"] < 0


def test_words_of_too_few_sites_are_not_kept() -> None:
    assert learn_vocabulary(_blocks(MIN_SITES - 1)).weights == {}


def test_a_block_is_scored_by_its_known_words() -> None:
    vocabulary = Vocabulary({"share": 2.0, "exports": -1.0})
    mean, highest, lowest, known = vocabulary.scores("Share exports now")
    assert (mean, highest, lowest) == (0.5, 2.0, -1.0)
    assert 0 < known < 1
    assert vocabulary.scores("nothing known here") == (0.0, 0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Share on FacebookShare on Twitter", "facebook share"),  # buttons glued by a scraper
        ("Posted 12 hours ago", "<2 digits> hours"),  # numbers stand for their digit count
        ("LEAVE A Comment", "leave a"),  # case does not matter
    ],
)
def test_block_tokens(text: str, token: str) -> None:
    assert token in block_tokens(text)


def test_the_shipped_model_carries_its_vocabulary() -> None:
    model = shipped_model()
    assert len(model.vocabulary.weights) > 100
    again = model_from_dict(json.loads(json.dumps(model.to_dict())))
    assert again.vocabulary == model.vocabulary


def test_a_model_without_a_vocabulary_is_a_named_error() -> None:
    data = shipped_model().to_dict()
    del data["vocabulary"]
    with pytest.raises(ModelError, match="malformed"):
        model_from_dict(data, source="test model")
