"""Abbreviations of infobox and encyclopedic copy do not end a sentence: "incl.", "excl.",
"ca.", "esp.", "p. ej.". Invented text."""
import pytest

from reconcile.quantities.running import sentences


@pytest.mark.parametrize("text, lang, first", [
    ("Deaths: 85 (incl. 12 children). Another line.", "en", "Deaths: 85 (incl. 12 children)."),
    ("Some 300 died, excl. 40 still missing. Then rain fell.", "en", "Some 300 died, excl. 40 still missing."),
    ("Acudieron ca. 300 vecinos. Luego llovió.", "es", "Acudieron ca. 300 vecinos."),
    ("Hubo daños, p. ej. 40 casas. Luego llovió.", "es", "Hubo daños, p. ej. 40 casas."),
    ("Floods hit the region, esp. 12 villages near the river. Then it stopped.", "en",
     "Floods hit the region, esp. 12 villages near the river."),
])
def test_abbreviation_does_not_end_a_sentence(text, lang, first):
    assert sentences(text, lang)[0].text == first


def test_a_state_written_ca_ends_a_sentence():
    """ "Ca." with its capital is California's, not "circa" (found by the session's review)."""
    found = [s.text for s in sentences("Fires raged near San Diego, Ca. 12 homes burned.", "en")]
    assert found == ["Fires raged near San Diego, Ca.", "12 homes burned."]
