"""``python scripts/setup_sheet.py ...`` is ``khatir setup ...`` (see ``khatir setup --help``).

Kept for instructions written before the ``khatir`` command; it needs Khatir
importable (``pip install .``, or PYTHONPATH set to the Khatir folder as
``python run.py setup`` does).
"""
import sys

from khatir.commands import main

if __name__ == "__main__":
    sys.exit(main(["setup", *sys.argv[1:]]))
