"""Proposals -> a project folder (SPEC §6): ``sources/<source-id>.yaml`` per claimant and per
outlet, and a draft ``sources/_topics.yaml``, so ``reconcile report DIR`` runs on it as it is."""
from __future__ import annotations

import itertools

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from reconcile.errors import QuantityError, ReconcileError, escape
from reconcile.sources import project_places
from reconcile.sources.files import read_project_text

from reconcile.extract.article import Article, outlet_label
from reconcile.extract.attr_bodies import ambiguous_bases, body_parts, cognate, one_body
from reconcile.extract.attr_joint import joint_names
from reconcile.extract.attribution import WIRE_AGENCIES, figure_credit
from reconcile.extract.attr_names import _generic, body_name, clips, long_name_in, spells
from reconcile.extract.attr_quotes import quote_speaker
from reconcile.extract.fields import PEOPLE_GROUPS, counts_things, places_named
from reconcile.extract.place_parents import region_of_city
from reconcile.extract.speakers import is_outlet as is_outlet_name
from reconcile.extract.places import city_land
from reconcile.extract.propose import Proposal
from reconcile.model.names import (PlaceIndex, capped_slug, fold_name, is_iso_code, is_slug, iso_resolve,
                                    slugify)
from reconcile.quantities.parse import parse_quantity
from reconcile.quantities.running import sentences

__all__ = ["KnownSources", "Draft", "draft_project", "render_files"]

_KIND_WORDS = [
    # (first, as whole words: "Agencia de la ONU para los Refugiados" is the UN's, no government's agency)
    ("intergovernmental", ("united nations", "naciones unidas", "u.n.", "onu", "unhcr", "acnur",
                           "red cross", "cruz roja", "world health", "oms", "who")),
    ("government-agency", ("ministry", "ministerio", "agency", "agencia", "department", "departamento",
                           "office", "oficina", "authority", "autoridad", "institute", "instituto",
                           "police", "policia", "guardia", "service", "servicio", "center", "centre",
                           "defensoria", "ombudsman")),
    ("government", ("government", "gobierno", "minister", "ministro", "president", "presidente",
                    "mayor", "alcalde", "governor", "gobernador", "delegacion", "delegation")),
    ("military", ("army", "ejercito", "military", "militar", "armed forces", "fuerzas armadas")),
    ("academic", ("university", "universidad", "study", "estudio", "researchers", "investigadores")),
    ("media", ("press", "news", "times", "post", "reuters", "bbc", "cnn", "pais", "mundo", "vanguardia",
               "agence", "efe", "television", "radio", "journal", "herald", "guardian")),
]


def _squeezed(name: str) -> str:
    """A name's slug with no hyphen: its spaces, stops and hyphens ignored ("U.N. OCHA", "UN-OCHA", "UNOCHA")."""
    return claimant_slug(_LEADING_ARTICLE.sub("", name)).replace("-", "")


class KnownSources:
    """The sources of the current project, matched by name or alias (ignoring case and accents), and
    its places (``places``: ISO 3166 and the regions its _places.yaml declares)."""

    def __init__(self, root: Path | None) -> None:
        self.by_name: dict[str, str] = {}
        # a source's name as the body's own words and the place it is named with (attr_bodies.body_parts) -> ids
        self.by_body: dict[tuple[tuple[str, ...], str | None], set[str]] = {}
        self.declared: dict[str, tuple[str, dict]] = {}   # id -> (its file in sources/, its source: header)
        self.claim_ids: set[str] = set()   # the ids its YAML sources' claims already use: a draft's claims take others
        self.places = PlaceIndex()
        if root is None:
            return
        try:
            self.places = PlaceIndex(project_places(root))
        except ReconcileError:
            pass                          # the project's own commands report a broken _places.yaml
        for path in sorted((root / "sources").glob("*.y*ml")):
            if path.name.startswith("_"):
                continue
            try:  # the safe-path rule: a FIFO, a device or a link out of the project is skipped
                doc = yaml.safe_load(read_project_text(path, path.name, root))
            except (ReconcileError, yaml.YAMLError):
                continue                  # the project's own commands report a broken file
            head = doc.get("source") if isinstance(doc, dict) else None
            # (an id that is no slug is refused by report, and would name a draft's file: "../../x")
            if not isinstance(head, dict) or not isinstance(head.get("id"), str) or not is_slug(head["id"]):
                continue
            self.declared.setdefault(head["id"], (path.name, head))
            claims = doc.get("claims")
            if isinstance(claims, list):
                self.claim_ids.update(c["id"] for c in claims if isinstance(c, dict) and isinstance(c.get("id"), str))
            names = [head["id"], head.get("name")] + list(head.get("aliases") or [])
            for name in names:
                if isinstance(name, str) and name.strip():
                    self.by_name.setdefault(claimant_slug(name), head["id"])
                    # "aliases: [The UN refugee agency]" is the text's "UN refugee agency" too
                    self.by_name.setdefault(claimant_slug(_LEADING_ARTICLE.sub("", name)), head["id"])
                    self.by_name.setdefault(_squeezed(name), head["id"])   # "UN-OCHA", "U.N. OCHA": "UNOCHA"
                    self.by_body.setdefault(body_parts(name), set()).add(head["id"])

    def id_for(self, name: str) -> str:
        slug = claimant_slug(name)
        return self.by_name.get(slug) or self.by_name.get(claimant_slug(_LEADING_ARTICLE.sub("", name))) or \
            self.by_name.get(_squeezed(name), slug)

    def body_id(self, names: list[str]) -> tuple[str | None, str | None]:
        """(the id of the project's source that one of ``names`` names, a check for the reviewer or None), or
        (None, None). By name or alias first; else by a name given with its place ("Panama's National
        Migration Service", "Servicio Nacional de Migración de Panamá") whose words without the place are a
        source's name or alias, when that source is of the same country or declares none (then the check
        says so); one source only."""
        for name in names:
            slug = claimant_slug(name)
            found = self.by_name.get(slug) or self.by_name.get(claimant_slug(_LEADING_ARTICLE.sub("", name))) or \
                self.by_name.get(_squeezed(name))
            if found:
                return found, None
        for name in names:
            base, code = body_parts(name)
            if code is None or len([w for w in base if len(w) > 3]) < 2:
                continue
            same_place = self.by_body.get((base, code), set())
            if len(same_place) == 1:
                return next(iter(same_place)), None
            bare = self.by_body.get((base, None), set())
            if len(bare) != 1:
                continue
            source_id = next(iter(bare))
            country = self.declared.get(source_id, ("", {}))[1].get("country")
            if isinstance(country, str) and country.strip().upper() == code.split("-")[0]:
                return source_id, None
            if not isinstance(country, str) or not country.strip():
                return source_id, (f"claimant ({name!r}: taken as your project's source {source_id!r}, named without "
                                   "its place; that source declares no country: check it is the same body)")
        return None, None


_LEADING_ARTICLE = re.compile(r"^(?:the|el|la|los|las)\s+(?=\S)", re.IGNORECASE)


_DOTTED_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}")


_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


def claimant_slug(name: str) -> str:
    """A claimant's id: its name's slug, a dotted acronym as one word ('U.N. observers':
    un-observers, as people write the id; slugify alone gives u-n-observers), a possessive's
    "'s" left out ("Leyte's provincial government": leyte-provincial-government). A slug longer
    than MAX_ID is cut at a word and ends with a hash of the whole slug, so that two long names
    keep two ids and the same name always gets the same one (the name stays whole in the file)."""
    return capped_slug(slugify(_POSSESSIVE.sub("", _DOTTED_ACRONYM.sub(lambda m: m.group().replace(".", ""),
                                                                       name))))


def find_project_root(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / "sources").is_dir():
            return folder
    return None


def _kind(name: str, is_outlet: bool) -> str:
    if is_outlet or slugify(name) in WIRE_AGENCIES or is_outlet_name(name, slugify):
        return "media"                    # ("Xinhua News Agency": a wire, not a government agency for "agency")
    low = _spaced(fold_name(name))
    for kind, words in _KIND_WORDS:
        # at a word's start ("Policías", "Ministries"): "Defensoría del Pueblo" holds the letters of "efe", and is
        # no wire agency
        if any((_spaced(word) if kind == _INTERGOVERNMENTAL else _spaced(word)[:-1]) in low for word in words):
            return kind
    return "other"


_INTERGOVERNMENTAL = "intergovernmental"


def _spaced(text: str) -> str:
    """A name's words between single spaces, "U.N." as "u n": where a word of it starts and ends."""
    return f" {' '.join(_LETTERS.findall(text))} "


_LETTERS = re.compile(r"[^\W_]+")


@dataclass
class Draft:
    """The project being written: sources (id -> header and claims) and topics."""

    sources: dict[str, dict] = field(default_factory=dict)
    topics: dict[str, dict] = field(default_factory=dict)
    places: dict[str, dict] = field(default_factory=dict)
    drafted_by: dict[str, str] = field(default_factory=dict)   # source id -> the article that drafted it first

    def source(self, source_id: str, name: str, kind: str) -> dict:
        entry = self.sources.setdefault(source_id, {"id": source_id, "name": name, "kind": kind, "claims": []})
        return entry


def _same_claimant(draft: Draft, source_id: str) -> str:
    """The id of a claimant already drafted under a longer or shorter form of the same name
    ("padrino-lopez" and "vladimir-padrino-lopez"), else ``source_id``."""
    if source_id in draft.sources:
        return source_id
    for other in draft.sources:
        if other.endswith("-" + source_id) or source_id.endswith("-" + other) and other.count("-") >= 1:
            return other
    if source_id in _ORGANISERS_IDS:
        # "según la organización" of a march (propose_claimant keeps it when no body is named before it) and "los
        # organizadores", "los convocantes": one claimant, not two that agree
        found = [other for other in draft.sources if other in _ORGANISERS_IDS]
        if found:
            return found[0]
    # (a body drafted under the id of your project's source, "dgm" for "la Delegación del Gobierno": its names)
    named = {other: {other, *(claimant_slug(n) for n in [entry["name"], *entry.get("aliases", [])])}
             for other, entry in draft.sources.items()}
    # a body's name cut short after its first words, once it is named in full ("la Defensoría del Pueblo ...
    # La Defensoría añadió", "the Coordinadora Nacional para la Reducción de Desastres ... La Coordinadora
    # Nacional dijo"): the one drafted body whose name opens so, then goes on with "de", "para", "of" (not "the UN"
    # of "the UN Refugee Agency"; not when two do: "Ministerio de Salud", "Ministerio del Interior")
    longer = [other for other, slugs in named.items()
              if any(re.match(rf"{re.escape(source_id)}-(?:de|del|para|of|for)-", slug) for slug in slugs)]
    return longer[0] if len(longer) == 1 else source_id


#: the words a march's organisers are named by, as claimants' ids
_ORGANISERS_IDS = frozenset("organizacion organization organisation organizadores organizers organisers convocantes "
                            "organizadoras".split())


#: populations too general to name what a topic counts: their claims share a topic by criterion
_GENERAL = frozenset({"people"})


def _widest_populations(proposals: list[Proposal]) -> dict[frozenset[str], frozenset[str]]:
    """Each specific population of the article's claims -> the widest one of them that holds it
    ("soldiers" in "police and soldiers"): nested populations share a topic, as the seed's
    "500 soldiers and police crossed" and "109 soldiers defected" do, so that the report relates
    them (a scope difference) instead of never meeting them."""
    sets = {frozenset(set(p.population) - _GENERAL) for p in proposals if p.criterion}
    sets.discard(frozenset())
    widest: dict[frozenset[str], frozenset[str]] = {}
    for group in sets:
        wider = [other for other in sets if group <= other]
        best = max(wider, key=lambda s: (len(s), sorted(s)))
        # one widest only: "soldiers" within both "police and soldiers" and "soldiers and sailors" stays apart
        if sum(1 for other in wider if not any(other < third for third in wider)) == 1:
            widest[group] = best
    return widest


def _topic(article: Article, p: Proposal,
           widest: dict[frozenset[str], frozenset[str]] | None = None) -> tuple[str, str, str]:
    """(topic id, title, unit) shared by the article's claims that count the same thing.

    Claims that count one specific population share a topic whatever their criterion
    ("500 soldiers crossed", "100 soldiers defected"): the criterion is a field of the
    stated scope, so the report relates them (a scope difference, not a conflict) instead
    of never meeting them. People in general are split by criterion ("dead", "injured").
    A claim with no criterion stays apart: it would be the same scope as every other (SPEC §5: an
    unspecified field matches any), so "95,000 active soldiers" against "500 soldiers crossed" would
    be a value-conflict. Its unit is still its population's: people for soldiers, as in the topic
    of their counts with a criterion (it had been "count", and the two topics could not be merged)."""
    base = slugify(article.title or Path(article.path).stem or "article")
    base = "-".join(base.split("-")[:6]) or "article"
    specific = sorted(set(p.population) - _GENERAL)
    if specific and p.criterion and widest:
        specific = sorted(widest.get(frozenset(specific), frozenset(specific)))
    if specific and p.criterion:
        what = "-".join(specific)
    else:
        what = p.criterion or (p.population[0] if p.population else "count")
        if specific and not p.criterion:
            what = f"{what}-unspecified"
    of_people = bool(p.population) and not counts_things(p.population) and (
        bool(p.criterion) or set(p.population) <= PEOPLE_GROUPS or frozenset(specific) in (widest or {}))
    unit = p.unit or ("people" if "people" in p.population or of_people else
                      # a quake's magnitude is on its scale, not a count ("magnitude 8.8" had been 8.8 things)
                      "magnitude" if (p.criterion or "").endswith("magnitude") else "count")
    if not p.unit and _word_share(p):
        # "one-third of the new arrivals", "la mitad": a share of a total the value does not state, which a
        # topic of people refuses (exit 2: SPEC §6 wants the folder to load as it is); a topic of shares of its own
        unit, what = "share", f"{what}-share"
    if p.unit and p.unit != "people":
        what = f"{what}-{slugify(p.unit)}"
    topic_id = f"{base}-{what}"
    title = f"{what.replace('-', ' ')}: {article.title or article.path} (draft: check the scope)"
    return topic_id, title, unit


def _word_share(p: Proposal) -> bool:
    """Whether ``p``'s value is a share written in words, with no figure ("half", "over one-fifth", "un tercio"):
    a bound between 0 and 1 and no digit, what the claims reader refuses in any topic but one of shares."""
    if any(ch.isdigit() for ch in p.value):
        return False
    try:
        read = parse_quantity(p.value, p.lang if p.lang in ("en", "es") else None)
    except QuantityError:
        return False
    return read.unit is None and any(b is not None and 0 < b < 1 for b in (read.lower, read.upper))


def _carry_criteria(proposals: list[Proposal]) -> None:
    """A claim with no criterion that names again what its claimant counted just before
    ("said 100 soldiers have defected. He referred to the 109 soldiers as expelled") takes
    that criterion: same claimant, same population, the next sentence or the one after."""
    for i, p in enumerate(proposals):
        if p.criterion or not p.claimant or not p.population or p.part_of is not None:
            continue
        for q in reversed(proposals[:i]):
            if p.sentence - q.sentence > 2:
                break
            if q.criterion and q.claimant and _same_name(q.claimant, p.claimant):
                if sorted(q.population) == sorted(p.population):
                    p.criterion = q.criterion
                    p.checks[:] = [c for c in p.checks if c != "criterion"]
                    p.checks.append(f"criterion ({q.criterion!r}: what {p.claimant} counted just before)")
                break


_NO_ONE = "claimant (the text attributes this number to no one)"


def _carry_credits(proposals: list[Proposal], text: str) -> None:
    """Figures the text attributes to no one take the claimant the next sentence credits them to
    ("At least 40 died. That figure comes from the health ministry.")."""
    unattributed = [p for p in proposals if not p.claimant and p.part_of is None]
    if not unattributed:
        return
    split = sentences(text)
    texts = [s.text for s in split]
    for p in unattributed:
        credit = figure_credit(split[p.sentence + 1].text) if p.sentence + 1 < len(split) else None
        if credit:
            p.claimant = credit
            p.checks[:] = [c for c in p.checks if c != _NO_ONE]
            p.checks.append(f"claimant ({credit!r}: credited with the figure in the next sentence)")
            continue
        speaker = quote_speaker(texts, p.sentence) if p.sentence < len(texts) else None
        if speaker:
            # '"We have 45 dead. Another 120 are injured," the minister said.': the quote's speaker
            p.claimant = speaker
            p.checks[:] = [c for c in p.checks if c != _NO_ONE]
            p.checks.append(f"claimant ({speaker!r}: who speaks the quote, named where it closes)")


def _same_name(a: str, b: str) -> bool:
    """"Padrino López" and "Vladimir Padrino López": one name the longer one ends with."""
    a, b = fold_name(a), fold_name(b)
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


# "the Colombian migration authority (Migración Colombia)": a name and, in brackets, its short form
# (its initials may be said to be another language's: "(USGS, por sus siglas en inglés)", "(OCHA, for its acronym
# in English)")
_BRACKETED = re.compile(r"\(\s*([A-ZÁÉÍÓÚÑ][^\W\d_]*(?:[ .'’&-]+[^\W\d_]+){0,5})\s*"
                        r"(?:,\s*(?:por\s+sus?\s+siglas?|for\s+its\s+(?:acronym|initials))(?:\s+en\s+[a-zé]+|"
                        r"\s+in\s+[A-Z][a-z]+)?\s*)?\)")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.&-]*$")
_LEADING = frozenset("the el la los las".split())
_CLAUSE = frozenset("said says by to of from according that and y que por segun dijo informo of".split())


def article_aliases(text: str) -> list[tuple[str, str]]:
    """(long name, short name) for each name the article gives with a short form in brackets:
    "the Colombian migration authority (Migración Colombia)" -> ("Colombian migration
    authority", "Migración Colombia"). The long name is read back from the bracket to an article
    or a punctuation mark (at most eight words)."""
    out = []
    for match in _BRACKETED.finditer(text):
        words = text[max(0, match.start() - 120):match.start()].split()
        long: list[str] = []
        while words and len(long) < 10 and _NAME_WORD.match(words[-1]):
            word = words.pop()
            inner = bool(words) and fold_name(words[-1]) in _INNER_BEFORE and bool(long)
            if fold_name(word) in _LEADING and not inner or fold_name(word) in _CLAUSE and not long:
                break
            if fold_name(word) in _CLAUSE and not word[:1].isupper() and not (
                    fold_name(word) in ("and", "y", "of", "de") and long and long[0][:1].isupper() and words
                    and words[-1][:1].isupper()):
                break                     # (not "and" inside a name: "Disaster and Emergency Management")
            long.insert(0, word)
        while long and fold_name(long[0]) in ("of", "de", "del", "for", "para", "and", "y"):
            long = long[1:]
        if long and any(w[:1].isupper() for w in long) and _same_body(" ".join(long), match.group(1)):
            out.append((" ".join(long), match.group(1)))
        elif long and spells(long[-1], match.group(1)) and _proper(match.group(1)):
            out.append((match.group(1), long[-1]))    # "the WHO (World Health Organization)"
    return out


def _proper(name: str) -> bool:
    """"Civil Human Rights Front", "Unidad Nacional para la Gestión del Riesgo": every word but
    the small ones capitalised."""
    return all(w[:1].isupper() or fold_name(w) in _INNER_BEFORE | _LEADING | {"y", "and"} for w in name.split())


_INNER_BEFORE = frozenset("para de del of for en in".split())


def _same_body(long: str, short: str) -> bool:
    """Whether a bracketed name is a short form of the name before it: an acronym of its words
    ("UNGRD" after "Unidad Nacional para la Gestión del Riesgo de Desastres"), or a name that
    shares a word with it ("Migración Colombia" after "Colombian migration authority"); not a
    credit ("José Pérez (Reuters)") nor a place ("Cúcuta (Norte de Santander)")."""
    if fold_name(long) == fold_name(short):
        return False
    # "UNGRD", "ToI" (Times of India: a small letter for a small word)
    if (short.isupper() or re.fullmatch(r"(?:[A-Z][a-z]?){2,6}", short)) and 2 <= len(short) <= 8 and short.isalpha():
        initials = {w[0].upper() for w in long.split() if w[:1].isalpha()}
        return sum(letter.upper() in initials for letter in short) * 2 > len(short)
    if clips(short, long):                     # "Comisión Permanente de Contingencias (Copeco)"
        return True
    stems = {cognate(w)[:5] for w in long.split() if len(w) > 3}
    return any(cognate(w)[:5] in stems for w in short.split() if len(w) > 3)


def _refers_to(claimant: str, long: str, short: str, text: str = "") -> bool:
    """Whether a claimant names the body of (long, short): either name, or one word of them
    that stands for it ("according to Migration", "the unit said": not when ``text`` names
    another body with that noun, "the Venezuelan border agency")."""
    name = fold_name(claimant)
    words = name.split()
    if words and words[0] in _LEADING:
        words = words[1:]
    if " ".join(words) in (fold_name(long), fold_name(short)) or one_body([claimant], [long, short]):
        return True                                    # (also "National Migration Service (Panama)")
    if len(words) != 1:
        return False
    heads = {cognate(short.split()[0]), cognate(long.split()[0])}
    noun = long.split()[-1]
    if cognate(words[0]) == cognate(noun):
        named = [m for m in re.finditer(rf"\b([^\W\d_]+)\s+{re.escape(noun)}\b", text, re.I)
                 if fold_name(m.group(1)) not in _LEADING | _DETERMINERS]
        return len(named) <= 1                         # "the unit": the one unit the article names
    return cognate(words[0]) in heads and len(words[0]) > 3


_DETERMINERS = frozenset("this that these those its their este esta estos estas dicha dicho su sus".split())


def _alias_of(claimant: str, aliases: list[tuple[str, str]], text: str = "") -> tuple[str, str] | None:
    """The one (long, short) pair of the article a claimant refers to, or None (none or several)."""
    found = {pair for pair in aliases if _refers_to(claimant, *pair, text)}
    return found.pop() if len(found) == 1 else None


def _body_id(draft: Draft, known: KnownSources, names: list[str], bodies: list[str],
             ambiguous: set[tuple[str, ...]], checks: list[str]) -> str:
    """The source id of a claimant the article names ``names`` (its name first): the project's source that
    one of them names (``KnownSources.body_id``); else the one body this article drafted already that they
    name another way (``attr_bodies.one_body``: "National Migration Service (Panama)" and "the National
    Migration Service"); else the id of its name, or of a longer or shorter form drafted (``_same_claimant``)."""
    found, check = known.body_id(names)
    if check is not None:
        checks.append(check)
    if found is not None:
        return found
    same = [source_id for source_id in bodies if one_body(
        names, [draft.sources[source_id]["name"], *draft.sources[source_id].get("aliases", [])], ambiguous)]
    if len(same) == 1:
        return same[0]
    acronym = _by_acronym(draft, names)
    if acronym is not None:
        return acronym
    if not _generic_body(names[0]):
        return _same_claimant(draft, known.id_for(names[0]))
    # "organisers", "police", "the Health Ministry": common words name one body within an article, another body in
    # an article about another event ("organisers" of a march in Washington and of one in Santiago)
    return _same_claimant(Draft(sources={b: draft.sources[b] for b in bodies}), known.id_for(names[0]))


def _by_acronym(draft: Draft, names: list[str]) -> str | None:
    """The one body drafted (by any article) that a one-word name of ``names`` names in another case, when one of
    the two is written as an acronym: "Indec" in one article, "el Instituto Nacional de Estadística y Censos
    (INDEC)" in another are one source; not a word two bodies share."""
    words = {fold_name(n): n for n in names if re.fullmatch(r"[^\W\d_]{2,10}", n)}
    found = {source_id for source_id, entry in draft.sources.items()
             for other in [entry["name"], *entry.get("aliases", [])]
             if other and fold_name(other) in words and other != words[fold_name(other)]
             and (other.isupper() or words[fold_name(other)].isupper())}
    return found.pop() if len(found) == 1 else None


# the common words a body is named by besides those of ``attr_names._generic``: "organisers", "the authorities"
_COMMON_BODY_WORDS = frozenset("organisers organizers organizadores organizadoras convocantes organization "
                               "organisation organizacion authorities autoridades officials funcionarios city "
                               "ciudad local the el la los las".split())


def _generic_body(name: str) -> bool:
    """Whether ``name`` is common words that name a body in any article ("organisers", "city police", "the
    Government"), not a name of its own ("Carabineros", "WHO", "Md Kamrul Hasan")."""
    words = [w for w in name.split() if fold_name(w.strip(".,;:()")) not in _COMMON_BODY_WORDS]
    return not words or _generic(words)


def _own_to_article(draft: Draft, source_id: str, name: str, article: Article, outlet: str | None,
                    checks: list[str], field_name: str = "claimant") -> str:
    """``source_id`` for a body an article names by common words (``_generic_body``), or, when another article
    drafted that id first, an id of this article's own, noted in ``checks`` (under ``field_name``): the id suffixed by
    the outlet, else by the file's name when the other article's file has another, else by a number. One source per
    article, never pooled across articles about other events without the reviewer's word."""
    first = draft.drafted_by.get(source_id)
    if first is None or first == article.path:
        return source_id
    stem = Path(article.path).stem
    suffixes = [s for s in (outlet or "", claimant_slug(stem) if stem != Path(first).stem else "") if s]
    own = next(own for own in itertools.chain((capped_slug(f"{source_id}-{s}") for s in suffixes),
                                              (capped_slug(f"{source_id}-{n}") for n in itertools.count(2)))
               if draft.drafted_by.get(own, None if own in draft.sources else article.path) == article.path)
    # the other article by its file's name, or by its path when the two files have one name ("d1/nota.txt")
    where = Path(first).name if Path(first).name != Path(article.path).name else first
    checks.append(f"{field_name} ({name!r}: a body named by common words, so this article's own source {own!r}, "
                  f"not the {source_id!r} of {where}; merge the two if they are one body)")
    draft.drafted_by[own] = article.path
    return own


def draft_project(draft: Draft, article: Article, proposals: list[Proposal], known: KnownSources,
                  default_source: str | None) -> None:
    """Add one article's proposals to ``draft``."""
    # the outlet: the header's, else the one the address names. A text with neither has none (README: its
    # claims have no url or via to carry); the file's name is no outlet, and had been one ("via: article")
    stem = Path(article.path).stem
    outlet = None
    if article.outlet:
        label = outlet_label(article.url)
        outlet = known.id_for(article.outlet) or claimant_slug(stem) or "outlet"   # ("outlet: ???": no slug)
        if label and outlet not in known.by_name.values() and claimant_slug(label) in known.by_name:
            outlet = known.by_name[claimant_slug(label)]       # the project's source by the address's label
        entry = draft.source(outlet, article.outlet, "media")
        if label and slugify(label) != outlet and fold_name(label) not in {
                fold_name(name) for name in [entry["name"], *entry.get("aliases", [])]}:
            entry.setdefault("aliases", []).append(label)   # the address's label as written ("newindianexpress")
    # the numbers the text credits to no one: --source's, else the outlet's, else the file's (a source of
    # kind other, drafted only when it states one: the reviewer names their claimant)
    unattributed = default_source or outlet or claimant_slug(stem) or "article"
    if default_source:
        draft.source(default_source, default_source, "other")
    ids: list[str] = []
    topics: list[str] = []
    owners: list[str] = []        # the source each proposal is written to, as ``ids``
    _carry_credits(proposals, article.text)
    _carry_criteria(proposals)
    widest = _widest_populations(proposals)
    aliases = article_aliases(article.text)
    # the names this article gives its claimants, and the bodies drafted from them: one body named several ways
    # ("Panama's National Migration Service (SNM)", "the National Migration Service", "SNM") is one source
    ambiguous = ambiguous_bases([*(p.claimant for p in proposals if p.claimant), *(n for a in aliases for n in a)])
    bodies: list[str] = []
    for p in proposals:
        claimant = _one_of_joint(p.claimant, known, p.checks) if p.claimant else p.claimant
        pair = _alias_of(claimant, aliases, article.text) if claimant else None
        if pair is None and claimant and (long := long_name_in(claimant, article.text)) is not None:
            pair = (long, claimant)                   # "the USGS", and the article names the long name
        if claimant:
            if pair is not None:
                # "according to Migration", "the Colombian migration authority": the body the article
                # names with its short form ("Migración Colombia"), one source with the other names as aliases
                long, short = pair
                # the body's own name: the long one when it is a proper name ("Civil Human Rights Front (CHRF)"),
                # else the short one ("the Colombian migration authority (Migración Colombia)"); its country
                # written one way ("Panama's National Migration Service": "National Migration Service (Panama)")
                name, other = (body_name(long), long) if _proper(long) else (short, long)
                names, kind = [name, other, short, claimant], _kind(f"{long} {short}", False)
            else:
                name, names, kind = claimant, [claimant], _kind(claimant, False)
            source_id = _body_id(draft, known, names, bodies, ambiguous, p.checks)
            if source_id not in bodies and source_id not in known.declared and _generic_body(names[0]) \
                    and source_id != _by_acronym(draft, names):   # (an acronym is a name of its own: "INDEC")
                source_id = _own_to_article(draft, source_id, claimant, article, outlet, p.checks)
            named = {fold_name(n) for n in [draft.sources[source_id]["name"], *draft.sources[source_id].get(
                "aliases", [])]} if source_id in draft.sources else {fold_name(name)}
            entry = draft.source(source_id, name, kind)
            if entry["kind"] == "other" and kind != "other":
                entry["kind"] = kind             # "Kyodo", then "Kyodo News": what kind of body it is
            if pair is not None and fold_name(claimant) != fold_name(entry["name"]):
                p.checks.append(f"claimant ({claimant!r}: taken as {entry['name']!r}, as the article names it "
                                f"with {short if fold_name(claimant) == fold_name(long) else long!r})")
            elif pair is None and fold_name(claimant) not in named:
                # "la autoridad migratoria panameña" after "el Servicio Nacional de Migración de Panamá"
                p.checks.append(f"claimant ({claimant!r}: taken as {entry['name']!r}, the body the article "
                                "names so before)")
            for alias in names:     # the other names it was given (its short or long form, its place written so)
                if fold_name(alias) not in {fold_name(a) for a in [entry["name"], *entry.setdefault("aliases", [])]}:
                    entry["aliases"].append(alias)
            if not entry["aliases"]:
                del entry["aliases"]
            if source_id not in bodies:
                bodies.append(source_id)
            draft.drafted_by.setdefault(source_id, article.path)
        else:
            source_id = unattributed
            entry = draft.source(source_id, stem, "other")
        topic_id, title, unit = _topic(article, p, widest)
        if p.part_of is not None and p.part_of < len(owners) and owners[p.part_of] != source_id:
            # a breakdown belongs to the source that states its total (SPEC §3; the report refuses a part_of
            # to another source's claim): parts of another claimant stand alone, for the reviewer to link
            p.checks = [c for c in p.checks if not c.startswith("part_of")]
            p.checks.append(f"part_of (none: the total before it, {ids[p.part_of]}, is {owners[p.part_of]}'s, "
                            "and a breakdown belongs to the source that states its total)")
            p.part_of = None
        if p.part_of is not None and p.part_of < len(topics) and unit == "share":
            # "About a quarter of the marchers were students": a share of the total before it, in the topic of
            # shares ``_topic`` chose (the total's topic counts people, and the claims reader refuses a share there)
            p.checks = [c for c in p.checks if not c.startswith("part_of")]
            p.checks.append(f"part_of (none: a share of the total before it, {ids[p.part_of]}, in a topic of shares)")
            p.part_of = None
        if p.part_of is not None and p.part_of < len(topics):
            topic_id = topics[p.part_of]          # a part counts what its total counts
        existing = draft.topics.get(topic_id)
        if existing is not None and existing["unit"] != unit and p.part_of is None:
            topic_id = f"{topic_id}-{slugify(unit)}"  # the same criterion in another unit: a topic of its own
            title = f"{title} ({unit})"
        topics.append(topic_id)
        draft.topics.setdefault(topic_id, {"id": topic_id, "title": title, "unit": unit, "cumulative": False})
        number, drafted = len(entry["claims"]) + 1, {c["id"] for c in entry["claims"]}
        while (claim_id := f"{source_id}-{number:03d}") in known.claim_ids or claim_id in drafted:
            number += 1      # "relief-office-001" is the project's already: the reviewer copies the draft's claims in
        if any(c["id"] == claim_id for s in draft.sources.values() for c in s["claims"]):
            claim_id = f"{claim_id}-{slugify(Path(article.path).stem)[:20]}"
        ids.append(claim_id)
        owners.append(source_id)
        place = p.place
        if p.city and p.place:
            place = _declare_city(draft, p.city, p.place, known.places, region_of_city(article.text, p.city, p.place))
            if place in known.places.declared:
                # the project's place: no place to declare in _places.yaml and check there
                p.checks = [c for c in p.checks if not (c.startswith(f"place ({p.place!r}: ") and "_places.yaml" in c)]
                p.checks.append(f"place ({p.place!r}: {place}, as your project's _places.yaml names it)")
        claim: dict = {"id": claim_id, "topic": topic_id}
        if p.population:
            claim["population"] = list(p.population)
        for key in ("criterion", "place", "as_of", "stated_on"):
            value = place if key == "place" else getattr(p, key)
            if value:
                claim[key] = value
        claim["value"] = p.value
        claim["lang"] = p.lang
        claim["quote"] = p.quote
        if article.url:
            claim["url"] = article.url
        if outlet:
            claim["via"] = outlet     # SPEC §6: every claim carries its outlet (the outlet's own too: the report
            #                           reads a claim's via of its own source as no other outlet)
        if p.cites:                   # "Reuters reported, citing state media": the source it says it took it from
            cited = _same_claimant(draft, known.id_for(p.cites))
            if cited not in known.declared:
                # a source the wire does not name ("local officials", "medios estatales", with_cited): one per
                # article, as a body named by common words is (two wires citing "local officials" are two origins)
                cited = _own_to_article(draft, cited, p.cites, article, outlet, p.checks, "cites")
            draft.source(cited, p.cites, _kind(p.cites, False))
            draft.drafted_by.setdefault(cited, article.path)
            claim["cites"] = cited
        if p.part_of is not None and p.part_of < len(ids):
            claim["part_of"] = ids[p.part_of]
        check = "; ".join(p.checks) if p.checks else "the value and its scope"
        claim["note"] = f"proposed by reconcile extract, {p.sure} confidence; check: {check}"
        entry["claims"].append(claim)


def _one_of_joint(claimant: str, known: KnownSources, checks: list[str]) -> str:
    """The body a figure two bodies give together is credited to ("said Doctors Without Borders and SOS
    Mediterranee"): the first that the current project declares, else the first named; ``checks`` names the
    other. One joint statement is one origin: the figure written to both would read as two independent sources
    that agree (SPEC §5), and a source named "X and Y" matches neither X nor Y."""
    bodies = joint_names(claimant)
    if len(bodies) < 2:
        return claimant
    chosen = next((b for b in bodies if known.body_id([b])[0] is not None), bodies[0])
    others = " and ".join(repr(b) for b in bodies if b != chosen)
    why = "your project's source" if known.body_id([chosen])[0] is not None else "the first named"
    checks.append(f"claimant ({claimant!r}: a joint statement, credited to {chosen!r}, {why}; {others} gave it "
                  "too: one origin, so it is not copied to its file, where it would count as corroboration)")
    return chosen


def _declare_city(draft: Draft, code: str, name: str, project: PlaceIndex, region: str | None = None) -> str:
    """Declare a city for _places.yaml; the claim's place is its name, or its id when another
    declared city has that name ("Lérida" in Spain and in Colombia). Its parent is the ``region`` the
    text places it in ("Tucson, Arizona": US-AZ), else its country. A place the project knows
    already is no new place: a name the current project's _places.yaml gives a place ({id: CO-DC,
    aliases: [Bogotá]}) is that place's code; a city that is an ISO 3166 subdivision ("Ciudad de
    México" is MX-CMX) is named by a name that resolves to it (``_iso_place_named``)."""
    key = fold_name(name)
    own = project.resolve(name)
    if isinstance(own, str) and own != _ISO_PLACES.resolve(name):
        _copy_project_place(draft, project, own)
        return own                        # the project's own name for one of its places
    land = city_land(code)
    if land is not None:
        named = _iso_place_named(draft, land, name)
        if named is not None:
            return named
    parent = region or code.split("-")[0]
    if places_named(name):
        # an ISO name too ("Santiago" is DO-25, "Buenos Aires" AR-B, "México" MX): the claim names the city by
        # its id, and the declaration by a name no ISO place has, or a project that copies it in would read
        # its own "place: México" as ambiguous (N5 D10, session 45)
        _parent_of(draft.places.setdefault(code, {"id": code, "name": f"{name} (city)", "aliases": [],
                                                  "parent": parent}), region)
        return code
    for other in draft.places.values():
        if other["id"] != code and key in _names(other):
            # named with its country, never by its code (N6 D6b: "AF-ZINDA-JAN" had name "AF-ZINDA-JAN")
            _parent_of(draft.places.setdefault(code, {"id": code, "name": f"{name} ({code.split('-')[0]})",
                                                      "aliases": [], "parent": parent}), region)
            return code
    entry = draft.places.setdefault(code, {"id": code, "name": name, "aliases": [], "parent": parent})
    _parent_of(entry, region)
    if fold_name(name) != fold_name(entry["name"]) and name not in entry["aliases"]:
        entry["aliases"].append(name)
    return name


def _parent_of(entry: dict, region: str | None) -> None:
    """A city declared by an earlier article with its country as parent lies in the ``region`` a later one
    places it in."""
    if region is not None and "-" not in (entry["parent"] or "-"):
        entry["parent"] = region


#: ISO 3166 alone, as a project with no _places.yaml reads names
_ISO_PLACES = PlaceIndex()


def _copy_project_place(draft: Draft, project: PlaceIndex, code: str) -> None:
    """The current project's declaration of ``code`` (and of the declared places it lies in) in the draft too,
    so that ``reconcile report`` runs on the draft as it is; marked as the project's, not to be copied back."""
    while code in project.declared and not is_iso_code(code) and code not in draft.places:
        place = project.declared[code]
        draft.places[code] = {"id": code, "name": place.name, "aliases": list(place.aliases), "parent": place.parent,
                              "project": True}
        code = place.parent or ""


def _names(place: dict) -> set[str]:
    """The folded names of a place of the draft _places.yaml (an ISO place's entry has aliases only)."""
    return {fold_name(n) for n in (place["name"], *place["aliases"]) if n}


def _iso_place_named(draft: Draft, code: str, name: str) -> str | None:
    """The place of a claim in the ISO 3166 place ``code``, named ``name`` as the text writes it: that name when
    it resolves to ``code``; else the name with an entry in the draft _places.yaml that gives it to ``code``
    ("Bogotá" for CO-DC, ISO's "Distrito Capital de Bogotá"), when no ISO place nor city of the draft has it;
    None when another place has it ("Buenos Aires" is ISO's province AR-B, not the city AR-C): the caller
    declares the city, as the project reads that name."""
    key = fold_name(name)
    if iso_resolve(name) == code:
        return name
    if iso_resolve(name) is not None or any(other["id"] != code and key in _names(other)
                                            for other in draft.places.values()):
        return None
    entry = draft.places.setdefault(code, {"id": code, "name": None, "aliases": [], "parent": None})
    if key not in {fold_name(a) for a in entry["aliases"]}:
        entry["aliases"].append(name)
    return name


def _codes_where_ambiguous(draft: Draft) -> None:
    """A claim whose place is an ISO name ("Lérida", ES-L) that a city declared in the draft
    also has (Lérida in Colombia) names it by its code, or the project would read it as
    ambiguous."""
    declared = {key for place in draft.places.values() for key in _names(place)}
    for entry in draft.sources.values():
        for claim in entry["claims"]:
            place = claim.get("place")
            if place and place not in draft.places and fold_name(place) in declared:
                code = iso_resolve(place)
                if code is not None:
                    claim["place"] = code


#: what a draft must not hold as it is, in a comment or a quoted value: controls (C0, DEL, C1: YAML refuses
#: most of them, and reads NEL as a line break, as it does U+2028 and U+2029), bidi marks, embeddings,
#: overrides and isolates (a reviewer would read other text than the file holds), a byte-order mark and the
#: two non-characters YAML refuses. Lone surrogates (a file name that is not UTF-8) are written as text.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                     "\ufeff\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _q(value) -> str:
    """A YAML scalar: a JSON string, with every character of ``_UNSAFE`` as an escape YAML reads
    back to that character (JSON escapes only C0 controls); the value loads as it was."""
    if isinstance(value, str):
        value = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", value)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False))


def _name(value: str) -> str:
    """A source's or a place's name as a YAML scalar, without invisible format characters (a
    zero-width space, a bidi mark) and with a space for a control character (NEL, DEL): report
    refuses a name that holds either (``sources.lookalike``)."""
    return _q("".join("" if unicodedata.category(ch) == "Cf" else
                      " " if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r" else ch for ch in value))


_ID = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")     # a slug, a place's code (CO-NSA)


def _plain(value: str) -> str:
    """An id as it is when YAML reads it back as that text, else quoted: an outlet "Null" has the id
    null, which unquoted is no id; "2020" would be a number."""
    try:
        plain = _ID.fullmatch(value) is not None and yaml.safe_load(value) == value
    except yaml.YAMLError:
        plain = False
    return value if plain else _q(value)


def _comment(text: str) -> str:
    """Text (a file's name) for a comment: one line, as error messages show it (``escape``), and the
    characters YAML refuses escaped too; a name with a newline had ended the comment and begun YAML."""
    return re.sub("[\ufeff\ufffe\uffff]", lambda m: f"\\u{ord(m.group()):04x}", escape(text))


#: how each file ``reconcile extract`` writes begins: what ``--force`` may write over (nothing else)
DRAFT_OPENINGS = ("# Proposed by `reconcile extract` from ", "# Draft topics proposed by `reconcile extract`",
                  "# Cities (GeoNames) and regions named by the proposed claims",
                  # what earlier versions began the draft _places.yaml with
                  "# Cities named by the proposed claims (GeoNames)")


def is_draft(path: Path) -> bool:
    """Whether the file at ``path`` is one ``reconcile extract`` wrote (its first line says so)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            first = f.readline(200)
    except OSError:
        return False
    return first.startswith(DRAFT_OPENINGS)


def render_source(entry: dict, article_names: list[str], declared_in: str | None = None) -> str:
    """A draft source file. ``declared_in``: the file of the current project's sources/ that
    declares this source already (its claims go there, not this file over it)."""
    move = ("then move this file into sources/." if declared_in is None else
            f"then copy its claims into the claims: list of\n# sources/{_comment(declared_in)}, which declares this "
            "source in your project\n# (moving this file there would replace it).")
    # every text a draft holds is the articles' or the project's (names, titles, addresses, quotes): a name
    # in a comment goes escaped, a value quoted (_q), an id as it is only when YAML reads it back so (_plain)
    lines = [f"# Proposed by `reconcile extract` from {_comment(', '.join(article_names))}: review every claim",
             f"# (see each note), delete what is not a claim, {move}",
             "source:", f"  id: {_plain(entry['id'])}", f"  name: {_name(entry['name'])}",
             f"  kind: {_plain(entry['kind'])}"]
    if entry.get("aliases"):
        lines.insert(-1, f"  aliases: [{', '.join(_name(a) for a in entry['aliases'])}]")
    if not entry["claims"]:
        lines.append("claims: []")
        return "\n".join(lines) + "\n"
    lines.append("claims:")
    for claim in entry["claims"]:
        first = True
        for key, value in claim.items():
            prefix = "  - " if first else "    "
            first = False
            if isinstance(value, list):
                lines.append(f"{prefix}{key}: [{', '.join(_q(v) for v in value)}]")
            else:
                lines.append(f"{prefix}{key}: {_q(value)}")
    return "\n".join(lines) + "\n"


def render_topics(draft: Draft) -> str:
    lines = ["# Draft topics proposed by `reconcile extract`: merge topics that count the same thing,",
             "# set `cumulative: true` for counts to date, and add bounds. If your project has a",
             "# sources/_topics.yaml, copy these entries into it (moved over it, this file replaces it).",
             "topics:" if draft.topics else "topics: []"]
    for topic in draft.topics.values():
        lines += [f"  - id: {_plain(topic['id'])}", f"    title: {_q(topic['title'])}",
                  f"    unit: {_q(topic['unit'])}", f"    cumulative: {'true' if topic['cumulative'] else 'false'}"]
    return "\n".join(lines) + "\n"


def render_places(draft: Draft) -> str:
    lines = ["# Cities (GeoNames) and regions named by the proposed claims: check each one is the place",
             "# meant, and that its parent is right; an ISO 3166 place has only the names the claims give",
             "# it. If your project has a sources/_places.yaml, copy these entries into it (moved over it,",
             "# this file replaces it).",
             "places:"]
    for place in sorted(draft.places.values(), key=lambda p: p["id"]):
        if place.get("project"):
            lines.append("  # (your project's sources/_places.yaml declares this one: do not copy it)")
        lines.append(f"  - id: {_plain(place['id'])}")
        if place["name"]:
            lines.append(f"    name: {_name(place['name'])}")
        if place["aliases"]:
            lines.append(f"    aliases: [{', '.join(_name(a) for a in place['aliases'])}]")
        if place["parent"]:
            lines.append(f"    parent: {_plain(place['parent'])}")
    return "\n".join(lines) + "\n"


def render_files(draft: Draft, article_names: list[str], known: KnownSources | None = None) -> dict[str, str]:
    """Relative path -> text of every file of the project. A source the current project
    declares (``known``) keeps its name, kind and aliases there."""
    _codes_where_ambiguous(draft)
    declared = known.declared if known is not None else {}
    files = {}
    for source_id, entry in sorted(draft.sources.items()):
        in_project = declared.get(source_id)
        if in_project is not None:
            head = in_project[1]
            name = head["name"] if isinstance(head.get("name"), str) else entry["name"]
            aliases = {fold_name(a): a for a in [*(entry.get("aliases") or []), entry["name"],
                                                 *(a for a in head.get("aliases") or [] if isinstance(a, str))]}
            aliases.pop(fold_name(name), None)
            kind = head["kind"] if isinstance(head.get("kind"), str) else entry["kind"]
            entry = {**entry, "name": name, "kind": kind, "aliases": sorted(aliases.values(), key=fold_name)}
        files[f"sources/{source_id}.yaml"] = render_source(entry, article_names,
                                                           in_project[0] if in_project is not None else None)
    files["sources/_topics.yaml"] = render_topics(draft)
    if draft.places:
        files["sources/_places.yaml"] = render_places(draft)
    return files
