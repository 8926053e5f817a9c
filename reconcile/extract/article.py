"""``reconcile extract``: propose claims from an article for a person to review.

Every quantity in the text (``quantities.find_quantities``) becomes a proposed claim with its
sentence as the quote and the source the sentence attributes it to ("according to X", "X said",
"según X", "de acuerdo con X", '"...", afirmó X'). Dates and years are skipped. The result is a
YAML source file: the reviewer fills in the topic and scope, deletes what is not a claim, and
moves claims of other claimants to their own files.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from reconcile.normalize.names import slugify
from reconcile.quantities.parse import detect_lang, find_quantities

_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
          "blockquote", "figcaption", "header", "footer", "title"}
_SKIP = {"script", "style", "noscript", "template", "svg", "head"}


class _TextOf(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP and self.skipping:
            self.skipping -= 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def article_text(raw: str) -> str:
    """Plain text of an article given as text or HTML."""
    if re.search(r"<(html|body|p|div|article)\b", raw[:5000], re.I):
        parser = _TextOf()
        parser.feed(raw)
        raw = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in raw.splitlines()]
    return "\n".join(line for line in lines if line)


# a sentence ends at . ! ? followed by a space and what starts a sentence (not at "1.200")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“¿¡(]?[A-ZÁÉÍÓÚÑ0-9])|\n+")
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre")
_DATE_NEAR = re.compile(rf"^\s*(?:de\s+)?(?:{_MONTHS})\b|(?:{_MONTHS})\s*(?:de\s+)?$", re.I)
_NAME = r"(?:the |la |el |los |las )?[A-ZÁÉÍÓÚÑ][\w’'.&-]*(?:\s+(?:of|de|del|la|the|and|y|[A-ZÁÉÍÓÚÑ][\w’'.&-]*))*"
_VERBS_EN = r"said|says|told|reported|announced|stated|estimated|counted"
_VERBS_ES = r"dijo|afirmó|informó|aseguró|declaró|reportó|indicó|señaló"
_PHRASE = r"[^,;:.\"“”()]{2,60}?"
_ATTRIBUTION = [
    re.compile(rf"\b[Aa]ccording to (?:data from |figures from )?(?P<who>{_PHRASE})(?=,|;|:|\.|$| that\b| on\b| in\b)"),
    re.compile(rf"\b(?:[Ss]egún|[Dd]e acuerdo con|[Cc]onforme a) (?:datos de |cifras de |el |la |los |las )?"
               rf"(?P<who>{_PHRASE})(?=,|;|:|\.|$| que\b| en\b)"),
    # "«...», afirmó el gobernador de Norte de Santander" / '"...," said the governor of ...'
    re.compile(rf"[\"”»]\s*,?\s*(?:{_VERBS_ES}|{_VERBS_EN})\s+(?P<who>(?:el|la|los|las|the)\s+[^,;:.\"“”]{{3,60}})"),
    # "The defence minister said ...": the subject that opens the sentence
    re.compile(rf"^(?P<who>(?:The|El|La|Los|Las) {_PHRASE}) (?:{_VERBS_EN}|{_VERBS_ES})\b"),
    # ", the Colombian migration authority reported Thursday": a clause that ends in the verb
    re.compile(rf",\s+(?P<who>(?:the|la|el|los|las)\s+[^,;:\"“”]{{3,60}}?)\s+(?:{_VERBS_EN}|{_VERBS_ES})\b"),
    re.compile(rf"(?P<who>{_NAME}),? (?:said|says|told|reported|announced|stated|estimated|counted)\b"),
    re.compile(rf"(?P<who>{_NAME}),? (?:dijo|afirmó|informó|aseguró|declaró|reportó|indicó|señaló)\b"),
    re.compile(rf"\b(?:said|told|reported|dijo|informó|afirmó) (?P<who>{_NAME})"),
]
_WEAK = {"the", "he", "she", "they", "it", "we", "i", "there", "this", "that", "but", "and", "meanwhile",
         "el", "la", "ella", "él", "ellos", "monday", "tuesday", "wednesday", "thursday", "friday",
         "saturday", "sunday", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
         "today", "yesterday", "hoy", "ayer"}
_ARTICLE_ONE = {"one", "a", "an", "un", "una", "uno"}


@dataclass(frozen=True)
class Proposal:
    value: str
    quote: str
    lang: str
    attributed_to: str | None
    start: int


def attribution(sentence: str) -> str | None:
    for pattern in _ATTRIBUTION:
        for match in pattern.finditer(sentence):
            who = match.group("who").strip(" ,.")
            who = re.sub(r"^(?:the|la|el|los|las|data from|datos de)\s+", "", who, flags=re.I)
            if who and who.lower() not in _WEAK and not who.lower().startswith(("in ", "on ")):
                return who
    return None


def _is_date_part(sentence: str, start: int, end: int, lower: float | None, upper: float | None) -> bool:
    before, after = sentence[max(0, start - 14):start], sentence[end:end + 14]
    if _DATE_NEAR.search(before) or _DATE_NEAR.search(after):
        return True
    is_year = lower is not None and lower == upper and float(lower).is_integer() and 1800 <= lower <= 2100
    return is_year and sentence[start:end].strip().isdigit() and len(sentence[start:end].strip()) == 4


def propose(text: str, lang: str | None = None) -> list[Proposal]:
    """Every quantity of an article with its sentence and attributed source, in reading order."""
    out = []
    for sentence_start, sentence in _sentences(text):
        sentence = sentence.strip()
        if not sentence:
            continue
        sentence_lang = lang or detect_lang(sentence)
        who = attribution(sentence)
        for mention in find_quantities(sentence, sentence_lang):
            if _is_date_part(sentence, mention.start, mention.end, mention.lower, mention.upper):
                continue
            if sentence[mention.start:mention.end].strip().lower() in _ARTICLE_ONE:
                continue  # "one of the", "a soldier": an article, not a count
            out.append(Proposal(value=sentence[mention.start:mention.end], quote=sentence,
                                lang=sentence_lang, attributed_to=who, start=sentence_start + mention.start))
    return out


def _sentences(text: str):
    """(start, sentence) in reading order."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        yield start, text[start:match.start()]
        start = match.end()
    yield start, text[start:]


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def to_yaml(proposals: list[Proposal], source_id: str | None, article: str) -> str:
    """The proposals as a source file to review."""
    given = source_id is not None
    named = [p.attributed_to for p in proposals if p.attributed_to]
    # the most cited attribution; ties go to the first one in the article (never to hash order)
    main = max(dict.fromkeys(named), key=lambda n: (named.count(n), -named.index(n))) if named else None
    source_id = source_id or (slugify(main) if main else "unknown-source")
    lines = [
        f"# Claims proposed by `reconcile extract` from {article}.",
        "# Review every claim: set its topic, population, criterion, place and dates, delete what",
        "# is not a claim, and move claims attributed to another source to that source's file.",
        "source:",
        f"  id: {source_id}",
        f"  name: {_q(source_id if given else main or source_id)}",
        "  kind: other",
        "claims:" if proposals else "claims: []",
    ]
    for number, proposal in enumerate(proposals, start=1):
        lines += [
            f"  - id: {source_id}-{number:03d}",
            "    topic: review-me",
            f"    value: {_q(proposal.value)}",
            f"    lang: {proposal.lang}",
            f"    quote: {_q(proposal.quote)}",
        ]
        if proposal.attributed_to:
            lines.append(f"    note: {_q('attributed to: ' + proposal.attributed_to)}")
    return "\n".join(lines) + "\n"
