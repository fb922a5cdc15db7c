"""``python scripts/run_scheduled.py ...`` is ``khatir schedule ...`` (see ``khatir schedule --help``).

Kept for instructions written before the ``khatir`` command (the scheduling recipes
in docs/scheduling.md among them). It needs Khatir installed in the Python that runs it:
``python run.py`` installs it into ``.venv``, so ``.venv/bin/python scripts/run_scheduled.py`` works.
"""
import sys

from khatir.commands import main

if __name__ == "__main__":
    sys.exit(main(["schedule", *sys.argv[1:]]))
