"""Session 39: what new users found against SPEC §5 and §6. A scope difference between two values apart
("more than 500" crossed against "109" expelled: SPEC's own "500 vs 109: gap 391, ratio 4.6") had no gap,
so the reports for people, largest gaps first, listed it after every regional part and folded it away."""
from __future__ import annotations

import json

from click.testing import CliRunner

from conftest import TOPIC, claim
from reconcile.cli.main import main


def _run(maker, fmt: str = "json") -> str:
    result = CliRunner().invoke(main, ["report", str(maker.root), "--no-validate", "--fail-on", "never",
                                       "--no-color", "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.stdout


def _differences(maker) -> list[dict]:
    return [f for f in json.loads(_run(maker))["findings"] if f["kind"] == "scope-difference"]


def test_a_scope_difference_of_two_values_apart_has_their_gap_and_ratio(make_project):
    maker = make_project()
    maker.source("mc", claim(id="mc1", population=["soldiers", "police"], criterion="crossed", place="CO",
                             as_of="2019-03-07", value="more than 500"), name="MC")
    maker.source("md", claim(id="md1", population=["soldiers"], criterion="expelled", place="VE",
                             as_of="2019-03-06", value="109"), name="MD")
    (finding,) = _differences(maker)
    assert (finding["gap"], finding["ratio"]) == (391, 4.6)


def test_each_side_of_a_scope_difference_is_measured_as_a_whole(make_project):
    """"3" against "more than 100" and "109": the nearest bounds are 3 and 100."""
    maker = make_project()
    maker.source("mc", claim(id="mc1", population=["soldiers"], criterion="crossed", value="3"), name="MC")
    maker.source("md", claim(id="md1", population=["soldiers"], criterion="expelled", value="more than 100"),
                 claim(id="md2", population=["soldiers"], criterion="expelled", value="109"), name="MD")
    (finding,) = _differences(maker)
    assert finding["claims"] == ["mc1", "md1", "md2"]
    assert (finding["gap"], finding["ratio"]) == (97, 33.3)


def test_a_scope_difference_whose_sides_interleave_has_no_gap(make_project):
    """10 and 1,000 on one side, 500 on the other: each pair is apart, the two sides are not."""
    maker = make_project()
    maker.source("a", claim(id="a1", population=["soldiers"], criterion="crossed", value="10"),
                 claim(id="a2", population=["soldiers"], criterion="crossed", value="1000"), name="A")
    maker.source("b", claim(id="b1", population=["soldiers"], criterion="expelled", value="500"), name="B")
    (finding,) = _differences(maker)
    assert finding["claims"] == ["a1", "a2", "b1"]
    assert (finding["gap"], finding["ratio"]) == (None, None)


def test_reports_for_people_list_the_widest_scope_difference_first(make_project):
    """The seed's shape: a total and its regional parts, all against one figure of another scope. The
    total's scope difference (gap 391) had come after the parts' (ids before it) and was folded away."""
    maker = make_project()
    scope = dict(population=["soldiers", "police"], criterion="crossed", as_of="2019-03-07")
    regions = ["CO-ANT", "CO-NSA", "CO-ARA", "CO-LAG", "CO-BOY", "CO-CUN", "CO-VAC", "CO-NAR"]
    parts = [claim(id=f"a-part-{n}", place=region, value=str(n), part_of="z-total", **scope)
             for n, region in enumerate(regions, start=1)]
    maker.source("mc", claim(id="z-total", place="CO", value="more than 500", **scope), *parts, name="MC")
    maker.source("md", claim(id="md1", population=["soldiers"], criterion="expelled", place="VE",
                             as_of="2019-03-06", value="109"), name="MD")
    for fmt in ("text", "markdown"):
        out = _run(maker, fmt)
        first = out.index("scope-difference", out.index("z-total") + 1)   # the first finding, past the claims
        assert "(z-total" in out[first:first + 400], fmt


def test_the_text_report_puts_each_note_and_line_beside_its_own_claim(make_project):
    """Two parts sharing one quote, each with its note: the text report had listed "p-gua, p-ori (...:5)" and
    both notes unlabelled, p-ori's line lost (SPEC §3: a note is shown beside its claim in every format)."""
    maker = make_project()
    quote = "Orinoquía (46), Guajira (30)"
    maker.source("mc", claim(id="tot", place="CO", value="more than 50"),
                 claim(id="p-ori", place="CO", value="46", part_of="tot", quote=quote, note="region is Orinoquía"),
                 claim(id="p-gua", place="CO-LAG", value="30", part_of="tot", quote=quote, note="confirmed by phone"),
                 name="MC")
    text = " ".join(_run(maker, "text").split())
    assert "p-gua, p-ori (MC; sources/mc.yaml lines " in text
    assert "Note (p-ori): region is Orinoquía" in text and "Note (p-gua): confirmed by phone" in text


def test_a_part_outside_its_totals_scope_is_named(make_project):
    """Parts of another population or a later date had been summed into the total without a word, and a sum
    above it blamed on double counting."""
    maker = make_project({"id": TOPIC, "unit": "people", "cumulative": True})
    scope = dict(population=["soldiers"], as_of="2019-03-07")
    maker.source("a", claim(id="tot", place="CO", value=500, **scope),
                 claim(id="p1", place="CO-NSA", value=300, part_of="tot", **scope),
                 claim(id="p2", population=["police"], place="CO-ARA", as_of="2019-03-07", value=150, part_of="tot"),
                 claim(id="p3", population=["soldiers"], place="VE", as_of="2019-04-30", value=100, part_of="tot"),
                 name="A")
    (finding,) = [f for f in json.loads(_run(maker))["findings"] if f["kind"] == "breakdown-conflict"]
    assert "p2 (population), p3 (place, as_of) are not within the total's scope" in finding["explanation"]
    assert "double-counted" not in finding["explanation"]


def test_parts_within_their_totals_scope_are_not_named(make_project):
    maker = make_project()
    scope = dict(population=["soldiers"], as_of="2019-03-07")
    maker.source("a", claim(id="tot", place="CO", value="1000", **scope),
                 claim(id="p1", place="CO-NSA", value=300, part_of="tot", **scope),
                 claim(id="p2", place="CO-ARA", value=150, part_of="tot", population=["soldiers"]), name="A")
    (finding,) = [f for f in json.loads(_run(maker))["findings"] if f["kind"] == "breakdown-consistent"]
    assert finding["explanation"].endswith('which fits the total "1000".')   # not '"1000" 1,000'
