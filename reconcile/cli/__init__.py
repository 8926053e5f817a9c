"""The command line: thin click commands over the library, and safe output files."""
from reconcile.cli.main import run

__all__ = ["run"]
