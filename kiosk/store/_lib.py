"""sqlite_utils, imported without the numpy and pandas it loads when they are installed.

sqlite_utils imports them only to map their scalar types to columns; the kiosk never
stores a numpy or pandas value, and numpy alone was about a third of what the kiosk
imported before its home screen painted (issue 17, docs/benchmarks.md). Marking them
absent for this one import takes sqlite_utils' own ``except ImportError`` path. Where
numpy is already loaded (shapely, in a long test run) nothing changes.
"""

from __future__ import annotations

import sys

_BLOCKED = [name for name in ("numpy", "pandas") if name not in sys.modules]
for _name in _BLOCKED:
    sys.modules[_name] = None  # type: ignore[assignment]  # "import numpy" raises ImportError
try:
    import sqlite_utils
finally:
    for _name in _BLOCKED:
        if sys.modules.get(_name) is None:
            del sys.modules[_name]

__all__ = ["sqlite_utils"]
