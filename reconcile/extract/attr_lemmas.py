"""The finite forms of the Spanish verbs with which a body or a person counts, reports or revises a figure: "La
CIDH registra 317", "la Policía ha apuntado una cifra de 197", "el Cenidh eleva a 306", "la Delegación ha rebajado
esa cifra hasta 370.000". A paper credits a count with any tense of these verbs, so ``speakers.TRIGGER`` reads the
verb by its lemma and the rule of its conjugation, not by a list of the forms a text happened to use. Whether the
subject may state a figure is still ``speakers.can_state``'s to say (not "el termómetro registra 40 grados").
"""
from __future__ import annotations

from reconcile.quantities.lexicon import fold_word

__all__ = ["COUNTING_FORMS", "WEAK_FORMS"]

# regular verbs in -ar of counting (registrar, contabilizar, cifrar, computar, calcular, estimar), of reporting
# (reportar, informar, apuntar, documentar, constatar, confirmar) and of revising a figure (elevar, rebajar,
# actualizar, situar, fijar)
_AR_STEMS = ("registr", "contabiliz", "cifr", "comput", "calcul", "estim", "report", "inform", "apunt", "document",
             "constat", "confirm", "elev", "rebaj", "actualiz", "fij")
# verbs that also tell of things that do not speak ("el termómetro registra 40 grados", "todo apunta a 300"): a
# subject states with them only when it is a name, a body or a role (``speakers.WEAK_VERBS``)
# (not the verbs of revising: "fuentes hospitalarias elevaron la cifra a 15" name their speaker as any subject does)
_WEAK_STEMS = ("registr", "document", "apunt", "fij")
# the present, the preterite, the imperfect and the future, third person; the perfects take "haber"
_AR_ENDINGS = ("a", "an", "ó", "aron", "aba", "aban", "ará", "arán")
_HABER = "(?:ha|han|había|habían|habría|habrían|habrá|habrán)"
# "situar" bears its accent in the present: "sitúa", "sitúan"
_IRREGULAR = ("sitúa", "sitúan", "situó", "situaron", "situaba", "situaban", "situará", "situarán",
              f"{_HABER} situado")


# forms that are also a noun or an adjective after a noun, which ``speakers`` reads with a guard of their own or not
# at all: "una cifra récord" (``speakers`` guards "cifra"), "una fecha fija"
_NOT_VERBS = frozenset(("cifra", "fija", "fijan"))


def _forms() -> str:
    simple = sorted((form for stem in _AR_STEMS for ending in _AR_ENDINGS
                     if (form := stem + ending) not in _NOT_VERBS), key=len, reverse=True)
    perfect = f"{_HABER} (?:{'|'.join(stem + 'ado' for stem in _AR_STEMS)})"
    return "|".join((perfect, *_IRREGULAR, *simple))


# an alternation for ``speakers.TRIGGER``: every finite form, longest first
COUNTING_FORMS = _forms()
# the folded forms of the weak verbs, the participle among them ("ha registrado" is weak as "registra" is)
WEAK_FORMS = frozenset(fold_word(stem + ending) for stem in _WEAK_STEMS for ending in (*_AR_ENDINGS, "ado"))
