"""Memory given back to the system between stages."""
from __future__ import annotations

import sys


def release_arrow_memory() -> None:
    """Give back what Arrow's allocator holds unused (mimalloc or jemalloc keep freed pages for
    later Arrow allocations): the text columns of pandas 3 and the tables read from CSV and
    Parquet are Arrow's, and once they are gone nothing else reuses those pages. Nothing to do
    when pyarrow was never imported."""
    pyarrow = sys.modules.get("pyarrow")
    if pyarrow is not None:
        pyarrow.default_memory_pool().release_unused()
