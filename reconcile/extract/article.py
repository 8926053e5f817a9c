"""An article file -> its text and what is known about it (url, title, author, date, outlet).

Plain text may open with a block of ``key: value`` header lines (``url:``, ``title:``,
``date:``, ...) ended by a blank line: they are metadata, not text. HTML goes through
trafilatura, which keeps the article body (no menu, no footer) and reads the page's address,
title, author, site name and date.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from reconcile.errors import InputError
from reconcile.model.names import parse_date, slugify

__all__ = ["Article", "read_article", "parse_article", "outlet_of", "outlet_label"]

_HEADER_LINE = re.compile(r"^([A-Za-z][\w-]{0,30}):[ \t]*(.*)$")
# what a header block may say; a block with other labels ("Casualties: 59,488 deaths") is the
# article's infobox, its figures text to read
_META_KEYS = frozenset({"url", "title", "date", "author", "byline", "outlet", "site", "source", "licence", "license",
                        "lang", "language", "published", "via"})
#: a Spanish header's labels, as the English ones they stand for
_SPANISH_LABELS = {"título": "title", "titulo": "title", "fecha": "date", "autor": "author", "autora": "author",
                   "medio": "outlet", "fuente": "source", "sitio": "site", "enlace": "url", "idioma": "lang",
                   "licencia": "licence"}
_HTML = re.compile(r"<(?:!doctype html|html|body|p|div|article)\b", re.I)
# hosts whose first label is a language or a device, not the outlet ("en.wikipedia.org")
_HOST_PREFIXES = frozenset({"www", "m", "mobile", "amp", "en", "es", "news", "edition", "static"})
_BOILERPLATE = re.compile(
    r"(?:check also|related(?: articles| posts| stories)?|leave a (?:reply|comment)|read more|"
    r"share this(?: article)?|more from .{1,40}|you may also like|recommended|comments|"
    r"te puede interesar|noticias relacionadas|lee también|leer más|deja (?:un|tu) comentario|"
    r"comparte esta noticia|relacionad[oa]s|más noticias)\s*:?", re.I)
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "gob", "ac", "edu"})
# a dated dateline that opens the text, the day the article was filed: "CARACAS, March 8, 2019 (Reuters) -",
# "Bogotá, 12 de marzo de 2019.", "Friday, March 8, 2019", "March 8, 2019" alone on its line, "ACAPULCO, Mexico
# (AFP) -- September 18, 2013 --"; a city and a weekday before the day are optional, a day with no year ("Caracas,
# 8 mar (EFE)") is no date
_DATELINE_DATE = re.compile(
    r"(?:[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,4},[ \t]*){0,2}"
    # a wire's place and agency before its day: "ACAPULCO, Mexico (AFP) -- September 18, 2013 --"
    r"(?:[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,4}[ \t]*\([^()\n]{1,30}\)[ \t]*[-–—]+[ \t]*)?"
    # a wire's agency and outlet in brackets, then the day that closes them: "(APP - UrduPoint / Pakistan Point News
    # - 9th Jun, 2024)"
    r"(?P<bracket>\([ \t]*[^\W\d_][^()\n]{0,80}?[ \t][-–—]+[ \t]*)?"
    # (an ordinal day: "Jun 9th, 2024", "9th Jun, 2024")
    r"(?P<date>[^\W\d_]{3,10}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,[ \t]+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:de[ \t]+)?[^\W\d_]{3,10}\.?,?[ \t]+(?:del?[ \t]+)?\d{4}"
    r"|\d{4}-\d{2}-\d{2})"
    # then what ends a dateline: the bracket's close; its line's end, "(Reuters)", a dash, ".-", a period; not a
    # sentence going on ("January 5, 2019 was the day ...", "12 June 2018, the day ...": a day the text tells, R1)
    r"(?(bracket)[ \t]*\)|(?=[ \t]*(?:$|\n|\(|[-–—]|\.-|\.(?:\s|$)|/)))")


@dataclass(frozen=True)
class Article:
    text: str
    url: str | None = None
    title: str | None = None
    author: str | None = None
    date: str | None = None          # ISO date the article was published
    outlet: str | None = None        # the outlet's name ("Wikipedia", "Example News")
    path: str = ""
    #: the lines of ``text`` (their numbers from 0, of ``text.split("\\n")``) that were headings of an HTML page
    #: (<h1>-<h6>), not sentences: "500 civilian deaths reported" (``heading_at`` asks by an offset)
    headings: frozenset[int] = frozenset()

    def heading_at(self, offset: int) -> bool:
        """Whether the character at ``offset`` of ``text`` is on a line that was a heading of the page."""
        return bool(self.headings) and self.text.count("\n", 0, offset) in self.headings


# a copy of a page kept by an archive: "https://web.archive.org/web/20190101000000/https://elpais.com/..."
_ARCHIVED = re.compile(r"^/web/[\w*]+/+(https?:/+.+)$", re.I)
# a copy served by a proxy, a cache or a publishing platform under its own host, with the outlet's domain
# written in the first label: "elpais-com.nproxy.org", "www-bbc-co-uk.cdn.ampproject.org",
# "eluniverso-el-universo-prod.cdn.arcpublishing.com"
_DASHED_DOMAIN = re.compile(r"^(?:www-|amp-|m-)?([a-z0-9]+)-(?:com|org|net|info|co|es|mx|ar|cl|pe|ec|bo|ve|uy|py|"
                            r"gt|hn|sv|ni|cr|pa|do|cu|pr|us|uk|in|pk|ng|ke|za|ph|au|nz|ca|ie|fr|de|it|pt|br)(?:-|$)")
_PLATFORMS = ("arcpublishing.com",)


def _host(url: str | None) -> str:
    """The host of an address, lower case; an archived copy's, the archived page's ("" for none)."""
    if not url:
        return ""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    archived = _ARCHIVED.match(parts.path) if host.endswith("archive.org") else None
    return _host(archived.group(1)) if archived is not None else host


def outlet_of(url: str | None) -> str | None:
    """The outlet's name from an address: "https://en.wikipedia.org/wiki/X" -> "Wikipedia"; an
    archived, cached or proxied copy's is the outlet's, not the archive's ("https://web.archive.org/
    web/2019/https://elpais.com/x", "https://elpais-com.nproxy.org/x": "El Pais")."""
    label = outlet_label(url)
    return _outlet_name(label) if label else None


def outlet_label(url: str | None) -> str | None:
    """The label of an address that names its outlet, as written: "newindianexpress" for
    "https://www.newindianexpress.com/x", "bbc" for "https://news.bbc.co.uk/x"."""
    host = _host(url)
    if not host:
        return None
    first = host.split(".")[0]
    # (not a language's subdomain: "es-us.noticias.yahoo.com")
    dashed = _DASHED_DOMAIN.match(first) if host.count(".") >= 2 and not re.fullmatch(r"[a-z]{2}-[a-z]{2}", first) \
        else None
    if dashed is not None:
        return dashed.group(1)
    if host.endswith(_PLATFORMS) and host.count(".") >= 2:
        return first.split("-")[0]
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return None
    labels = labels[:-1]                                  # the top-level domain
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:   # "bbc.co.uk"
        labels = labels[:-1]
    while len(labels) > 1 and labels[0] in _HOST_PREFIXES:
        labels = labels[1:]
    return labels[-1]


# country codes that sites everywhere use for their letters, not their country ("bit.ly", "x.io", "news.tv")
_GENERIC_CCTLDS = frozenset("io tv me fm ly ai ws cc to gg am la st sh nu vc ag sc gl im re tk ml ga cf gq co "
                            "eu su ac fo cx so".split())
_SECOND_LEVEL_WORDS = frozenset("com gov gob org net edu co ac info".split())


def home_country(url: str | None) -> str | None:
    """The country an outlet's address is of, by its country code ("eldeber.com.bo": BO, "elcomercio.pe":
    PE, "bbc.co.uk": GB, "eltiempo.com.co": CO); None for a generic domain or one every country uses
    ("elpais.com", "bit.ly"; ".co" only under "com.co", "gov.co")."""
    labels = [label for label in _host(url).split(".") if label]
    if len(labels) < 2 or len(labels[-1]) != 2 or not labels[-1].isalpha():
        return None
    code = "GB" if labels[-1] == "uk" else labels[-1].upper()
    second = labels[-2] if len(labels) >= 3 else ""
    if labels[-1] in _GENERIC_CCTLDS and second not in _SECOND_LEVEL_WORDS:
        return None
    from reconcile.model.names import is_iso_code

    return code if is_iso_code(code) else None


def _outlet_name(label: str) -> str:
    """A host's label as the outlet's name: "bbc" -> "BBC", "newindianexpress" -> "New Indian Express",
    "elpais" -> "El Pais", "reuters" -> "Reuters" (words the label runs together: ``_words_of``)."""
    if len(label) <= 3:
        return label.upper()
    words = label.split("-") if "-" in label else _words_of(label)
    if len(words) < 2:
        return label.capitalize()
    return " ".join(word.upper() if word == "tv" else word if k and word in _NAME_PARTICLES else word.capitalize()
                    for k, word in enumerate(words) if word)


#: short words an outlet's name runs together with others ("thehindu", "timesofindia", "elcomercio")
_NAME_PARTICLES = frozenset("the of and el la los las de del y tv".split())
#: the least a word of an outlet's name is counted in wordsegment's corpus (a trillion words of
#: English web text, which holds Spanish words too): "deber" 19,613 times, "dainik" 18,564
_WORD_COUNT = 15_000
#: the least a word of four letters or fewer is counted: a short part is likelier a piece of a brand or of a word
#: the corpus lacks ("infobae": "info bae", 923,422 times; "elconfidencial": "el confiden cial", 737,351)
_SHORT_WORD_COUNT = 1_000_000


@functools.cache
def _segmenter() -> Any:
    """wordsegment's model, loaded once (some 0.5 s): only for a host whose label may run words together."""
    from wordsegment import Segmenter  # type: ignore[import-untyped]

    segmenter = Segmenter()
    segmenter.load()
    return segmenter


def _words_of(label: str) -> list[str]:
    """The words a host's label runs together, by wordsegment (the likeliest split by word and pair
    frequencies), or ``[label]`` when a split is unsure: a part under three letters that is no
    particle ("semissourian": "se missourian"; "elespectador": "ele spect ad or") or a word the
    corpus seldom holds ("infobae", "elconfidencial", and "elpais" too: "pais", 377,177 times)."""
    if len(label) < 6 or not label.isascii() or not label.isalpha():
        return [label]
    segmenter = _segmenter()
    words = segmenter.segment(label)
    if len(words) < 2 or "".join(words) != label:
        return [label]
    if any(word not in _NAME_PARTICLES and (len(word) < 3 or segmenter.unigrams.get(word, 0) < (
            _SHORT_WORD_COUNT if len(word) <= 4 else _WORD_COUNT)) for word in words):
        return [label]
    return words


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parse_date(value.strip())
    except ValueError:
        return None


#: elements whose text a reader never sees on the page (an iframe's fallback, noscript, a template)
_UNSEEN_TAGS = ("iframe", "noscript", "template", "object", "embed", "frame", "frameset")
_UNSEEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: the page's furniture by HTML's own marks: menus, side panels, the page's footer, and the landmarks a
#: screen reader skips as such; trafilatura keeps a short page's menu ("2024 elections" was a count of 2,024)
_FURNITURE_TAGS = ("nav", "aside", "footer")
_FURNITURE_ROLES = frozenset({"navigation", "contentinfo", "complementary", "banner", "search", "menu", "menubar"})


def _dateline_date(text: str) -> str | None:
    """The day a text's opening dateline gives (ISO), when no header or page markup dates the article:
    relative days ("on Thursday", "el jueves") are then resolved against it as against a ``date:`` line."""
    found = _DATELINE_DATE.match(text)
    if not found:
        return None
    try:
        return parse_date(found.group("date").replace(".", ""))
    except ValueError:
        return None


def _visible(raw: str) -> str:
    """The page without what a reader does not see: hidden elements (``hidden``, ``aria-hidden``,
    ``display: none``) and iframes' and noscript's fallback text. A claim's quote must be text
    the page shows (trafilatura keeps hidden paragraphs, and joins an iframe's text to the next)."""
    import lxml.etree  # type: ignore[import-untyped]
    import lxml.html  # type: ignore[import-untyped]

    try:
        page = lxml.html.document_fromstring(raw)
    except (lxml.etree.ParserError, ValueError):
        return raw
    unseen = [element for element in page.iter() if isinstance(element.tag, str) and (
        element.tag.lower() in _UNSEEN_TAGS or element.get("hidden") is not None
        or (element.get("aria-hidden") or "").strip().lower() == "true"
        or _UNSEEN_STYLE.search(element.get("style") or "")
        or element.tag.lower() in _FURNITURE_TAGS
        or (element.get("role") or "").strip().lower() in _FURNITURE_ROLES
        or element.tag.lower() == "header" and not any(a.tag == "article" for a in element.iterancestors()))]
    if not unseen:
        return raw
    for element in unseen:    # (scripts stay: trafilatura reads the page's date and author from JSON-LD in them)
        if element.getparent() is not None:
            element.drop_tree()        # (its tail, the text after it, stays)
    return lxml.etree.tostring(page, encoding="unicode", method="html")


_BLOCKS = ("div", "ul", "ol", "li", "p", "section", "td", "tr", "table", "span", "dl", "dd")


def _without_link_blocks(raw: str) -> str:
    """The page without its blocks of links (text mostly inside <a>: a menu in a <div>, a list of
    headlines): trafilatura keeps a short page's menu, and its fallback reads all of a page's text;
    "Los 5 goles del año" in a menu is no article's figure, while a paragraph with a link in it stays."""
    import lxml.etree
    import lxml.html

    try:
        page = lxml.html.document_fromstring(raw)
    except (lxml.etree.ParserError, ValueError):
        return raw
    drop = []
    for element in page.iter(*_BLOCKS):
        text = " ".join(element.text_content().split())
        if text:
            linked = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
            if linked >= 0.6 * len(text):
                drop.append(element)
    for element in drop:
        if element.getparent() is not None:
            element.drop_tree()
    return lxml.etree.tostring(page, encoding="unicode", method="html")


_PARAGRAPHS = re.compile(r"[ \t]*\n\s*")


def _from_html(raw: str, path: str) -> Article:
    import trafilatura
    from trafilatura.xml import xmltotxt

    raw = _without_link_blocks(_visible(raw))
    # the date from the page's markup only (meta tags, JSON-LD, <time>, the address), not a search of its text:
    # that search took "© 2024" in a footer or "Elecciones 2024" in a menu for the day of publication (1 January)
    # (the extraction's tree, not its text alone: its <head> elements are the page's headings, ``_heading_lines``)
    found = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=False,
                                        date_extraction_params={"original_date": True, "extensive_search": False})
    if not found:                                 # too little text for its heuristics: all of the page's text
        text = (trafilatura.html2txt(raw) or "").strip()
        if text:
            return Article(text=text, path=path)
    if not found:
        raise InputError("no article text found in this HTML page", file=path,
                         hint="save the article's own page (not a list or a front page), "
                              "or paste its text in a .txt file")
    assert not isinstance(found, dict)            # (a dict only with as_dict=True, not asked)
    body = found.body
    # (as trafilatura's JSON output writes it: the tree as plain text, in Unicode's composed form)
    text = unicodedata.normalize("NFC", xmltotxt(body, include_formatting=False) if body is not None else "")
    url = found.url or _json_ld_url(raw)
    # one block of the page (a <p>, a heading, a list item) a line: a paragraph of its own, as a blank line makes
    # one in a text file; a date or a place one <p> names is no other <p>'s (N4 D4: "A partir del día 21" dated
    # the next <p>'s crowd count)
    text = _PARAGRAPHS.sub("\n\n", text)
    title = unicodedata.normalize("NFC", found.title) if found.title else None
    if title and text.startswith(title):
        text = text[len(title):].lstrip("\n")
    site = found.sitename
    outlet = site if site and "." not in site else outlet_of(url) or site
    author = unicodedata.normalize("NFC", found.author) if found.author else None
    return Article(text=text, url=url, title=title, author=author,
                   date=_iso_date(found.date) or _dateline_date(text), outlet=outlet, path=path,
                   headings=_heading_lines(text, body))


def _heading_lines(text: str, body: Any) -> frozenset[int]:
    """The numbers (from 0, of ``text.split("\\n")``) of the lines that were headings of the page (trafilatura's
    <head>, from <h1> to <h6>): a heading line ends on no stop ("500 civilian deaths reported"), a headline's
    words, not a sentence of the text."""
    if body is None:
        return frozenset()
    from trafilatura.xml import xmltotxt

    heads = {" ".join(unicodedata.normalize("NFC", xmltotxt(head, include_formatting=False)).split())
             for head in body.iter("head")}
    heads.discard("")
    return frozenset(k for k, line in enumerate(text.split("\n")) if line.strip() and " ".join(line.split()) in heads)


_ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                            "LiveBlogPosting", "WebPage", "OpinionNewsArticle", "BackgroundNewsArticle"})


def _json_ld_url(raw: str) -> str | None:
    """The page's own address as its JSON-LD article gives it (``url``, else ``mainEntityOfPage``, a URL
    or an object with ``@id``): many publishing systems write it there only, not in ``og:url``."""
    import lxml.etree
    import lxml.html

    try:
        page = lxml.html.document_fromstring(raw)
    except (lxml.etree.ParserError, ValueError):
        return None
    for script in page.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        todo = [data]
        while todo:
            item = todo.pop(0)
            if isinstance(item, list):
                todo.extend(item)
                continue
            if not isinstance(item, dict):
                continue
            todo.extend(item.get("@graph") or [])
            kinds = item.get("@type")
            if not set(kinds if isinstance(kinds, list) else [kinds]) & _ARTICLE_TYPES:
                continue
            page_entity = item.get("mainEntityOfPage")
            for value in (item.get("url"), page_entity.get("@id") if isinstance(page_entity, dict) else page_entity):
                if isinstance(value, str) and value.startswith(("http://", "https://")):
                    return value.strip()
    return None


#: terminal escape sequences (text copied from a terminal): a CSI sequence ("ESC [ 31 m", colours and cursor
#: moves; also as the one character U+009B), an OSC one ended by BEL or ESC \ (a window title, a link), else
#: ESC and the character (and the intermediates) after it; none spans lines
_TERMINAL_ESCAPE = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
                              r"|\x1b\][^\x07\x1b\n]{0,512}(?:\x07|\x1b\\)|\x1b[ -/]*[0-~]?")


def parse_article(raw: str, path: str = "") -> Article:
    """An article from the text of its file (plain text with optional header lines, or HTML).
    Terminal escape sequences are dropped first: the "0m" of "\\e[0m" is no figure, and a quote holds
    what a reader saw. Raises InputError, at its line, for a header line it cannot read (``_header``)."""
    raw = _TERMINAL_ESCAPE.sub("", raw)
    if _HTML.search(raw[:5000]):
        return _from_html(raw, path)
    raw = raw.lstrip("\ufeff")
    lines = raw.split("\n")
    meta, k = _header(lines, path)
    body = "\n".join(lines[k:]) if k else raw
    lines = [" ".join(line.split()) for line in body.splitlines()]
    for k, line in enumerate(lines):
        if _BOILERPLATE.fullmatch(line):
            lines = lines[:k]                 # "Check Also", "Leave a Reply": the page goes on, not the article
            break
    title = meta.get("title") or None
    first = next((k for k, line in enumerate(lines) if line), None)
    if (title is None and first is not None and first + 1 < len(lines) and not lines[first + 1]
            and not lines[first].endswith((".", "!", "?", "…", '"', "”", "»", ":"))
            and len(lines[first].split()) <= 25 and any(lines[first + 1:])):
        title, lines = lines[first], lines[first + 1:]   # a headline above the text
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    url = meta.get("url") or None
    return Article(text=text, url=url, title=title, author=meta.get("author") or None,
                   date=meta.get("date") or _dateline_date(text),
                   outlet=meta.get("outlet") or meta.get("site") or outlet_of(url), path=path)


#: the languages extract reads, as a header's ``lang:`` may write them ("es", "en-GB", "es_MX", "English")
_HEADER_LANG = re.compile(r"(?:en|es)(?:[-_][a-z]{2,3})?|english|spanish|espa[nñ]ol|castellano|ingl[eé]s", re.I)
_DATE_FORMS = "write it as 2024-05-02 (or 2 May 2024, May 2, 2024, 2 de mayo de 2024; a month: 2024-05; a year: 2024)"


def _header(lines: list[str], path: str) -> tuple[dict[str, str], int]:
    """The header lines that open a plain-text article (label -> value) and how many lines they
    take; ``({}, 0)`` when the text opens with none. A block of "label: value" lines ended by a
    blank line is a header when its labels are a header's (one is enough: "outlet: Daily Planet").

    Raises InputError, at its line, for a header's date that is no date, a language extract does not
    read, or a label misspelt in a block that is clearly a header (two of a header's labels or more,
    and more of them than others): "ulr:" beside "date:" and "outlet:" had made the whole header
    text, the outlet named after the file. Other blocks stay text: a first line such as "BANGLADESH:
    floods kill 40", an infobox ("Date: 4 May 2031", "Casualties: 412 deaths")."""
    rows: list[tuple[int, str, str]] = []       # (line number, label as written, value)
    for line in lines:
        match = _HEADER_LINE.match(line.rstrip("\r"))
        if not match:
            break
        rows.append((len(rows) + 1, match.group(1), match.group(2).strip()))
    keys = {label: _SPANISH_LABELS.get(label.lower(), label.lower()) for _, label, _ in rows}
    if not rows or (len(rows) < len(lines) and lines[len(rows)].strip()):
        return {}, 0
    labels = set(keys.values())
    known, others = labels & _META_KEYS, labels - _META_KEYS
    misspelt = {label: _misspelt_label(label) for label in others}
    # a misspelt label whose value is what its label holds ("ulr: https://...", "daet: 2019-03-15") tells
    # a header as well as a label written right: a two-line header with one such slip is a header too
    fitting = {label for _, label, value in rows if keys[label] in others and _fits(misspelt[keys[label]], value)}
    evidence, doubtful = len(known) + len(fitting), len(others) - len(fitting)
    # a misspelt url whose value is an address ("ulr: https://..." alone): a header with a slip, not text (a
    # year is weaker evidence: "Dat: 2019" alone stays text)
    all_fit = bool(fitting) and not doubtful and all(misspelt[keys[label]] == "url" for label in fitting)
    if others and ((evidence < 2 and not all_fit) or doubtful >= evidence or not all(misspelt.values())):
        return {}, 0
    # a block of a header's labels alone ("outlet: Daily Planet", "lang: en") is a header: its outlet had been
    # dropped, and its line read as the headline
    meta: dict[str, str] = {}
    for number, label, value in rows:       # (the first mistake in the file's order)
        key = keys[label]
        if key in misspelt:
            raise InputError(f'unknown header line "{label}:"', file=path, line=number, field=label,
                             hint=f'did you mean "{misspelt[key]}:"? A header\'s lines are '
                                  f'{", ".join(_HEADER_LABELS)}, then a blank line before the text')
        if key == "date" and value:
            try:
                value = parse_date(value)
            except ValueError as exc:    # ("'2024-13-45' is not a real date (month must be in 1..12)")
                raise InputError(f'header line "{label}:" {str(exc).split(";")[0]}', file=path, line=number,
                                 field=label, hint=_DATE_FORMS) from None
        elif key in ("lang", "language") and value and not _HEADER_LANG.fullmatch(value):
            raise InputError(f'header line "{label}: {value}" names a language extract does not read', file=path,
                             line=number, field=label,
                             hint="write en or es, or leave the line out: the language is read sentence by sentence")
        meta[key] = value
    return meta, len(rows)


def _fits(label: str | None, value: str) -> bool:
    """Whether ``value`` is what a header's ``label`` holds, for the labels whose values say so: an
    address for url, a date for date."""
    label = _SPANISH_LABELS.get(label or "", label)
    if label == "url":
        return bool(re.match(r"(?:https?://|www\.)\S+$", value.strip(), re.I))
    if label == "date":
        try:
            parse_date(value.strip())
        except ValueError:
            return False
        return True
    return False


#: the labels a header's lines use, as the message of a misspelt one lists them
_HEADER_LABELS = ("url", "title", "date", "outlet", "site", "author", "lang", "licence")


def _misspelt_label(label: str) -> str | None:
    """The header label ``label`` misspells, one letter off or two letters swapped ("ulr": url,
    "dat": date, "autor": author), or None."""
    for known in sorted(_META_KEYS | set(_SPANISH_LABELS)):
        if _one_edit_apart(label, known):
            return known
    return None


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter added, dropped or changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                   and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    k = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[k:] == long[k + 1:]


def read_article(path: Path, display: str) -> Article:
    """The article of a text or HTML file: its page at most 32 times, and its text at most, the
    article limit (``RECONCILE_MAX_ARTICLE_KB``; a 15 MB page of figures had kept extract busy for
    more than 17 minutes). A page not in UTF-8 is read in the charset it declares."""
    from reconcile.sources.files import decode, limit, over_limit, read_project_file

    data = read_project_file(path, display, None)
    if len(data) > 32 * limit("article"):
        raise over_limit("article", len(data) // 32, what="the page (a 32nd of it)", file=display)
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared is not None and _HTML.search(data[:5000].decode("ascii", "replace")):
        try:
            raw = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                raw = data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                raw = decode(data, display)
    else:
        raw = decode(data, display)
    article = parse_article(raw, display)
    if not article.text.strip():
        # an empty file, or header lines alone: no article (an HTML page without text is refused so too); it
        # had given a folder with no source, which `reconcile report` refuses
        header = _header(raw.lstrip("\ufeff").split("\n"), display)[1] if not _HTML.search(raw[:5000]) else 0
        if header:
            raise InputError(f"no article text after its {header} header line(s)", file=display, line=header + 1,
                             hint="put the article's text after the header's blank line")
        raise InputError("no article text: the file is empty" if not raw.strip() else "no article text in the file",
                         file=display, hint="give a plain-text or HTML article (a plain-text one may open with "
                                            "header lines such as title: and date:, then a blank line)")
    size = len(article.text.encode("utf-8"))
    if size > limit("article"):
        raise over_limit("article", size, what="the article's text", file=display)
    return article


#: the charset an HTML page declares ("<meta charset=windows-1252>", http-equiv content's charset=)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)


def outlet_id(article: Article) -> str:
    """The source id of the article's outlet ("wikipedia"), or of the file when unknown."""
    name = article.outlet or Path(article.path).stem or "article"
    return slugify(name) or "article"
