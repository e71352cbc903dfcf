"""The portal's application code (mã hồ sơ): ``<agency electronic id>-YYMMDD-<sequence>``.

Circular 01/2018/TT-VPCP (Art. 19) gives the agency's electronic id, the date
received and a daily sequence of at least 4 digits, as in Hanoi's
``000.00.01.H26-260930-0012``. Centralised national systems (Circular
04/2025/TT-VPCP) may put a 2-digit system code before the sequence
(``...-260930-010012``) or before the agency id (``01.000.00.01.H26-...``): both are
accepted as they are, without hard-coding the number of dot segments.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["is_official_code", "official_code_date"]

_CODE = re.compile(
    r"^(?P<agency>[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)-(?P<day>\d{6})-(?P<sequence>\d{4,})"
)


def official_code_date(code: str) -> dt.date | None:
    """The date a well-formed official code was received, or None if it is not one."""
    if not isinstance(code, str):
        return None
    m = _CODE.fullmatch(code)
    if m is None:
        return None
    day = m.group("day")
    try:
        return dt.date(2000 + int(day[:2]), int(day[2:4]), int(day[4:]))
    except ValueError:
        return None


def is_official_code(code: str) -> bool:
    """Whether ``code`` has the shape of a portal application code with a real YYMMDD date."""
    return official_code_date(code) is not None
