"""Verifying the audit chain against its keyed head, and the head the portal last saw."""

from __future__ import annotations

from kiosk.store._anchor import (
    AUDIT_HEAD_SETTING,
    GENESIS_HASH,
    PORTAL_HEAD_SETTING,
    keyed_anchor,
    read_anchor,
)
from kiosk.store._base import StoreBase, audit_hash


class AuditMixin(StoreBase):
    """``verify_audit``, the head to report off the kiosk, and the portal's acknowledged head."""

    def verify_audit(self) -> tuple[bool, int | None, str]:
        """Walk the audit chain and check its keyed head; return (ok, first broken seq, reason)."""
        prev = GENESIS_HASH
        expected_seq = 1
        for row in self._conn.execute("SELECT * FROM audit_events ORDER BY seq"):
            if row["seq"] != expected_seq:
                return False, expected_seq, "entry missing (sequence gap)"
            if row["prev_hash"] != prev:
                return False, row["seq"], "previous-hash link broken"
            digest = audit_hash(
                prev,
                row["seq"],
                row["at"],
                row["actor"],
                row["action"],
                row["subject"],
                row["detail"],
            )
            if digest != row["hash"]:
                return False, row["seq"], "entry content altered"
            prev = row["hash"]
            expected_seq += 1
        last_seq = expected_seq - 1
        raw = self.get_device(AUDIT_HEAD_SETTING)
        if raw is None:
            return False, last_seq + 1, "head anchor missing (log emptied or anchor deleted)"
        anchor = read_anchor(self.cipher, raw)
        if anchor is None:
            return False, last_seq + 1, "head anchor not keyed with this kiosk's data key"
        head_seq, head_hash = anchor
        if head_seq > last_seq:
            return False, last_seq + 1, "entries removed from the end"
        if head_seq == last_seq and head_hash != prev:
            return False, last_seq, "last entry replaced (head anchor mismatch)"
        if head_seq < last_seq:
            return False, head_seq + 1, "entries added outside the audit API"
        portal = self.portal_audit_head()
        if portal is not None and portal[0] > last_seq:
            return False, last_seq + 1, f"log shorter than the head the portal saw (#{portal[0]})"
        return True, None, "ok"

    def audit_head(self) -> tuple[int, str] | None:
        """The chain's head (sequence, hash) if its anchor is intact: what is sent to the portal."""
        return read_anchor(self.cipher, self.get_device(AUDIT_HEAD_SETTING))

    def audit_entry_hash(self, seq: int) -> str | None:
        """The stored hash of entry ``seq`` (to compare with a head the portal saw)."""
        rows = self.query("SELECT hash FROM audit_events WHERE seq = ?", (seq,))
        return str(rows[0][0]) if rows else None

    def record_portal_audit_head(self, seq: int, digest: str) -> None:
        """Remember (keyed) the highest head the portal has acknowledged."""
        current = self.portal_audit_head()
        if current is not None and current[0] >= seq:
            return
        self.set_device(PORTAL_HEAD_SETTING, keyed_anchor(self.cipher, seq, digest, label="portal"))

    def portal_audit_head(self) -> tuple[int, str] | None:
        """The highest head the portal acknowledged, as recorded here (``None`` if never)."""
        return read_anchor(self.cipher, self.get_device(PORTAL_HEAD_SETTING), label="portal")


__all__ = ["AuditMixin"]
