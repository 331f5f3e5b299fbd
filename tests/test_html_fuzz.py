"""Generated pages: whatever the markup, ``extract`` gives an Article or a named newsfacts error.

Pages are put together from the pieces scraped HTML really holds, in any order and any
nesting: declarations (XML, DOCTYPE, encodings that contradict the bytes), byte order marks,
comments, CDATA, scripts that contain markup, unclosed and stray closing tags, framesets, huge
attributes, entities, control characters and text in several scripts. Each page goes in as a
``str`` and as bytes in two charsets.
"""

from __future__ import annotations

import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsfacts

_TAGS = ("div", "p", "span", "article", "section", "table", "tr", "td", "ul", "li", "a", "h1",
         "h2", "br", "aside", "nav", "footer", "figure", "figcaption", "frameset", "frame",
         "body", "head", "html", "title", "meta", "noscript", "template", "svg", "math",
         "select", "option", "iframe", "x-widget", "o:p")
_CLASSES = ("article-body", "share", "byline", "tags", "gallery", "sidebar", "comments",
            "entry-content", "hidden", "nav", "post")
_TEXT = st.lists(
    st.sampled_from([*"abc xyz.,;0123456789%€£$'\"&<>=/\n\t", "\x00", "\x01", "\x0b", "\x7f",
                     "\x85", "\u2028", "\ufeff", "\ud800", "é", "ü", "Ж", "中", "😀", "&amp;",
                     "&#0;", "&#x110000;", "&nbsp;", "&bogus;"]),
    max_size=60,
).map("".join)
_SENTENCE = st.sampled_from([
    "The port handled 4.2 million containers in 2024, up 7% on the year before. ",
    "Officials said the new terminal would open in the spring after two years of work. ",
    "Prices of basic goods fell for a third month, the statistics office reported. ",
])


@st.composite
def _attributes(draw: st.DrawFn) -> str:
    parts = []
    if draw(st.booleans()):
        parts.append(f'class="{draw(st.sampled_from(_CLASSES))}"')
    if draw(st.booleans()):
        size = draw(st.sampled_from([10, 1_000, 100_000]))
        parts.append(f'data-x="{"q" * size}"')
    if draw(st.booleans()):
        parts.append(f"style='{draw(_TEXT)}'")
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(['hidden', 'aria-hidden="true"', 'id=x y=z',
                                           'itemprop="articleBody"', "unquoted=a<b", "="])))
    return " ".join(parts)


@st.composite
def _piece(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 12))
    tag = draw(st.sampled_from(_TAGS))
    if kind <= 2:
        return f"<{tag} {draw(_attributes())}>"
    if kind == 3:
        return f"</{tag}>"
    if kind == 4:
        return f"<!--{draw(_TEXT)}-->" if draw(st.booleans()) else f"<!--{draw(_TEXT)}"
    if kind == 5:
        return f"<![CDATA[{draw(_TEXT)}]]>"
    if kind == 6:
        return f"<script>var s = '</div><p>{draw(_TEXT)}';</script>"
    if kind == 7:
        return draw(st.sampled_from([
            '<?xml version="1.0" encoding="utf-8"?>', "<?xml version='1.0' encoding='latin-1'?>",
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">', "<!DOCTYPE>",
            '<meta charset="shift_jis">', '<meta http-equiv="Content-Type" content="charset=x">',
            "<?php echo 1; ?>", "<%= page %>", "\ufeff", "<!ELEMENT x>", "<![if !IE]>",
        ]))
    if kind <= 10:
        return draw(_SENTENCE) * draw(st.integers(1, 4))
    return draw(_TEXT)


_PAGES = st.lists(_piece(), min_size=1, max_size=40).map("".join)


def _extract(source: str | bytes) -> None:
    extractor = newsfacts.Extractor(newsfacts.Options(claims=False))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", newsfacts.NewsfactsWarning)
        try:
            article = extractor.extract(source, kind="html")
        except newsfacts.ExtractionError:
            return
    assert isinstance(article.text, str)
    assert "\x00" not in article.text


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=_PAGES)
def test_generated_pages_give_an_article_or_a_named_error(page: str) -> None:
    _extract(page)
    _extract(page.encode("utf-8", "surrogatepass"))
    _extract(page.encode("cp1252", "replace"))


_STORY = ("<p>The harbour authority said cargo volumes rose by a fifth last year, the fastest "
          "growth since the terminal opened.</p>")


@pytest.mark.parametrize("page", [
    pytest.param('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/'
                 f'xhtml"><body>{_STORY}</body></html>', id="xhtml-with-declaration"),
    pytest.param(f"\ufeff<?xml version='1.0' encoding='iso-8859-1'?><html><body>{_STORY}</body>"
                 "</html>", id="bom-then-declaration"),
    pytest.param(" " * 300 + f'<?xml version="1.0" encoding="utf-8"?><html><body>{_STORY}'
                 "</body></html>", id="declaration-after-white-space"),
    pytest.param('<?xml version="1.0" ' + "x" * 500 + f' encoding="utf-8"?><html><body>{_STORY}'
                 "</body></html>", id="long-declaration"),
    pytest.param(f"<html><head><title>Frames</title></head><frameset><frame src='a.html'>"
                 f"<noframes>{_STORY}</noframes></frameset></html>", id="frameset"),
    pytest.param(f"<html><head><title>No body</title></head>{_STORY}", id="no-body-element"),
])
def test_str_with_declarations_parses(page: str) -> None:
    article = newsfacts.Extractor(newsfacts.Options(claims=False)).extract(page, kind="html")
    assert article.text.endswith("terminal opened.")
