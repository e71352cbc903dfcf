"""The admin settings' model: field labels, reading and writing kiosk.toml, plain errors.

No widgets here: the screen asks :func:`validate` for problems and :func:`save` to
write only what changed into the existing TOML document (comments kept, via tomlkit).
"""

from __future__ import annotations

import os
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomlkit
from pydantic import ValidationError

from kiosk.config import KioskConfig

SECTIONS = {
    "kiosk": "Điểm phục vụ",
    "portal": "Cổng dịch vụ công",
    "session": "Phiên làm việc",
    "retention": "Lưu giữ dữ liệu",
    "security": "Bảo mật",
    "ui": "Hiển thị",
    "fleet": "Quản lý tập trung",
    "update": "Cập nhật phần mềm",
}

LABELS = {
    "kiosk.name": "Tên điểm phục vụ",
    "kiosk.agency_name": "Tên cơ quan (in trên giấy tiếp nhận)",
    "kiosk.agency_id": "Mã định danh cơ quan",
    "kiosk.one_stop_unit": "Bộ phận tiếp nhận",
    "kiosk.result_place": "Nơi trả kết quả",
    "kiosk.commune_code": "Mã xã/phường",
    "kiosk.province_code": "Mã tỉnh/thành phố",
    "kiosk.language": "Ngôn ngữ mặc định",
    "kiosk.time_zone": "Múi giờ (mặc định Asia/Ho_Chi_Minh)",
    "kiosk.extra_holidays": "Ngày nghỉ thêm theo thông báo (YYYY-MM-DD, cách nhau bởi dấu cách)",
    "kiosk.extra_working_days": "Ngày làm bù vào cuối tuần (YYYY-MM-DD)",
    "portal.url": "Địa chỉ cổng (để trống: cổng thử trên máy)",
    "payment.bank_bin": "Mã BIN ngân hàng nhận lệ phí (6 số)",
    "payment.account_number": "Số tài khoản nhận lệ phí",
    "payment.account_name": "Tên chủ tài khoản nhận lệ phí",
    "portal.timeout_s": "Thời gian chờ cổng (giây)",
    "portal.ca_bundle": "Tệp chứng chỉ CA",
    "portal.sync_interval_s": "Chu kỳ đồng bộ (giây)",
    "session.idle_timeout_s": "Tự xoá phiên sau khi không dùng (giây)",
    "session.warning_s": "Báo trước khi xoá phiên (giây)",
    "retention.delivered_days": "Giữ hồ sơ đã gửi (ngày)",
    "retention.draft_hours": "Giữ hồ sơ nháp (giờ)",
    "security.key_file": "Tệp khoá dữ liệu",
    "security.pin_max_attempts": "Số lần nhập sai PIN tối đa",
    "security.pin_lockout_s": "Khoá PIN sau khi sai (giây)",
    "ui.font_scale": "Cỡ chữ mặc định (%)",
    "ui.high_contrast": "Tương phản cao",
    "ui.voice": "Đọc to câu hỏi",
    "ui.kiosk_mode": "Chế độ kiosk (toàn màn hình)",
    "fleet.config_public_key": "Khoá công khai ký cấu hình từ cổng (để trống: không nhận)",
    "fleet.group": "Nhóm kiosk (nhận cấu hình theo nhóm)",
    "update.enabled": "Tự cập nhật phần mềm (bản có chữ ký)",
    "update.repository_url": "Địa chỉ kho cập nhật",
    "update.check_interval_s": "Chu kỳ kiểm tra cập nhật (giây)",
    "update.install_dir": "Thư mục cài đặt các phiên bản",
    "update.root_file": "Tệp root.json tin cậy của kho",
    "update.timeout_s": "Thời gian chờ kho cập nhật (giây)",
    "update.ca_bundle": "Tệp chứng chỉ CA của kho cập nhật",
}


@dataclass(frozen=True)
class FieldSpec:
    """One editable setting: ``section.key``, its kind and the choices of a Literal."""

    section: str
    key: str
    kind: str  # "bool", "int", "float", "str", "choice"
    default: Any
    choices: tuple[str, ...] = ()

    @property
    def path(self) -> str:
        return f"{self.section}.{self.key}"

    @property
    def label(self) -> str:
        return LABELS.get(self.path, self.path)


def field_specs() -> list[FieldSpec]:
    """Every setting of :class:`KioskConfig`, in the model's order."""
    specs = []
    defaults = KioskConfig()
    for section, info in KioskConfig.model_fields.items():
        model = info.annotation
        for key, field in model.model_fields.items():  # type: ignore[union-attr]
            default = getattr(getattr(defaults, section), key)
            annotation = field.annotation
            if typing.get_origin(annotation) is typing.Literal:
                specs.append(
                    FieldSpec(section, key, "choice", default, typing.get_args(annotation))
                )
            else:
                kind = {bool: "bool", int: "int", float: "float"}.get(annotation, "str")
                specs.append(FieldSpec(section, key, kind, default))
    return specs


def load_document(path: Path) -> tomlkit.TOMLDocument:
    """The TOML document at ``path`` (empty when the file doesn't exist yet).

    Raises:
        ValueError: a syntax error, with its line, in plain Vietnamese.
    """
    if not path.exists():
        return tomlkit.document()
    try:
        return tomlkit.parse(path.read_text(encoding="utf-8"))
    except tomlkit.exceptions.ParseError as exc:
        raise ValueError(
            f"Tệp {path.name} có lỗi cú pháp ở dòng {exc.line}, cột {exc.col}."
            " Hãy nhờ kỹ thuật sửa tệp (lệnh: kiosk config validate)."
        ) from exc


def current_values(doc: tomlkit.TOMLDocument) -> dict[str, Any]:
    """``section.key`` → the value in the file, else the default."""
    raw = doc.unwrap()
    return {
        spec.path: raw.get(spec.section, {}).get(spec.key, spec.default) for spec in field_specs()
    }


def parse_value(spec: FieldSpec, text: Any) -> tuple[Any, str | None]:
    """Turn what was typed into the setting's type; (value, problem in Vietnamese)."""
    if spec.kind in ("bool", "choice"):
        return text, None
    text = str(text).strip()
    if spec.kind == "int":
        try:
            return int(text), None
        except ValueError:
            return text, f"{spec.label}: hãy nhập một số nguyên, ví dụ {spec.default}."
    if spec.kind == "float":
        try:
            return float(text.replace(",", ".")), None
        except ValueError:
            return text, f"{spec.label}: hãy nhập một số, ví dụ {spec.default}."
    return text, None


def validate(doc: tomlkit.TOMLDocument, edits: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Apply ``edits`` (``section.key`` → typed text) to a copy of the file's data and validate.

    Returns (typed values, problems); every problem is one plain Vietnamese sentence.
    """
    specs = {s.path: s for s in field_specs()}
    data = doc.unwrap()
    typed: dict[str, Any] = {}
    problems: list[str] = []
    for path, text in edits.items():
        value, problem = parse_value(specs[path], text)
        if problem:
            problems.append(problem)
            continue
        typed[path] = value
        section, key = path.split(".", 1)
        data.setdefault(section, {})[key] = value
    if problems:
        return typed, problems
    try:
        KioskConfig.model_validate(data)
    except ValidationError as exc:
        problems = [_plain(err, specs) for err in exc.errors()]
    return typed, problems


def _plain(err: Any, specs: dict[str, FieldSpec]) -> str:
    where = ".".join(str(p) for p in err["loc"])
    spec = specs.get(where)
    label = spec.label if spec else where
    ctx = err.get("ctx") or {}
    kind = err["type"]
    if kind == "extra_forbidden":
        return f"Khoá “{where}” trong tệp không được dùng: hãy nhờ kỹ thuật xoá hoặc sửa tên."
    if kind in ("greater_than_equal", "greater_than"):
        return f"{label}: phải từ {ctx.get('ge', ctx.get('gt'))} trở lên."
    if kind in ("less_than_equal", "less_than"):
        return f"{label}: không được quá {ctx.get('le', ctx.get('lt'))}."
    if kind == "literal_error":
        return f"{label}: hãy chọn một trong {ctx.get('expected')}."
    if kind == "value_error" and where == "portal.url":
        return f"{label}: phải bắt đầu bằng https:// (ví dụ https://dichvucong.hanoi.gov.vn)."
    if where == "payment":
        return (
            "Tài khoản nhận lệ phí: cần đủ mã BIN, số tài khoản và tên chủ tài khoản, "
            "hoặc để trống cả ba."
        )
    if where == "payment.bank_bin" and kind == "string_pattern_mismatch":
        return f"{label}: phải gồm đúng 6 chữ số (ví dụ 970415)."
    if where == "payment.account_number" and kind == "string_pattern_mismatch":
        return f"{label}: chỉ gồm chữ và số, tối đa 19 ký tự."
    if kind.endswith("_parsing") or kind.endswith("_type"):
        return f"{label}: giá trị không đúng kiểu."
    return f"{label}: giá trị không hợp lệ."


def save(path: Path, doc: tomlkit.TOMLDocument, typed: dict[str, Any]) -> list[str]:
    """Write the changed settings into ``doc`` and atomically replace ``path``; return what changed.

    A setting not in the file and set to its default is not added: the file keeps
    only what differs from the defaults, with the technician's comments.
    """
    specs = {s.path: s for s in field_specs()}
    before = current_values(doc)
    changed = []
    for name, value in typed.items():
        if before.get(name) == value:
            continue
        section, key = name.split(".", 1)
        present = section in doc and key in doc[section]
        if not present and value == specs[name].default:
            continue
        if section not in doc:
            doc.add(section, tomlkit.table())
        doc[section][key] = value
        changed.append(name)
    if changed:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(tomlkit.dumps(doc), encoding="utf-8")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    return changed
