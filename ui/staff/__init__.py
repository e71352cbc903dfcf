"""The staff screens: console, dashboard and admin settings (behind the staff/admin PIN).

How the shell mounts them (each is a plain ``QWidget`` for the window's stack; the
shell decides who may open which, after ``StaffDirectory.authenticate``):

- ``StaffConsole(tasks, staff_id, sync=controller)``: drafts, outbox, applications.
  Call ``refresh()`` each time it is shown; connect ``resume_requested(draft_id)``
  (open the wizard on that draft) and ``close_requested()`` (sign out, go home).
- ``Dashboard(tasks, days=14)``: figures against the city's targets and the one-tap
  paper intake. Call ``refresh()`` when shown; ``close_requested()`` to leave.
- ``AdminSettings(tasks, data_dir / "kiosk.toml", admin_id=...)``: admin PIN only.
  ``saved(keys)`` after a valid save (most settings apply at the next start);
  ``close_requested()`` to leave.

``tasks`` is the window's :class:`ui.TaskManager`; every store call goes through it,
so the GUI thread never waits on the database. ``sync`` may be None (offline).
"""

from ui.staff._console import StaffConsole
from ui.staff._dashboard import Dashboard
from ui.staff._settings import AdminSettings

__all__ = ["AdminSettings", "Dashboard", "StaffConsole"]
