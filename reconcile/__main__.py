"""python -m reconcile"""
from .cli import main

main(prog_name="reconcile")
