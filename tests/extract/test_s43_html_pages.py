"""HTML pages as sites publish them (U7, session 43): a page that is only a menu has no article; the
page's furniture (nav, aside, footer, blocks of links) gives no claim; a year in a menu or footer is
no date of publication; the page's address in JSON-LD only is the claims' url; a folder of pages."""
import pytest
import yaml
from click.testing import CliRunner

from reconcile.cli.main import main

HEAD = '<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{meta}</head><body>'
MENU = ('<nav><ul><li><a href="/">Home</a></li><li><a href="/t">Top 10</a></li><li><a href="/e">2024 elections</a>'
        '</li><li><a href="/c">COVID-19: 7 million deaths</a></li></ul></nav>')
LINK_DIV = ('<div id="menu"><a href="/">Inicio</a> <a href="/top10">Top 10</a> <a href="/e">Elecciones 2024</a> '
            '<a href="/d">Los 5 goles del año</a></div>')
FOOT = '<footer>© 2024 Example News. Call +1 202 555 0147</footer></body></html>'


def _page(body: str, meta: str = "", lang: str = "en", title: str = "News") -> str:
    return HEAD.format(lang=lang, title=title, meta=meta) + body + FOOT


def _extract(tmp_path, pages: dict[str, str], *args: str):
    for name, html in pages.items():
        (tmp_path / name).write_text(html, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", *(args or list(pages)), "-o", "out"])
    claims = []
    for path in sorted((tmp_path / "out" / "sources").glob("*.yaml")) if (tmp_path / "out").exists() else []:
        if not path.name.startswith("_"):
            claims += yaml.safe_load(path.read_text(encoding="utf-8")).get("claims") or []
    return result, claims


@pytest.mark.parametrize("body", [MENU, LINK_DIV, MENU + LINK_DIV])
def test_a_page_that_is_only_a_menu_has_no_article(tmp_path, monkeypatch, body):
    monkeypatch.chdir(tmp_path)
    result, claims = _extract(tmp_path, {"front.html": _page(body)})
    assert result.exit_code == 2 and "no article text found in this HTML page" in result.stderr
    assert claims == []


def test_a_short_articles_menu_aside_and_link_lists_give_no_claim(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    body = (MENU + LINK_DIV + '<article><h1>Bus crash kills 12 in Peru</h1><p>A bus crash killed 12 people in '
            'southern Peru on Monday, police said.</p></article><aside><h3>Related</h3><ul><li><a href="#">'
            'Landslide kills 30 in Ecuador</a></li></ul></aside>')
    meta = '<meta property="article:published_time" content="2024-03-12T10:00:00-05:00">'
    result, claims = _extract(tmp_path, {"a.html": _page(body, meta, title="Bus crash kills 12 in Peru")})
    assert result.exit_code == 0, result.output
    assert [c["quote"] for c in claims] == ["A bus crash killed 12 people in southern Peru on Monday, police said."]


def test_a_year_in_the_menu_or_footer_is_no_date_of_publication(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    body = ('<div class="contenido"><h2>Migrantes cruzan el Darién</h2><p>Más de 250.000 migrantes cruzaron la '
            'selva del Darién en lo que va del año, informó el lunes el Servicio Nacional de Migración de Panamá.'
            '</p><p>La Defensoría del Pueblo dijo que al menos 40 personas murieron en la travesía.</p></div>')
    result, claims = _extract(tmp_path, {"p.html": _page(LINK_DIV + body, lang="es")})
    assert result.exit_code == 0, result.output
    assert claims and not any(str(c.get("as_of", "")).startswith("2024") or str(c.get("stated_on", "")).startswith(
        ("2023", "2024")) for c in claims)


def test_the_page_address_in_json_ld_only_is_the_claims_url(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    meta = ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",'
            '"headline":"Floods kill 40 in Assam","mainEntityOfPage":{"@type":"WebPage","@id":'
            '"https://assam.example/news/floods-kill-40"},"datePublished":"2024-07-02T10:00:00+05:30",'
            '"publisher":{"@type":"Organization","name":"Assam Daily"}}]}</script>')
    body = ('<article><h1>Floods kill 40 in Assam</h1><p>Floods have killed 40 people in Assam, the state disaster '
            'management authority said on Tuesday.</p></article>')
    result, claims = _extract(tmp_path, {"a.html": _page(body, meta, title="Floods kill 40 in Assam")})
    assert result.exit_code == 0, result.output
    assert claims and all(c.get("url") == "https://assam.example/news/floods-kill-40" for c in claims)


def test_a_folder_stands_for_its_article_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text("date: 2024-03-12\n\nA bus crash killed 12 people in Peru, police "
                                              "said.\n", encoding="utf-8")
    (tmp_path / "pages" / "notes.csv").write_text("x\n1\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "pages", "-o", "out"])
    assert result.exit_code == 0, result.output
    assert "Wrote 1 proposed claim" in result.stderr
    (tmp_path / "none").mkdir()
    result = CliRunner().invoke(main, ["extract", "none", "-o", "out2"])
    assert result.exit_code == 2 and "the folder holds no article file" in result.stderr
