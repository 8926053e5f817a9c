"""Which clause a speaker speaks in, when a sentence joins two clauses.

News copy joins a fact and a statement in one sentence: "At least 150 people have been killed
and officials say the toll is likely to rise", "more than 100 may be missing, and Associated
Press put the injured at well over 400", "Organisers estimated 150,000, however the police put
the number at 45,000". The speaker of the later clause states what follows its verb, not the
figure of the clause before the conjunction; a speaker at the sentence's end ("300 died and 20
were hurt, police said") reports the whole sentence and is not concerned here.
"""
from __future__ import annotations

import re

__all__ = ["measures_a_thing", "opens_later_clause", "speaks_after_coordinated_figure"]

# a conjunction that opens a new clause, then at most an article, up to the speaker's name
_COORDINATOR = re.compile(r"(?:,\s*|\s+)(?:and|but|however|while|whilst|whereas|yet|y|e|pero|aunque|"
                          r"mientras(?:\s+que)?|sin\s+embargo)\s*,?\s*(?:(?:the|la|el|los|las)\s+)?$", re.I)
# a figure written in digits or in words ("thirty", "dos mil")
_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                     r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                     r"ninety|hundreds?|thousands?|millions?|dozens?|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|"
                     r"nueve|diez|once|doce|veinte|treinta|cuarenta|cincuenta|cien|cientos?|mil|millones|"
                     r"docenas?)\b", re.I)
_WORD = re.compile(r"[^\W\d_]{2,}")
_SENTENCE_END = re.compile(r"[.;!?]")


def _complement(sentence: str, verb_end: int) -> str:
    """The words after a verb of speech up to the end of its sentence (or of its clause at ';')."""
    stop = _SENTENCE_END.search(sentence, verb_end)
    # a decimal point is no end: "6.7"
    while stop is not None and stop.group() == "." and sentence[stop.start() - 1:stop.start()].isdigit() \
            and sentence[stop.end():stop.end() + 1].isdigit():
        stop = _SENTENCE_END.search(sentence, stop.end())
    return sentence[verb_end:stop.start() if stop else len(sentence)]


def opens_later_clause(sentence: str, speaker_start: int, verb_end: int, figure_end: int) -> bool:
    """Whether a speaker at [speaker_start, verb_end), after a figure that ends at ``figure_end``,
    opens a clause of its own after a conjunction and says something after its verb: "... 100 may
    be missing, and Associated Press put the injured at 400" (the 100 is not the agency's); not
    "... 20 were hurt, and police said." nor a speaker before the figure."""
    # the conjunction and an article fit in the 40 characters before the name (a long sentence of
    # figures is not searched from each figure on)
    if speaker_start < figure_end or not _COORDINATOR.search(sentence, max(figure_end, speaker_start - 40),
                                                             speaker_start):
        return False
    return len(_WORD.findall(_complement(sentence, verb_end))) >= 2


def speaks_after_coordinated_figure(sentence: str, pronoun_start: int, verb_end: int) -> bool:
    """Whether an unnamed or pronoun subject at ``pronoun_start`` ("officials", "they") opens a
    clause after a conjunction, with a figure before it and none in what it says: "At least 150
    people have been killed and officials say the toll is likely to rise" (the 150 is no one's)."""
    before = sentence[:pronoun_start]
    if not _COORDINATOR.search(before) or not _FIGURE.search(before):
        return False
    said = _complement(sentence, verb_end)
    return len(_WORD.findall(said)) >= 2 and not _FIGURE.search(said)


# a pronoun that stands for a thing, and the verbs that tell what a thing measured
_THING_PRONOUNS = frozenset("it this that ello esto eso este esta".split())
_MEASURED = re.compile(r"(?:registered|recorded|measured|reached|registr[oó]|midi[oó]|alcanz[oó])$", re.I)
_MEASURE_NOUN = re.compile(r"\b(?:depth|magnitude|intensity|winds?|gusts?|speed|height|length|kilomet(?:er|re)s?|km|"
                           r"miles?|met(?:er|re)s?|profundidad|magnitud|intensidad|vientos?|r[aá]fagas?|velocidad|"
                           r"altura|longitud|kil[oó]metros?|millas?|metros?)\b", re.I)


def measures_a_thing(sentence: str, pronoun: str | None, verb: str, verb_end: int) -> bool:
    """Whether "it" (or a Spanish verb without a subject) measured something rather than said
    it: "It registered a depth of 10 km" is the quake's depth, not a figure of the body named
    before; "Registró una profundidad de 10 km". "It later raised the toll to 300" still speaks."""
    if pronoun is not None and pronoun.lower() not in _THING_PRONOUNS:
        return False
    return bool(_MEASURED.search(verb)) and bool(_MEASURE_NOUN.search(_complement(sentence, verb_end)))
