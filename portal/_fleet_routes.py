"""The fleet's HTTP routes: kiosks' health reports, the fleet page (HTML and JSON), publishing
signed configuration (``wire/openapi.yaml``, tag *fleet*)."""

from __future__ import annotations

import html
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from portal._files import now_iso
from portal._fleet import (
    Thresholds,
    admin_allowed,
    config_for,
    fleet,
    publish_config,
    published_configs,
    record_health,
)
from portal._replies import authorised, error, json_body, reason, rejected, unauthorised
from wire import HealthReport, MessageError

# Columns of the fleet page: (key, heading). Sorting is by the key (``?sort=key&order=desc``).
COLUMNS = (
    ("attention", "Cần xử lý / Needs attention"),
    ("name", "Kiosk"),
    ("group", "Nhóm / Group"),
    ("version", "Phiên bản / Version"),
    ("silent_min", "Báo cáo cách đây (phút) / Last report (min ago)"),
    ("last_sync_at", "Đồng bộ gần nhất / Last sync"),
    ("outbox_depth", "Hồ sơ chờ gửi / Outbox"),
    ("oldest_undelivered_age_s", "Chờ lâu nhất (phút) / Oldest (min)"),
    ("free_disk_mb", "Đĩa trống (MB) / Free disk"),
    ("clock_skew_s", "Lệch giờ (s) / Clock skew"),
    ("config_serial", "Cấu hình / Config serial"),
)


def _admin_refused(db: Any, request: Request, *, page: bool = False) -> Response | None:
    if admin_allowed(db, request):
        return None
    reply = error(
        401,
        "admin_required",
        "Cần mã quản trị của cổng.",
        "The portal's admin token is required.",
    )
    if page:  # a browser asks for the token (any user name, the token as password)
        reply.headers["WWW-Authenticate"] = 'Basic realm="fleet", charset="UTF-8"'
    return reply


def add_fleet_routes(app: Any, db: Any, thresholds: Thresholds | None = None) -> None:
    """Register ``PUT /v1/kiosk-health``, ``GET /v1/fleet``, ``GET /fleet`` and
    ``GET``/``POST /v1/fleet/config``."""
    limits = thresholds or Thresholds()

    @app.put("/v1/kiosk-health")
    async def kiosk_health(request: Request) -> Response:
        kiosk_id = authorised(db, request)
        if kiosk_id is None:
            return unauthorised()
        body = await json_body(request)
        if isinstance(body, Response):
            return body
        try:
            report = HealthReport.from_json(body)
        except MessageError as exc:
            return rejected(
                [reason("report", "invalid", "Báo cáo tình trạng không hợp lệ.", str(exc))]
            )
        received = record_health(db, kiosk_id, report)
        document = config_for(db, kiosk_id, report.group, report.config_serial)
        return JSONResponse({"received_at": received, "config": document})

    @app.get("/v1/fleet")
    async def fleet_json(request: Request) -> Response:
        refused = _admin_refused(db, request)
        if refused is not None:
            return refused
        return JSONResponse(
            {
                "generated_at": now_iso(db.clock),
                "thresholds": limits.__dict__,
                "kiosks": fleet(db, limits),
            }
        )

    @app.get("/fleet")
    async def fleet_page(request: Request) -> Response:
        refused = _admin_refused(db, request, page=True)
        if refused is not None:
            return refused
        sort = request.query_params.get("sort", "")
        order = request.query_params.get("order", "asc")
        kiosks = fleet(db, limits)
        if sort in dict(COLUMNS):
            kiosks = sort_kiosks(kiosks, sort, descending=order == "desc")
        return HTMLResponse(render_page(kiosks, now_iso(db.clock), sort, order))

    @app.api_route("/v1/fleet/config", methods=["GET", "POST"])
    async def fleet_config(request: Request) -> Response:
        refused = _admin_refused(db, request)
        if refused is not None:
            return refused
        if request.method == "GET":
            return JSONResponse({"documents": published_configs(db)})
        body = await json_body(request)
        if isinstance(body, Response):
            return body
        try:
            document = publish_config(db, body)
        except MessageError as exc:
            return rejected([reason("document", "invalid", "Tài liệu cấu hình sai.", str(exc))])
        except ValueError as exc:
            return error(409, "stale_serial", "Số hiệu cấu hình phải tăng dần.", str(exc))
        return JSONResponse({"serial": document.serial}, status_code=201)


def sort_kiosks(
    kiosks: list[dict[str, Any]], key: str, *, descending: bool
) -> list[dict[str, Any]]:
    """Kiosks sorted by one column; kiosks without a figure go last either way."""

    def value(kiosk: dict[str, Any]) -> Any:
        found = kiosk.get(key)
        return len(found) if isinstance(found, list) else found

    known = [k for k in kiosks if value(k) is not None]
    unknown = [k for k in kiosks if value(k) is None]
    return sorted(known, key=value, reverse=descending) + unknown


def _cell(key: str, kiosk: dict[str, Any]) -> str:
    value = kiosk.get(key)
    if key == "attention":
        return "<br>".join(html.escape(str(r)) for r in value or []) or "✓"
    if key == "name":
        name, kiosk_id = html.escape(str(value or "—")), html.escape(kiosk["kiosk_id"])
        return f"{name}<br><small>{kiosk_id}</small>"
    if value is None:
        return "—"
    if key == "oldest_undelivered_age_s":
        return f"{float(value) / 60:.0f}"
    if isinstance(value, float):
        return f"{value:.0f}" if key != "clock_skew_s" else f"{value:+.0f}"
    return html.escape(str(value))


def render_page(kiosks: list[dict[str, Any]], generated_at: str, sort: str, order: str) -> str:
    """The fleet page: one table, kiosks that need attention first unless sorted otherwise."""
    heads = []
    for key, title in COLUMNS:
        flip = "desc" if sort == key and order != "desc" else "asc"
        mark = (" ▼" if order == "desc" else " ▲") if sort == key else ""
        heads.append(
            f'<th scope="col"><a href="?sort={key}&amp;order={flip}">{html.escape(title)}</a>'
            f"{mark}</th>"
        )
    rows = []
    for kiosk in kiosks:
        css = ' class="attention"' if kiosk["attention"] else ""
        cells = "".join(f"<td>{_cell(key, kiosk)}</td>" for key, _ in COLUMNS)
        rows.append(f'<tr{css} data-kiosk-id="{html.escape(kiosk["kiosk_id"])}">{cells}</tr>')
    needing = sum(1 for k in kiosks if k["attention"])
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="60">
<title>Đội kiosk / Fleet</title>
<style>
body {{ font-family: sans-serif; margin: 1rem; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #999; padding: .3rem .5rem; text-align: left; vertical-align: top; }}
th a {{ color: inherit; }}
tr.attention td {{ background: #fde2e1; }}
</style></head>
<body>
<h1>Đội kiosk / Fleet</h1>
<p>{len(kiosks)} kiosk, {needing} cần xử lý / need attention. Lúc / at {html.escape(generated_at)}
(UTC). Bấm tiêu đề cột để sắp xếp / click a heading to sort.</p>
<table id="fleet">
<thead><tr>{"".join(heads)}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
</body></html>
"""
