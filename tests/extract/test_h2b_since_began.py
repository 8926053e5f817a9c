"""The day a span began, counted since it ("since the protests began on June 18", "desde que
comenzaron las protestas el 18 de junio"), is a start, not the day of the count (issue 14): the count
is of the day it is told. The sentences are made up."""
from __future__ import annotations

from reconcile.extract import parse_article, propose
from reconcile.extract.dates import dates_in

DATE = "2041-07-08"


def test_the_day_a_counted_span_began_is_no_day_of_the_count():
    assert dates_in("The commission said 11 people had been killed since the protests began on June 18.", DATE) is None
    assert dates_in("La comisión dijo que 11 personas murieron desde que comenzaron las protestas el 18 de junio.",
                    DATE) is None
    assert dates_in("Since fighting broke out on Monday, 40 people have died.", DATE) is None
    assert dates_in("Desde que estalló la guerra el lunes, han muerto 40 personas.", DATE) is None


def test_a_day_the_span_began_on_without_since_is_still_its_day():
    assert dates_in("The protests began on June 18 and 11 people were killed.", DATE) == "2041-06-18"
    assert dates_in("Las protestas comenzaron el 18 de junio y murieron 11 personas.", DATE) == "2041-06-18"


def test_the_count_since_the_start_is_of_the_articles_day():
    for body in ("The commission said 11 people had been killed since the protests began on June 18.",
                 "La comisión dijo que 11 personas murieron desde que comenzaron las protestas el 18 de junio."):
        proposals = propose(parse_article(f"url: https://example.org/a\ntitle: Protests\ndate: {DATE}\n\n{body}",
                                          "a.txt"))
        assert [p.as_of for p in proposals if p.value.startswith("11")] == [DATE]
