"""Helpers of the reader tests: read and normalize a project, or the InputError it raises."""
from __future__ import annotations

from typing import Any

import pytest

import reconcile
from reconcile.errors import InputError


def load(target: Any) -> Any:
    """The normalized claims of a project maker, a folder or a list of paths."""
    return reconcile.normalize(reconcile.read(target.root if hasattr(target, "write") else target))


def error_of(target: Any) -> InputError:
    with pytest.raises(InputError) as info:
        load(target)
    return info.value


__all__ = ["error_of", "load"]
