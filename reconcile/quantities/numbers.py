"""Numbers in a token stream: digits, number words, fractions, decimals (English, Spanish).

Private to ``reconcile.quantities.parse``. ``scan_numbers`` walks the tokens once, left to right,
and returns every number with its token span; each number is read greedily (the longest
valid reading), backing off to the last complete reading when a continuation fails.
"""
from __future__ import annotations

from reconcile.quantities.lexicon import (
    ARTICLE, DOZEN, HUNDRED, HUNDRED_PLURAL, HUNDREDS, MONEY_SIGNS, RANKS_ES, SCALE, SCALE_PLURAL, TEEN, TENS, UNIT,
    WORDS, ZERO, Tok, ordinal, times,
)

AND = {"en": frozenset({"and"}), "es": frozenset({"y", "e"})}
NEG = {"en": frozenset({"minus", "negative"}), "es": frozenset({"menos", "negativo"})}
POINT = {"en": frozenset({"point"}), "es": frozenset({"coma", "con"})}
HALF = {"en": {"half": 0.5, "quarter": 0.25}, "es": {"medio": 0.5, "media": 0.5}}
#: the words between the two numbers of a proportion ("1 in 5", "two out of five", "uno de cada mil")
PROPORTION_WORDS = {"en": frozenset({"over", "out", "of", "in"}), "es": frozenset({"sobre", "de", "cada"})}
DETERMINERS = frozenset({"the", "this", "that", "which", "each", "every", "any", "another",
                         "no", "no-one"})
#: the lexicon's money signs: one set (a copy had stayed at the old nine when the lexicon learnt "₽", "₱", ...)
CURRENCY_SYMBOLS = MONEY_SIGNS
_HYPHENS = frozenset("-–")
#: "al menos 20", "por lo menos 30", "o menos": "menos" there is not a minus sign
_NOT_BEFORE_MINUS = frozenset({"al", "lo", "o", "no", "y", "e", "mas", "de", "que", "a", "un",
                               "poco", "nada", "cuando", "or"})


#: parse_card's state besides the word classes of lexicon.py: the last token read was digits
DIGITS = "n"
_HUNDRED_OR_SCALE = frozenset({HUNDRED, HUNDREDS, SCALE})  # where a unit, teen or tens word may follow
_BEFORE_AND = frozenset({HUNDRED, HUNDREDS, SCALE, TENS, DOZEN})  # "two hundred and five", "mil y"
_BEFORE_HUNDRED = frozenset({None, ARTICLE, UNIT, TEEN, TENS, DIGITS})  # "a hundred", "two hundred", "5 hundred"
_BEFORE_DOZEN = frozenset({UNIT, TEEN, TENS, DIGITS, ARTICLE})
_SMALL = frozenset({DIGITS, UNIT, TEEN, TENS})  # a number below a hundred, last read


class Num:
    """A number found in the tokens: tokens [i0, i1), its value and how it was written."""

    __slots__ = ("i0", "i1", "value", "words", "weak", "sign_sym", "tail_scale", "det", "approx", "digits_at")

    def __init__(self, i0, i1, value, words=False, weak=False, sign_sym=False, tail_scale=0):
        self.i0, self.i1, self.value = i0, i1, value
        self.words = words          # written (at least partly) in words
        self.weak = weak            # Spanish "un"/"una" on its own: likely an article
        self.sign_sym = sign_sym    # negative through a "-" sign (may be a range dash)
        self.tail_scale = tail_scale
        self.det = False            # "that one": a pronoun unless a unit follows
        self.approx = False         # "a couple hundred": about 200
        self.digits_at = i0         # where the digits start: after the sign and the currency of "-$2 million"

    def __repr__(self):
        return f"Num({self.i0},{self.i1},{self.value})"


def parse_card(toks: list[Tok], i: int, stop: int, lang: str, range_tail: bool = False):
    """Longest cardinal from token i: (end, value, tail_scale) or None. ``tail_scale``: the last
    scale word when nothing follows it ("y medio" is half of it: "un millón y medio"); with
    ``range_tail``, all that multiplies the number before the words ("three hundred thousand":
    100,000), which a range's low end takes ("two to three hundred thousand")."""
    words = WORDS[lang]
    ands = AND[lang]
    terms: list[list[float]] = []
    hund = sub = 0.0
    last = None
    conn = None
    has_h = False
    best: tuple[int, float, float] | None = None
    before_conn = None
    # the number before the first hundred or scale word, and whether only such words follow it:
    # "three hundred thousand" is 3 x 100,000, the multiplier a range's low end takes ("two to ...")
    lead: float | None = None
    pure = True
    anded_scale = False
    scale_conn = None     # the number read up to an "and" after a scale word ("one hundred thousand | and ...")
    j = i
    while j < stop:
        tok = toks[j]
        kind = tok.kind
        if kind == "n":
            if tok.attached is not None and last is not None:
                break
            v = tok.value
            if last is None:
                sub = v
                if tok.attached is not None:
                    j += 1
                    best = (j, v, 0)
                    break
            elif (last == SCALE and hund == 0 and sub == 0 and v == int(v) and 0 < v < terms[-1][0]
                  and not (1800 <= v <= 2100 and tok.raw.isdigit())
                  and (conn is None or _adds_to_scale(toks, j, stop, terms))):
                sub = v                               # "3 mil 500"; not "$11.1 billion 2025 USD": a year
                pure = False
            elif ((last == HUNDRED or last == HUNDREDS) and conn is not None and sub == 0 and v == int(v)
                  and 0 < v < 100):
                sub = v
                pure = False
            else:
                break
            last = DIGITS
        elif kind == "w":
            e = words.get(tok.t)
            if e is None:
                if tok.t in ands and conn is None and last in _BEFORE_AND:
                    conn = "and"
                    before_conn = best
                    if last == SCALE and not anded_scale:   # "500 thousand and ...", not "fifty and five"
                        anded_scale, scale_conn = True, best
                    j += 1
                    continue
                break
            k, v = e
            if k == ZERO:
                if last is None:
                    best = (j + 1, 0, 0)
                break
            if last in _HUNDRED_OR_SCALE and k in (UNIT, TEEN, TENS):
                pure = False                          # "three hundred and five", "mil doscientos"
            if k == UNIT:
                if last is None or last in _HUNDRED_OR_SCALE:
                    sub = v
                elif last == TENS and sub % 10 == 0:
                    sub += v
                else:
                    break
            elif k == TEEN or k == TENS:
                if last is None or last in _HUNDRED_OR_SCALE:
                    sub = v
                else:
                    break
            elif k[0] == HUNDRED:                     # HUNDRED or HUNDRED_PLURAL
                if has_h or last not in _BEFORE_HUNDRED or conn is not None:
                    break
                if last is None or last == ARTICLE:
                    if k == HUNDRED_PLURAL:
                        break
                    hund = 100
                else:
                    hund = times(sub, 100)
                if lead is None:
                    lead = sub if last not in (None, ARTICLE) else 1
                sub = 0
                has_h = True
            elif k == HUNDREDS:
                if last is not None and last != SCALE or hund or sub:
                    break
                hund = v
                has_h = True
                pure = False
            elif k[0] == SCALE:                       # SCALE or SCALE_PLURAL
                if conn is not None:
                    break
                if anded_scale and any(s <= v for s, _ in terms):
                    # "500 thousand and 1 million", "500 mil y un millón", "one hundred thousand and two hundred
                    # thousand": two numbers, the first ends at "and" (a smaller scale after it adds: "two
                    # million and three hundred thousand" is one number)
                    return scale_conn
                if lead is None:
                    lead = hund + sub if last not in (None, ARTICLE) else 1
                if last == SCALE:
                    if v <= terms[-1][0]:
                        break
                    collect = sum(a for s, a in terms if s < v)
                    if any(s == v for s, _ in terms):
                        break
                    terms = [t for t in terms if t[0] > v]
                    terms.append([v, times(collect, v)])
                elif last is None or last == ARTICLE:
                    if k == SCALE_PLURAL or (last is None and lang == "en"):
                        break
                    terms.append([v, v])
                else:
                    if any(s <= v for s, _ in terms if s >= v):
                        break
                    collect = hund + sub + sum(a for s, a in terms if s < v)
                    terms = [t for t in terms if t[0] > v]
                    terms.append([v, times(collect, v)])
                hund = sub = 0.0
                has_h = False
            elif k[0] == DOZEN:                       # DOZEN or DOZEN_PLURAL
                if last not in _BEFORE_DOZEN:
                    break
                pure = False
                sub = v if last == ARTICLE else times(sub, v)
            elif k == ARTICLE:
                if last is None:
                    last = ARTICLE
                    j += 1
                    continue
                break
            last = k[0]                               # the class, without PLURAL
        elif (kind == "s" and tok.t in _HYPHENS and last == TENS and sub % 10 == 0 and j + 1 < stop
              and toks[j + 1].kind == "w" and words.get(toks[j + 1].t, ("",))[0] == UNIT):
            conn = "-"
            j += 1
            continue
        elif kind == "s" and tok.t in _HYPHENS and conn is None and _hyphenated_words(toks, j, stop, last, words):
            j += 1                                    # "five-hundred", "two-thousand", "nine-hundred-ninety"
            continue
        elif (kind == "s" and tok.t in _HYPHENS and j + 2 < stop and last in _HUNDRED_OR_SCALE and conn is None
              and toks[j + 1].t in ands and toks[j + 2].t in _HYPHENS and _glued_run(toks, j, j + 3)):
            j += 1                                    # "three-hundred-and-fifty": the "and" is read next
            continue
        elif kind == "s" and tok.t in _HYPHENS and conn == "and" and j > 0 and toks[j - 1].t in ands \
                and _glued_run(toks, j - 1, j + 2) and j + 1 < stop and toks[j + 1].kind == "w":
            j += 1                                    # "-and-fifty": the number goes on after the "and"
            continue
        else:
            break
        conn = None
        j += 1
        total = sum(a for _, a in terms)
        # the last scale word or collective numeral, when nothing follows it: "y medio" and a
        # range's low end take it ("un centenar y medio", "two to three dozen")
        tail = terms[-1][0] if terms and hund == 0 and sub == 0 else v if last == DOZEN else 0
        if not range_tail:
            pass
        elif pure and lead and last in (HUNDRED, SCALE) and sub == 0:
            # "six hundred": 100; "tres mil millones": 1,000,000,000. Scale words are whole, so their product is:
            # 280,000 / 0.28 is 1,000,000.0000000001 in binary, and a range's low end took that as its scale
            tail = float(round((total + hund) / lead))
        elif j == i + 1 and kind == "n" and tok.scale:
            tail = tok.scale                          # "3 bn", "$5m": the suffix a range's low end takes
        best = (j, total + hund + sub, tail)
    else:
        return best
    # a continuation failed: if it came after "and", give the part after "and" back
    if conn is None and before_conn is not None and j < stop and toks[j].kind == "w":
        e = words.get(toks[j].t)
        if e and (e[0][0] == HUNDRED or e[0][0] == SCALE) and last in _SMALL:
            return before_conn
    return best


def _glued_run(toks, first: int, end: int) -> bool:
    """Whether tokens first..end-1 are written with nothing between them ("-and-")."""
    return all(toks[k].end == toks[k + 1].start for k in range(first, min(end, len(toks)) - 1))


def _hyphenated_words(toks, j: int, stop: int, last: str | None, words: dict) -> bool:
    """Whether the hyphen at token j, glued to the number words on both sides, joins them into one
    number: a number below a hundred and a hundred or scale word ("five-hundred", "two-thousand",
    "twenty-five-million"), or a hundred or scale word and what it adds ("nine-hundred-ninety-nine",
    "one-thousand-two-hundred"). "five-ten" stays a range: two numbers of one class."""
    if j + 1 >= stop or j == 0 or toks[j + 1].kind != "w":
        return False
    if toks[j - 1].end != toks[j].start or toks[j].end != toks[j + 1].start:
        return False
    entry = words.get(toks[j + 1].t)
    if entry is None:
        return False
    nxt = entry[0][0]
    if last in (UNIT, TEEN, TENS) and nxt in (HUNDRED, SCALE):
        return True
    return last in _HUNDRED_OR_SCALE and (nxt in (UNIT, TEEN, TENS) or last == HUNDRED and nxt == SCALE)


#: what may follow the digits that end "3 thousand and 500": punctuation, no unit of their own
_PHRASE_END = frozenset(".,;:!?)]}\"'”’»…")


def _adds_to_scale(toks, j: int, stop: int, terms: list[list[float]]) -> bool:
    """Whether the digits at token j, after "N million and", belong to N's number ("3 thousand
    and 500"). Only when N is whole and nothing of their own follows them: a counted noun, a
    unit, a percent sign or a scale word makes them a second figure ("$2 million and 300 tents",
    "$5 million and 30%", "US$2 millones y 300 carpas"), and a decimal N is never followed by
    its units ("1.2 million and 300,000" is two figures). Number words stay one number ("two
    million and three hundred tents"): they are written out as one."""
    if any(a % s for s, a in terms):
        return False
    if j + 1 >= stop:
        return True
    nxt = toks[j + 1]
    return nxt.kind == "n" or nxt.kind == "s" and nxt.t in _PHRASE_END


def full_card(toks, a, b, lang):
    if a >= b:
        return None
    if b == a + 1 and toks[a].t in ("a", "an") and lang == "en":
        return 1
    r = parse_card(toks, a, b, lang)
    if r is None or r[0] != b:
        return None
    return r[1]


def _find_denominator(toks, j, n, lang):
    words = WORDS[lang]
    ands = AND[lang]
    k = j
    limit = min(n, j + 24)
    while k < limit:
        tok = toks[k]
        if tok.kind == "w":
            if tok.t not in words or (lang == "es" and tok.t in ("medio", "media")):
                if k > j and ordinal(tok.t, lang) is not None:
                    return k
                if tok.t in ands or tok.t == "con" and lang == "es":
                    k += 1
                    continue
                return None
        elif not (tok.kind == "s" and tok.t in _HYPHENS or tok.kind == "n"):
            return None
        k += 1
    return None


def eval_frac(toks, j, d, lang):
    """Value of tokens [j, d] where d is a fraction denominator: (value, before, frac) or None."""
    den, plural, unit_ord = ordinal(toks[d].t, lang)
    # mixed numbers: "one and a half", "veinte con tres quintos", "cinco y medio"
    for c in range(d - 1, j - 1, -1):
        t = toks[c].t
        if lang == "en" and t == "and" or lang == "es" and (
                t == "con" or t == "y" and c == d - 1 and den == 2):
            rb = parse_card(toks, j, c, lang) if c > j else None
            if rb is None or rb[0] != c:
                continue
            before, tail = rb[1], rb[2]
            if lang == "es" and t == "y":
                return _mixed(before, 0.5, tail)
            after = eval_frac(toks, c + 1, d, lang)
            if after is None:
                continue
            if after[0] < 1 or t == "con":
                return _mixed(before, after[0], tail)
    p = d - 1
    if p >= j and toks[p].kind == "s" and toks[p].t in _HYPHENS:
        p -= 1
    if lang == "en" and den < 100:
        cands = []
        q = p
        if q >= j and toks[q].t == "and":
            q -= 1
        if q - 1 >= j and toks[q].t == "hundred" and toks[q - 1].t in ("one", "a"):
            cands.append((q - 1, 100 + den))
        if q - 1 >= j and toks[q].t == "thousand" and toks[q - 1].t in ("one", "a"):
            cands.append((q - 1, 1000 + den))
        if (unit_ord and p >= j and toks[p].kind == "w"
                and WORDS["en"].get(toks[p].t, ("",))[0] == TENS):
            cands.append((p, WORDS["en"][toks[p].t][1] + den))
        for k, cden in cands:
            if k > j and toks[k - 1].t != "and":
                num = full_card(toks, j, k, lang)
                if num is not None and plural == (num != 1) or num == 1:
                    if num is not None:
                        return (num / cden, 0, 0)
    if den == 1 or any(toks[k].kind == "n" for k in range(j, p + 1)):
        return None
    num = full_card(toks, j, p + 1, lang)
    if num is None:
        return None
    if num != 1 and not plural:
        return None
    return (num / den, 0, 0)


def _mixed(before, part, tail):
    """"one million and a half" is 1.5 million, "una docena y media" 18; "one hundred and a
    half" is 100.5 (``tail`` is a scale word's or a collective numeral's value, else 0)."""
    if tail:
        return (before + times(part, tail), before, part)
    return (before + part, before, part)


def _scale_after(toks, e, n, lang):
    """A scale word after a fraction ("half a million", "two thirds of a million")."""
    words = WORDS[lang]
    k = e
    if k < n and (toks[k].t == "of" and lang == "en" or toks[k].t == "de" and lang == "es"):
        k += 1                                        # "two thirds of a million", "un cuarto de millón"
    if k < n and toks[k].t in ("a", "an") and lang == "en":
        k += 1
    if k < n and toks[k].kind == "w":
        w = words.get(toks[k].t)
        if w and (w[0] == SCALE or w[0] == DOZEN):
            return k + 1, w[1]
    return None


def _mixed_scale_es(toks, e, n, before):
    """The scale word after a Spanish mixed number ("dos y medio millones"): (end, scale), None when
    there is none, False when it is singular and multiplies. A half takes a plural scale word with
    the number before it ("dos y medio millones" is 2.5 million, "tres y media docenas" 42); a
    singular one takes the half alone ("medio millón", "media docena"), so "entre 400.000 y medio
    millón" is 400,000 and half a million, not 400,000.5 million. After a larger number the half
    of the scale word is added ("un billón y medio millón")."""
    w = WORDS["es"].get(toks[e].t) if e < n and toks[e].kind == "w" else None
    if w is None or w[0][0] not in (SCALE, DOZEN):
        return None
    return (e + 1, w[1]) if toks[e].t.endswith("s") or before >= w[1] else False


def _decimals(toks, e, n, lang):
    """Digits after "point" / "coma": (end, fractional value) or None."""
    words = WORDS[lang]
    if e >= n:
        return None
    w = words.get(toks[e].t) if toks[e].kind == "w" else None
    if w is None:
        return None
    if (w[0] == ZERO or w[0] == UNIT) and toks[e].t not in ("a", "an", "un", "una"):
        digits = ""
        k = e
        while k < n and toks[k].kind == "w":
            w = words.get(toks[k].t)
            if not w or w[0] != ZERO and w[0] != UNIT or toks[k].t in ("un", "una"):
                break
            digits += str(int(w[1]))
            k += 1
        return k, float("0." + digits)
    r = parse_card(toks, e, n, lang)
    if r is None or r[1] != int(r[1]) or r[1] <= 0:
        return None
    return r[0], float("0." + str(int(r[1])))


def _digit_fraction(toks, j, n):
    """"3/4", "2  1/4" at token j (digits): (end, value) or None."""
    t0 = toks[j]
    if (j + 2 < n and toks[j + 1].t == "/" and toks[j + 2].kind == "n"
            and t0.end == toks[j + 1].start and toks[j + 1].end == toks[j + 2].start):
        if j + 3 < n and toks[j + 3].t == "/" and toks[j + 3].start == toks[j + 2].end:
            return None
        if j > 0 and toks[j - 1].t == "/" and toks[j - 1].end == t0.start:
            return None
        if j > 1 and toks[j - 1].t in _HYPHENS and toks[j - 1].end == t0.start \
                and toks[j - 2].kind == "n" and toks[j - 2].end == toks[j - 1].start:
            return None
        den = toks[j + 2].value
        if not den or t0.value != int(t0.value) or den != int(den):
            return None
        return j + 3, t0.value / den
    if (j + 3 < n and t0.value == int(t0.value) and toks[j + 1].kind == "n"
            and toks[j + 2].t == "/" and toks[j + 3].kind == "n"
            and toks[j + 1].end == toks[j + 2].start and toks[j + 2].end == toks[j + 3].start
            and t0.end < toks[j + 1].start and toks[j + 3].value
            and toks[j + 1].value < toks[j + 3].value
            and not (j + 4 < n and toks[j + 4].t == "/")):
        return j + 4, t0.value + toks[j + 1].value / toks[j + 3].value
    return None


_PARTE = {"parte": False, "partes": True}


def _part_of(toks, k, n, plural: bool) -> float | None:
    """The denominator of a Spanish ordinal fraction at token k: a feminine ordinal before
    "parte(s)" ("la tercera parte", "las dos terceras partes", "una quinta parte"), whose
    numerator is one for "parte" and more for "partes". The ordinal of 3 ("tercera") is no
    fraction word alone ("un tercio"), nor are "primera" and "segunda" ("la segunda parte"
    of a book). English reads "a third" as a fraction already."""
    if k + 1 >= n or _PARTE.get(toks[k + 1].t) is not plural:
        return None
    word = toks[k].t
    den = RANKS_ES.get(word[:-1] if plural else word) if word.endswith("as" if plural else "a") else None
    return den if den is not None and den >= 3 else None


def parse_core(toks, j, n, lang):
    """(end, value, words?, tail_scale) for the number starting at token j, or None."""
    tok = toks[j]
    if lang == "es" and tok.kind == "w":
        den = _part_of(toks, j, n, plural=False)
        if den is not None:
            return j + 2, 1 / den, True, 0                # "la cuarta parte"
        card = parse_card(toks, j, n, lang)
        den = None if card is None else _part_of(toks, card[0], n, plural=card[1] > 1)
        if card is not None and den is not None:
            return card[0] + 2, card[1] / den, True, 0    # "dos terceras partes", "una quinta parte"
    if tok.kind == "n":
        if tok.attached is None:
            fr = _digit_fraction(toks, j, n)
            if fr:
                sc = _scale_after(toks, fr[0], n, lang)
                if sc:                                # "1/2 million", "2 1/2 million": of the scale word
                    return sc[0], times(fr[1], sc[1]), True, 0
                return fr[0], fr[1], False, 0
        if tok.attached is not None or j + 1 >= n or toks[j + 1].kind != "w":
            r = parse_card(toks, j, n, lang, range_tail=True)
            if r is None:
                return None
            return r[0], r[1], r[0] > j + 1, r[2]
    # "half a million", "medio millón", "media docena", "half" alone
    half = HALF[lang].get(tok.t)
    if half is not None:
        sc = _scale_after(toks, j + 1, n, lang)
        if sc:
            return sc[0], times(half, sc[1]), True, 0
        if tok.t == "half":
            return j + 1, 0.5, True, 0
    if tok.t == "mitad" and lang == "es":
        return j + 1, 0.5, True, 0
    d = _find_denominator(toks, j, n, lang)
    frac = eval_frac(toks, j, d, lang) if d is not None else None
    card = parse_card(toks, j, n, lang, range_tail=True)
    if frac is not None and frac[1] and lang == "es":
        mixed_scale = _mixed_scale_es(toks, d + 1, n, frac[1])
        if mixed_scale is False:                  # "400.000 y medio millón": 400,000 and half a million
            frac = None
    if frac is not None and (card is None or d + 1 >= card[0]):
        value, before, part = frac
        end = d + 1
        sc = mixed_scale if frac[1] and lang == "es" else _scale_after(toks, end, n, lang)
        if sc:
            end, scale = sc
            value = before + times(part, scale) if before >= scale else times(value, scale)
        return end, value, True, 0
    if card is None:
        return None
    end, value, tail = card
    if end < n and toks[end].t in POINT[lang] and tok.kind == "w":
        dec = _decimals(toks, end + 1, n, lang)
        if dec:
            return dec[0], value + dec[1], True, 0
    return end, value, True, tail


#: the scale words "un par de" takes, all plural ("un par de millones", "un par de cientos"), by how many tokens
#: they take: "miles de millones" is three
_PAR_SCALES = {("cientos",): 100, ("centenares",): 100, ("miles",): 1e3, ("millares",): 1e3, ("millones",): 1e6,
               ("millardos",): 1e9, ("miles", "de", "millones"): 1e9, ("billones",): 1e12}


def _un_par_de(toks, i, n) -> Num | None:
    """"un par de millones", "un par de cientos": about twice the scale word, as "a couple million" (it had
    been the band "millones", [2 million, 9,999,999])."""
    if toks[i].t != "un" or i + 3 >= n or toks[i + 1].t != "par" or toks[i + 2].t != "de":
        return None
    for words, scale in sorted(_PAR_SCALES.items(), key=lambda e: -len(e[0])):
        end = i + 3 + len(words)
        if end <= n and tuple(t.t for t in toks[i + 3:end]) == words:
            num = Num(i, end, 2 * scale, True, tail_scale=scale)
            num.approx = True
            return num
    return None


def _a_couple_of(toks, i, n, lang) -> Num | None:
    """"a couple hundred", "a couple of thousand", "a couple million", "couple hundred": about twice the
    scale word (not "a couple of people", which is no figure a count is compared with)."""
    if lang == "es":
        return _un_par_de(toks, i, n)
    if lang != "en":
        return None
    at = i + 1 if toks[i].t == "a" else i   # "couple hundred" without its article, as a value is often written
    if at + 1 >= n or toks[at].t != "couple":
        return None
    k = at + 2 if toks[at + 1].t == "of" else at + 1
    word = WORDS["en"].get(toks[k].t) if k < n else None
    if word is None or word[0] not in (HUNDRED, SCALE):
        return None
    card = parse_card(toks, k, n, lang) or (k + 1, word[1], word[1])   # "thousand" alone is no cardinal
    num = Num(i, card[0], 2 * card[1], True, tail_scale=card[2])
    num.approx = True
    return num


def _sign_ok(toks, i, n):
    if i + 1 >= n:
        return False
    nxt = toks[i + 1]
    if nxt.kind == "s":
        return False
    return _free_before(toks, i)


def _free_before(toks, i) -> bool:
    """Whether the "-" at token i can be a minus sign for what is before it: not the dash
    of "5-10" or of "A-12". A currency sign glued before it leaves it a sign ("$-2 million"),
    unless digits come before that sign ("5$-10$": a range)."""
    if i == 0:
        return True
    tok, prev = toks[i], toks[i - 1]
    if prev.end < tok.start or prev.t in "<>=([{:≤≥":
        return True
    return prev.t in CURRENCY_SYMBOLS and not (i > 1 and toks[i - 2].kind == "n" and toks[i - 2].end == prev.start)


def _digits_after_currency(toks, i, n) -> int | None:
    """The digits' index when the "-" at token i is the sign of an amount whose currency is
    written between them, all glued: "-$2 million", "−€5", "-US$2". Else None."""
    k = i + 1
    while k < n and k - i <= 3 and toks[k].kind != "n":
        if toks[k].start != toks[k - 1].end or toks[k].kind != "w" and toks[k].t not in CURRENCY_SYMBOLS:
            return None
        k += 1
    if (k >= n or k == i + 1 or toks[k].kind != "n" or toks[k].start != toks[k - 1].end
            or toks[k - 1].t not in CURRENCY_SYMBOLS):
        return None
    return k if _free_before(toks, i) else None


#: what follows a figure after "in" that is a span of time, no share's denominator: "12 in 48 hours"
_SPAN_AFTER = frozenset("hours hour days day weeks week months month years year minutes minute seconds decades "
                        "horas hora dias dia semanas semana meses mes anos ano minutos segundos decadas".split())


def _no_denominator(toks, k: int, end: int, n: int, value: float, in_words: bool) -> bool:
    """Whether the figure at [k, end) after "in" is no share's denominator: a span of time ("12 in 48 hours");
    after a count other than one ("1 in 5" is a share however written), a year ("3 in 2019"), or, after digits,
    anything but the plural noun of those it shares ("7 in 10 residents"; "2 in 5 or more" is two bounds)."""
    after = toks[end] if end < n else None
    if after is not None and after.t in _SPAN_AFTER:
        return True
    if value == 1 or in_words:
        return False
    if end == k + 1 and toks[k].kind == "n" and len(toks[k].raw) == 4 and toks[k].raw.isdigit():
        return True
    return after is None or after.kind != "w" or not after.t.endswith("s")


def scan_numbers(toks: list[Tok], lang: str) -> list[Num]:
    words = WORDS[lang]
    neg_words = NEG[lang]
    out: list[Num] = []
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        kind = tok.kind
        start_ok = kind == "n" or kind == "w" and (
            tok.t in words or tok.t in HALF[lang] or tok.t == "mitad" or tok.t == "couple" and lang == "en"
            or lang == "es" and _part_of(toks, i, n, plural=False) is not None)
        neg = False
        j = i
        digits = None
        if not start_ok:
            digits = _digits_after_currency(toks, i, n) if kind == "s" and tok.t in "-−" else None
            if digits is not None:
                neg, j = True, digits               # "-$2 million": the currency's sign is inside
            elif kind == "s" and tok.t in "-−" and _sign_ok(toks, i, n):
                neg, j = True, i + 1
            elif kind == "w" and tok.t in neg_words and i + 1 < n and (
                    toks[i + 1].kind == "n" or toks[i + 1].t in words) and not (
                    i > 0 and toks[i - 1].t in _NOT_BEFORE_MINUS):
                neg, j = True, i + 1
            else:
                i += 1
                continue
        couple = _a_couple_of(toks, i, n, lang) if not neg else None
        if couple is not None:
            out.append(couple)                        # "a couple hundred", "a couple of thousand": about 2 x
            i = couple.i1
            continue
        r = parse_core(toks, j, n, lang)
        if r is None:
            i += 1
            continue
        end, value, in_words, tail = r
        det = (not neg and lang == "en" and end == j + 1 and tok.t == "one" and i > 0
               and toks[i - 1].t in DETERMINERS)
        if not neg and end == j + 1 and tok.t in ("a", "an"):
            i += 1
            continue
        # "one over three", "two out of five hundred", "1 in twenty-one", "uno sobre tres"
        if end + 1 < n and not (j > 0 and toks[j - 1].t in CURRENCY_SYMBOLS):
            t = toks[end].t
            k = None
            if t in ("over", "sobre"):
                k = end + 1
            elif t == "out" and toks[end + 1].t == "of":
                k = end + 2
            elif t == "in" and (value == 1 or value > 1 and float(value).is_integer()):
                k = end + 1                           # "1 in 5", "three in four adults", "7 in 10 residents"
            elif t == "de" and lang == "es" and toks[end + 1].t == "cada":
                k = end + 2                           # "1 de cada 5", "dos de cada tres": as "1 in 5"
            if k is not None and k < n and (toks[k].kind == "n" or toks[k].t in words):
                r2 = parse_core(toks, k, n, lang)
                if r2 and r2[1] and (t in ("over", "sobre") or value < r2[1]) and not (
                        t == "in" and _no_denominator(toks, k, r2[0], n, value, toks[j].kind == "w")):
                    end, value, in_words, tail = r2[0], value / r2[1], True, 0
        weak = lang == "es" and end == j + 1 and tok.t in ("un", "una")
        out.append(Num(i, end, -value if neg else value, in_words, weak,
                       neg and kind == "s", tail))
        out[-1].det = det
        if digits is not None and neg and j == digits:
            out[-1].digits_at = j
        i = end
    return out
