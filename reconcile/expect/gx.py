"""The Great Expectations engine behind ``expect``: one quiet, offline, ephemeral context.

This is the only place that imports great_expectations, and only inside functions, so
``reconcile --help`` does not pay for it. GX is noisy by default (tqdm progress bars on
stderr, INFO logging, warnings from pandas 3 deprecations, usage analytics): everything here
runs with all of that switched off, in the calling thread.
"""
from __future__ import annotations

import contextlib
import logging
import os
import threading
import warnings
from collections.abc import Iterator, Mapping
from typing import Any

from reconcile.errors import ExpectationError

__all__ = ["build_expectation", "context", "data_context", "expectation_class", "gx_module", "is_type_name",
           "known_types", "quiet", "row_wise", "rows_meeting", "run_suite", "spark_batch_definition", "validate_batch",
           "warm_up"]

# One lock around GX's context and its validators (GX's context is not thread-safe). Reentrant:
# ``spark_batch_definition`` makes the context under it.
_LOCK = threading.RLock()
_STATE: dict[str, Any] = {}


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Silence GX for a block: its loggers for good (nothing of GX is for the user), warnings
    for the block only."""
    for name in ("great_expectations", "great_expectations.core", "tqdm"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.CRITICAL + 1)
        logger.propagate = False
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def gx_module() -> Any:
    """Import great_expectations with analytics off and nothing printed."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    with quiet():
        import great_expectations as gx
    return gx


def context() -> Any:
    """The process-wide ephemeral context with its one pandas batch definition."""
    with _LOCK:
        if "batch_definition" not in _STATE:
            gx = gx_module()
            from great_expectations.data_context.types.base import (
                DataContextConfig, InMemoryStoreBackendDefaults, ProgressBarsConfig)

            config = DataContextConfig(
                analytics_enabled=False,
                progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
                store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
            )
            with quiet():
                ctx = gx.get_context(mode="ephemeral", project_config=config)
                source = ctx.data_sources.add_pandas("reconcile")
                asset = source.add_dataframe_asset("claims")
                _STATE["context"] = ctx
                _STATE["batch_definition"] = asset.add_batch_definition_whole_dataframe("all")
        return _STATE["batch_definition"]


def data_context() -> Any:
    """The process-wide ephemeral GX data context (``context`` makes it on first use)."""
    context()
    return _STATE["context"]


def warm_up() -> None:
    """Import Great Expectations and build the context ahead of a validation (about two
    seconds), e.g. while another process parses claims."""
    context()


def expectation_class(type_: str) -> Any:
    """The GX class for an expectation type; ExpectationNotFoundError -> KeyError."""
    gx_module()
    from great_expectations.exceptions import ExpectationNotFoundError
    from great_expectations.expectations.registry import get_expectation_impl

    try:
        with quiet():
            return get_expectation_impl(type_)
    except ExpectationNotFoundError as exc:
        raise KeyError(type_) from exc


def known_types() -> list[str]:
    """Every expectation type GX has registered (its snake_case names)."""
    gx_module()
    from great_expectations.expectations.registry import list_registered_expectation_implementations

    return sorted(list_registered_expectation_implementations())


def is_type_name(name: str) -> bool:
    """Whether GX's type checks (of_type, in_type_list) know ``name``: as they read it on pandas
    (a NumPy dtype, a pandas type, a Python type's name) or on Spark (a class of
    pyspark.sql.types). Any other name fails every claim on pandas without an error."""
    gx_module()
    import numpy as np
    import pandas as pd
    from great_expectations.expectations.type_comparison import native_type_type_map

    try:
        np.dtype(name)
        return True
    except (TypeError, ValueError, SyntaxError):   # GX catches TypeError; odd strings raise the others
        pass
    if any(isinstance(getattr(module, name, None), type) for module in (pd, pd.core.dtypes.dtypes)):
        return True
    if native_type_type_map(name) is not None:
        return True
    try:
        from pyspark.sql import types as spark_types
    except ImportError:   # no Spark here: a Spark type could not be checked either
        return False
    found = getattr(spark_types, name, None)
    return isinstance(found, type) and issubclass(found, spark_types.DataType)


def build_expectation(type_: str, kwargs: Mapping[str, Any], description: str,
                      meta: Mapping[str, Any]) -> Any:
    """A GX Expectation object; pydantic's complaints come back as ValueError."""
    gx_module()
    from great_expectations.exceptions import GreatExpectationsError
    from great_expectations.expectations.expectation_configuration import (
        ExpectationConfiguration)

    try:
        with quiet():
            config = ExpectationConfiguration(type=type_, kwargs=dict(kwargs),
                                              description=description or None, meta=dict(meta))
            return config.to_domain_obj()
    except (GreatExpectationsError, ValueError, TypeError) as exc:
        # pydantic.v1.ValidationError is a ValueError
        raise ValueError(str(exc)) from exc


def spark_batch_definition() -> Any:
    """The GX Spark data source's whole-dataframe batch definition, in the same context as the
    pandas one (one per process; GX's Spark data source needs pyspark)."""
    with _LOCK:
        if "spark_batch_definition" not in _STATE:
            context()
            from reconcile.expect import missing, quantiles

            with quiet():
                quantiles.use_on_spark()   # the quantiles pandas computes, not Spark's approximate ones
                missing.use_on_spark()     # pandas' verdict on a missing side of a pair or sum
                source = _STATE["context"].data_sources.add_spark("reconcile-spark", persist=False)
                asset = source.add_dataframe_asset("claims")
                _STATE["spark_batch_definition"] = asset.add_batch_definition_whole_dataframe("all")
        return _STATE["spark_batch_definition"]


def validate_batch(batch_definition: Any, batch_parameters: Mapping[str, Any], expectations: list[Any], name: str,
                   parameters: Mapping[str, Any], result_format: Mapping[str, Any], where: str = "") -> Any:
    """Run expectations as one suite on the batch ``batch_definition`` gives for
    ``batch_parameters`` (e.g. ``{"dataframe": frame}``); the ExpectationSuiteValidationResult.
    ``where`` ends the error message (" on Spark")."""
    gx = gx_module()
    from great_expectations.exceptions import GreatExpectationsError
    from great_expectations.validator.v1_validator import Validator

    suite = gx.ExpectationSuite(name=name, expectations=list(expectations))
    try:
        with _LOCK, quiet():
            # The validator GX's own ValidationDefinition.run uses: it loads the batch once.
            # (batch_definition.get_batch(...).validate(suite) loads it twice, and loading a
            # batch hashes the whole frame: about 0.9 s per million claims each time.)
            validator = Validator(batch_definition=batch_definition, result_format=dict(result_format),
                                  batch_parameters=dict(batch_parameters))
            return validator.validate_expectation_suite(suite, dict(parameters))
    except GreatExpectationsError as exc:
        raise ExpectationError(f"Great Expectations could not run suite {name!r}{where}: {exc}",
                               file=name) from exc


def run_suite(frame: Any, expectations: list[Any], name: str, parameters: Mapping[str, Any],
              max_failing: int) -> Any:
    """Run expectations on a pandas frame; the ExpectationSuiteValidationResult."""
    result_format = {
        # SUMMARY, not COMPLETE: GX keeps the first `partial_unexpected_count` unexpected
        # values and row labels and counts the rest. No unexpected_index_column_names: the
        # row label maps back to file:line exactly. Measured on a million claims that all
        # fail two expectations: COMPLETE with unexpected_index_column_names=[file, line, id]
        # took 131 s and +400 MB; this takes 1.3 s and +80 MB.
        "result_format": "SUMMARY",
        "partial_unexpected_count": max_failing,
    }
    return validate_batch(context(), {"dataframe": frame}, expectations, name, parameters, result_format)


def rows_meeting(frame: Any, condition: Mapping[str, Any]) -> Any:
    """The rows of a pandas frame that a GX 1.x row condition (its JSON object) keeps, as GX's
    pandas engine filters them: the claims an expectation with that condition looked at."""
    gx_module()
    from great_expectations.execution_engine import PandasExecutionEngine
    from great_expectations.expectations.row_conditions import Condition, deserialize_row_condition

    with quiet():
        parsed = deserialize_row_condition(dict(condition))
        if not isinstance(parsed, Condition):   # a string condition: load_suite refuses them
            return frame
        return frame.query(PandasExecutionEngine().condition_to_filter_clause(parsed))


#: map expectations whose verdict on a claim depends on the other claims
_COMPARING_ROWS = ("expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique",
                   "expect_column_values_to_be_increasing", "expect_column_values_to_be_decreasing")


def row_wise(type_: str) -> bool:
    """Whether an expectation judges each claim on its own values (a map expectation: not null,
    in a set, a pair a >= b), so that it may run on some claims only. Uniqueness, order and
    every aggregate (max, sum, row count, distinct values) compare claims with each other."""
    gx_module()
    from great_expectations.expectations.expectation import (ColumnMapExpectation, ColumnPairMapExpectation,
                                                             MulticolumnMapExpectation)

    try:
        kind = expectation_class(type_)
    except KeyError:
        return False
    return issubclass(kind, (ColumnMapExpectation, ColumnPairMapExpectation, MulticolumnMapExpectation)) \
        and type_ not in _COMPARING_ROWS
