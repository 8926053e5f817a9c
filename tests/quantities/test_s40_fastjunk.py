"""The quote check's cheaper paths read as the plain ones (issue 15: the same results, less CPU).

``_junk`` compiles its patterns once.
"""
from __future__ import annotations

import re

from reconcile.model.records import QuantityConfig
from reconcile.quantities import running

CONFIG = QuantityConfig()

# dates, times, years, names with digits, ages, phones, ranges and bounds, in English and Spanish
QUOTES = [
    ("On March 30, 2019, at 17:00, Flight 370 landed with 239 people aboard.", "en"),
    ("Quote 8583: 6399 crossed", "en"),
    ("Quote 22719: 1764 crossed", "en"),
    ("The 2003–04 season ended 3-1; Category 4 winds hit Route 5, 7 and 9.", "en"),
    ("Stephen Paddock, 64, fired on the crowd; 58 were killed and more than 400 wounded.", "en"),
    ("Call 614-645-4545 or the emergency number 911 for information on the 1,200 missing.", "en"),
    ("Organizers estimated 250,000 protesters; police said between 80,000 and 100,000.", "en"),
    ("The toll rose from 148 to 154 by 6 p.m., officials said [12].", "en"),
    ("El 15 de marzo, a las 17 horas, llegaron 300 soldados y unos 2.500 policías.", "es"),
    ("Del viernes 11 al domingo 13 fueron detenidas 45 personas, dos hombres de 41 y 45.", "es"),
    ("Más de 500 militares cruzaron; la cifra de muertos fue de 1500, según Canal 13.", "es"),
    ("Nadie murió en el sismo de magnitud 6,2, pero 1.432 resultaron heridas.", "es"),
]


def test_junk_compiles_no_pattern_per_call(monkeypatch):
    compiled: list[str] = []
    compile_ = re._compile

    def counting(pattern, flags):
        compiled.append(pattern)
        return compile_(pattern, flags)

    sentences = [s for quote, lang in QUOTES for s in running.sentences(quote, lang)]
    monkeypatch.setattr(re, "_compile", counting)
    for sentence in sentences:
        running.scan(sentence, phones=True, config=CONFIG)
    assert compiled == []
