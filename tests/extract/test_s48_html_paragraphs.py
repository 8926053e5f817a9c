"""A web page's paragraphs are paragraphs (N4 D4, session 48): trafilatura gives each <p> of the article on a line
of its own, and a line of a page is read as a paragraph of a text file is, so a date one <p> names does not date the
next <p>'s count. Invented pages."""
from __future__ import annotations

import pytest

from reconcile.extract.article import parse_article
from reconcile.extract.propose import propose

PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<link rel="canonical" href="https://example.org/story">
<meta property="og:site_name" content="Example Daily">
<meta property="article:published_time" content="2022-11-13T12:21:00+01:00">
</head><body><article>
<h1>{title}</h1>
<p>{first}</p>
<p>{second}</p>
</article></body></html>"""


@pytest.mark.parametrize("lang, title, first, second, value", [
    ("es", "Marcha por la sanidad", "A partir del día 21 de noviembre se sumarán a la huelga los médicos de familia.",
     "La manifestación fue muy numerosa, con más de 200.000 participantes, según la Delegación del Gobierno.",
     "más de 200.000"),
    ("en", "Nurses march in the capital", "From November 21, family doctors will join the strike.",
     "More than 20,000 people marched on Sunday, police said.", "More than 20,000 people"),
])
def test_a_date_of_one_paragraph_does_not_date_the_next(lang, title, first, second, value):
    article = parse_article(PAGE.format(lang=lang, title=title, first=first, second=second), "page.html")
    assert article.date == "2022-11-13"
    assert "\n\n" in article.text
    as_of = {p.value: p.as_of for p in propose(article, lang)}
    assert as_of[value] is None or as_of[value] <= "2022-11-13"


def test_the_title_is_still_no_paragraph_of_the_text():
    page = PAGE.format(lang="en", title="Quake kills 12", first="At least 12 people died on Saturday, officials said.",
                       second="Rescuers searched the rubble.")
    text = parse_article(page, "page.html").text
    assert not text.startswith("Quake kills 12")
    assert text.startswith("At least 12 people")
