"""Site templates: blocks recurring on a site's pages are removed as 'site-template', learnt
from the pages themselves; the body of a story carried on several pages is not."""

from __future__ import annotations

import json
import pickle
import sqlite3
from pathlib import Path

import pytest

import newsfacts
from newsfacts import Extractor, Options, SiteTemplates
from newsfacts._cli import main
from newsfacts._templates import SITE_TEMPLATE, TemplateRule, block_key, host_of

PROMO = ("The Harbour Ledger is an independent title owned by Quayside Publishing, a family "
         "firm based in the old customs house on the quay since 1921.")
TOPICS = ["grain", "timber", "cement", "copper", "cotton"]


def page(topic: str, *, promo: bool = True, extra: str = "") -> str:
    paragraphs = [
        f"Shipments of {topic} through the northern harbour rose {len(topic)}% in May from a "
        f"year earlier, the port authority said on Tuesday, citing stronger demand.",
        f"Traders said {topic} prices held steady over the month while inland freight costs "
        f"eased, and exporters expect a busier season for {topic} after the harvest.",
        f"The authority will publish its quarterly review of {topic} volumes in July, with a "
        f"forecast for the rest of the year and figures for each terminal.",
    ]
    if promo:
        paragraphs.insert(2, PROMO)
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + extra
    return (f"<html><head><title>{topic.title()} shipments rise</title></head><body><article>"
            f"<h1>{topic.title()} shipments rise</h1>{body}</article></body></html>")


def site(host: str = "ledger.example") -> list[tuple[str, str]]:
    return [(page(topic), f"https://www.{host}/news/{topic}") for topic in TOPICS]


def test_a_promo_inside_the_article_on_every_page_is_a_site_template() -> None:
    pages = site()
    single = newsfacts.extract(pages[0][0], url=pages[0][1])
    assert PROMO in single.text  # one page alone cannot tell it from the story
    templates = SiteTemplates.learn(pages)
    assert templates.hosts() == ["ledger.example"]
    article = Extractor(Options(templates=templates)).extract(pages[0][0], url=pages[0][1])
    assert PROMO not in article.text
    assert (PROMO, SITE_TEMPLATE) in {(r.text, r.reason) for r in article.removed}
    assert "Shipments of grain" in article.text


def test_templates_apply_only_to_their_own_host() -> None:
    templates = SiteTemplates.learn(site())
    html, _ = site()[0]
    other = Extractor(Options(templates=templates)).extract(html, url="https://other.example/a")
    assert PROMO in other.text


def test_one_story_carried_on_several_pages_of_a_site_stays_body() -> None:
    story = page("grain", promo=False)
    pages = [(story, f"https://wire.example/copy-{n}") for n in range(4)]
    pages += [(page(t, promo=False), f"https://wire.example/{t}") for t in TOPICS[1:]]
    templates = SiteTemplates.learn(pages)
    article = Extractor(Options(templates=templates)).extract(story, url=pages[0][1])
    assert "Shipments of grain" in article.text
    assert "quarterly review of grain" in article.text


def test_too_few_pages_learn_nothing() -> None:
    assert len(SiteTemplates.learn(site()[:2])) == 0
    assert len(SiteTemplates.learn(site()[:3], rule=TemplateRule(min_pages=4))) == 0
    assert len(SiteTemplates.learn(site()[:2], rule=TemplateRule(min_pages=2))) > 0


def test_keys_fold_case_digits_and_punctuation() -> None:
    assert block_key("Updated 3 hours ago") == block_key("updated 12 hours ago!")
    assert host_of("https://WWW.Ledger.example:8080/x") == "ledger.example"
    assert host_of(None) is None


def test_templates_pickle_for_the_workers_and_merge() -> None:
    templates = SiteTemplates.learn(site())
    assert pickle.loads(pickle.dumps(templates)) == templates
    other = SiteTemplates({"b.example": {"share this"}})
    merged = templates.merged(other)
    assert merged.hosts() == ["b.example", "ledger.example"]
    assert len(merged) == len(templates) + 1


def test_batch_learns_templates_stores_them_and_reuses_them(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("".join(json.dumps({"html": h, "url": u}) + "\n" for h, u in site()),
                     encoding="utf-8")
    database = tmp_path / "out.sqlite"
    assert main(["extract", str(crawl), "-o", str(database), "-j", "1", "--no-claims"]) == 0
    with sqlite3.connect(database) as connection:
        stored = connection.execute("SELECT host, block FROM templates").fetchall()
        assert ("ledger.example", block_key(PROMO)) in stored
        reasons = connection.execute(
            "SELECT count(*) FROM removals WHERE reason = ?", (SITE_TEMPLATE,)).fetchone()[0]
        assert reasons == len(TOPICS)
    # A later run with one new page of the site uses the stored templates.
    later = tmp_path / "later.jsonl"
    later.write_text(json.dumps({"html": page("nickel"), "url": "https://ledger.example/n"})
                     + "\n", encoding="utf-8")
    assert main(["extract", str(later), "-o", str(database), "-j", "1", "--no-claims"]) == 0
    with sqlite3.connect(database) as connection:
        text = connection.execute("SELECT text FROM articles WHERE url LIKE '%/n'").fetchone()[0]
    assert PROMO not in text


@pytest.mark.parametrize("flag", ["--no-templates"])
def test_no_templates_keeps_single_page_extraction(tmp_path: Path, flag: str) -> None:
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("".join(json.dumps({"html": h, "url": u}) + "\n" for h, u in site()),
                     encoding="utf-8")
    database = tmp_path / "out.sqlite"
    assert main(["extract", str(crawl), "-o", str(database), "-j", "1", "--no-claims",
                 flag]) == 0
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM templates").fetchone()[0] == 0
        texts = [row[0] for row in connection.execute("SELECT text FROM articles")]
    assert all(PROMO in text for text in texts)
