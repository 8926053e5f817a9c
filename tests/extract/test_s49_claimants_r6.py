"""Session 49, XA6: extract's claimant (issue 14, round six): N6's claimant deviations and dev9's source misses.

Every sentence here is invented, in the constructions of the texts it stands for: a verb of saying before a clause
("X highlighted that"), a count with its participle ("1,200 cases of X reported"), a long role whose place of
service runs into its holder's name.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _claimants(body: str, lang: str | None = None) -> dict[str, str | None]:
    raw = f"title: Report\ndate: 2023-10-09\n\n{body}\n"
    return {p.value: p.claimant for p in propose(parse_article(raw, "wire.txt"), lang)}


# --- N6 D10: any verb in the past before a clause of what was said ---------------------------------------------
@pytest.mark.parametrize("body, value, who", [
    ("Moreno highlighted that over 40,000 of the travellers were children.", "over 40,000", "Moreno"),
    ("The governor underlined that 300 families had lost their homes.", "300", "governor"),
])
def test_a_verb_in_the_past_before_that_names_its_speaker(body, value, who):
    assert _claimants(body, "en")[value] == who


# --- N6 D8: a participle after its count is no verb of the name before it --------------------------------------
@pytest.mark.parametrize("body, value, who", [
    ("The camp faces an outbreak, with over 900 cases of Cholera B reported, including four deaths.", "over 900",
     None),
    ("The camp faces an outbreak, with over 900 cases of Cholera B reported, including four deaths.", "four", None),
    ("There were 70 deaths confirmed by the Ministry of Health.", "70", "Ministry of Health"),
])
def test_a_participle_after_its_count_makes_no_claimant_of_the_disease(body, value, who):
    assert _claimants(body, "en")[value] == who


# --- N6 D10: a long role, the place it serves, then its holder -------------------------------------------------
@pytest.mark.parametrize("body, value", [
    ("UNICEF's appointed regional emergency liaison officer in Kenya Mary Wanjiru said 15,000 children had arrived.",
     "15,000"),
    ("'We expect 15,000 more arrivals,' UNICEF's appointed regional emergency liaison officer in Kenya Mary Wanjiru "
     "told the Daily Star on Monday.", "15,000"),
])
def test_a_role_serving_in_a_place_is_credited_to_its_holder(body, value):
    assert _claimants(body, "en")[value] == "Mary Wanjiru"


# --- dev9: a body's name set in quotes after "dado a conocer por", "según" --------------------------------------
@pytest.mark.parametrize("body, value, who", [
    ("En el balance dado a conocer por la «Oficina Nacional de Emergencias» (Onemi) de Chile, se contaron 9 muertes.",
     "9", "Oficina Nacional de Emergencias"),
    ('Según el "Comité de Crisis" de Lima, hubo 9 muertes.', "9", "Comité de Crisis de Lima"),
])
def test_a_body_named_in_quotes_is_the_claimant(body, value, who):
    assert _claimants(body, "es")[value] == who


def test_a_quoted_sentence_after_the_verb_is_no_name():
    assert _claimants('The mayor told "We have 300 dead" to reporters.', "en")["300"] == "mayor"
