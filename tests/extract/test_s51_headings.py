"""An HTML page's heading lines title their sections, as the title does the article: their figures are no claims
of their own (N7: "500 civilian deaths reported" under an <h2> was proposed beside the body's counts)."""
from __future__ import annotations

from reconcile.extract import parse_article, propose

_PAGE = """<html><head><title>Floods in Marlow</title></head><body><article><h1>Floods in Marlow</h1>
<h2>300 deaths reported in the north</h2>
<p>At least 27 people were killed in floods in the northern districts of Marlow, officials said on Sunday morning.</p>
<h3>Relief camps for 1,500</h3>
<p>Rescue teams evacuated 1,500 residents from the riverbank villages, the district administration said.</p>
<p>The provincial authority said 340 houses were damaged and that relief camps were set up in three districts.</p>
</article></body></html>"""


def test_a_pages_headings_give_no_claims_and_its_paragraphs_do() -> None:
    values = [p.value for p in propose(parse_article(_PAGE, "floods.html"))]
    assert not any(v.startswith("300") for v in values)
    assert any(v.startswith("At least 27") for v in values)
    assert sum(v.startswith("1,500") for v in values) == 1      # the paragraph's, not the heading's
    assert any(v.startswith("340") for v in values)


def test_a_text_files_short_line_is_read_as_before() -> None:
    raw = "title: Floods\n\n300 deaths reported in the north\n\nAt least 27 people were killed, officials said."
    values = [p.value for p in propose(parse_article(raw, "floods.txt"))]
    assert any(v.startswith("300") for v in values)
