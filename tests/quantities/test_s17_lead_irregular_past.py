"""An English irregular past tense after a count is its verb, not its counted noun ("12,000
dockers went on strike": dockers), and "plus" joins two sums. Invented sentences."""
import pytest

from reconcile import quantities_in_text


@pytest.mark.parametrize("text, counted", [
    ("About 9,000 dockers went on strike on Monday.", "dockers"),
    ("Some 300 villagers fled when the dam broke.", "villagers"),
    ("Nearly 40 climbers fell ill on the mountain.", "climbers"),
    ("About 2,500 nurses stood outside the ministry.", "nurses"),
    ("The storm left 500 plus 20 injured.", None),
])
def test_first_counted(text, counted):
    assert quantities_in_text(text, "en")[0]["counted"] == counted
