"""Spanish participles a count's verb is read from, and the English slug each gives (GUIDE.md:
a criterion is an English slug, British spelling; "a verb with no such word is slugged as it
stands", in English: "70 casas fueron incendiadas" is `burned`, not `incendiadas`).

Written from general knowledge of Spanish news verbs, not from the annotated texts. The words
``fields._CRITERIA`` already reads (muertos, heridos, evacuados, ...) are not repeated here:
this table is only for a verb that criterion words do not name, which would otherwise be kept
as the Spanish word. A participle not listed is still kept as it stands.
"""
from __future__ import annotations

import re

from reconcile.quantities.lexicon import fold_word

__all__ = ["english_participle"]

# (not "atendidos", "tratados": "2.400 casos han sido atendidos" are people infected, which a slug "treated" would hide;
# nor "curados", who recovered)
# English slug -> the folded stems of the Spanish participles that say it (the stem is the
# participle without its ending of gender and number: "incendiadas" -> "incendiad")
_SLUGS = {
    "burned": "incendiad quemad",
    "located": "localizad ubicad",
    "found": "hallad encontrad",
    "transferred": "trasladad transferid",
    "sheltered": "refugiad albergad alojad acogid",
    "overflowed": "desbordad",
    "assaulted": "agredid",
    "attacked": "atacad asaltad",
    "hit": "golpead",
    "supplied": "abastecid suministrad",
    "vaccinated": "vacunad inmunizad",
    "released": "liberad excarcelad",
    "looted": "saquead",
    "blocked": "bloquead",
    "closed": "cerrad clausurad",
    "suspended": "suspendid",
    "cancelled": "cancelad anulad",
    "confiscated": "confiscad",
    "seized": "incautad decomisad requisad",
    "identified": "identificad",
    "registered": "registrad inscrit censad empadronad",
    "counted": "contabilizad computad contad",
    "sold": "vendid",
    "built": "construid edificad",
    "delivered": "entregad",
    "distributed": "distribuid repartid",
    "donated": "donad",
    "raised": "recaudad",
    "invested": "invertid",
    "spent": "gastad",
    "lost": "perdid extraviad",
    "stolen": "robad hurtad",
    "raped": "violad",
    "tortured": "torturad",
    "threatened": "amenazad",
    "investigated": "investigad",
    "charged": "acusad imputad",
    "prosecuted": "procesad",
    "convicted": "condenad",
    "sentenced": "sentenciad",
    "fined": "multad",
    "dismissed": "despedid cesad",
    "hired": "contratad",
    "tested": "examinad analizad testead",
    "diagnosed": "diagnosticad",
    "confirmed": "confirmad",
    "approved": "aprobad",
    "rejected": "rechazad",
    "signed": "firmad",
    "granted": "otorgad concedid",
    "requested": "solicitad",
    "received": "recibid",
    "relocated": "reubicad realojad",
    "resettled": "reasentad",
    "repatriated": "repatriad",
    "returned": "devuelt retornad",
    "intercepted": "interceptad",
    "detected": "detectad",
    "sighted": "avistad",
    "saved": "salvad",
    "assisted": "auxiliad socorrid",
    "demolished": "demolid",
    "covered": "cubiert",
    "submerged": "sumergid",
    "poisoned": "intoxicad envenenad",
    "electrocuted": "electrocutad",
    "elected": "elegid",
    "voted": "votad",
    "mobilised": "movilizad",
    "sent": "enviad",
    "harvested": "cosechad",
    "planted": "sembrad plantad",
    "felled": "talad",
    "collected": "recogid recolectad",
    "removed": "retirad",
    "cut": "cortad",
    "housed": "hospedad",
    "questioned": "interrogad",
    "expropriated": "expropiad",
    "surrounded": "rodead cercad",
    "flown": "aerotransportad",
    "trained": "capacitad entrenad",
    "fed": "alimentad",
    "inspected": "inspeccionad revisad",
}
_STEMS = {stem: slug for slug, stems in _SLUGS.items() for stem in stems.split()}
# the ending of gender and number a participle takes: "-ado", "-adas", "-ido", "-ita" ("inscrita")
_ENDING = re.compile(r"(?:o|a|os|as)$")


def english_participle(word: str) -> str | None:
    """The English slug of a Spanish participle ("incendiadas" -> burned, "atendidos" -> treated),
    or None when the word is not one this table knows."""
    low = fold_word(word)
    ending = _ENDING.search(low)
    return _STEMS.get(low[:ending.start()]) if ending else None
