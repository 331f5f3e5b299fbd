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
    assert len(SiteTemplates.learn(site()[:1])) == 0
    assert len(SiteTemplates.learn(site()[:2])) > 0  # two pages of a small site agree
    assert len(SiteTemplates.learn(site()[:3], rule=TemplateRule(min_pages=4))) == 0
    assert len(SiteTemplates.learn(site()[:2], rule=TemplateRule(min_pages=3))) == 0


def test_a_large_site_needs_the_block_on_its_share_of_pages() -> None:
    promo_on_two = [(page(t, promo=n < 2), f"https://big.example/{t}-{n}")
                    for n in range(10) for t in TOPICS[n % len(TOPICS):][:1]]
    assert len(SiteTemplates.learn(promo_on_two)) == 0  # 2 of 10 pages: under 30%
    promo_on_four = [(page(t, promo=n < 4), u) for (_h, u), n, t in
                     zip(promo_on_two, range(10), TOPICS * 2, strict=True)]
    assert block_key(PROMO) in SiteTemplates.learn(promo_on_four).blocks("big.example")


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


def test_keys_fold_month_and_weekday_names_and_unit_plurals() -> None:
    assert block_key("Posted 3 hours ago") == block_key("Posted 1 hour ago")
    assert block_key("12 comments") == block_key("1 Comment")
    assert block_key("Updated Tuesday, March 3") == block_key("Updated Fri, Oct 12")
    assert block_key("Share on Facebook") != block_key("Share on X")


SHARE_ROW = "Share this story: Facebook, X, LinkedIn, Email"


def test_a_share_row_glued_to_a_paragraph_is_cut_off_and_the_paragraph_stays() -> None:
    glued = f"<br>{SHARE_ROW}</p>"
    pages = [(page(topic, promo=False).replace(" figures for each terminal.</p>",
                                               f" figures for each terminal.{glued}"),
              f"https://glue.example/{topic}") for topic in TOPICS]
    single = newsfacts.extract(pages[0][0], url=pages[0][1])
    assert SHARE_ROW in single.text  # the paragraph it is glued to is body
    templates = SiteTemplates.learn(pages)
    article = Extractor(Options(templates=templates)).extract(pages[0][0], url=pages[0][1])
    assert SHARE_ROW not in article.text
    assert "figures for each terminal." in article.text
    assert (SHARE_ROW, SITE_TEMPLATE) in {(r.text, r.reason) for r in article.removed}


def test_a_paragraph_that_is_most_of_each_page_is_never_a_template() -> None:
    notice = ("The harbour office is closed for the public holiday and reopens on the next "
              "working day; urgent requests from shipping agents go to the duty officer, who "
              "answers the port line around the clock during the closure.")
    pages = [(f"<html><body><article><h1>Notice {n}</h1><p>{notice}</p></article></body>"
              f"</html>", f"https://notice.example/{n}") for n in range(5)]
    templates = SiteTemplates.learn(pages)
    assert block_key(notice) not in templates.blocks("notice.example")
    article = Extractor(Options(templates=templates)).extract(pages[0][0], url=pages[0][1])
    assert notice in article.text


def test_a_template_block_that_is_most_of_a_page_stays_on_that_page() -> None:
    notice = ("The harbour office is closed for the public holiday and reopens on the next "
              "working day; urgent requests from shipping agents go to the duty officer, who "
              "answers the port line around the clock during the closure.")
    follow = "Follow the harbour office on social media for news of closures."
    html = (f"<html><body><article><h1>Closed</h1><p>{notice}</p><p>{follow}</p></article>"
            f"</body></html>")
    url = "https://notice.example/closed"
    stored = SiteTemplates({"notice.example": {block_key(notice), block_key(follow)}})
    article = Extractor(Options(templates=stored)).extract(html, url=url)
    assert notice in article.text
    assert [r.text for r in article.removed if r.reason == SITE_TEMPLATE] == [follow]


UPGRADE = ("This page is best seen in a recent web browser with style sheets turned on. You can "
           "still read it in the browser you have, but it will not look as the harbour office "
           "meant it to; please think about updating your browser.")


def notice_site() -> list[tuple[str, str]]:
    """Story pages that carry the site's browser notice outside the article (the cleaner
    removes it there), and two section fronts whose only prose is that notice."""
    footer = f"<footer><p>{UPGRADE}</p></footer>"
    pages = [(page(topic, promo=False).replace("</article>", f"</article>{footer}"),
              f"https://notes.example/news/{topic}") for topic in TOPICS[:4]]
    front = f"<html><body><h2>Sections</h2><div><p>{UPGRADE}</p></div></body></html>"
    pages += [(front, f"https://notes.example/{section}") for section in ("health", "arts")]
    return pages


def test_a_notice_the_site_never_keeps_as_body_goes_even_when_it_is_all_a_page_shows() -> None:
    pages = notice_site()
    single = newsfacts.extract(pages[-1][0], url=pages[-1][1])
    assert UPGRADE in single.text  # alone, a section front's only prose looks like a story
    story = newsfacts.extract(pages[0][0], url=pages[0][1])
    assert UPGRADE not in story.text  # on the story pages the cleaner removes it itself
    templates = SiteTemplates.learn(pages)
    assert block_key(UPGRADE) in templates.furniture("notes.example")
    with pytest.warns(newsfacts.NewsfactsWarning):
        front = Extractor(Options(templates=templates)).extract(pages[-1][0], url=pages[-1][1])
    assert UPGRADE not in front.text
    assert (UPGRADE, SITE_TEMPLATE) in {(r.text, r.reason) for r in front.removed}


def test_a_stored_template_without_the_learnt_evidence_keeps_the_share_guard() -> None:
    pages = notice_site()
    learnt = SiteTemplates.learn(pages)
    stored = SiteTemplates({host: learnt.blocks(host) for host in learnt.hosts()})
    assert stored.furniture("notes.example") == frozenset()
    front = Extractor(Options(templates=stored)).extract(pages[-1][0], url=pages[-1][1])
    assert UPGRADE in front.text


def test_a_block_kept_as_body_on_any_page_is_not_never_body_furniture() -> None:
    pages = site()  # the promo sits inside each article: body on every page
    templates = SiteTemplates.learn(pages)
    assert block_key(PROMO) in templates.blocks("ledger.example")
    assert block_key(PROMO) not in templates.furniture("ledger.example")


def test_never_body_furniture_survives_pickling_and_merging() -> None:
    templates = SiteTemplates.learn(notice_site())
    assert pickle.loads(pickle.dumps(templates)) == templates
    merged = SiteTemplates({"notes.example": {"share this"}}).merged(templates)
    assert merged.furniture("notes.example") == templates.furniture("notes.example")
    assert merged != SiteTemplates({h: merged.blocks(h) for h in merged.hosts()})
