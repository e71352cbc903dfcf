"""Work around reference-counting bugs in the installed PySide6 6.12.0 (shiboken6 6.12.0).

Two leaks, both in the values Qt calls hand back to Python:

- ``SignalInstance.emit()`` returns ``True`` without taking a new reference, so
  every emit lowers ``True``'s count by one (about 150–600 to start with); the
  interpreter then aborts with "Fatal Python error: bool_dealloc".
- every ``void`` method (``setText``, ``update``, ``show``...) returns ``None``
  the same way; ``None`` starts with a few thousand references, so the kiosk
  aborts ("none_dealloc") after a few thousand widget calls: minutes of use.

:func:`guard_emit_refcount` detects each leak with a probe and, only then,
gives ``True``/``False``/``None`` a huge reference count, the way Python 3.12
makes them immortal. Remove this module once PySide6 is pinned to a release
without the bug.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

_log = logging.getLogger(__name__)
_GUARDED = False
_HEADROOM = 1 << 40


class _Probe(QObject):
    fired = Signal()


def emit_leaks_true() -> bool:
    """Whether discarded ``emit()`` results lower ``True``'s reference count (the 6.12.0 bug)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()
    leaked = sys.getrefcount(True) < before - 4
    if leaked:  # give back what the probe took
        for _ in range(8):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return leaked


def void_call_leaks_none() -> bool:
    """Whether calling a ``void`` Qt method lowers ``None``'s reference count."""
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    leaked = sys.getrefcount(None) < before - 4
    if leaked:
        for _ in range(8):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    return leaked


def guard_emit_refcount() -> bool:
    """Apply the workaround once per process when a leak is present; return whether it was."""
    global _GUARDED
    if _GUARDED:
        return True
    leaks = emit_leaks_true() | void_call_leaks_none()
    if not leaks:
        return False
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # 3.12+: True, False and None are immortal, the leak is harmless
    for value in (True, False, None):
        ctypes.c_ssize_t.from_address(id(value)).value += _HEADROOM
    _GUARDED = True
    _log.warning("PySide6 %s leaks references to True/None; applied the workaround",
                 _pyside_version())
    return True


def _pyside_version() -> str:
    import PySide6

    return str(getattr(PySide6, "__version__", "?"))
