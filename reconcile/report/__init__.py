"""Report -> text, Markdown, HTML, JSON, CSV, ClaimReview (SPEC.md §6).

The entry point is ``reconcile.report.render.render(report, fmt, **options)`` (its table
``RENDERERS``, the options each format takes in ``OPTIONS``); it is not re-exported here, so
that ``import reconcile`` does not load tabulate, and the name ``render`` stays the module's.
"""
