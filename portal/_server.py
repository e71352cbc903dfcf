"""Running the reference portal: in the foreground, in a thread, or embedded in the kiosk."""

from __future__ import annotations

import inspect
import json
import logging
import os
import secrets
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn

from portal._app import create_portal_app
from portal._db import PortalDB
from portal._faults import FaultPlan
from portal._keyfile import embedded_private_key, restrict_files
from portal._results_ca import embedded_result_signer
from portal._sms import start_sms_sender
from portal._sockets import listen

_log = logging.getLogger(__name__)

EMBEDDED_DIR = "embedded-portal"
# A distinct agency id, so codes of the embedded demo portal never collide with a real one's
# if the kiosk is later provisioned with a real portal.
EMBEDDED_AGENCY_ID = "000.00.00.H26"
_LOOPBACK = "127.0.0.1"


class _Server(uvicorn.Server):
    """A uvicorn server that tells a waiting thread when it is up (or failed to start)."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            await super().startup(sockets=sockets)
        finally:
            self.ready.set()

    def install_signal_handlers(self) -> None:
        """Leave signals alone: a thread cannot install them, and the CLI handles its own."""


@dataclass
class RunningPortal:
    """A portal running in a background thread; ``stop()`` shuts it down and joins."""

    url: str
    port: int
    db_path: Path | str
    enroll_code: str | None
    _server: _Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)
    _sock: socket.socket = field(repr=False)
    _sms: Any = field(default=None, repr=False)

    def stop(self, timeout: float = 15.0) -> None:
        """Stop serving, wait for the thread, and release the port."""
        if self._sms is not None:
            self._sms.stop()
        self._server.should_exit = True
        self._thread.join(timeout)
        self._sock.close()
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(timeout)

    def __enter__(self) -> RunningPortal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _config(app: Any, log_level: str) -> uvicorn.Config:  # app: an ASGI app or "module:name"
    return uvicorn.Config(
        app,
        log_level=log_level,
        access_log=False,
        lifespan="off",
        http="h11",
        timeout_graceful_shutdown=1,
        timeout_keep_alive=5,
    )


def serve_portal(
    host: str,
    port: int,
    db_path: Path | str,
    *,
    enroll_code: str | None = None,
    faults: FaultPlan | str | None = None,
    agency_id: str | None = None,
    log_level: str = "info",
    workers: int = 1,
    require_sealed: bool = True,
) -> None:
    """Serve the portal in the foreground until interrupted (``kiosk portal serve``).

    ``db_path`` is a SQLite file or a ``postgresql://`` URL. With ``workers`` > 1,
    that many server processes share the listening socket (uvicorn's supervisor);
    the database is migrated and seeded here first, and each process opens its own
    connections: idempotency and code sequences hold through the database's
    constraints and locks, not through anything shared in memory.
    """
    if workers <= 1:
        app = create_portal_app(
            db_path,
            enroll_code=enroll_code,
            faults=faults,
            agency_id=agency_id,
            require_sealed=require_sealed,
        )
        sock = listen(host, port)
        sms = start_sms_sender(app)
        try:
            uvicorn.Server(_config(app, log_level)).run(sockets=[sock])
        finally:
            sock.close()
            if sms is not None:
                sms.stop()
        return
    from uvicorn.supervisors import Multiprocess

    prepare_portal_db(db_path, enroll_code=enroll_code, agency_id=agency_id)
    plan = faults if isinstance(faults, FaultPlan) else FaultPlan.parse(faults)
    os.environ[_WORKER_ENV] = json.dumps(
        {
            "db": str(db_path),
            "faults": plan.spec(),
            "agency_id": agency_id,
            "require_sealed": require_sealed,
        }
    )
    config = _config("portal._server:worker_app", log_level)
    config.factory = True
    config.workers = workers
    sock = listen(host, port)
    try:
        supervisor: Any = Multiprocess
        if "target" in inspect.signature(Multiprocess.__init__).parameters:  # uvicorn < 0.36
            supervisor(config, target=uvicorn.Server(config).run, sockets=[sock]).run()
        else:
            supervisor(config, sockets=[sock]).run()
    finally:
        sock.close()


_WORKER_ENV = "KIOSK_PORTAL_WORKER"


def worker_app() -> Any:
    """The app of one worker process of ``serve_portal(workers=N)`` (settings from the
    environment the supervisor passed down)."""
    settings = json.loads(os.environ[_WORKER_ENV])
    app = create_portal_app(
        settings["db"],
        faults=settings["faults"] or None,
        agency_id=settings["agency_id"],
        require_sealed=settings["require_sealed"],
    )
    start_sms_sender(app)  # one per worker process: rows are claimed, never sent twice
    return app


def prepare_portal_db(
    db_path: Path | str, *, enroll_code: str | None = None, agency_id: str | None = None
) -> None:
    """Migrate the database and make its keys, catalog and enrolment code (once, before
    worker processes start)."""
    create_portal_app(db_path, enroll_code=enroll_code, agency_id=agency_id).state.db.close()


def start_portal_in_thread(
    db_path: Path | str,
    *,
    host: str = _LOOPBACK,
    port: int = 0,
    enroll_code: str | None = None,
    faults: FaultPlan | str | None = None,
    agency_id: str | None = None,
    log_level: str = "warning",
    sock: socket.socket | None = None,
    require_sealed: bool = True,
    private_key_pem: bytes | None = None,
    sms: bool = True,
    result_signer: Any = None,
) -> RunningPortal:
    """Start the portal on ``host:port`` (0 = a free port) in a thread; return once it serves.

    ``sock`` is an already listening socket to serve on instead (the kiosk binds
    it first so it knows the URL before the portal has even been imported).

    ``require_sealed`` refuses applications whose payload is in clear (see
    :func:`create_portal_app`); ``private_key_pem`` is a sealing key kept outside the DB.

    Raises:
        RuntimeError: the server did not start.
    """
    app = create_portal_app(
        db_path,
        enroll_code=enroll_code,
        faults=faults,
        agency_id=agency_id,
        require_sealed=require_sealed,
        private_key_pem=private_key_pem,
        sms=sms,
        result_signer=result_signer,
    )
    if sock is None:
        sock = listen(host, port)
    bound_port = sock.getsockname()[1]
    server = _Server(_config(app, log_level))
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name=f"portal-{bound_port}", daemon=True
    )
    thread.start()
    if not server.ready.wait(30) or not server.started:
        server.should_exit = True
        thread.join(5)
        sock.close()
        raise RuntimeError("the reference portal did not start")
    return RunningPortal(
        url=f"http://{host}:{bound_port}",
        port=bound_port,
        db_path=db_path if "://" in str(db_path) else Path(db_path),
        enroll_code=enroll_code,
        _server=server,
        _thread=thread,
        _sock=sock,
        _sms=start_sms_sender(app),
    )


def start_embedded_portal(
    data_dir: Path, *, wrap_key: bytes, sock: socket.socket | None = None
) -> RunningPortal:
    """Start the kiosk's own reference portal on a loopback port, its DB under the data dir.

    Used when no portal is configured, so sync visibly works with no set-up. Its
    enrolment code is made once and kept in the portal DB's settings. Its private
    sealing key is kept wrapped by ``wrap_key`` (32 bytes; the kiosk passes a subkey of
    its data key, never stored in the data dir), so a copy of the data dir without the
    kiosk's key opens no application.
    Folder 0700, files 0600.
    """
    folder = Path(data_dir) / EMBEDDED_DIR
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder.chmod(0o700)
    db_path = folder / "portal.db"
    # Created 0600 before SQLite sees it: SQLite gives the WAL and SHM the main file's mode.
    os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT, 0o600))
    restrict_files(folder)
    db = PortalDB(db_path)
    try:
        private_pem = embedded_private_key(folder, db, wrap_key)
        signer = embedded_result_signer(folder, wrap_key)
        code = db.meta("embedded_enroll_code")
        if code is None:
            code = secrets.token_urlsafe(16)
            db.set_meta("embedded_enroll_code", code)
    finally:
        db.close()
    restrict_files(folder)
    return start_portal_in_thread(
        db_path,
        enroll_code=code,
        sock=sock,
        agency_id=EMBEDDED_AGENCY_ID,
        private_key_pem=private_pem,
        sms=False,  # a stand-in texts nobody, and keeps no numbers in clear on the kiosk
        result_signer=signer,
    )
