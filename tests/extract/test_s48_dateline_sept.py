"""A wire's dateline that writes September "Sept." (AP, AFP) dates the article (N3 D10, session 48): the day
every claim is stated on, as "Sep 18, 2013" and "September 18, 2013" always did."""
import pytest

from reconcile.extract.article import parse_article
from reconcile.model.names import parse_date


@pytest.mark.parametrize("written", ["Sept. 18, 2013", "Sept 18, 2013", "18 Sept 2013", "Sept. 2013"])
def test_sept_is_september(written):
    assert parse_date(written).startswith("2013-09")


@pytest.mark.parametrize("month", ["Sept", "Sept.", "Sep", "September"])
def test_a_dateline_with_sept_dates_the_article(month):
    body = f"ACAPULCO, Mexico, {month} 18, 2013 (AFP) - At least 18 people were killed in a landslide, the mayor said."
    assert parse_article(body, "a.txt").date == "2013-09-18"


def test_sept_is_no_word_of_another_month():
    with pytest.raises(ValueError):
        parse_date("Septe 18, 2013")
