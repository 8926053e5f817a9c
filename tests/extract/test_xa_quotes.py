"""A quote that runs over sentences, and a dialogue's dash before the verb.

Invented sentences, English and Spanish (none copied from the data set).
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.project import Draft, KnownSources, draft_project
from reconcile.extract.attr_quotes import quote_speaker


def _by_source(body: str, tmp_path) -> dict[str, str]:
    """value -> the id of the source file it is written to."""
    article = parse_article(f"date: 2011-03-14\n\n{body}\n", str(tmp_path / "news.txt"))
    draft = Draft()
    draft_project(draft, article, propose(article), KnownSources(None), None)
    return {str(claim["value"]): source_id for source_id, entry in draft.sources.items() for claim in entry["claims"]}


@pytest.mark.parametrize("body, who", [
    ('"We have 45 dead. Another 120 are injured," Interior Minister Lena Berg said.', "lena-berg"),
    ('"Tenemos 45 muertos. Hay otros 120 heridos", afirmó la ministra del Interior, Lena Berg.', "lena-berg"),
    ("«Tenemos 45 muertos. Hay otros 120 heridos», afirmó el ministro del Interior.", "ministro-del-interior"),
])
def test_the_first_sentence_of_a_quote_is_its_speakers(body, who, tmp_path):
    got = _by_source(body, tmp_path)
    assert got["45"] == who and got["120"] == who


def test_a_quote_with_no_speaker_after_it_stays_the_outlets(tmp_path):
    got = _by_source('"We have 45 dead. Another 120 are injured." The storm hit on Monday.', tmp_path)
    assert got["45"] == "news"


@pytest.mark.parametrize("texts, want", [
    (['"We have 45 dead.', 'Another 120 are injured," the mayor said.'], "mayor"),
    (['"We have 45 dead.', 'It is terrible."', 'The mayor said so.'], None),
    (["We have 45 dead.", 'Another 120 are injured," the mayor said.'], None),   # no quote opens
])
def test_quote_speaker(texts, want):
    assert quote_speaker(texts, 0) == want


@pytest.mark.parametrize("body, value, who", [
    ("—Hay 45 muertos —dijo el alcalde.", "45", "alcalde"),
    ("—Hay 45 muertos —dijo la alcaldesa Lena Berg—, y faltan otros 12.", "12", "Lena Berg"),
])
def test_a_dialogue_dash_before_the_verb(body, value, who):
    raw = f"date: 2011-03-14\n\n{body}\n"
    assert {p.value: p.claimant for p in propose(parse_article(raw, "news.txt"))}[value] == who
