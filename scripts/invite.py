"""``python scripts/invite.py ...`` is ``khatir invite ...`` (see ``khatir invite --help``).

Kept for instructions written before the ``khatir`` command (the scheduling recipes
in docs/scheduling.md among them). It needs Khatir installed in the Python that runs it:
``python run.py`` installs it into ``.venv``, so ``.venv/bin/python scripts/invite.py`` works.
"""
import sys

from khatir.commands import main

if __name__ == "__main__":
    sys.exit(main(["invite", *sys.argv[1:]]))
