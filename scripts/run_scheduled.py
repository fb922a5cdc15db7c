"""``python scripts/run_scheduled.py ...`` is ``khatir schedule ...`` (see ``khatir schedule --help``).

Kept for instructions written before the ``khatir`` command; it needs Khatir
importable (``pip install .``, or PYTHONPATH set to the Khatir folder as
``python run.py schedule`` does).
"""
import sys

from khatir.commands import main

if __name__ == "__main__":
    sys.exit(main(["schedule", *sys.argv[1:]]))
