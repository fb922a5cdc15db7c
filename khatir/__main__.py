"""``python -m khatir daily ...``: the same as the installed ``khatir`` command."""
import sys

from .commands import main

sys.exit(main())
