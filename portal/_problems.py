"""Every error the portal's framework raises becomes a problem document, never FastAPI's shape."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from portal._requests import BadRequestError, problem, problem_from

_log = logging.getLogger(__name__)

_TITLES = {
    404: ("not_found", "Không tìm thấy địa chỉ này.", "No such resource."),
    405: ("method_not_allowed", "Phương thức không được phép.", "Method not allowed."),
}


def add_problem_handlers(app: Any) -> None:
    """Register handlers so unknown routes, wrong methods and crashes answer as problems."""

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        code, message, message_en = _TITLES.get(
            exc.status_code, ("http_error", "Yêu cầu không hợp lệ.", str(exc.detail))
        )
        reply = problem(exc.status_code, code, message, message_en)
        for name, value in (exc.headers or {}).items():
            reply.headers[name] = value
        return reply

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return problem(400, "invalid_request", "Yêu cầu không hợp lệ.", "Invalid request.")

    @app.exception_handler(BadRequestError)
    async def bad_request(request: Request, exc: BadRequestError) -> JSONResponse:
        return problem_from(exc)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> JSONResponse:
        _log.error("portal request failed: %s", type(exc).__name__, exc_info=exc)
        return problem(
            500,
            "internal",
            "Cổng gặp lỗi nội bộ. Hồ sơ vẫn được giữ trên kiosk và sẽ gửi lại.",
            "Internal portal error; the kiosk keeps the application and retries.",
        )
