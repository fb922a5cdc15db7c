"""``python scripts/invite.py ...`` is ``khatir invite ...`` (see ``khatir invite --help``).

Kept for instructions written before the ``khatir`` command; it needs Khatir
importable (``pip install .``, or PYTHONPATH set to the Khatir folder as
``python run.py invite`` does).
"""
import sys

from khatir.commands import main

if __name__ == "__main__":
    sys.exit(main(["invite", *sys.argv[1:]]))
