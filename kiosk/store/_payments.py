"""Fee payments the portal confirmed: the kiosk keeps "paid, how much, when" per application.

The portal learns of a payment from the bank (``POST /v1/payments/notify``) and
reports it in the status reply; the status pull stores it here so the receipt
and the lookup say "Đã thanh toán" even when the link is down afterwards.
"""

from __future__ import annotations

from kiosk.store._base import StoreBase

__all__ = ["PaymentsMixin"]


class PaymentsMixin(StoreBase):
    """Payment verbs."""

    def record_payment(self, app_id: str, *, amount_vnd: int, paid_at: str) -> bool:
        """Keep the portal's word that ``app_id``'s fee was paid; return whether it is news.

        Idempotent: pulling the same payment again changes nothing and audits nothing.

        Raises:
            ValueError: an amount below 1 đồng or an empty time.
        """
        if isinstance(amount_vnd, bool) or amount_vnd < 1 or not paid_at:
            raise ValueError("a payment needs an amount of at least 1 đồng and a time")
        with self.transaction() as conn:
            changed = conn.execute(
                "UPDATE applications SET paid_amount_vnd = ?, paid_at = ?"
                " WHERE id = ? AND (paid_at IS NOT ? OR paid_amount_vnd IS NOT ?)",
                (amount_vnd, paid_at, app_id, paid_at, amount_vnd),
            ).rowcount
            if changed:
                self.audit("portal", "payment.recorded", app_id, {"amount_vnd": amount_vnd})
        return bool(changed)
