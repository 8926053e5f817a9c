"""The day of a report that the sentence before dated: "El 31 de marzo, el Indeci publicó un
reporte. Este muestra un total de 101 fallecidos", "On 2 May the ministry issued a report. The
report listed 40 dead". The counts of the sentence that goes on telling the report are of the
report's day, in an event of months too (whose undated counts are otherwise known by the year)."""
from __future__ import annotations

import re

__all__ = ["goes_on_report"]

# the sentence's subject is the report, or a pronoun of it with a verb of showing
_REPORT_GOES_ON = re.compile(
    r"(?:(?:Este|Ese|Dicho|El|La|Esta|Dicha)\s+(?:informe|reporte|balance|bolet[ií]n|documento|recuento|conteo)|"
    r"(?:Este|Esta)\s+(?:muestra|indica|señala|registra|detalla|recoge|cifra)|"
    r"(?:The|This|That)\s+(?:report|bulletin|tally|update|count|assessment)|"
    r"It\s+(?:showed|shows|listed|lists|counted|counts|put|puts|recorded|records))\b")


def goes_on_report(sentence: str) -> bool:
    """Whether ``sentence`` opens by going on telling a report ("Este muestra", "The report listed")."""
    return _REPORT_GOES_ON.match(sentence) is not None
