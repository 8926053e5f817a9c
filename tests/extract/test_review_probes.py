"""Ordinary sentences that rules of this session first got wrong (found by a review with
invented probes): the gapped-speaker pattern (rewritten so that it no longer slows down on runs
of spaces), "per" of a rate read as a credit, adjectives in -ed read as verbs, and a
department that shares an ocean's name."""
from reconcile.extract import Article, propose
from reconcile.extract.attr_subjects import GAPPED as _GAPPED  # moved out of attribution.py (session 42)


def _one(text: str):
    found = propose(Article(text=text, date="2024-05-10"))
    assert len(found) == 1, found
    return found[0]


def test_the_gapped_speaker_still_names_its_speaker():
    spanish = "Los organizadores calcularon 100.000 y la Guardia Urbana, 40.000."
    assert [m.group("who") for m in _GAPPED.finditer(spanish)] == ["la Guardia Urbana"]
    assert [m.group("who") for m in _GAPPED.finditer("Police said 20,000 and organisers, 100,000.")] == ["organisers"]


def test_per_of_a_rate_in_brackets_is_no_credit():
    assert _one("The outbreak killed 300 people (per day at its peak) in March.").claimant is None
    assert _one("Some 613 died (per Azerbaijani government).").claimant == "Government of Azerbaijan"


def test_an_adjective_in_ed_keeps_its_counted_noun():
    assert list(_one("About 3,000 reported cases of fraud were heard, the court said.").population) == ["cases"]
    assert list(_one("Some 500 returned migrants were housed in tents.").population) == ["migrants"]


def test_a_department_named_like_an_ocean_is_a_place_unless_written_as_the_ocean():
    assert _one("En Atlántico hay 1.200 damnificados por las lluvias.").place == "Atlántico"
    assert _one("Hubo 5 muertos en el departamento del Atlántico.").place == "Atlántico"
    assert _one("El huracán afectó la cuenca del Atlántico y dejó 11.374 muertos en Honduras.").place == "HN"


def test_an_english_demonym_gives_the_countrys_english_name():
    from reconcile.extract.speakers import government_of
    from reconcile.model.names import slugify

    assert government_of("Jordanian authorities") == "Government of Jordan"          # was "of Jordania"
    assert government_of("Palestinian officials") == "Government of Palestine"       # was "of Palestina"
    assert government_of("Italian government") == "Government of Italy"              # was "of Italia"
    assert government_of("Dominican authorities") == "Government of Dominican Republic"   # was Dominica
    assert government_of("Syrian government") == "Government of Syria"
    assert slugify(government_of("las autoridades azerbaiyanas")) == "gobierno-de-azerbaiyan"   # Spanish stays Spanish


def test_a_place_after_and_is_the_next_figures_place_not_its_speaker():
    text = "The storm killed 12 people in Cuba, officials said, and Jamaica, 3."
    found = propose(Article(text=text, date="2024-05-10"))
    three = [p for p in found if p.value == "3"]
    assert len(three) == 1 and three[0].claimant is None and three[0].place == "JM"   # was claimant Jamaica, CU


def test_legend_or_tradition_states_no_figure():
    assert _one("According to local legend, 300 monks built the bridge.").claimant is None    # was 'local legend'
    assert _one("Según la tradición, 300 monjes construyeron el puente.").claimant is None    # was 'tradición'
