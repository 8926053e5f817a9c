"""Session 44 (X5), "up to" / "hasta" after a verb of change names the level the figure reached, not a ceiling:
"the toll went up to 94" is 94, as "rose to 94" and "subió hasta 94" are; "up to 94 people may have died" is still
at most 94. Invented sentences."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.quantities.running import quantities_in_text


def _read(sentence: str, lang: str | None = None) -> list[tuple[str, float | None, float | None, str]]:
    return [(q["text"], q["lower"], q["upper"], q["qualifier"]) for q in quantities_in_text(sentence, lang)]


@pytest.mark.parametrize("sentence, lang", [
    ("The death toll went up to 94 on Monday.", "en"),
    ("The toll has gone up to 94.", "en"),
    ("The number of dead rose up to 94, officials said.", "en"),
    ("Deaths climbed up to 94 overnight.", "en"),
    ("The count increased up to 94.", "en"),
    ("La cifra subió hasta 94.", "es"),
    ("El número de muertos aumentó hasta 94.", "es"),
    ("La cifra de víctimas se elevó hasta 94.", "es"),
])
def test_up_to_after_a_verb_of_change_is_the_level_reached(sentence, lang):
    assert _read(sentence, lang) == [("94", 94, 94, "exact")]


@pytest.mark.parametrize("sentence, lang, text", [
    ("Up to 94 people may have died in the floods.", "en", "Up to 94 people"),
    ("The shelters can hold up to 94 people.", "en", "up to 94 people"),
    ("Hasta 94 personas podrían haber muerto.", "es", "Hasta 94 personas"),
])
def test_up_to_with_no_change_before_it_is_still_at_most(sentence, lang, text):
    assert _read(sentence, lang) == [(text, None, 94, "at-most")]


def test_a_proposed_toll_that_went_up_to_a_figure_is_that_figure():
    text = ("url: https://example.org/a\ntitle: Floods\noutlet: Wire\ndate: 2031-08-19\n\n"
            "The death toll from the floods went up to 94, the disaster agency said on Tuesday.")
    assert [p.value for p in propose(parse_article(text, "a.txt"))] == ["94"]


@pytest.mark.parametrize("sentence", [
    "The death toll is expected to rise to up to 500 people.",
    "The toll could go up to 500 people.",
    "Officials fear the number may rise up to 500.",
])
def test_up_to_after_a_change_to_come_is_still_at_most(sentence):
    assert [q[1:] for q in _read(sentence, "en")] == [(None, 500, "at-most")]
