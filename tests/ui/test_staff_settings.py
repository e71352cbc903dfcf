"""Admin settings: edit kiosk.toml keeping comments; invalid values refused in plain Vietnamese."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk.config import load_config
from tests.ui._kiosk import kiosk_env  # noqa: F401 (fixture)
from ui import TaskManager
from ui.staff import AdminSettings

ORIGINAL = """# Kiosk tầng 1, UBND phường Ba Đình (kỹ thuật: anh Minh)
[kiosk]
name = "Kiosk tầng 1"  # in trên giấy tiếp nhận

[session]
idle_timeout_s = 120
"""


def _settings(qtbot: Any, executor: Any, path: Path) -> tuple[AdminSettings, TaskManager]:
    tasks = TaskManager(executor)
    widget = AdminSettings(tasks, path, admin_id="ad01")
    qtbot.addWidget(widget)
    widget.show()
    return widget, tasks


def test_save_keeps_comments_and_audits_the_keys(qtbot: Any, kiosk_env: Any) -> None:  # noqa: F811
    context, _, executor = kiosk_env
    path = context.data_dir / "kiosk.toml"
    path.write_text(ORIGINAL, encoding="utf-8")
    widget, tasks = _settings(qtbot, executor, path)
    assert widget.inputs["kiosk.name"].text() == "Kiosk tầng 1"
    widget.set_input("session.idle_timeout_s", "90")
    widget.set_input("ui.high_contrast", True)
    with qtbot.waitSignal(widget.saved, timeout=2000) as signal:
        widget.save_button.click()
    assert sorted(signal.args[0]) == ["session.idle_timeout_s", "ui.high_contrast"]
    text = path.read_text(encoding="utf-8")
    assert "# Kiosk tầng 1, UBND phường Ba Đình" in text and "# in trên giấy tiếp nhận" in text
    assert "agency_name" not in text  # defaults are not written out
    config = load_config(context.data_dir)
    assert config.session.idle_timeout_s == 90 and config.ui.high_contrast is True
    qtbot.waitUntil(lambda: tasks.idle, timeout=5000)
    rows = executor.call(
        lambda s: s.store.query(
            "SELECT actor, detail FROM audit_events WHERE action = 'config.changed'"
        )
    )
    assert rows[0][0] == "admin:ad01" and "idle_timeout_s" in rows[0][1]


def test_every_problem_is_shown_in_vietnamese_and_nothing_saved(qtbot: Any, kiosk_env: Any) -> None:  # noqa: F811
    context, _, executor = kiosk_env
    path = context.data_dir / "kiosk.toml"
    path.write_text(ORIGINAL, encoding="utf-8")
    widget, _ = _settings(qtbot, executor, path)
    widget.set_input("session.idle_timeout_s", "5")
    widget.set_input("ui.font_scale", "to hơn")
    widget.save_button.click()
    assert widget.problems.isVisible()
    assert "hãy nhập một số nguyên" in widget.problems.text()
    widget.set_input("ui.font_scale", "300")
    widget.set_input("portal.url", "dichvucong.gov.vn")
    widget.save_button.click()
    problems = widget.problems.text()
    assert "Hãy sửa 3 chỗ" in problems
    assert "Tự xoá phiên sau khi không dùng (giây): phải từ 20 trở lên." in problems
    assert "Cỡ chữ mặc định (%): không được quá 200." in problems
    assert "https://" in problems
    assert path.read_text(encoding="utf-8") == ORIGINAL


def test_syntax_error_names_the_line(qtbot: Any, kiosk_env: Any) -> None:  # noqa: F811
    context, _, executor = kiosk_env
    path = context.data_dir / "kiosk.toml"
    path.write_text('[kiosk]\nname = "Kiosk\n', encoding="utf-8")
    widget, _ = _settings(qtbot, executor, path)
    assert "dòng 2" in widget.problems.text()
    assert not widget.save_button.isEnabled()


def test_a_half_set_payment_account_is_refused_in_plain_vietnamese() -> None:
    import tomlkit

    from ui.staff._settings_model import validate

    doc = tomlkit.document()
    _, problems = validate(doc, {"payment.bank_bin": "970415"})
    assert problems == [
        "Tài khoản nhận lệ phí: cần đủ mã BIN, số tài khoản và tên chủ tài khoản, "
        "hoặc để trống cả ba."
    ]
    _, problems = validate(
        doc,
        {
            "payment.bank_bin": "9704",
            "payment.account_number": "113000006789",
            "payment.account_name": "UBND PHUONG BA DINH",
        },
    )
    assert problems == [
        "Mã BIN ngân hàng nhận lệ phí (6 số): phải gồm đúng 6 chữ số (ví dụ 970415)."
    ]
    _, problems = validate(
        doc,
        {
            "payment.bank_bin": "970415",
            "payment.account_number": "113000006789",
            "payment.account_name": "UBND PHUONG BA DINH",
        },
    )
    assert problems == []
