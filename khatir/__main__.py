"""``python -m khatir daily ...``: the same as the installed ``khatir`` command."""
import sys

from .commands import main

# Guarded: a process started by multiprocessing's spawn method (batch note reading) must
# import this module without running the command again.
if __name__ == "__main__":
    sys.exit(main())
