"""Known failures of any command as one plain line and an exit code, never a traceback.

A technician at a commune hall reads the terminal (or the journal): "the disk is
full", "another program holds the database", "the data key is missing" say what
to do; a Python traceback does not. Unknown errors still raise (they are bugs).
"""

from __future__ import annotations

import errno
import sys
from collections.abc import Callable

EXIT_KEY = 2  # the data key is missing, wrong or unreadable (as the commands' own checks)
EXIT_DISK_FULL = 74  # EX_IOERR
EXIT_LOCKED = 75  # EX_TEMPFAIL: try again once the other program has finished

DISK_FULL = (
    "Ổ đĩa của kiosk đã đầy nên lệnh dừng lại, dữ liệu cũ vẫn nguyên. Hãy giải phóng chỗ "
    "trống (xoá tệp không cần thiết ngoài thư mục dữ liệu) rồi chạy lại. (disk full)"
)
LOCKED = (
    "Cơ sở dữ liệu đang bị một chương trình khác giữ (có thể kiosk đang chạy). Hãy thử lại "
    "sau, hoặc dừng kiosk trước khi chạy lệnh này. (database locked)"
)


def run_reporting_known_failures(handler: Callable[[], int]) -> int:
    """Run a command; turn disk full, a locked database and key problems into one line."""
    try:
        return handler()
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return _say(DISK_FULL, EXIT_DISK_FULL)
        raise
    except Exception as exc:
        # Imported only on failure: ``kiosk run`` paints its home screen before the store's
        # and the data key's code is loaded (issue 17).
        from kiosk.crypto import DataKeyError
        from kiosk.store import failure_kind

        if isinstance(exc, DataKeyError):
            return _say(exc.message, EXIT_KEY)
        kind = failure_kind(exc)
        if kind == "full":
            return _say(DISK_FULL, EXIT_DISK_FULL)
        if kind == "locked":
            return _say(LOCKED, EXIT_LOCKED)
        raise


def _say(line: str, code: int) -> int:
    print(line, file=sys.stderr)
    return code


def disable_core_dumps() -> None:
    """Set this process's core-dump limit to zero (soft and hard), where the OS has one.

    A core dump of the kiosk holds decrypted drafts; the service unit's
    ``LimitCORE=0`` is not there when the kiosk is started by hand or by another
    launcher, so the process sets it itself, first thing.
    """
    try:
        import resource
    except ImportError:  # Windows: no core dumps of this kind
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):  # pragma: no cover - a sandbox that forbids it
        pass
