"""Qt-only fixtures: fail any test that leaves a QTimer or QThreadPool task running."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _no_leftover_qt_work(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QThreadPool, QTimer

    yield
    pool = QThreadPool.globalInstance()
    assert pool.waitForDone(5000), "test left QThreadPool tasks running"
    active = [t for t in qapp.findChildren(QTimer) if t.isActive()]
    assert not active, f"test left {len(active)} QTimer(s) running on the application"
