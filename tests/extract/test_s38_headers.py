"""A plain-text article's header lines (``url:``, ``date:``, ``outlet:``, ``lang:``): a date of a
month or a year alone, bad header lines, the outlet's own claims, and the draft topic of a
population counted with no criterion.

Invented articles, English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _proposals(date: str, body: str, lang: str | None = None) -> dict[str, tuple[str | None, list[str]]]:
    raw = f"url: https://example.org/z\ndate: {date}\noutlet: Example News\n\n{body}\n"
    return {p.value: (p.as_of, p.checks) for p in propose(parse_article(raw, "z.txt"), lang)}


# --- a header date of a year or a month alone -------------------------------------------------
@pytest.mark.parametrize("date, body, value, as_of", [
    # the year from the header, the day from the text
    ("1983", "On 14 March the army said 300 soldiers had been deployed to the valley.", "300", "1983-03-14"),
    ("1983-06", "On 14 March the army said 300 soldiers had been deployed to the valley.", "300", "1983-03-14"),
    ("1983", "El 14 de marzo, el ejército dijo que 300 soldados habían sido desplegados en el valle.", "300",
     "1983-03-14"),
    # a month the text names
    ("1983", "In March, the ministry counted 40 dead.", "40", "1983-03"),
    # a day named before in the paragraph
    ("1983", "On 14 March the army deployed 300 soldiers. Twenty of them were wounded.", "Twenty", "1983-03-14"),
    # of a month's article, a day months after it is of the year before (news tells what happened)
    ("1983-06", "On 14 December the army said 50 soldiers had been killed.", "50", "1982-12-14"),
])
def test_a_header_of_a_year_or_a_month_gives_the_year_of_the_days_the_text_names(date, body, value, as_of):
    found, checks = _proposals(date, body)[value]
    assert found == as_of
    assert not any(check.startswith("as_of (the article's date") for check in checks)


@pytest.mark.parametrize("date, body, value, as_of, kind", [
    ("1983", "On Thursday the army said 300 soldiers had been deployed to the valley.", "300", "1983", "year"),
    ("1983-06", "Yesterday the army said 300 soldiers had been deployed to the valley.", "300", "1983-06", "month"),
    ("1983", "El jueves, el ejército dijo que 300 soldados habían sido desplegados en el valle.", "300", "1983",
     "year"),
    ("1983", "Last month 12 people died in the valley.", "12 people", "1983", "year"),
])
def test_a_weekday_names_no_day_against_a_year_or_a_month_alone(date, body, value, as_of, kind):
    found, checks = _proposals(date, body)[value]
    assert found == as_of
    assert f"as_of (the article's date, which gives only the {kind})" in checks


# --- bad header lines -------------------------------------------------------------------------
def _extract(tmp_path, text: str):
    from click.testing import CliRunner

    from reconcile.cli.main import main

    article = tmp_path / "z.txt"
    article.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["extract", str(article), "-o", str(tmp_path / "out")])


_BODY = "\nThe army said 300 soldiers had been deployed to the valley.\n"


@pytest.mark.parametrize("header, line, says", [
    ("url: https://example.org/z\ndate: 2024-13-45\noutlet: Example News\n", 2,
     ['header line "date:"', "not a real date", "write it as 2024-05-02", "a year: 2024"]),
    ("url: https://example.org/z\ndate: sometime in May\n", 2, ['header line "date:"', "is not a date"]),
    ("url: https://example.org/z\ndate: 2024-05-02\noutlet: Example News\nlang: fr\n", 4,
     ['header line "lang: fr"', "write en or es"]),
    ("ulr: https://x.org/a\ndate: 2024-05-02\noutlet: X\n", 1,
     ['unknown header line "ulr:"', 'did you mean "url:"', "url, title, date"]),
    ("url: https://x.org/a\ndat: 2024-05-02\noutlet: X\n", 2, ['unknown header line "dat:"', 'did you mean "date:"']),
])
def test_a_bad_header_line_is_an_error_at_its_line(tmp_path, header, line, says):
    result = _extract(tmp_path, header + _BODY)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"z.txt:{line}: " in result.stderr
    for words in says:
        assert words in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("header, date, outlet", [
    ("url: https://example.org/z\ndate: 2 May 2024\noutlet: Example News\nlang: es-MX\n", "2024-05-02",
     "Example News"),
    ("url: https://example.org/z\ndate: 2024-05\nlanguage: English\n", "2024-05", "Example"),
    ("title: Floods\ndate:\n", None, None),
])
def test_a_good_header_is_read_as_before(header, date, outlet):
    article = parse_article(header + _BODY, "z.txt")
    assert article.text == _BODY.strip()
    assert (article.date, article.outlet) == (date, outlet)


@pytest.mark.parametrize("text", [
    "BANGLADESH: floods kill 40\n" + _BODY,
    "Date: 4 May 2031\nLocation: Kalinda, Mexico\nCasualties: 412 deaths, 2,300 injured\n" + _BODY,
    # (one of a header's labels is not a header: "Dates" one letter off "date", beside a label of an infobox)
    "Dates: 3-5 May 2031\nSource: civil defence\nDeaths: 412\n" + _BODY,
    "Note: figures are provisional\n" + _BODY,
])
def test_a_first_line_that_only_looks_like_a_header_is_text(tmp_path, text):
    article = parse_article(text, "z.txt")
    first = text.split("\n")[0]
    assert (article.text.startswith(first) or article.title == first) and article.url is None  # (a headline)
    assert _extract(tmp_path, text).exit_code == 0


# --- the draft topic of a population counted with no criterion --------------------------------
_SOLDIERS = ("url: https://example.org/z\ndate: 2024-05-02\noutlet: Example News\n\n"
             "The army has between 95,000 and 150,000 active soldiers. On Tuesday the ministry said 500 soldiers "
             "had crossed into Colombia, and 109 soldiers had defected.\n")


def test_a_population_counted_with_no_criterion_has_its_populations_unit(tmp_path):
    import yaml

    assert _extract(tmp_path, _SOLDIERS).exit_code == 0
    topics = yaml.safe_load((tmp_path / "out" / "sources" / "_topics.yaml").read_text(encoding="utf-8"))["topics"]
    assert {topic["unit"] for topic in topics} == {"people"}


def test_a_count_with_no_criterion_is_kept_apart_from_the_counts_it_would_falsely_contradict(tmp_path):
    # (SPEC §5: an unspecified criterion matches any; in one topic, 95,000 active soldiers against 500 who crossed,
    # both of the same day, would be a value-conflict)
    import json

    from click.testing import CliRunner

    from reconcile.cli.main import main

    body = _SOLDIERS.replace("The army has", "On Tuesday the army had")
    assert _extract(tmp_path, body).exit_code == 0
    result = CliRunner().invoke(main, ["report", str(tmp_path / "out"), "--format", "json", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    kinds = {finding["kind"] for finding in json.loads(result.stdout)["findings"]}
    assert "value-conflict" not in kinds
