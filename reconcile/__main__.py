"""python -m reconcile (and spark-submit's script: the README finds this file's path by importing it)"""
from reconcile.cli.main import run

if __name__ == "__main__":
    run()
