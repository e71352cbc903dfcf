"""Rewriting an application's history, for demo data and screenshots only.

``ui.staff._demo`` seeds a kiosk whose console looks lived-in: applications
submitted over past days, in every state. Real sync never calls this.
"""

from __future__ import annotations

from kiosk.store._base import StoreBase


class DemoMixin(StoreBase):
    """Backdating seeded applications (demo data)."""

    def backdate_application(
        self,
        app_id: str,
        *,
        submitted_at: str,
        state: str,
        portal_status: int | None,
        portal_status_at: str,
        due_at: str,
        e_result: bool,
        official_code: str | None,
        supplement_note: str | None,
        correction: str | None,
        outbox_error: str | None = None,
        outbox_progress: float = 0.0,
        outbox_attempts: int = 0,
    ) -> None:
        """Set a seeded application's dates, state and portal status, and its outbox item's
        (delivered, rejected with ``outbox_error``, or pending with progress and attempts)."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE applications SET submitted_at = ?, state = ?, portal_status = ?,"
                " portal_status_at = ?, due_at = ?, e_result = ?, official_code = ?,"
                " supplement_note = ?, correction = ? WHERE id = ?",
                (
                    submitted_at,
                    state,
                    portal_status,
                    portal_status_at,
                    due_at,
                    int(e_result),
                    official_code,
                    supplement_note,
                    correction,
                    app_id,
                ),
            )
            if state == "delivered":
                conn.execute(
                    "UPDATE outbox SET state = 'delivered', progress = 1 WHERE application_id = ?",
                    (app_id,),
                )
            elif state == "needs_correction":
                conn.execute(
                    "UPDATE outbox SET state = 'rejected', last_error = ? WHERE application_id = ?",
                    (outbox_error, app_id),
                )
            else:
                conn.execute(
                    "UPDATE outbox SET progress = ?, attempts = ? WHERE application_id = ?",
                    (outbox_progress, outbox_attempts, app_id),
                )
