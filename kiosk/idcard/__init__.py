"""ID-card autofill: parse the QR payload of a chip CCCD or a new căn cước card."""

from kiosk.idcard._card import CardError, IdCard, looks_like_card_payload, parse_card, preload

__all__ = ["CardError", "IdCard", "looks_like_card_payload", "parse_card", "preload"]
