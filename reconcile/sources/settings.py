"""The project's parsing settings (``settings:`` in ``sources/_topics.yaml``, SPEC.md §4),
checked when the project is read: a bad setting is an error naming the file, the line and the
allowed range, never a silently wrong interval."""
from __future__ import annotations

import math
from typing import Any

from reconcile.errors import InputError
from reconcile.model.records import QuantityConfig


def _number(value: Any) -> float | None:
    """A finite number (as YAML text or a number, not a bool), else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        number = float(value)
    except (ValueError, OverflowError):  # not a number; an integer of hundreds of digits
        return None
    return number if math.isfinite(number) else None


def quantity_config(settings: dict[str, Any]) -> QuantityConfig:
    """The project's parsing settings from ``settings:`` in ``_topics.yaml`` (SPEC §4):
    ``tolerance``, a fraction from 0 up to (not including) 1; ``bands``, each a known band
    name and [lower, upper] with 0 <= lower <= upper (upper may be null: no upper bound)."""
    if not settings:
        return QuantityConfig()
    display, lines = settings.get("_file"), settings.get("_lines", {})
    kwargs: dict[str, Any] = {}
    for key, value in settings.items():
        if key.startswith("_"):
            continue
        if key == "tolerance":
            tolerance = _number(value)
            if tolerance is None or not 0 <= tolerance < 1:
                raise InputError(f"tolerance {'null' if value is None else value} is not a fraction from 0 up to "
                                 "(not including) 1",
                                 file=display, line=lines.get(key), field=key,
                                 hint="write a number at least 0 and below 1, e.g. 0.1 for ±10%")
            kwargs["tolerance"] = tolerance
        elif key == "bands":
            default = {name: (lo, hi) for name, lo, hi in QuantityConfig().bands}
            if not isinstance(value, dict):
                raise InputError("bands must map a band name to [lower, upper]", file=display,
                                 line=lines.get(key), field=key,
                                 hint=f"bands are {', '.join(default)}, each [lower, upper]")
            band_lines = getattr(value, "lines", {})
            for name, pair in value.items():
                line = band_lines.get(name, lines.get(key))
                if name not in default or not isinstance(pair, list) or len(pair) != 2:
                    raise InputError(f'bad band "{name}"', file=display, line=line, field=key,
                                     hint=f"bands are {', '.join(default)}, each [lower, upper]")
                lower, upper = _number(pair[0]), None if pair[1] is None else _number(pair[1])
                if lower is None or (pair[1] is not None and upper is None) or lower < 0 \
                        or (upper is not None and lower > upper):
                    raise InputError(f'band "{name}" [{pair[0]}, {pair[1]}] is not a range', file=display,
                                     line=line, field=key,
                                     hint="write [lower, upper] with numbers, 0 <= lower <= upper "
                                          "(upper null: no upper bound)")
                default[name] = (lower, upper)
            kwargs["bands"] = tuple((name, lo, hi) for name, (lo, hi) in default.items())
        else:
            raise InputError(f'unknown setting "{key}"', file=display, line=lines.get(key), field=key,
                             hint="known settings: tolerance (a fraction from 0 to 1), "
                                  "bands (name: [lower, upper])")
    return QuantityConfig(**kwargs)
