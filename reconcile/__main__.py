"""python -m reconcile"""
from reconcile.cli.main import run

run()
