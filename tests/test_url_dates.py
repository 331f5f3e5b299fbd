"""The day a page's address names (``_url_dates.url_day``), shared by the HTML metadata reader
and the claim stage's page reference. The addresses are made up here, each in the shape of a
kind of news site's links; none is taken from a corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts._url_dates import url_day

D = dt.date

NAMED = [
    # (the shape, address, day)
    ("year, month and day as folders", "https://paper.example.com/2024/10/14/story",
     D(2024, 10, 14)),
    ("the date in one run of digits", "https://paper.example.com/news/20241014/story",
     D(2024, 10, 14)),
    ("a wire's story id opening with the day", "https://wire.example.kr/view/AEN20241014002851320",
     D(2024, 10, 14)),
    ("a story id opening with the day before the file suffix",
     "https://paper.example.com/n/202410140012.html", D(2024, 10, 14)),
    ("a query value opening with the day", "https://paper.example.com/view.php?ud=20241014000169",
     D(2024, 10, 14)),
    ("the year as a folder, month and day in one", "https://tv.example.ie/news/2017/0103/842364-jobs",
     D(2017, 1, 3)),
    ("the month's name between year and day", "https://paper.example.com/2005/oct/06/stocks",
     D(2005, 10, 6)),
    ("month, day and year at the end of the slug", "https://blog.example.com/gold-falls-oct-14-2024",
     D(2024, 10, 14)),
    ("the month written out in the slug", "https://blog.example.com/gold-falls-october-14-2024.html",
     D(2024, 10, 14)),
    ("day, month and year in the slug", "https://blog.example.com/gold-falls-14-october-2024",
     D(2024, 10, 14)),
    ("day first, where the first number cannot be a month",
     "https://paper.example.in/news/14-10-2024/story", D(2024, 10, 14)),
]

NONE = [
    # (why there is no day, address)
    ("a year alone", "https://blog.example.com/top-10-stocks-to-buy-in-2024"),
    ("a month and year without a day", "https://paper.example.com/2024/10/story"),
    ("day and month both could be either", "https://paper.example.in/news/10-11-2024/story"),
    ("a version number, not a date", "https://docs.example.com/v/3.14.2024"),
    ("a month that does not exist", "https://paper.example.com/2024/13/01/story"),
]


@pytest.mark.parametrize(("shape", "url", "day"), NAMED, ids=[case[0] for case in NAMED])
def test_the_day_an_address_names(shape: str, url: str, day: dt.date) -> None:
    assert url_day(url) == day, shape


@pytest.mark.parametrize(("why", "url"), NONE, ids=[case[0] for case in NONE])
def test_an_address_without_a_day(why: str, url: str) -> None:
    assert url_day(url) is None, why
