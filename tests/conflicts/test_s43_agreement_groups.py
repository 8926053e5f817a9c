"""``agreement_groups`` answers at once when every figure holds one range (most stated scopes of three
figures or more): the same groups, in the same order, with the same range as the sweep over their bounds."""
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.conflicts.figures import Figure, _sweep, agreement_groups


@st.composite
def figures(draw) -> tuple[Figure, ...]:
    out = []
    for n in range(draw(st.integers(0, 7))):
        lower = draw(st.sampled_from((0.0, 1.0, 2.0, 3.0, 5.0)))
        upper = draw(st.sampled_from((lower, lower + 1.0, lower + 2.5, math.inf)))
        out.append(Figure(f"o{n}", lower, upper, draw(st.booleans()), draw(st.booleans()) and upper != math.inf,
                          (f"c{n}",), True))
    return tuple(out)


def ranges(groups):
    return [([f.origin for f in members], shared) for members, shared in groups]


@settings(max_examples=400, deadline=None)
@given(figures())
def test_the_groups_are_the_sweeps_whether_or_not_every_figure_shares_a_range(found):
    ranged = tuple(f for f in found if f.lower < f.upper or f.lower == f.upper and f.lower_inclusive
                   and f.upper_inclusive)
    expected = _sweep(ranged) if len(ranged) >= 2 else []
    assert ranges(agreement_groups(found)) == ranges(expected)


def test_figures_that_all_overlap_are_one_group_with_their_common_range():
    found = tuple(Figure(f"o{n}", lower, upper, True, True, (f"c{n}",), True)
                  for n, (lower, upper) in enumerate(((1.0, 5.0), (2.0, 9.0), (0.0, 3.0))))
    assert ranges(agreement_groups(found)) == [(["o0", "o1", "o2"], (2.0, 3.0, True, True))]
    apart = found + (Figure("o3", 7.0, 8.0, True, True, ("c3",), True),)
    assert ranges(agreement_groups(apart)) == [(["o0", "o1", "o2"], (2.0, 3.0, True, True)),
                                               (["o1", "o3"], (7.0, 8.0, True, True))]
