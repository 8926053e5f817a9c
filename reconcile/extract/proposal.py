"""What ``propose`` reads and writes: the proposal it makes of a figure, the facts the whole
article fixes (its place, the kind of event, its opening) and the sentence a figure is read in.

The sentence's readings that only some figures need (is its subject a pronoun, is it told in the
past, does it go on telling a report) are computed once, the first time a figure asks.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from reconcile.extract.article import Article
from reconcile.extract.attribution import Attribution, is_pronoun_subject
from reconcile.extract.date_report import goes_on_report
from reconcile.extract.places import country_of
from reconcile.extract.reading import told_in_past
from reconcile.quantities.running import Found, Sentence

__all__ = ["Line", "Proposal", "Story"]


@dataclass
class Proposal:
    value: str
    quote: str
    lang: str
    claimant: str | None          # name as written, None when the text names no one
    population: list[str]
    criterion: str | None
    place: str | None
    as_of: str | None
    stated_on: str | None
    start: int                    # offset in the article's text
    part_of: int | None = None    # index of the total this proposal is a part of
    checks: list[str] = field(default_factory=list)
    unit: str | None = None
    counted: str | None = None
    city: str | None = None       # the id of a city that ``place`` names, to declare in _places.yaml
    sentence: int = 0             # index of the sentence in the article
    is_part: bool = False
    each: bool = False            # a figure each of several counts ("30.000 en cada ciudad"): no total of parts
    cites: str | None = None      # the unnamed source the claimant took it from ("citing local officials")

    @property
    def sure(self) -> str:
        return "high" if len(self.checks) <= 1 else "medium" if len(self.checks) <= 3 else "low"


@dataclass(frozen=True)
class Story:
    """What the whole article fixes, read once before its sentences."""
    article: Article
    sentences: list[Sentence]
    where: tuple[str, str] | None     # the article's place (code, name)
    dateline: int | None              # where the dateline ends
    several: list[str]                # the countries a title of several names ("Turkey–Syria earthquakes")
    struck: set[str]                  # the countries the title and the opening name
    opening: tuple[str, str]          # the title and the first sentence: whose a bare "the government" is
    long_event: bool                  # an event of weeks (a flood, a war): its counts are known by the year
    tallied: bool                     # an encyclopedia's sudden event: its toll is known by the year
    growing_toll: bool                # an earthquake, a landslide: its toll grows after the day
    span: str | None                  # the month of an event of several days ("on 10–11 January 2015")
    #: the towns no gazetteer knows that the article calls towns by a word ("in Yesilyurt district", "the
    #: town of Dunai"), by name: where the article names them again, bare ("Four buildings in Yesilyurt")
    towns: frozenset[str] = frozenset()
    #: the cities the article reads as the division of their name, by code ("AR-CORDOBA" -> "AR-X": it lists
    #: Córdoba among Argentina's provinces), read so in each of its sentences (``place_lists``)
    divisions: dict[str, str] = field(default_factory=dict)

    @property
    def country(self) -> str | None:
        """The article's country, to read the places of its sentences in."""
        return country_of(self.where[0]) if self.where else None


@dataclass
class Line:
    """A sentence of the article as its figures are read: its text, language, attributions,
    figures and places, and what a sentence's figures share."""
    number: int
    sentence: Sentence
    said: list[Attribution]
    found: list[Found]
    nearby: list[str]                 # the sentences around it, where a role's holder is named
    places: list = field(default_factory=list)
    date: str | None = None           # the day or period the sentence names
    stated: str | None = None         # the day it was said
    total_index: int | None = None    # the total its parts are of
    counted: list = field(default_factory=list)     # (figure, population) of the figures read so far
    #: the first label of the line of facts that opens the block of lines this line is a later row of ("Muertos" of
    #: "Muertos: Alcanar: 0", for "Cambrils: 1" two lines below it, no blank line between)
    heading: str | None = None

    @property
    def body(self) -> str:
        return self.sentence.text

    @property
    def lang(self) -> str:
        return self.sentence.lang

    @cached_property
    def pronoun_subject(self) -> bool:
        return is_pronoun_subject(self.body)

    @cached_property
    def past_tense(self) -> bool:
        return told_in_past(self.body)

    @cached_property
    def goes_on_report(self) -> bool:
        return goes_on_report(self.body)
