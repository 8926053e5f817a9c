"""Session 44 (X5), a year after "este" or "this" is no count ("En lo que va de este 2023 unos 40.000 niños ...":
the year, then the count; user's report U2 D9); a count after "this" with its noun stays one. Invented sentences."""
from __future__ import annotations

import pytest

from reconcile.quantities.running import quantities_in_text


@pytest.mark.parametrize("sentence, lang, texts", [
    ("En lo que va de este 2023 unos 40.000 niños migrantes han cruzado el Darién.", "es", ["unos 40.000"]),
    ("Durante este 2023 unos 40.000 migrantes cruzaron la selva.", "es", ["unos 40.000"]),
    ("So far this 2023 season, some 40,000 migrants crossed the Darien.", "en", ["some 40,000"]),
    # not a year: a count with its noun
    ("This 2000 people crossed is a record.", "en", ["2000 people"]),
])
def test_a_year_after_este_or_this_is_no_count(sentence, lang, texts):
    assert [q["text"] for q in quantities_in_text(sentence, lang)] == texts
