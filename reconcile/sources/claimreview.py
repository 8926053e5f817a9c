"""Claims from schema.org ClaimReview JSON-LD, the form fact-checkers publish (a reader of
``sources.READERS``)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable

from reconcile.errors import InputError
from reconcile.model.names import SourceIndex, misspelt_source, shown_name
from reconcile.model.records import Source
from reconcile.quantities.parse import find_quantities
from reconcile.quantities.running import quantities_in_text
from reconcile.sources.jsonfile import json_lines, parse_json
from reconcile.sources.lookalike import check_text
from reconcile.sources.tables import named_source, new_source_id
from reconcile.sources.loaded import Loaded, RawClaim


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _name_of(value: Any, display: str, line: int, where: str, field: str) -> str | None:
    """The name (or identifier) of a Thing, or the text written in its place; an error for
    anything else (a name that is an object, a number where a Thing belongs)."""
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("name") if value.get("name") not in (None, "") else value.get("identifier")
        field += ".name"
    if value is None or value == "" or value == []:
        return None
    if not isinstance(value, str):
        kind = ("an object" if isinstance(value, dict) else "a list" if isinstance(value, list)
                else "true or false" if isinstance(value, bool) else "a number")
        raise InputError(f"{where}: {field} must be text, not {kind}", file=display, line=line, field=field,
                         hint=f'write "{field}": "..."')
    return value


#: how JSON-LD writes schema.org's ClaimReview type: its name, or its IRI ("http://schema.org/ClaimReview")
_CLAIMREVIEW_TYPES = frozenset({"ClaimReview", "schema:ClaimReview", "http://schema.org/ClaimReview",
                                "https://schema.org/ClaimReview"})


def _is_claimreview(doc: dict) -> bool:
    kind = doc.get("@type")
    return kind in _CLAIMREVIEW_TYPES if isinstance(kind, str) else \
        isinstance(kind, list) and any(k in _CLAIMREVIEW_TYPES for k in kind if isinstance(k, str))


def _claim_reviews(doc: Any, path: tuple[str | int, ...] = ()) -> Iterable[tuple[tuple[str | int, ...], dict]]:
    """Each ClaimReview object of a JSON-LD document, with its path in the document: in a list, an
    ``@graph``, or held by another object (a WebPage's ``mainEntity``, an Article's ``review``)."""
    if isinstance(doc, list):
        for index, item in enumerate(doc):
            yield from _claim_reviews(item, (*path, index))
    elif isinstance(doc, dict):
        if _is_claimreview(doc):
            yield path, doc
            return
        for key, value in doc.items():
            if isinstance(value, (dict, list)) and key not in ("@context",):
                yield from _claim_reviews(value, (*path, key))


def _nodes(doc: Any, found: dict[str, dict] | None = None) -> dict[str, dict]:
    """Every object of a JSON-LD document that has an ``@id``, by it: what ``{"@id": ...}`` refers to."""
    found = {} if found is None else found
    if isinstance(doc, list):
        for item in doc:
            _nodes(item, found)
    elif isinstance(doc, dict):
        if isinstance(doc.get("@id"), str) and len(doc) > 1:
            found.setdefault(doc["@id"], doc)
        for value in doc.values():
            if isinstance(value, (dict, list)):
                _nodes(value, found)
    return found


def read_claimreview(path: Path, loaded: Loaded) -> None:
    """Claims from schema.org ClaimReview JSON-LD (one per ClaimReview, at the line where
    that ClaimReview starts).

    The claimant is ``itemReviewed.author`` (a known source by id, name or alias, else a new
    source of kind "other"; see ``resolve_authors``); the quote is ``claimReviewed``, whose one
    quantity is the value; the topic is ``about`` (a topic id, or a Thing whose identifier or
    name is one); the date is ``itemReviewed.datePublished``; the url the first ``appearance``
    (or ``firstAppearance``), and its outlet the claim's ``via`` (``_outlet``; see ``resolve_authors``).
    """
    display, text = loaded.read_text(path)
    doc = parse_json(text, display)
    reviews = list(_claim_reviews(doc))
    if not reviews:
        raise InputError("no ClaimReview found", file=display,
                         hint='a JSON claims file holds schema.org ClaimReview objects ("@type": "ClaimReview")')
    lines = json_lines(text)
    nodes = _nodes(doc)
    for number, (place, review) in enumerate(reviews, start=1):
        line = lines.get(place, 1)
        item = review.get("itemReviewed") or {}
        where = f"ClaimReview #{number}"
        if not isinstance(item, dict):
            raise InputError(f"{where}: itemReviewed must be a Claim object", file=display, line=line,
                             field="itemReviewed",
                             hint='write "itemReviewed": {"@type": "Claim", "author": {...}}')
        if not isinstance(review.get("claimReviewed", ""), str):
            raise InputError(f"{where}: claimReviewed must be text", file=display, line=line,
                             field="claimReviewed", hint="give the claim's words as one string")
        written = item.get("author")
        if isinstance(written, list) and len(written) > 1:
            raise InputError(f"{where}: itemReviewed.author names {len(written)} authors; a claim has one claimant",
                             file=display, line=line, field="itemReviewed.author",
                             hint="keep the author who states the number (the others may be cited in the claim's "
                                  "YAML as cites), or write the claim in YAML")
        author = _name_of(_referred(_first(written), nodes), display, line, where, "itemReviewed.author")
        check_text(author, field="source", file=display, line=line)
        if not author:
            raise InputError(f"{where} has no itemReviewed.author", file=display, line=line, field="author",
                             hint="name who made the claim in itemReviewed.author.name")
        quote = review.get("claimReviewed")
        topic = _name_of(review.get("about") or item.get("about"), display, line, where, "about")
        check_text(topic, field="topic", file=display, line=line)
        appearance = _referred(_appearance(item, "appearance", display, line, where)
                               or _appearance(item, "firstAppearance", display, line, where), nodes)
        url = _name_of(appearance.get("url") if isinstance(appearance, dict) else appearance, display, line, where,
                       "itemReviewed.appearance.url")
        outlet = _outlet(appearance, nodes, display, line, where)
        lang = _language(item.get("inLanguage") or review.get("inLanguage"))
        raw: RawClaim = {"topic": topic, "quote": quote, "stated_on": item.get("datePublished"), "url": url,
                         "value": _single_value(quote, display, line, where, lang) if quote else None, "lang": lang}
        raw = {k: v for k, v in raw.items() if v not in (None, "")}
        raw.update(_source=None, _file=display, _line=line, _lines={})
        loaded.claims.append(raw)
        loaded.authors.append((raw, str(author)))
        if outlet is not None:
            loaded.outlets.append((raw, *outlet))


def _appearance(item: dict, key: str, display: str, line: int, where: str) -> Any:
    """The first ``appearance`` (or ``firstAppearance``) of a reviewed claim: a CreativeWork or
    its url, or None; anything else (a number, a list in the list) is an error, not a claim
    silently read without its url and outlet."""
    value = _first(item.get(key))
    if value is None or value == "" or value == [] or isinstance(value, dict | str):
        return value
    kind = "a list" if isinstance(value, list) else "true or false" if isinstance(value, bool) else "a number"
    field = f"itemReviewed.{key}"
    raise InputError(f"{where}: {field} must be a CreativeWork or its url, not {kind}", file=display, line=line,
                     field=field, hint=f'write "{key}": {{"url": "https://...", "publisher": {{"name": "..."}}}}')


def _referred(value: Any, nodes: dict[str, dict]) -> Any:
    """The object a JSON-LD reference names (``{"@id": "#minsa"}``: the Organization of that ``@id``
    elsewhere in the document), else the value itself."""
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and isinstance(value.get("@id"), str):
        return nodes.get(value["@id"], value)
    return value


def _outlet(appearance: Any, nodes: dict[str, dict], display: str, line: int,
            where: str) -> tuple[str, str] | None:
    """The outlet where a reviewed claim appeared, as (its name, the field that gives it): the
    ``publisher`` of the appearance, else its ``author`` (a post's account), each an object or a
    name; None for an appearance that is only a URL."""
    if not isinstance(appearance, dict):
        return None
    for key in ("publisher", "author"):
        field = f"itemReviewed.appearance.{key}"
        name = _name_of(_referred(_first(appearance.get(key)), nodes), display, line, where, field)
        check_text(name, field="via", file=display, line=line)
        if name and name.strip():
            return name.strip(), field
    return None


def resolve_authors(loaded: Loaded) -> None:
    """Give each ClaimReview claim its author's source id, once every file is read: a declared
    source (by id, name or alias, whichever file declares it and in whatever order the files
    come), else a new source of kind "other" named after the author, declared where its first
    ClaimReview starts. Then the outlet of its appearance becomes its ``via`` the same way (SPEC.md
    §3: via is ClaimReview's appearance); an outlet no source declares becomes a source of kind
    "media", as ``extract`` makes the outlet of an article. A name two sources share is an error."""
    names = SourceIndex(loaded.sources.values())
    for raw, author in loaded.authors:
        raw["_source"] = _source_of(author, "other", names, loaded, file=raw["_file"], line=raw["_line"],
                                    field="author")
    for raw, outlet, field in loaded.outlets:
        raw["via"] = _source_of(outlet, "media", names, loaded, file=raw["_file"], line=raw["_line"], field=field)
    loaded.authors.clear()
    loaded.outlets.clear()


def _source_of(name: str, kind: str, names: SourceIndex, loaded: Loaded, **where: Any) -> str:
    """The id of the source ``name`` names; a new source of that name and ``kind`` when none does."""
    source_id = named_source(names, name, **where)
    if source_id is None:
        # against the sources of source files only: two bodies a ClaimReview file names ("ABC News", "NBC News")
        # are each new, not one the other's slip (R1, session 45)
        slip = misspelt_source(name, (source for source in loaded.sources.values()
                                      if not str(source.file or "").lower().endswith((".json", ".jsonld"))))
        if slip is not None:   # a typo would become a new, independent origin that agrees with the source it misspells
            raise InputError(f'{where["field"]} "{shown_name(name)}" names no source',
                             file=where["file"], line=where["line"], field=where["field"],
                             hint=f'did you mean "{slip}"? Correct the spelling, or add it to the aliases of {slip}; '
                                  "a body of its own needs a source file with its id")
        source_id = new_source_id(name, loaded, **where)
    if source_id not in loaded.sources:
        source = Source(id=source_id, name=name, kind=kind, file=where["file"], line=where["line"])
        loaded.sources[source_id] = source
        names.add(source)
    return source_id


def _language(value: Any) -> str | None:
    """The language a ClaimReview gives (``inLanguage``: "es", "es-CO", a Language with a name
    or alternateName), when the parser reads it; else None (detected from the words)."""
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("_", "-")
    named = {"english": "en", "spanish": "es", "español": "es", "espanol": "es", "inglés": "en"}
    code = named.get(code, code.split("-")[0])
    return code if code in ("en", "es") else None


#: a claim that opens with a word for zero (SPEC §4), which running text does not take as a figure
_ZERO_OPENS = re.compile(r"\s*[\"“«']?\s*(none|no one|nobody|zero|nadie|ninguno|ninguna|cero)\b", re.IGNORECASE)


#: a sentence that opens with a word for zero and counts nothing: "Nobody knows how many soldiers defected",
#: "Nadie sabe cuántos desertaron" (R1, session 45)
_NO_COUNT = re.compile(r"\b(?:how many|how much|whether|knows?|knew|sure|clear|cu[aá]nt[oa]s?|sabe|saben|sab[ií]a|"
                       r"sab[ií]an|seguro|claro)\b", re.IGNORECASE)


def _single_value(quote: str, display: str, line: int, where: str, lang: str | None = None) -> str:
    """The one quantity a reviewed claim states: as a reader takes it from the sentence, its dates, years and
    times left out ("More than 500 soldiers crossed into Colombia in 2019" states one, more than 500)."""
    mentions = find_quantities(quote, lang)
    if len(mentions) == 1:
        return quote[mentions[0].start:mentions[0].end]
    read = quantities_in_text(quote, lang)
    if len(read) == 1:
        return quote[read[0]["start"]:read[0]["end"]]
    zero = _ZERO_OPENS.match(quote) if not read and not _NO_COUNT.search(quote) else None
    if zero is not None:   # "No one has defected", "Nadie murió": SPEC §4's words for zero
        return zero.group(1)
    listed = ", ".join(f'"{q["text"]}"' for q in read[:5])
    raise InputError(f"{where}: claimReviewed holds {len(read)} quantities" + (f" ({listed})" if read else "")
                     + "; one is needed", file=display, line=line, field="claimReviewed",
                     hint="review one number per ClaimReview, or write the claim in YAML")
