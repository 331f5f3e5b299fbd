"""Structural choices of the content scorer, each on a small page after a common template.

Every case is a layout that once picked the wrong element or lost text on the blind pages
(``fixtures/html/blind_*``): a teaser grid with more prose than the post, a blog page that lists
its other posts as <article> cards, a short story whose body holds a newsletter box, a section
label left behind by its removed links, a client-rendered shell with the story in JSON-LD, and a
data table whose rows read like a price ticker once the cells run together.
"""

from __future__ import annotations

import json

import pytest

from newsfacts._html import parse_page

POST = ("<p>Developers installed 18.6 gigawatts of solar capacity in the first half, a record for "
        "any half-year, an industry report showed on Tuesday.</p><p>Utility-scale projects made "
        "up 14.1 gigawatts of the total, while rooftop installations on homes fell 6%.</p>")
CARD = ("<article class='card'><h3><a href='/x'>Battery prices fall to a new low</a></h3>"
        "<p>Average pack prices dropped 20% over the past year as new plants in Asia came "
        "online and competition for contracts intensified among suppliers.</p></article>")


def _body(html: str) -> str:
    page = parse_page(html, url=None, charset=None, max_bytes=1_000_000)
    return "\n".join(block.text for block in page.blocks)


@pytest.mark.parametrize("wrapper", [
    pytest.param("jnews_related_post_container", id="jnews-related-grid"),
    pytest.param("you-may-also-like", id="aggregator-teasers"),
    pytest.param("comments-area", id="wordpress-comment-thread"),
])
def test_furniture_longer_than_the_post_is_still_furniture(wrapper: str) -> None:
    page = (f"<html><body><div><h1>Solar installations hit record</h1><div>{POST}</div>"
            f"<div class='{wrapper}'>{CARD * 6}</div></div></body></html>")
    body = _body(page)
    assert "18.6 gigawatts" in body
    assert "Average pack prices" not in body


def test_the_article_with_the_headline_beats_a_feed_of_other_posts() -> None:
    # After a WordPress quotes blog (Scrapinghub page b3c19dd5): the post, then other posts'
    # full text as <article> cards inside one column.
    page = (f"<html><body><div class='col'><article><h1>Solar record</h1>{POST}</article>"
            f"<article class='postbox'>{CARD * 8}</article></div></body></html>")
    body = _body(page)
    assert "18.6 gigawatts" in body
    assert "Average pack prices" not in body


def test_a_short_story_with_a_newsletter_box_is_not_cut_to_one_paragraph() -> None:
    # After business magazines' short "Topline / Key Facts" stories (blind_forbes_contributor):
    # the box and a link line inside the body weigh more than the short paragraphs around them,
    # so the longest paragraph alone would outscore the body.
    story = ("<h2>Topline</h2><p>Retail sales rose 0.6% in July from June, the Commerce "
             "Department reported Friday, roughly in line with economists' forecasts, as car "
             "purchases and online shopping offset weaker spending at restaurants and bars.</p>"
             "<h2>Key Facts</h2><p>Sales at auto dealers rose 1.6%, the biggest gain.</p>"
             "<p>Excluding autos, sales rose 0.3%, below forecasts.</p>"
             "<div class='article-sub-inline'><p class='newsletter'>Get our breaking news text "
             "alerts: we are launching text message alerts so you will always know the biggest "
             "stories shaping the day's headlines, wherever you are.</p><a>Text Alerts to our "
             "number or sign up here.</a></div><p>June's figure was revised up to 0.9%.</p>"
             "<p>Sales were up 3.9% from a year earlier.</p>"
             "<h2>Further Reading</h2><p><a>Consumer confidence falls to its lowest since "
             "April</a></p>")
    body = _body(f"<html><body><article><h1>Retail sales jump</h1><div>{story}</div></article>"
                 "</body></html>")
    assert "Excluding autos, sales rose 0.3%" in body
    assert "June's figure was revised up to 0.9%." in body
    assert "text message alerts" not in body


def test_a_label_whose_links_were_removed_goes_with_them() -> None:
    page = (f"<html><body><article><h1>Solar record</h1>{POST}<div class='key-events'>"
            "<h2>Key events</h2><ul><li><a href='#1'>1h ago OBR downgrades growth</a></li>"
            "<li><a href='#2'>3h ago Threshold freeze confirmed</a></li></ul></div>"
            "</article></body></html>")
    body = _body(page)
    assert "Key events" not in body
    assert "18.6 gigawatts" in body


@pytest.mark.parametrize("article_body", [
    pytest.param("First paragraph of the story about inflation slowing to 2.2% in March, as "
                 "economists had expected.\n\nSecond paragraph: core inflation eased to 2.4% "
                 "from 2.6%, its lowest since January 2022, Eurostat said.", id="plain-text"),
    pytest.param("<p>First paragraph of the story about inflation slowing to 2.2% in March, as "
                 "economists had expected.</p><p>Second paragraph: core inflation eased to 2.4% "
                 "from 2.6%, its lowest since January 2022, Eurostat&#39;s data said.</p>",
                 id="with-markup-and-entities"),
])
def test_a_client_rendered_shell_takes_its_body_from_json_ld(article_body: str) -> None:
    ld = json.dumps({"@type": "NewsArticle", "headline": "Inflation slows",
                     "articleBody": article_body})
    page = parse_page(
        f"<html><head><script type='application/ld+json'>{ld}</script></head><body>"
        "<nav><a>Economy</a><a>Politics</a></nav><main><p>Loading…</p></main></body></html>",
        url=None, charset=None, max_bytes=1_000_000)
    texts = [block.text for block in page.blocks]
    assert len(texts) == 2
    assert texts[0].startswith("First paragraph")
    assert texts[1].startswith("Second paragraph")
    assert "<p>" not in texts[1]
    assert "&#39;" not in texts[1]
    assert "Loading…" in {removal.text for removal in page.removed}


def test_json_ld_body_does_not_replace_a_page_that_shows_the_story() -> None:
    ld = json.dumps({"@type": "NewsArticle", "articleBody": "A short summary of the story, "
                     "shorter than what the page shows, which is the real body of it all."})
    page = parse_page(f"<html><head><script type='application/ld+json'>{ld}</script></head>"
                      f"<body><article>{POST}</article></body></html>",
                      url=None, charset=None, max_bytes=1_000_000)
    assert [block.text[:10] for block in page.blocks] == ["Developers", "Utility-sc"]


def test_table_cells_are_tab_separated_and_rows_kept() -> None:
    table = ("<table><tr><th>Region</th><th>Average price</th><th>Annual change</th></tr>"
             "<tr><td>North West</td><td>£228,000</td><td>+7.4%</td></tr></table>")
    page = parse_page(f"<html><body><article>{POST}{table}</article></body></html>",
                      url=None, charset=None, max_bytes=1_000_000)
    texts = [block.text for block in page.blocks]
    assert "Region\tAverage price\tAnnual change" in texts
    assert "North West\t£228,000\t+7.4%" in texts


def test_a_layout_table_row_splits_into_its_cells() -> None:
    # An old site's <table> layout (fixtures/html/blind2_table_layout_old_site.html): the link
    # column and the classifieds column must not ride along with the story's cell.
    menu = ("<td><a href='/'>Front Page</a><br><a href='/a'>Archive</a><br>"
            "<a href='/o'>Obituaries</a><br></td>")
    story = ("<td>County engineers say repairs to the Elm Street bridge will cost $3.1 million, "
             "nearly twice the amount set aside.<br><br>The 70-year-old bridge was closed to "
             "trucks in March after inspectors found cracks.<br><br>Commissioners will vote on "
             "the funding at their meeting on June 17.<br><br></td>")
    ads = "<td><b>Classifieds</b><br><a href='/c'>Garage sale Saturday</a><br></td>"
    body = _body(f"<html><body><table><tr>{menu}{story}{ads}</tr></table></body></html>")
    assert "Commissioners will vote on the funding" in body
    assert "Obituaries" not in body
    assert "Garage sale Saturday" not in body


def test_a_newsletter_named_only_by_its_test_id_is_furniture() -> None:
    # React pages hash their class names (fixtures/html/blind2_nextjs_hashed_divs.html).
    box = ("<div class='css-rfv012' data-testid='newsletter-signup'><div>Get the Business "
           "Briefing</div><div>Our free morning newsletter.</div></div>")
    body = _body(f"<html><body><article>{POST}{box}</article></body></html>")
    assert "Utility-scale projects" in body
    assert "Business Briefing" not in body
