"""Draft topics: claims that count the same thing share one, so the report relates them."""
from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner

from reconcile.cli.main import main
from reconcile.extract import parse_article, propose
from reconcile.pipeline import run

ARTICLE = ("url: https://www.example-news.com/2019/03/07/defections\ntitle: Soldiers leave the army\n"
           "date: 2019-03-07\n\n"
           "More than 500 soldiers have crossed into Colombia, the migration agency said on Thursday. "
           "Meanwhile, the defence minister, Juan Pérez, said that more than 100 soldiers have defected. "
           "Pérez referred to the 109 soldiers in an interview with a television channel. "
           "The army employs between 95,000 and 150,000 soldiers. "
           "At least 30 people died and 200 people were injured in the clashes, the Red Cross said.")


def _extract(tmp_path, text):
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        result = CliRunner().invoke(main, ["extract", str(article), "--output", str(out)])
    assert result.exit_code == 0, result.output
    claims = {}
    for path in (out / "sources").glob("*.yaml"):
        if not path.name.startswith("_"):
            for claim in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]:
                claims[claim["value"]] = claim
    return out, claims


def test_counts_of_one_population_share_a_topic_whatever_their_criterion(tmp_path):
    out, claims = _extract(tmp_path, ARTICLE)
    crossed, defected, named_again = claims["More than 500"], claims["more than 100"], claims["109"]
    assert crossed["criterion"] != defected["criterion"]
    assert crossed["topic"] == defected["topic"] == named_again["topic"]
    # the report relates them as different counting rules, not as a contradiction
    report = yaml.safe_load(run([str(out)], format="json"))
    pair = {crossed["id"], named_again["id"]}
    related = [f["kind"] for f in report["findings"] if set(f["claims"]) == pair]
    assert related == ["scope-difference"]
    assert report["summary"]["findings"].get("conflict", 0) == 0


def test_a_figure_named_again_takes_the_criterion_its_claimant_gave_it(tmp_path):
    _, claims = _extract(tmp_path, ARTICLE)
    named_again = claims["109"]
    assert named_again["criterion"] == claims["more than 100"]["criterion"]
    assert "counted just before" in named_again["note"]


def test_a_count_with_no_criterion_and_people_in_general_stay_apart(tmp_path):
    _, claims = _extract(tmp_path, ARTICLE)
    size = claims["between 95,000 and 150,000"]
    assert "criterion" not in size
    assert size["topic"] != claims["More than 500"]["topic"]   # else the same scope as every count
    dead, injured = claims["At least 30 people"], claims["200 people"]
    assert dead["criterion"] != injured["criterion"]
    assert dead["topic"] != injured["topic"]


def _one(text, lang=None):
    return propose(parse_article(text, "a.txt"), lang)


def test_a_list_of_counted_nouns_past_a_demonym_is_read_whole():
    (p,) = _one("Según la agencia, más de 500 soldados venezolanos y policías cruzaron la frontera.", "es")
    assert p.population == ["police", "soldiers"]


def test_a_measure_gets_what_it_measures():
    proposals = _one("title: Earthquake strikes the valley\ndate: 2031-04-25\n\n"
                     "The earthquake struck at a depth of 15 km, the survey said. "
                     "At least 900 people died, the ministry said.")
    depth, toll = proposals
    assert depth.criterion == "hypocentre-depth"
    assert toll.criterion == "dead" and toll.as_of == "2031-04-25"   # the article's day


def test_a_number_in_the_speakers_own_description_is_no_claim():
    assert [p.value for p in _one("One defected soldier told a television channel that the army "
                                  "would punish them.")] == []
    said = _one("Three officials said 40 people died in the fire.")
    # unnamed officials, however many, are no one named: the publication's (GUIDE, "Unnamed officials"; SPEC §6
    # `--source`), as "Officials said" is
    assert [(p.value, p.claimant) for p in said] == [("40 people", None)]
    dijo = _one("Dos policías heridos dijeron que 12 personas murieron.", "es")
    assert [p.value for p in dijo] == ["12 personas"]
