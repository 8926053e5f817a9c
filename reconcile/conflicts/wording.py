"""The words of every finding kind (SPEC.md §5), apart from the detection: one template per
kind, filled from the claims and numbers a check found (as frictionless keeps its error
templates). Numbers and intervals are written by ``model.numbers``, as in every report."""
from __future__ import annotations

from typing import Sequence

from reconcile.conflicts.origins import chain, reacher
from reconcile.model.intervals import INF, ClaimInterval
from reconcile.model.numbers import format_number, interval_text
from reconcile.model.records import Project, Topic
from reconcile.conflicts.scopes import period

#: kind -> its explanation; the fields in braces are filled by ``Wording.explain``
TEMPLATES = {
    "value-conflict": "{high} but {low}, for the same scope ({scope}). The figures cannot both be right: {apart}.",
    "quotation-mismatch": "{high} but {low}; {traced}, so one of them misquotes or mistypes it: {apart}.",
    "boundary-disagreement": "{high} and {low} ({scope}) only touch at {bound}, {excluded}. Check the quotes.",
    "revision": "{who} revised its figure for {scope}: \"{old_text}\" ({old_id}, stated {old_on}), then "
                "\"{new_text}\" ({new_id}, stated {new_on}): {apart}. Report the latest, and say it was revised.",
    "temporal-conflict": "{who} gives a count to date that goes down: \"{high_text}\" as of {high_as_of} "
                         "({high_id}), then \"{low_text}\" as of {low_as_of} ({low_id}), {gap} fewer. A "
                         "cumulative count can only grow: a revision, a different rule or an error?",
    "order-conflict": "{low} for {low_scope}, but {high} for {high_scope}: the wider scope includes the "
                      "narrower one, so its count cannot be smaller. Short by {gap}{times}.",
    "circular-reporting": "{a} and {b}: {traced}, not independent corroboration.",
    "scope-difference": "{side_a}; {side_b}. They count different things (different {fields}), so their "
                        "numbers are not comparable and do not contradict each other.",
    "value-agreement": "{sources} give figures that share {agreed} for {scope}: {figures}.",
    "uncorroborated": "Only {who} states a figure for {scope} ({claims}): no independent source gives a "
                      "number for the same scope. Look for a second source before presenting it as established.",
    "implausible-value": "{claim}, outside the plausible bounds {bounds} declared for {topic}{off}. Check the "
                         "value, its unit and its topic.",
    "breakdown-conflict": "{head}, {how} the total \"{total_text}\"{total_interval}{by}{why}",
    "breakdown-consistent": "{head}, which fits the total \"{total_text}\"{total_interval}.",
    "unquoted-value": "{claim}, but its quote holds no quantity {interval}{found}. Check the value, "
                      "its lang ({lang}) and the quote.",
}


def touching(low: ClaimInterval, high: ClaimInterval, nested: bool = False) -> str:
    """What a boundary disagreement says of the bound two values only touch at. Where one of
    them includes it ("500" against "more than 500"), one figure was likely worded two ways;
    where both exclude it ("less than 500" against "more than 500"), no value fits both.
    ``nested``: ``low`` is a wider count than ``high`` (soldiers and police against soldiers):
    two counts, not one figure, and the wider one may not be below the narrower."""
    if nested:
        where = (f"the wider count ({low.id}) includes the narrower one ({high.id}) but sits "
                 + ("at its bound, possible only if the rest of the wider count is 0 or one bound is worded loosely"
                    if low.upper_inclusive or high.lower_inclusive else
                    "below it, possible only if one bound is worded loosely"))
        return ("which one of them excludes: " if low.upper_inclusive or high.lower_inclusive
                else "and both exclude it: ") + where
    if low.upper_inclusive or high.lower_inclusive:
        return "which one of them excludes: most likely one figure worded or rounded two ways, not a contradiction"
    return "and both exclude it: no value fits both, unless one of them words its figure loosely"


def over_by(gap: float, low: ClaimInterval, high: ClaimInterval, low_name: str, high_name: str) -> tuple[str, str]:
    """How far a breakdown's sum is off its total, ``low`` entirely below ``high``: ("more than",
    " by 20") or, where they only touch at a bound (gap 0), as a boundary disagreement says it:
    ("above", ": they only touch at 100, which the sum excludes"). ``low_name`` and ``high_name``
    say which of the two is the total ("total") and which the sum ("sum")."""
    above = low_name == "total"
    if gap:
        return ("more than" if above else "short of"), f" by {format_number(gap)}"
    excluded = [name for name, inclusive in ((low_name, low.upper_inclusive), (high_name, high.lower_inclusive))
                if not inclusive]
    who = "both exclude" if len(excluded) == 2 else f"the {excluded[0]} excludes"
    return ("above" if above else "below"), f": they only touch at {format_number(low.upper)}, which {who}"


def apart(gap: float, ratio: float | None, low: ClaimInterval) -> str:
    """How far two disjoint values are, in words."""
    if gap == 0:
        return f"they touch at {format_number(low.upper)} but one excludes it"
    # "(1 times)" says nothing: a ratio that rounds to 1 is left out
    return f"they are {format_number(gap)} apart" + (f" ({format_number(ratio)} times)" if ratio and ratio > 1 else "")


class Wording:
    """Names, quotes and scopes of one topic's claims, and each kind's explanation."""

    def __init__(self, project: Project, topic: Topic) -> None:
        self.project = project
        self.topic = topic
        self._scopes: dict[tuple, str] = {}   # stated scope -> its words (``scope``), written once

    def explain(self, kind: str, **fields: object) -> str:
        return TEMPLATES[kind].format(**fields)

    def who(self, source: str) -> str:
        record = self.project.sources.get(source)
        return record.name if record else source

    def says(self, claim: ClaimInterval) -> str:
        return f'{self.who(claim.source)} says "{claim.text}" ({claim.id}{self.heard(claim)})'

    def heard(self, claim: ClaimInterval) -> str:
        """Where a claim was read and whom it repeats, after its id: ", in El Tiempo, citing
        Migración Colombia" (an echo is its origin's figure, not its claimant's own)."""
        outlet = f", in {self.who(claim.via)}" if claim.via and claim.via != claim.source else ""
        return outlet + (f", citing {self.who(claim.cites)}" if claim.cites and claim.cites != claim.source else "")

    def traced(self, a: ClaimInterval, b: ClaimInterval, origin: dict[str, str], circular: bool = False) -> str:
        """How an echo's two claims are one source's figure (SPEC §5), as their citations run: "both
        trace back to A" when they have one origin; else the chain that makes them an echo, "C
        cites B, and B's b1 cites A", without calling the figure of C, whose chain stops at B,
        A's. One claimant read in two outlets is one claimant, whatever its claims cite."""
        if a.source == b.source:
            outlets = self.names([c.via or c.source for c in (a, b)])
            if origin[a.id] == origin[b.id]:
                return (f"both trace back to {self.who(origin[a.id])} (one claimant, {self.who(a.source)}, "
                        f"read in {outlets})")
            cited = [f"{c.id} cites {self.path(chain(c, origin))}" for c in sorted((a, b), key=lambda c: c.id)
                     if chain(c, origin)]
            return f"both are one claimant's, {self.who(a.source)}'s, read in {outlets} ({'; '.join(cited)})"
        pair = reacher(a, b, origin)
        if pair is None:
            name = self.who(origin[a.id])
            return f"both trace back through their citations to {name}; one origin" if circular else \
                f"both trace back to {name}"
        first, second = pair
        path = chain(second, origin)
        text = (f"{self.who(first.source)} cites {self.path(chain(first, origin))}, and {self.who(second.source)}'s "
                f"{second.id} " + (f"cites {self.path(path)}" if path else "cites no one"))
        if origin[first.id] == second.source and path:   # the chain stops at the claimant of the other claim
            text += (f" ({self.who(first.source)}'s figure traces back to {self.who(second.source)}, not to "
                     f"{self.who(path[-1])}: not every claim of {self.who(second.source)} here cites "
                     f"{self.who(path[0])})")
        return text + ": one chain of citations"

    def path(self, sources: tuple[str, ...]) -> str:
        """The sources a citation chain passes through: "B", "B, which cites A"."""
        return ", which cites ".join(self.who(source) for source in sources)

    @staticmethod
    def interval(claim: ClaimInterval) -> str:
        return interval_text(claim.lower, claim.upper, claim.lower_inclusive, claim.upper_inclusive)

    @staticmethod
    def bounds(lower: float, upper: float, lower_inclusive: bool, upper_inclusive: bool) -> str:
        return interval_text(None if lower == -INF else lower, None if upper == INF else upper,
                             lower_inclusive, upper_inclusive)

    def scope(self, scope: tuple) -> str:
        text = self._scopes.get(scope)
        if text is None:
            text = self._scopes[scope] = scope_words(scope)
        return text

    def shared_scope(self, a: ClaimInterval, b: ClaimInterval) -> str:
        """The scope two claims share, saying where it rests on a field one leaves unspecified
        or on dates the topic's tolerance makes one."""
        merged = (a.population or b.population, a.criterion or b.criterion, a.place or b.place, a.as_of or b.as_of)
        text = self.scope(merged)
        # nested scopes (a population within another, a region within its country): both, not one as if shared
        for name, words, wide in (("population", " and ".join(merged[0]), lambda c: " and ".join(c.population)),
                                  ("criterion", f"counted as {merged[1]}", lambda c: f"counted as {c.criterion}"),
                                  ("place", f"in {merged[2]}", lambda c: f"in {c.place}")):
            if getattr(a, name) and getattr(b, name) and getattr(a, name) != getattr(b, name):
                text = text.replace(words, f"{wide(a)} ({a.id}) and {wide(b)} ({b.id})", 1)
        if a.as_of and b.as_of and a.as_of != b.as_of:
            first, last = sorted((a.as_of, b.as_of))
            (_, first_end), (last_start, last_end) = period(first), period(last)
            apart = abs(last_end - first_end) if self.topic.cumulative else max(0, last_start - first_end)
            why = (f"within the topic's {self.topic.date_tolerance_days}-day date tolerance"
                   if apart <= self.topic.date_tolerance_days else
                   # a cumulative count's later date is the wider scope (SPEC §5): nested, not one date
                   "a cumulative count, the later date's including the earlier's")
            text = text.replace(f"as of {merged[3]}", f"as of {first} and {last}, {why}")
        for claim, other in ((a, b), (b, a)):
            missing = [words for name, words in (("population", "population"), ("criterion", "counting rule"),
                                                 ("place", "place"), ("as_of", "date"))
                       if not getattr(claim, name) and getattr(other, name)]
            if missing:
                listed = ", ".join(missing[:-1]) + (" or " if len(missing) > 1 else "") + missing[-1]
                text += f"; {claim.id} gives no {listed}, so it matches any"
        return text

    def names(self, sources: list[str], most: int = 3) -> str:
        named = sorted({self.who(s) for s in sources})
        if len(named) > most:
            named = named[:most] + [f"{len(named) - most} more"]
        return ", ".join(named[:-1]) + f" and {named[-1]}" if len(named) > 1 else named[0]

    def says_figure(self, origin: str, claims: list[ClaimInterval], most: int = 2) -> str:
        """An origin's figure by its claims (``says_all``), naming the origin when no claim of it is
        its own: 'Z, as A reports it: A says "100" (a2, citing Z)'."""
        said = self.says_all(claims, most)
        claimants = sorted({claim.source for claim in claims})
        if origin in claimants:
            return said
        return f"{self.who(origin)}, as {self.names(claimants)} report{'s' if len(claimants) == 1 else ''} it: {said}"

    @staticmethod
    def independent(voices: int, figures: int) -> str:
        """How many independent sources an agreement group is: "2 independent sources", and the
        origins when some claimant gives two of them ("2 independent sources (3 origins)")."""
        return f"{voices} independent sources" + (f" ({figures} origins)" if figures != voices else "")

    def says_all(self, claims: Sequence[ClaimInterval], most: int = 3) -> str:
        """'X says "a" (id1) and "b" (id2); Y says "c" (id3)', the first few claims, by claimant."""
        if len(claims) == 1 and most >= 1:   # the usual side of a scope difference: one claim
            return self.says(claims[0])
        by_source: dict[str, list[str]] = {}
        for claim in claims[:most]:
            by_source.setdefault(claim.source, []).append(f'"{claim.text}" ({claim.id}{self.heard(claim)})')
        said = [f"{self.who(source)} says " + (", ".join(quoted[:-1]) + f" and {quoted[-1]}" if len(quoted) > 1
                                                 else quoted[0]) for source, quoted in by_source.items()]
        text = "; ".join(said)
        return text + (f" and {len(claims) - most} more" if len(claims) > most else "")


def scope_words(scope: tuple) -> str:
    """A stated scope (population, criterion, place, as_of) in words."""
    population, criterion, place, as_of = scope
    return ", ".join((" and ".join(population) if population else "unspecified population",
                      f"counted as {criterion}" if criterion else "no counting rule given",
                      f"in {place}" if place else "no place given",
                      f"as of {as_of}" if as_of else "no date given"))


#: how many of a quote's quantities an unquoted-value finding names (``quotes.stated_in`` gives one more,
#: to tell that there are more)
STATED_SHOWN = 3


def quote_states(stated: tuple[str, ...], shown: int = STATED_SHOWN) -> str:
    """What an unquoted claim's quote does state, after the finding's "(read as en)": '; it states
    "more than 500"', '; it states "20", "15", "3" and more', '; it states no quantity'."""
    if not stated:
        return "; it states no quantity"
    named = [f'"{text}"' for text in stated[:shown]]
    more = len(stated) - shown
    if more > 0:
        return f"; it states {', '.join(named)} and more"
    return "; it states " + (named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}")
