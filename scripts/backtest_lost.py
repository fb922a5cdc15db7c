"""``python scripts/backtest_lost.py ...`` is ``khatir backtest ...`` (see ``khatir backtest --help``).

Kept for instructions written before the ``khatir`` command; it needs Khatir
importable (``pip install .``, or PYTHONPATH set to the Khatir folder as
``python run.py backtest`` does).
"""
import sys

from khatir.commands import main

if __name__ == "__main__":
    sys.exit(main(["backtest", *sys.argv[1:]]))
