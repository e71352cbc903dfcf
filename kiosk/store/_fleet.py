"""What the kiosk's health report needs from the store: the outbox backlog, the last sync."""

from __future__ import annotations

from kiosk.store._base import StoreBase

LAST_SYNC_SETTING = "fleet.last_sync_at"


class FleetMixin(StoreBase):
    """Figures for the fleet page: counts and times only, never an application's content."""

    def outbox_backlog(self) -> tuple[int, str | None]:
        """(applications not yet delivered, when the oldest of them was queued: UTC ISO)."""
        row = self.query(
            "SELECT COUNT(*), MIN(created_at) FROM outbox WHERE state IN ('pending', 'sending')"
        )[0]
        return int(row[0]), row[1]

    def last_sync_at(self) -> str | None:
        """When a sync pass last reached the portal and finished (UTC ISO), if ever."""
        return self.get_device(LAST_SYNC_SETTING)

    def record_sync(self, at: str) -> None:
        """Remember a successful sync pass (``at`` UTC ISO)."""
        self.set_device(LAST_SYNC_SETTING, at)
