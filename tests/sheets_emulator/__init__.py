"""A local, Google-faithful Sheets API v4 + Drive v3 server for tests (standard library only).

Fidelity is measured against recorded Google traffic with
``shared/tools/replay-cassettes``. Known simplifications:

- formulas: arithmetic, comparisons, ``&``, references and common functions (SUM,
  AVERAGE, MIN, MAX, COUNT, COUNTA, IF, IFERROR, AND, OR, NOT, CONCATENATE, CONCAT,
  LEN, UPPER, LOWER, TRIM, ROUND*, ABS, INT, MOD, HYPERLINK, TODAY, DATE) are
  computed; any other formula reads back as its own text in every render option.
  References are not rewritten when rows or columns move.
- USER_ENTERED parsing follows the en_US locale whatever the spreadsheet locale.
- Number formats cover the common patterns; column widths, charts, banding, filter
  views, developer metadata and data sources are not modelled (their batchUpdate
  requests answer 501).
"""
from .faults import Fault
from .state import SheetState
from .transport import Emulator, EmulatorHTTPServer, LoggedRequest

__all__ = ["Emulator", "EmulatorHTTPServer", "Fault", "LoggedRequest", "SheetState"]
