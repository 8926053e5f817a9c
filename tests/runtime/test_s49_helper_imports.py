"""The helper processes the command spawns (``runtime.parallel.start_chunks``) import only what their
work needs: the command's main module and the module of the function they run. Neither the parse of
the stated values (normalizing) nor the quote check (reconciling) uses pandas, whose import cost each
helper some 0.5 s CPU and 90 MB."""
from __future__ import annotations

import functools
import subprocess
import sys

import pandas as pd

from reconcile.conflicts.quotes import QuoteChecks
from reconcile.model.records import QuantityConfig


def _loads_pandas(*modules: str) -> bool:
    """Whether a fresh interpreter that imports ``modules`` (as a spawned helper does) loads pandas."""
    code = "import sys\n" + "".join(f"import {name}\n" for name in modules) + "print('pandas' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip() == "True"


def _module_of(work: object) -> str:
    function = work.func if isinstance(work, functools.partial) else work
    return function.__module__


def test_the_quote_check_helper_imports_no_pandas() -> None:
    frame = pd.DataFrame({"topic": ["t"], "id": ["c1"], "quote": ["Quote 1: 500 crossed"], "text": ["500"],
                          "lang": ["en"], "lower": [500.0], "upper": [500.0], "lower_inclusive": [True],
                          "upper_inclusive": [True]})
    with QuoteChecks(frame, QuantityConfig()) as checks:
        module = _module_of(checks.work.function)
        assert checks.of("t") == {}
    assert not _loads_pandas("reconcile.__main__", module)


def test_the_value_parse_helper_imports_no_pandas() -> None:
    from reconcile.claims.build import parse_keys

    assert not _loads_pandas("reconcile.__main__", _module_of(parse_keys))
    assert parse_keys([("more than 500", "en"), ("nonsense words", "en"), None], QuantityConfig()) == [
        (500.0, None, False, False, "more-than", "more than 500", "en", None), None, None]
