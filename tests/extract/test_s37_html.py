"""extract reads what a reader sees on a page (session 37): hidden elements and iframes' and
noscript's fallback text are no part of the article."""
from __future__ import annotations

from reconcile.extract.article import parse_article

PAGE = """<html><head><title>Tormenta | El Diario</title><meta name="date" content="2019-03-07">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "author": {"@type": "Person", "name": "Ana Pérez"}}</script></head><body><article>
<p>El ministerio de Salud informó el jueves que murieron más de 500 personas en Colombia.</p>
<p hidden>La policía dijo que murieron 9.999 personas.</p>
<div style="color: red; display : none">El ejército dijo que murieron 8.888 personas.</div>
<iframe src="https://ads.example/">La Cruz Roja dijo que murieron 7.777 personas.</iframe>
<noscript>La defensa civil dijo que murieron 6.666 personas.</noscript>
<p aria-hidden="true">Los bomberos dijeron que murieron 5.555 personas.</p>
<p>Las autoridades locales contaron 415 muertos en el departamento, informó el diario.</p>
</article></body></html>"""


def test_hidden_text_and_fallbacks_are_no_part_of_the_article():
    """Each hidden figure had been a claim with a real-looking quote (and the iframe's text joined the next one)."""
    article = parse_article(PAGE, "page.html")
    assert "500" in article.text and "415" in article.text
    assert not any(figure in article.text for figure in ("9.999", "8.888", "7.777", "6.666", "5.555"))
    assert article.date == "2019-03-07"


def test_an_article_above_the_article_limit_is_refused_naming_the_limit(tmp_path, monkeypatch):
    """A 15 MB page of figures had kept extract busy for more than 17 minutes."""
    import pytest

    from reconcile.errors import InputError
    from reconcile.extract.article import read_article

    page = tmp_path / "big.html"
    page.write_text("<html><body><article>" + "".join(
        f"<p>Officials said {500 + i} people were evacuated from town number {i} today.</p>" for i in range(400))
        + "</article></body></html>", encoding="utf-8")
    assert "512" in read_article(page, "big.html").text
    monkeypatch.setenv("RECONCILE_MAX_ARTICLE_KB", "8")
    with pytest.raises(InputError, match="the article's text is .* above the 8.0 KB limit") as info:
        read_article(page, "big.html")
    assert info.value.file == "big.html" and "RECONCILE_MAX_ARTICLE_KB" in info.value.hint
    monkeypatch.setenv("RECONCILE_MAX_ARTICLE_KB", "0.5")   # the page itself: 32 times the limit at most
    with pytest.raises(InputError, match="the page"):
        read_article(page, "big.html")


def test_a_page_in_the_charset_it_declares_is_read(tmp_path):
    from reconcile.extract.article import read_article

    page = tmp_path / "w.html"
    page.write_bytes('<html><head><meta charset="windows-1252"><title>T</title></head><body><article><p>El '
                     'ministerio informó que murieron más de 500 personas en Colombia el jueves.</p></article>'
                     '</body></html>'.encode("cp1252"))
    assert "más de 500" in read_article(page, "w.html").text
