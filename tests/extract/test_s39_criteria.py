"""Session 39: "killed 58 people and sickened 1,293 others" counted both as dead (the second clause's verb was
no criterion extract knew), so the report showed a value-conflict between a toll and a count of the sick."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _criteria(body: str) -> dict[str, str | None]:
    raw = f"url: https://example.org/z\ndate: 2025-02-22\noutlet: Example News\n\n{body}\n"
    return {p.value: p.criterion for p in propose(parse_article(raw, "z.txt"), None)}


@pytest.mark.parametrize("body, sick", [
    ("The disease killed 58 people and sickened 1,293 others in Kosti, the ministry said.", "1,293"),
    ("La enfermedad mató a 58 personas y enfermó a otras 1.293 en Kosti, dijo el ministerio.", "1.293"),
])
def test_the_sick_of_a_second_clause_are_not_the_dead(body, sick):
    criteria = _criteria(body)
    assert criteria[sick] == "sickened"
    assert [c for v, c in criteria.items() if v != sick] == ["dead"]
