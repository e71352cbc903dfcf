"""The application: the ``kiosk`` command and the one composition root.

The only package allowed to import every other one: it wires the store and
services (``kiosk``), the portal client (``sync``), the GUI (``ui``) and, when
no portal is configured, the reference portal (``portal``) on a loopback port.
"""

from app._root import StartupProblem, open_services, run_gui, run_kiosk, start_sync

__all__ = ["StartupProblem", "open_services", "run_gui", "run_kiosk", "start_sync"]
