"""Loading: YAML, CSV and XLSX claims with file:line, and every bad-input error."""
from __future__ import annotations

import json
import math

import pytest

import reconcile
from reconcile.errors import ReconcileError
from conftest import TOPIC, claim
from reconcile.errors import InputError, QuantityError


def load(maker):
    return reconcile.normalize(reconcile.read([maker.root]))


def error_of(maker) -> InputError:
    with pytest.raises((InputError, QuantityError)) as info:
        load(maker)
    return info.value


SOURCE_YAML = """\
source:
  id: mindef
  name: Ministry of Defence
  aliases: [Padrino López]
  kind: government
claims:
  - id: m1
    topic: defections
    population: [soldiers]
    criterion: expelled-by-ministry
    place: Norte de Santander
    as_of: 7 de marzo de 2019
    value: 1.200
    lang: es
    quote: "«109 expulsados»"
"""


def test_a_yaml_claim_keeps_its_file_line_and_normalized_fields(make_project):
    maker = make_project()
    maker.write("sources/mindef.yaml", SOURCE_YAML)
    project, frame = load(maker)
    row = frame.iloc[0]
    assert (row["file"], row["line"]) == ("sources/mindef.yaml", 7)
    assert row["place"] == "CO-NSA"
    assert row["as_of"] == "2019-03-07"
    assert row["lower"] == row["upper"] == 1200  # "1.200" read as written, in Spanish
    assert row["population"] == ("soldiers",)
    assert project.sources["mindef"].aliases == ("Padrino López",)


def test_unknown_claim_field_names_file_line_and_known_fields(make_project):
    maker = make_project()
    maker.write("sources/mindef.yaml", SOURCE_YAML.replace("    place:", "    plaec:"))
    error = error_of(maker)
    assert error.file == "sources/mindef.yaml" and error.line == 11
    assert 'unknown field "plaec"' in str(error) and "known fields: id, topic" in str(error)


def test_unknown_source_field_is_an_error(make_project):
    maker = make_project()
    maker.write("sources/mindef.yaml", SOURCE_YAML.replace("  kind: government", "  knd: government"))
    assert 'unknown field "knd"' in str(error_of(maker))


@pytest.mark.parametrize("missing", ["topic", "value"])
def test_missing_required_claim_field_is_an_error(make_project, missing):
    maker = make_project()
    maker.source("a", {k: v for k, v in claim(id="a1", value=5).items() if k != missing})
    error = error_of(maker)
    assert f'missing required field "{missing}"' in str(error) and error.field == missing


def test_missing_source_name_is_an_error(make_project):
    maker = make_project()
    maker.write("sources/a.yaml", {"source": {"id": "a"}})
    assert 'missing required field "name"' in str(error_of(maker))


def test_duplicate_claim_ids_are_an_error_naming_both_places(make_project):
    maker = make_project()
    maker.source("a", claim(id="x", value=1))
    maker.source("b", claim(id="x", value=2))
    error = error_of(maker)
    assert 'duplicate claim id "x"' in str(error) and "sources/a.yaml:" in str(error)
    assert error.file == "sources/b.yaml"


def test_part_of_naming_nothing_is_an_error(make_project):
    maker = make_project()
    maker.source("a", claim(id="p", value=1, part_of="nope"))
    error = error_of(maker)
    assert 'part_of "nope" names no claim' in str(error) and error.field == "part_of"


def test_via_with_a_typo_of_a_declared_source_is_an_error(make_project):
    maker = make_project()
    maker.source("business-insider", name="Business Insider", kind="media")
    maker.source("a", claim(id="p", value=1, via="busines-insider"))
    error = error_of(maker)
    assert 'via "busines-insider" names no known source' in str(error) and "business-insider" in error.hint


def test_via_naming_an_undeclared_outlet_is_an_error_saying_how_to_declare_it(make_project):
    maker = make_project()
    maker.source("a", claim(id="p", value=1, via="Nowhere News"))
    error = error_of(maker)
    assert 'via "Nowhere News" names no known source' in str(error) and error.field == "via"
    assert error.hint.startswith('declare it in sources/nowhere-news.yaml (source: {id: nowhere-news, '
                                 'name: "Nowhere News"})')


def test_a_cites_typo_is_an_error_not_a_new_origin(make_project):
    """cites: aa for a would make a third origin and hide circular reporting."""
    maker = make_project()
    maker.source("a", claim(id="a1", value=5))
    maker.source("b", claim(id="b1", value=5, cites="aa"))
    error = error_of(maker)
    assert 'cites "aa" names no known source' in str(error) and 'did you mean "a"' in error.hint


def test_claim_files_of_a_project_know_the_other_sources(make_project):
    maker = make_project()
    maker.source("business-insider", name="Business Insider", kind="media")
    path = maker.source("a", claim(id="p", value=1, via="business-insider")).root / "sources" / "a.yaml"
    project, frame = reconcile.normalize(reconcile.read([path]))
    assert list(frame["id"]) == ["p"] and "business-insider" in project.sources


def test_via_resolves_a_source_alias_to_its_id(make_project):
    maker = make_project()
    maker.source("business-insider", aliases=["BI"], name="Business Insider", kind="media")
    maker.source("a", claim(id="p", value=1, via="Business Insider"), claim(id="q", value=2, via="bi"))
    _, frame = load(maker)
    assert set(frame["via"]) == {"business-insider"}


def test_local_names_for_an_iso_place_are_aliases_in_places_yaml(make_project):
    """pycountry names CO-DC "Distrito Capital de Bogotá"; a newsroom writes Bogotá."""
    maker = make_project()
    maker.places({"id": "CO-DC", "aliases": ["Bogotá", "Santa Fe de Bogotá"]})
    maker.source("a", claim(id="p", value=46, place="Bogota"), claim(id="q", value=500, place="CO"))
    project, frame = load(maker)
    assert frame.set_index("id").loc["p", "place"] == "CO-DC"
    from reconcile.model.names import PlaceIndex

    assert PlaceIndex(project.places.values()).contains("CO", "CO-DC")  # still inside Colombia


def test_an_iso_place_named_in_lower_case_is_the_same_place(make_project):
    maker = make_project()
    maker.places({"id": "ve", "aliases": ["Venezuela bolivariana"]})
    maker.source("a", claim(id="p", value=1, place="VE"), claim(id="q", value=2, place="Venezuela bolivariana"))
    assert set(load(maker)[1]["place"]) == {"VE"}


def test_unknown_place_is_an_error_with_the_fix(make_project):
    maker = make_project()
    maker.source("a", claim(id="p", value=1, place="Atlantis"))
    error = error_of(maker)
    assert 'unknown place "Atlantis"' in str(error) and "_places.yaml" in str(error)


def test_declared_places_resolve_by_alias(make_project):
    maker = make_project()
    maker.places({"id": "CO-ORI", "name": "Regional Orinoquía", "aliases": ["Orinoquía"], "parent": "CO"})
    maker.source("a", claim(id="p", value=46, place="orinoquia"))
    _, frame = load(maker)
    assert frame.loc[0, "place"] == "CO-ORI"


def test_a_declared_place_may_not_take_an_iso_code(make_project):
    maker = make_project()
    maker.places({"id": "CO-NSA", "name": "Mine"})
    assert "is an ISO 3166 code" in str(error_of(maker))


@pytest.mark.parametrize("value", ["2019-02-30", "last Thursday", "07/03/2019"])
def test_a_bad_date_is_an_error(make_project, value):
    maker = make_project()
    maker.source("a", claim(id="p", value=1, as_of=value))
    error = error_of(maker)
    assert "bad date in as_of" in str(error) and error.field == "as_of"


def test_unknown_topic_is_an_error_listing_known_topics(make_project):
    maker = make_project()
    maker.source("a", claim(id="p", value=1, topic="nope"))
    assert 'unknown topic "nope"' in str(error_of(maker))


def test_unparseable_value_names_file_line_and_text(make_project):
    maker = make_project()
    maker.source("a", claim(id="p", value="a lot of soldiers"))
    error = error_of(maker)
    assert isinstance(error, QuantityError)
    assert error.file == "sources/a.yaml" and error.line is not None and "a lot of soldiers" in str(error)


def test_invalid_yaml_names_the_line(make_project):
    maker = make_project()
    maker.write("sources/a.yaml", "source:\n  id: a\n  name: [unclosed\n")
    error = error_of(maker)
    assert error.file == "sources/a.yaml" and "invalid YAML" in str(error)


def test_a_yaml_alias_bomb_fails_fast(make_project):
    maker = make_project()
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    maker.write("sources/bomb.yaml", "source:\n  id: bomb\n  name: Bomb\n  note:\n" +
                "\n".join("    " + line for line in lines) + "\n")
    assert "alias bomb" in str(error_of(maker))


def test_yaml_anchors_and_merge_keys_work_within_budget(make_project):
    maker = make_project()
    maker.write("sources/a.yaml", """\
source: {id: a, name: A}
claims:
  - &base {id: a1, topic: defections, value: 5, population: [soldiers]}
  - <<: *base
    id: a2
    value: 6
""")
    _, frame = load(maker)
    assert list(frame["id"]) == ["a1", "a2"] and list(frame["upper"]) == [5, 6]


def test_yaml_tags_for_python_objects_are_refused(make_project):
    maker = make_project()
    maker.write("sources/a.yaml", "source: !!python/object/apply:os.system ['true']\n")
    assert "unsupported YAML tag" in str(error_of(maker))


def test_a_file_that_is_not_utf8_is_an_error(make_project):
    maker = make_project()
    maker.write("sources/a.yaml", "source:\n  id: a\n  name: Migraci\xf3n\n".encode("latin-1"))
    error = error_of(maker)
    assert "not UTF-8" in str(error) and error.line == 3


def test_csv_claims_carry_their_row_line(make_project):
    maker = make_project()
    maker.source("a")
    maker.write("sources/claims.csv", "source,id,topic,value,population,place,as_of\n"
                                      "a,c1,defections,more than 500,soldiers;police,CO,2019-03-07\n"
                                      "a,c2,defections,\"1,200\",soldiers,CO,2019-03-07\n")
    _, frame = load(maker)
    assert list(frame["line"]) == [2, 3]
    assert frame.loc[0, "population"] == ("police", "soldiers")
    assert frame.loc[1, "lower"] == 1200
    assert math.isnan(frame.loc[0, "upper"])


def test_csv_unknown_column_is_an_error(make_project):
    maker = make_project()
    maker.source("a")
    maker.write("sources/claims.csv", "source,topic,value,plaec\na,defections,5,CO\n")
    assert 'unknown column "plaec"' in str(error_of(maker))


def test_a_source_file_may_point_at_a_table(make_project):
    maker = make_project()
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims: a-claims.csv\n")
    maker.write("sources/a-claims.csv", "id,topic,value\nc1,defections,109\n")
    _, frame = load(maker)
    assert list(frame["source"]) == ["a"] and list(frame["file"]) == ["sources/a-claims.csv"]


def test_xlsx_claims_are_read_like_csv(make_project):
    openpyxl = pytest.importorskip("openpyxl")
    maker = make_project()
    maker.source("a")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["source", "id", "topic", "value", "as_of"])
    sheet.append(["a", "x1", TOPIC, 109, "2019-03-06"])
    book.save(maker.root / "sources" / "claims.xlsx")
    _, frame = load(maker)
    assert frame.loc[0, "lower"] == 109 and frame.loc[0, "line"] == 2


def test_derived_ids_are_stable(make_project):
    maker = make_project()
    maker.source("a", claim(value=5), claim(value=6))
    first = list(load(maker)[1]["id"])
    assert first == list(load(maker)[1]["id"]) and all(i.startswith("a-") for i in first)


def test_a_sources_folder_with_topics_and_no_source_file_loads_as_an_empty_project(make_project):
    # (it was an error with a hint to run `init`, which then did nothing: N8 D6, session 43)
    maker = make_project()
    project, frame = load(maker)
    assert frame.empty and not project.sources


def test_a_sources_folder_with_nothing_in_it_is_an_error(make_project):
    maker = make_project()
    (maker.root / "sources" / "_topics.yaml").unlink()
    assert "no sources or claims found" in str(error_of(maker))


def test_sources_without_claims_yet_load_as_an_empty_project(make_project):
    maker = make_project()
    maker.source("a")
    project, frame = load(maker)
    assert frame.empty and list(project.sources) == ["a"]


CLAIM_REVIEW = """{"@context": "https://schema.org", "@graph": [
  {"@type": "ClaimReview", "claimReviewed": "More than 500 Venezuelan soldiers have fled to Colombia",
   "about": {"@type": "Thing", "identifier": "defections"},
   "itemReviewed": {"@type": "Claim", "author": {"@type": "Organization", "name": "Migración Colombia"},
                    "datePublished": "2019-03-07", "appearance": [{"@type": "CreativeWork", "url": "https://example.org/a"}]},
   "reviewRating": {"@type": "Rating", "alternateName": "Unverified"}}]}"""


def test_claimreview_json_ld_becomes_a_claim_of_its_author(make_project):
    maker = make_project()
    maker.source("migracion-colombia", name="Migración Colombia")
    maker.write("sources/reviews.jsonld", CLAIM_REVIEW)
    project, frame = load(maker)
    row = frame.iloc[0]
    assert row["source"] == "migracion-colombia" and row["topic"] == "defections"
    assert row["lower"] == 500 and row["qualifier"] == "more-than"
    assert row["stated_on"] == "2019-03-07" and row["url"] == "https://example.org/a"


def test_claimreview_without_a_topic_names_the_fix(make_project):
    maker = make_project()
    maker.write("sources/reviews.jsonld", CLAIM_REVIEW.replace('"about"', '"aboutx"'))
    error = error_of(maker)
    assert 'missing required field "topic"' in str(error) and error.file == "sources/reviews.jsonld"
    assert '"about": {"identifier": "<topic id' in error.hint   # JSON-LD advice, not YAML


def test_a_table_row_naming_an_undeclared_source_is_an_error(make_project):
    maker = make_project()
    maker.source("a")
    maker.write("sources/claims.csv", "source,topic,value\na,defections,5\nzzz,defections,6\n")
    error = error_of(maker)
    assert 'source "zzz" is not declared' in str(error) and error.line == 3


def test_a_csv_row_with_an_extra_cell_is_an_error(make_project):
    maker = make_project()
    maker.source("a")
    maker.write("sources/claims.csv", "source,topic,value\na,defections,5,extra\n")
    error = error_of(maker)
    assert "cells" in str(error) and error.line == 2


def test_a_duplicated_csv_column_is_an_error(make_project):
    maker = make_project()
    maker.source("a")
    maker.write("sources/claims.csv", "source,topic,value,value\na,defections,5,6\n")
    assert 'column "value" appears twice' in str(error_of(maker))


def test_an_unterminated_csv_quote_is_an_error(make_project):
    maker = make_project()
    maker.source("a")
    maker.write("sources/claims.csv", 'source,topic,value\na,defections,"5\n')
    assert "invalid CSV" in str(error_of(maker))


def test_an_unquoted_impossible_date_names_its_field(make_project):
    maker = make_project()
    maker.write("sources/a.yaml",
                "source: {id: a, name: A}\nclaims:\n  - {topic: defections, value: 5, as_of: 2019-02-30}\n")
    error = error_of(maker)
    assert "bad date in as_of" in str(error) and error.field == "as_of"


@pytest.mark.parametrize("claims, message", [
    ([claim(id="x", value=5, part_of="x")], "a part of itself"),
    ([claim(id="x", value=5, part_of="y"), claim(id="y", value=6, part_of="x")], "a part of itself"),
])
def test_breakdown_loops_are_errors(make_project, claims, message):
    maker = make_project()
    maker.source("a", *claims)
    assert message in str(error_of(maker))


def test_a_chain_that_runs_into_a_loop_names_the_first_claim_of_the_file_in_it(make_project):
    chain = [claim(id="a", value=1, part_of="b"), claim(id="b", value=2, part_of="c"),
             claim(id="c", value=3, part_of="b"), claim(id="d", value=4)]
    error = error_of(make_project().source("s", *chain))
    assert 'part_of makes "a" a part of itself (b is already in its chain)' in str(error)
    assert error.line is not None and error.field == "part_of"


def test_a_long_chain_of_parts_without_a_loop_is_fine(make_project):
    depth = 50  # deeper than the steps followed at once before walking one by one
    chain = [claim(id=f"level-{i}", value=1000 - i, part_of=f"level-{i - 1}" if i else None) for i in range(depth)]
    maker = make_project().source("s", *chain)
    assert len(load(maker)[1]) == depth


def test_a_claim_id_with_a_space_is_an_error(make_project):
    error = error_of(make_project().source("s", claim(id="ok", value=1), claim(id="two words", value=2)))
    assert 'claim id "two words" contains spaces' in str(error) and error.field == "id"


def test_a_part_of_another_source_is_an_error(make_project):
    maker = make_project()
    maker.source("a", claim(id="total", value=500))
    maker.source("b", claim(id="part", value=5, part_of="total"))
    assert "claim of another source" in str(error_of(maker))


def test_a_part_of_another_topic_is_an_error(make_project):
    maker = make_project()
    maker.topics({"id": TOPIC}, {"id": "other"})
    maker.source("a", claim(id="total", value=100), claim(id="part", topic="other", value=300, part_of="total"))
    assert "claim of another topic" in str(error_of(maker))


def test_claims_differing_only_in_their_quote_get_different_derived_ids(make_project):
    maker = make_project()
    maker.source("a", claim(value=5, quote="one"), claim(value=5, quote="two"))
    assert load(maker)[1]["id"].nunique() == 2


def test_the_same_claim_written_twice_without_ids_says_so(make_project):
    maker = make_project()
    maker.source("a", claim(value=5), claim(value=5))
    assert "the same claim is written twice" in str(error_of(maker))


@pytest.mark.parametrize("topic, message", [
    ({"id": TOPIC, "bounds": [100, 0]}, "reversed"),
    ({"id": TOPIC, "date_tolerance_days": -3}, "0 or more"),
])
def test_bad_topic_declarations_are_errors(make_project, topic, message):
    maker = make_project(topic)
    maker.source("a", claim(value=5))
    assert message in str(error_of(maker))


def test_places_in_a_loop_are_an_error(make_project):
    maker = make_project()
    maker.places({"id": "XA-ONE", "name": "One", "parent": "XA-TWO"},
                 {"id": "XA-TWO", "name": "Two", "parent": "XA-ONE"})
    maker.source("a", claim(value=5))
    assert "loop" in str(error_of(maker))


@pytest.mark.parametrize("review", [
    '{"@type": "ClaimReview", "claimReviewed": 500, "itemReviewed": {"author": {"name": "A"}}}',
    '{"@type": "ClaimReview", "claimReviewed": "500", "itemReviewed": "A said so"}',
])
def test_malformed_claimreviews_are_errors_not_tracebacks(make_project, review):
    maker = make_project()
    maker.write("sources/reviews.jsonld", review)
    assert "ClaimReview #1" in str(error_of(maker))


def test_spanish_country_names_resolve():
    from reconcile.model.names import PlaceIndex

    places = PlaceIndex()
    assert [places.resolve(n) for n in ("Brasil", "Estados Unidos", "España")] == ["BR", "US", "ES"]


def test_without_lang_the_quote_tells_the_language_of_the_value(make_project):
    maker = make_project()
    maker.source("a", claim(id="x", value="1.200", quote="Más de 1.200 militares cruzaron la frontera"))
    _, frame = load(maker)
    assert frame.loc[0, "lower"] == 1200 and frame.loc[0, "lang"] == "es"


def test_derived_ids_stay_the_same_from_release_to_release(make_project):
    """Ids derived from content are how other files and past reports name a claim: pinned."""
    maker = make_project({"id": "t", "title": "T"})
    maker.write("sources/a.yaml", 'source: {id: a, name: A}\nclaims:\n  - {topic: t, value: 5}\n'
                                  '  - {topic: t, value: "more than 7", quote: "more than 7 crossed", place: CO}\n')
    maker.write("sources/b.csv", "source,topic,value,quote\na,t,9,\na,t,10,hello\n")
    assert sorted(load(maker)[1]["id"]) == ["a-51cdbfaf5805cda0", "a-8591cf6cbb27847a", "a-87a89af398fdeff5",
                                            "a-c819459929a7e18c"]


@pytest.mark.parametrize("values", [(16684, 50640), (30560, 69203)])
def test_distinct_claims_never_share_a_derived_id(make_project, values):
    """16684 and 50640 share the 32-bit id used before (sha1[:8] of topic and value); 30560
    and 69203 did in the file of issue 11."""
    maker = make_project()
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims:\n"
                + "".join(f"  - {{topic: defections, value: {v}}}\n" for v in values))
    ids = list(load(maker)[1]["id"])
    assert len(set(ids)) == 2 and all(len(i) == len("a-") + 16 for i in ids)


def test_derived_ids_of_many_distinct_claims_are_distinct():
    """200,000 claims: 32-bit ids would share about five ids (a million: bench/bench_ids.py)."""
    import pandas as pd

    from reconcile.claims.build import ID_BASIS, derive_ids

    n = 200_000
    raw = pd.DataFrame({name: pd.Series([None] * n, dtype=object) for name in ID_BASIS})
    raw["_source"], raw["topic"] = "a", "defections"
    raw["value"] = pd.Series([str(i) for i in range(n)], dtype=object)
    assert len(set(derive_ids(raw))) == n


def test_a_field_cannot_forge_another_in_the_derived_id(make_project):
    maker = make_project()
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims:\n"
                                  '  - {topic: defections, value: 5, quote: "a|b", url: c}\n'
                                  '  - {topic: defections, value: 5, quote: a, url: "b|c"}\n')
    assert load(maker)[1]["id"].nunique() == 2


@pytest.mark.parametrize("written, kind", [("{x: 1}", "mapping"), ("[1, 2]", "list"), ("true", "yes/no value")])
def test_a_stated_value_that_is_not_one_value_is_an_error(make_project, written, kind):
    maker = make_project()
    maker.write("sources/a.yaml", f"source: {{id: a, name: A}}\nclaims:\n  - {{topic: defections, value: 5}}\n"
                                  f"  - topic: defections\n    value: {written}\n")
    error = error_of(maker)
    assert f"a stated value must be a number or text, not a {kind}" in str(error)
    assert (error.file, error.line, error.field) == ("sources/a.yaml", 5, "value")


@pytest.mark.parametrize("field, written, message", [
    ("as_of", "{x: 1}", "bad date in as_of: a mapping is not a date"),
    ("stated_on", "[2019-03-07]", "bad date in stated_on: a list is not a date"),
    ("complete", "maybe", 'complete must be true or false, not "maybe"'),
])
def test_a_field_of_the_wrong_shape_is_an_error(make_project, field, written, message):
    maker = make_project()
    maker.write("sources/a.yaml", f"source: {{id: a, name: A}}\nclaims:\n  - topic: defections\n    value: 5\n"
                                  f"    {field}: {written}\n")
    error = error_of(maker)
    assert message in str(error) and (error.line, error.field) == (5, field)


def test_complete_reads_yes_no_and_table_words(make_project):
    maker = make_project()
    maker.write("sources/a.csv",
                "source,topic,value,complete\na,defections,5,TRUE\na,defections,6,no\na,defections,7,\n")
    maker.source("a")
    assert load(maker)[1].sort_values("text")["complete"].tolist() == [True, False, False]


@pytest.mark.parametrize("quote", ['"one line; with a semicolon"', '"two\nlines; with a semicolon"'])
def test_a_semicolon_csv_as_excel_writes_it_in_spanish_reads_like_a_comma_one(make_project, quote):
    maker = make_project()
    maker.source("a")
    maker.write("sources/a.csv", f"source;topic;value;lang;quote\na;defections;1.200;es;{quote}\n"
                                 "a;defections;más de 500;es;\n")
    claims = load(maker)[1].sort_values("line")
    assert claims["lower"].tolist() == [1200, 500] and claims["line"].tolist() == [2, 3 + quote.count("\n")]
    assert "; with a semicolon" in claims["quote"].iloc[0]


def test_a_row_with_too_many_cells_names_the_separator(make_project):
    maker = make_project()
    maker.write("sources/a.csv", "source;topic;value\na;defections;1;2\n")
    assert "quote cells that contain the separator (';')" in str(error_of(maker))


def test_no_is_norway_not_false(make_project):
    """YAML 1.1 reads NO, yes, on and off as booleans; reconcile reads them as written."""
    maker = make_project({"id": "defections", "title": "D", "cumulative": "yes"})
    maker.write("sources/a.yaml", "source: {id: a, name: A, country: NO}\nclaims:\n"
                                  "  - {topic: defections, value: 5, place: NO, complete: on}\n")
    project, claims = load(maker)
    assert claims["place"].tolist() == ["NO"] and project.sources["a"].country == "NO"
    assert claims["complete"].tolist() == [True]
    assert project.topics["defections"].cumulative is True


def test_cumulative_must_be_true_or_false(make_project):
    maker = make_project({"id": "defections", "title": "D", "cumulative": "sometimes"})
    maker.source("a", claim(value=5))
    assert '"cumulative" must be true or false' in str(error_of(maker))


def test_a_tab_in_the_indentation_is_named(make_project):
    maker = make_project()
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims:\n\t- {topic: defections, value: 5}\n")
    error = error_of(maker)
    assert error.line == 3 and "YAML does not allow tabs" in error.hint


# --- ClaimReview authors, whatever the file order -------------------------------------------

def _review(author: str, value: str = "More than 500 soldiers crossed") -> str:
    return json.dumps({"@type": "ClaimReview", "claimReviewed": value, "about": {"identifier": TOPIC},
                       "itemReviewed": {"@type": "Claim", "author": {"name": author},
                                        "datePublished": "2019-03-07"}})


@pytest.mark.parametrize("name", ["aa.jsonld", "cr.jsonld", "zz.jsonld"])
@pytest.mark.parametrize("author", ["Example Agency", "The Agency", "example-agency"])
def test_a_claimreview_author_is_the_declared_source_whatever_the_file_names(make_project, name, author):
    """cr.jsonld sorts before example-agency.yaml: its author used to become a second
    "example-agency" (duplicate source id), zz.jsonld's did not."""
    maker = make_project()
    maker.source("example-agency", claim(id="e1", value=600), name="Example Agency", aliases=["The Agency"])
    maker.write(f"sources/{name}", _review(author))
    project, frame = load(maker)
    assert list(project.sources) == ["example-agency"]
    assert project.sources["example-agency"].file == "sources/example-agency.yaml"
    assert set(frame["source"]) == {"example-agency"} and len(frame) == 2


def test_a_claimreview_file_given_alone_still_resolves_its_author(make_project):
    maker = make_project()
    maker.source("example-agency", name="Example Agency")
    path = maker.write("sources/cr.jsonld", _review("Example Agency"))
    project, frame = reconcile.normalize(reconcile.read([path]))
    assert list(frame["source"]) == ["example-agency"]
    assert project.sources["example-agency"].file == "sources/example-agency.yaml"


def test_an_undeclared_claimreview_author_is_a_new_source_where_its_review_starts(make_project):
    maker = make_project()
    maker.source("example-agency", name="Example Agency")
    reviews = [json.loads(_review("Someone Else")), json.loads(_review("Someone else", "About 40 police crossed"))]
    maker.write("sources/cr.jsonld", json.dumps(reviews, indent=2))
    project, frame = load(maker)
    assert sorted(project.sources) == ["example-agency", "someone-else"]
    new = project.sources["someone-else"]
    assert (new.name, new.kind, new.file, new.line) == ("Someone Else", "other", "sources/cr.jsonld", 2)
    assert sorted(frame["line"]) == [2, 16] and set(frame["source"]) == {"someone-else"}


@pytest.mark.parametrize("review, message", [
    ('{"@type": "ClaimReview", "claimReviewed": "500", "itemReviewed": {"@type": "Claim"}}',
     "ClaimReview #2 has no itemReviewed.author"),
    ('{"@type": "ClaimReview", "claimReviewed": 500, "itemReviewed": {"author": {"name": "A"}}}',
     "ClaimReview #2: claimReviewed must be text"),
    ('{"@type": "ClaimReview", "claimReviewed": "500", "itemReviewed": "A said so"}',
     "ClaimReview #2: itemReviewed must be a Claim object"),
    ('{"@type": "ClaimReview", "claimReviewed": "5 or 6", "itemReviewed": {"author": {"name": "A"}}}',
     "ClaimReview #2: claimReviewed holds 2 quantities"),
])
def test_claimreview_errors_name_the_line_where_that_review_starts(make_project, review, message):
    maker = make_project()
    good = '{"@type": "ClaimReview", "claimReviewed": "500", "about": "defections",\n "itemReviewed": {"author": "A"}}'
    maker.write("sources/reviews.jsonld", '{"@graph": [\n' + good + ',\n\n  ' + review + "\n]}")
    error = error_of(maker)
    assert message in str(error) and (error.file, error.line) == ("sources/reviews.jsonld", 5)


def test_json_lines_finds_the_line_where_each_value_starts():
    from reconcile.sources.jsonfile import json_lines

    text = '{"a": [\n  {"b": "x,]}\\"{"},\n\n  [], {"c": [1,\n 2]}\n], "d": {}}'
    json.loads(text)
    assert json_lines(text) == {(): 1, ("a",): 1, ("a", 0): 2, ("a", 0, "b"): 2, ("a", 1): 4, ("a", 2): 4,
                                ("a", 2, "c"): 4, ("a", 2, "c", 0): 4, ("a", 2, "c", 1): 5, ("d",): 6}
    assert json_lines('{"k": {"x": 1},\n "k": 2}')[("k",)] == 2  # the value json.loads keeps


# --- declared places may not take ISO names; they need a parent ------------------------------

@pytest.mark.parametrize("place, written, codes", [
    ({"id": "CO-XX", "name": "X", "aliases": ["Colombia"], "parent": "CO"}, "Colombia", ("CO-XX", "CO")),
    ({"id": "CO-XX", "name": "X", "aliases": ["norte de santander"], "parent": "CO"}, "Norte de Santander",
     ("CO-XX", "CO-NSA")),
    ({"id": "CO-XX", "name": "X", "aliases": ["VEN"], "parent": "CO"}, "ven", ("CO-XX", "VE")),
    ({"id": "CO-XX", "name": "Venezuela", "parent": "CO"}, "Venezuela", ("CO-XX", "VE")),
    ({"id": "CO-DC", "aliases": ["Bogotá", "Colombia"]}, "colombia", ("CO-DC", "CO")),
    ({"id": "CO-ARA-ARA", "name": "Arauca", "parent": "CO-ARA"}, "Arauca", ("CO-ARA-ARA", "CO-ARA")),
])
def test_a_name_of_a_declared_place_and_of_an_iso_place_is_ambiguous_where_a_claim_uses_it(
        make_project, place, written, codes):
    """{aliases: [Colombia]} used to move every claim about Colombia into that region, silently.
    The declaration is fine (a city and its department share a name); the claim is not."""
    maker = make_project()
    maker.places(place)
    maker.source("a", claim(id="p", value=5, place=written))
    error = error_of(maker)
    assert (error.file, error.field) == ("sources/a.yaml", "place")
    assert f'place "{written}" could mean {codes[0]} (' in str(error) and f" or {codes[1]} (" in str(error)
    assert "ISO 3166" in str(error) and "sources/_places.yaml:2" in str(error)
    assert error.hint.startswith(f"write the code, e.g. place: {codes[0]}")
    maker.source("a", claim(id="p", value=5, place=codes[0]))
    assert load(maker)[1].loc[0, "place"] == codes[0]  # the code always works


def test_a_declared_place_may_not_take_an_iso_code_of_another_place_as_its_id(make_project):
    maker = make_project()
    maker.places({"id": "COL", "name": "X", "parent": "CO"})
    maker.source("a", claim(id="p", value=5))
    error = error_of(maker)
    assert (error.file, error.line, error.field) == ("sources/_places.yaml", 2, "id")
    assert 'place id "COL" already means CO (Colombia) in ISO 3166' in str(error)


def test_a_subdivision_name_iso_uses_in_several_countries_lists_them(make_project):
    maker = make_project()
    maker.source("a", claim(id="p", value=5, place="Sucre"))
    error = error_of(maker)
    assert 'could mean CO-SUC (Sucre, ISO 3166) or VE-R (Sucre, ISO 3166)' in str(error)


def test_two_declared_places_with_one_name_are_ambiguous_where_a_claim_uses_it(make_project):
    """The first used to win silently: every claim with that name went to it."""
    maker = make_project()
    maker.places({"id": "VE-X-SUC", "name": "Municipio Sucre", "parent": "VE-X"},
                 {"id": "VE-V-SUC", "name": "Municipio Sucre", "aliases": ["Sucre (Zulia)"], "parent": "VE-V"})
    maker.source("a", claim(id="p", value=5, place="municipio sucre"))
    error = error_of(maker)
    assert (error.file, error.field) == ("sources/a.yaml", "place")
    assert "could mean VE-X-SUC (Municipio Sucre, sources/_places.yaml:2) or VE-V-SUC" in str(error)
    assert error.hint.endswith("or give the declared place another name in sources/_places.yaml")
    maker.source("a", claim(id="p", value=5, place="Sucre (Zulia)"))
    assert load(maker)[1].loc[0, "place"] == "VE-V-SUC"


def test_a_place_may_give_its_own_name_again(make_project):
    maker = make_project()
    maker.places({"id": "CO-ORI", "name": "Orinoquía", "aliases": ["orinoquia", "Regional Orinoquía"], "parent": "CO"})
    maker.source("a", claim(id="p", value=5, place="Regional Orinoquía"))
    assert load(maker)[1].loc[0, "place"] == "CO-ORI"


def test_an_iso_place_may_repeat_its_own_iso_names(make_project):
    maker = make_project()
    maker.places({"id": "CO-DC", "aliases": ["Bogotá", "Distrito Capital de Bogotá", "co-dc"]})
    maker.source("a", claim(id="p", value=5, place="Bogota"))
    assert load(maker)[1].loc[0, "place"] == "CO-DC"


def test_a_declared_place_without_a_parent_is_an_error_with_the_fix(make_project):
    maker = make_project()
    maker.places({"id": "CO-YY", "name": "Y"})
    maker.source("a", claim(id="p", value=5))
    error = error_of(maker)
    assert 'place "CO-YY" has no parent' in str(error)
    assert (error.file, error.line, error.field) == ("sources/_places.yaml", 2, "parent")
    assert error.hint == "add parent: CO, the ISO code or declared place that contains it"


def test_the_repository_places_and_the_benchmark_places_load(tmp_path):
    import sys

    from conftest import REPO

    project, _ = reconcile.normalize(reconcile.read([REPO]))
    assert project.places["CO-ORT"].parent == "CO"
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from synth import generate
    finally:
        sys.path.remove(str(REPO / "bench"))
    generate(tmp_path / "synth", 200)
    project, frame = reconcile.normalize(reconcile.read([tmp_path / "synth"]))
    assert {"CO-ORT", "CO-ORI", "CO-CRB"} <= set(project.places) and len(frame) == 200


# --- errors say what to do -------------------------------------------------------------------

def test_an_impossible_date_says_how_to_write_it(make_project):
    maker = make_project()
    maker.source("a", claim(id="p", value=1, as_of="2019-02-30"))
    error = error_of(maker)
    assert "'2019-02-30' is not a real date (day is out of range for month)" in str(error)
    assert "check the day and the month, written YYYY-MM-DD" in str(error)


def test_a_duplicate_topic_id_says_where_the_first_is_and_what_to_do(make_project):
    maker = make_project()
    maker.topics({"id": TOPIC}, {"id": "other"}, {"id": TOPIC})
    maker.source("a", claim(id="p", value=1))
    error = error_of(maker)
    assert 'duplicate topic id "defections"' in str(error) and (error.line, error.field) == (4, "id")
    assert error.hint == "it is also declared at line 2: merge the two entries, or give this one another id"


@pytest.mark.parametrize("field", ["title", "unit"])
def test_a_topic_title_or_unit_that_is_not_text_is_an_error_not_a_python_repr(make_project, field):
    maker = make_project({"id": TOPIC, "title": "Defections", field: {"a": 1}})
    maker.source("agency", claim(value="500"))
    with pytest.raises(ReconcileError, match=f'field "{field}" must be text') as info:
        reconcile.normalize(reconcile.read([maker.root]))
    assert info.value.file == "sources/_topics.yaml" and "{'a'" not in str(info.value)


def test_one_rule_finds_the_project_a_path_belongs_to(tmp_path, monkeypatch):
    """sources.project_roots is the one rule: read_project takes the nearest root of the first
    path (find_root), and the CLI protects every root a path belongs to (cli.output.input_files)."""
    from reconcile.cli.output import input_files
    from reconcile.sources import find_root, project_roots

    inner = tmp_path / "outer" / "sources" / "inner"
    (inner / "sources" / "deep").mkdir(parents=True)
    claims = inner / "sources" / "deep" / "c.yaml"
    claims.write_text("", "utf-8")
    outer = tmp_path / "outer"
    assert project_roots(outer) == [outer] and project_roots(outer / "sources") == [outer]
    assert project_roots(claims) == [inner.resolve(), outer.resolve()]
    assert find_root([tmp_path / "nothing.yaml", claims]) == inner.resolve()
    assert find_root([claims, outer]) == inner.resolve() and find_root([outer, claims]) == outer
    monkeypatch.chdir(tmp_path)
    assert project_roots(tmp_path / "nothing.yaml") == [] and find_root([tmp_path / "nothing.yaml"]) == tmp_path
    protected = input_files((str(claims),))
    assert {claims.resolve(), (inner / "sources").resolve(), (outer / "sources").resolve(),
            (inner / "expectations").resolve(), (outer / "expectations").resolve()} <= protected


def test_project_settings_are_the_settings_reading_the_project_checks(make_project, tmp_path):
    """sources.project_settings (what reconcile parse uses inside a project) gives the
    QuantityConfig that reading the whole project gives, and the same error for a bad setting."""
    from reconcile.sources import project_settings

    maker = make_project()
    maker.write("sources/mindef.yaml", SOURCE_YAML)
    (maker.root / "sources" / "_topics.yaml").write_text(
        "topics: [{id: defections}]\nsettings: {tolerance: 0.2, bands: {dozens: [24, 99]}}\n")
    config = project_settings(maker.root)
    assert config is not None and config.tolerance == 0.2 and config.band("dozens") == (24, 99)
    assert config == reconcile.read(maker.root).quantity_config
    assert project_settings(tmp_path / "elsewhere") is None
    (maker.root / "sources" / "_topics.yaml").write_text("topics: [{id: defections}]\nsettings: {tolerance: 2}\n")
    with pytest.raises(InputError) as info:
        project_settings(maker.root)
    assert (info.value.file, info.value.line, info.value.field) == ("sources/_topics.yaml", 2, "tolerance")
