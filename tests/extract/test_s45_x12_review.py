"""The review R2's findings on extract's proposals (items 1, 2, 3, 6, 7): an unnamed cited source is one source per
article, the forecast rule leaves counts alone, a superlative's "in the world" keeps the figure's place, articles whose
files share a name get ids of their own, and "12 people or 15 people" stays one figure (SPEC §4's "A or B" range).

The reviewer's sentences, and others written in the same wire style, English and Spanish.
"""
from __future__ import annotations

import pytest
import yaml

from reconcile.extract import extract_project, parse_article, propose


def _proposals(body: str, lang: str, date: str = "2024-03-08"):
    raw = f"url: https://example.org/a\noutlet: Daily Example\ndate: {date}\n\n{body}\n"
    return propose(parse_article(raw, "a.txt"), lang)


def _claims(files: dict[str, str]) -> dict[str, list[dict]]:
    """Each drafted source's id -> its claims."""
    loaded = [yaml.safe_load(text) for name, text in files.items()
              if name.startswith("sources/") and not name.startswith("sources/_")]
    return {data["source"]["id"]: data.get("claims") or [] for data in loaded}


def _article(path, outlet: str | None, body: str, title: str = "Flood kills dozens in Sichuan"):
    path.parent.mkdir(parents=True, exist_ok=True)
    head = f"url: https://news.example/{path.parent.name}/{path.name}\n" + (f"outlet: {outlet}\n" if outlet else "")
    path.write_text(f"{head}title: {title}\ndate: 2024-07-10\n\n{body}\n", encoding="utf-8")
    return path


# -- item 1: an unnamed cited source is one source per article

@pytest.mark.parametrize("lang, first, second", [
    ("en", "Thirty people died in floods in Sichuan, Reuters reported, citing local officials.",
     "Forty-five people died in floods in Sichuan, AFP reported, citing local officials."),
    ("en", "Thirty people died in floods in Sichuan, Reuters reported, citing state media.",
     "Forty-five people died in floods in Sichuan, AFP reported, citing state media."),
    ("es", "Treinta personas murieron en las inundaciones en Sichuan, informó Reuters, citando a medios estatales.",
     "Cuarenta y cinco personas murieron en las inundaciones en Sichuan, informó AFP, citando a medios estatales."),
])
def test_two_wires_citing_unnamed_sources_in_two_articles_cite_two_origins(tmp_path, lang, first, second):
    paths = [_article(tmp_path / "a" / "reuters.txt", "Reuters", first),
             _article(tmp_path / "b" / "afp.txt", "AFP", second)]
    files, count = extract_project(paths, lang)
    claims = [c for cs in _claims(files).values() for c in cs]
    cited = [c["cites"] for c in claims if c.get("cites")]
    assert count == 2 and len(cited) == 2 and cited[0] != cited[1], cited
    assert all(f"sources/{c}.yaml" in files for c in cited)
    assert any("merge the two if they are one body" in c["note"] for c in claims if c.get("cites"))


def test_one_article_citing_local_officials_twice_cites_one_source(tmp_path):
    path = _article(tmp_path / "a" / "reuters.txt", "Reuters",
                    "Thirty people died in floods in Sichuan, Reuters reported, citing local officials. Some 2,000 "
                    "people were evacuated, Reuters reported, citing local officials.")
    files, _ = extract_project([path])
    cited = {c["cites"] for cs in _claims(files).values() for c in cs if c.get("cites")}
    assert cited == {"local-officials"}, cited


# -- item 2: the forecast rule leaves counts alone

@pytest.mark.parametrize("lang, body, criterion", [
    ("en", "The fire killed 87 people who would otherwise have escaped, officials said.", "dead"),
    ("en", "The fire killed 87 students who would graduate next month, officials said.", "dead"),
    ("en", "Turnout was higher than expected at 20,000 people, police said.", "protested"),
    ("en", "The 1,200 evacuees will return home on Monday, officials said.", "evacuated"),
    ("en", "The blast killed 15 workers who would have finished their shift an hour later, police said.", "dead"),
    ("en", "The fire killed 30 people who would attend the concert, police said.", "dead"),
    ("en", "Attendance was lower than predicted at 8,000 people, the organisers said.", None),
    ("es", "El incendio mató a 30 personas que asistirían a un concierto, informó la policía.", "dead"),
    ("es", "Los 1.200 evacuados regresarán a sus casas el lunes, informaron las autoridades.", "evacuated"),
])
def test_a_count_told_beside_a_future_or_a_comparison_is_no_forecast(lang, body, criterion):
    proposals = _proposals(body, lang)
    assert len(proposals) == 1 and "expected" not in (proposals[0].criterion or ""), proposals
    assert criterion is None or proposals[0].criterion == criterion, proposals[0].criterion


def test_others_who_would_be_treated_are_counted():
    body = "The quake killed 12 people, and 40 others would be treated in hospital, police said."
    assert [p.criterion for p in _proposals(body, "en")] == ["dead", "treated"]


@pytest.mark.parametrize("lang, body", [
    ("en", "Of the 3 million registered voters, 1.2 million will vote by mail, officials said."),
    ("es", "De los 3 millones de votantes inscritos, 1,2 millones votarán por correo, según la junta electoral."),
])
def test_voters_who_will_vote_get_no_bare_expected_criterion(lang, body):
    assert all(p.criterion != "expected" for p in _proposals(body, lang))


@pytest.mark.parametrize("lang, body", [
    ("en", "Organisers said 10,000 people would march through the city on Sunday."),
    ("en", "Police said some 3,000 fans were expected to attend the final."),
    ("en", "Organizers expected 40,000 people at the rally."),
    ("es", "La policía calcula que 8.000 personas marcharán el domingo."),
    ("es", "Los organizadores esperaban unas 6.000 personas en la plaza."),
])
def test_a_forecast_of_who_will_come_is_still_expected(lang, body):
    (proposal,) = _proposals(body, lang)
    assert (proposal.criterion or "").endswith("expected"), proposal.criterion


# -- item 3: a superlative's "in the world" is no figure of the world

@pytest.mark.parametrize("lang, body, place", [
    ("en", "KABUL - The deadliest attack in the world this year killed 40 people on Friday, officials said.", "Kabul"),
    ("en", "KABUL - Afghanistan, one of the most dangerous places in the world, saw 40 people killed on Friday, "
           "officials said.", "AF"),
    ("en", "DHAKA - In one of the worst disasters in the world this decade, 40 people died on Friday, officials said.",
     "Dhaka"),
    ("en", "LIMA - The largest protest in the world this year drew 50,000 people on Saturday, police said.", "Lima"),
    ("en", "MANILA - The Philippines, one of the most vulnerable countries in the world, recorded 30 deaths on Monday, "
           "officials said.", "PH"),
    ("es", "LIMA.- En uno de los peores desastres a nivel mundial este año, murieron 40 personas el viernes, "
           "informó la policía.", "Lima"),
])
def test_a_superlative_in_the_world_keeps_the_figure_s_place(lang, body, place):
    (proposal,) = _proposals(body, lang)
    assert proposal.place == place, proposal.place


@pytest.mark.parametrize("lang, body", [
    ("en", "GENEVA - The virus has infected 5 million people worldwide, the WHO said."),
    ("es", "LIMA.- Unas 50.000 personas marcharon en Lima, según la policía, en una jornada de protestas a nivel "
           "mundial en más de cien ciudades."),
])
def test_a_figure_counted_across_the_world_still_has_no_local_place(lang, body):
    world = [p for p in _proposals(body, lang) if p.population in (["people"], ["cities"]) and p.place is None]
    assert world, [(p.value, p.place) for p in _proposals(body, lang)]


# -- item 6: articles whose files share a name

def test_articles_whose_files_share_a_name_get_sources_of_their_own(tmp_path):
    body = "Unas 20.000 personas marcharon en Madrid, según los organizadores."
    paths = [_article(tmp_path / f"d{n}" / "nota.txt", outlet, body, title="Marcha en Madrid")
             for n, outlet in [(1, "El País"), (2, None), (3, None)]]
    files, count = extract_project(paths, "es")
    claims = _claims(files)
    owners = [sid for sid, cs in claims.items() for c in cs if c["value"].endswith("20.000 personas")]
    assert count == 3 and len(owners) == 3 and len(set(owners)) == 3, owners
    notes = [c["note"] for sid, cs in claims.items() if sid != "organizadores" for c in cs]
    assert len(notes) == 2 and all("merge the two if they are one body" in n for n in notes), notes
    assert all("d1" in n for n in notes), notes      # the other article by its path, not by the name all share


# -- item 7: "12 people or 15 people" is one figure, the range SPEC §4 reads "A or B" as

@pytest.mark.parametrize("lang, body, value", [
    ("en", "The quake killed 12 people or 15 people, depending on the count, officials said.",
     "12 people or 15 people"),
    ("es", "El sismo mató a 12 personas o 15 personas, según el recuento, informó la policía.",
     "12 personas o 15 personas"),
])
def test_a_figure_given_as_two_alternatives_with_its_noun_twice_is_one_figure(lang, body, value):
    assert [p.value for p in _proposals(body, lang)] == [value]
