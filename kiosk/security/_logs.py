"""Private logging: every record is masked before any handler writes it.

The filter is attached to the *handlers*, not to loggers: a logger's filter
only sees records logged on that very logger, while a handler's filter sees
every record that reaches it, from any library.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.security._masking import mask_text

__all__ = ["LOG_BACKUPS", "LOG_FILENAME", "LOG_MAX_BYTES", "PersonalDataFilter", "setup_logging"]

LOG_FILENAME = "kiosk.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5

# The attributes every LogRecord has; anything else came in through ``extra=``.
_STANDARD_ATTRS = frozenset(
    logging.LogRecord("", 0, "", 0, "", None, None).__dict__.keys()
    | {"message", "asctime", "taskName", "_kiosk_masked"}
)


class PersonalDataFilter(logging.Filter):
    """Mask names, ID numbers, phones, emails, addresses and dates in every record.

    The message is formatted once with its arguments, masked, and stored back
    with no arguments; the exception and stack text and ``extra`` string values
    are masked too. The filter never drops a record and never raises: if
    masking fails, the message is replaced by a placeholder.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_kiosk_masked", False):
            return True
        try:
            record.msg = mask_text(record.getMessage())
            record.args = None
            if record.exc_info and not record.exc_text:
                record.exc_text = logging.Formatter().formatException(record.exc_info)
            if record.exc_text:
                record.exc_text = mask_text(record.exc_text)
            if record.stack_info:
                record.stack_info = mask_text(record.stack_info)
            for key, value in list(record.__dict__.items()):
                if key not in _STANDARD_ATTRS and isinstance(value, str):
                    setattr(record, key, mask_text(value))
        except Exception:  # a bad __str__ in an argument must not leak or crash
            record.msg = "[log message withheld: could not be masked]"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        record._kiosk_masked = True
        return True


class JsonLinesFormatter(logging.Formatter):
    """One JSON object per line: time (UTC), level, logger, message, exception."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exc"] = record.exc_text
        extras = {
            k: v
            for k, v in record.__dict__.items()
            if k not in _STANDARD_ATTRS and isinstance(v, str | int | float | bool | None)
        }
        if extras:
            entry["extra"] = extras
        return json.dumps(entry, ensure_ascii=False)


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating handler whose files are readable by the kiosk user only (0600)."""

    def _open(self) -> Any:
        stream = super()._open()
        try:
            os.chmod(self.baseFilename, 0o600)
        except OSError:  # e.g. a filesystem without permissions; the data is masked anyway
            pass
        return stream


def setup_logging(data_dir: Path, *, level: str | int = "INFO") -> Path:
    """Log to ``<data_dir>/logs/kiosk.log`` (JSON lines, 1 MB x 5) and stderr, all masked.

    Calling it again replaces the handlers it installed before (tests, a data-dir
    change) instead of stacking duplicates. Python warnings are routed to the log.
    Returns the log file's path.
    """
    log_dir = Path(data_dir) / "logs"
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    log_path = log_dir / LOG_FILENAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk_handler", False):
            root.removeHandler(handler)
            handler.close()
    privacy = PersonalDataFilter()
    file_handler = _PrivateRotatingFileHandler(
        log_path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    file_handler.setFormatter(JsonLinesFormatter())
    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    handlers: list[logging.Handler] = [file_handler, stderr_handler]
    for handler in handlers:
        handler.addFilter(privacy)
        setattr(handler, "_kiosk_handler", True)  # noqa: B010 - marks handlers we own
        root.addHandler(handler)
    root.setLevel(level.upper() if isinstance(level, str) else level)
    logging.captureWarnings(True)
    return log_path
