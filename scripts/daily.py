"""``python scripts/daily.py ...`` is ``khatir daily ...`` (see ``khatir daily --help``).

Kept for instructions written before the ``khatir`` command; it needs Khatir
importable (``pip install .``, or PYTHONPATH set to the Khatir folder as
``python run.py daily`` does).
"""
import sys

from khatir.commands import main

if __name__ == "__main__":
    sys.exit(main(["daily", *sys.argv[1:]]))
