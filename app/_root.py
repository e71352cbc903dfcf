"""The composition root: the one place that wires store, services, sync, the GUI and the portal.

``kiosk run`` calls :func:`run_kiosk`. The store opens on its own thread (the
single writer, ``kiosk.services.StoreExecutor``); the sync controller delivers
the outbox from its own thread; the window talks to the store only through its
TaskManager. With no portal configured, the reference portal is served on a
loopback port inside the app (``app._embedded``) so sync works with no set-up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # imported when used, so ``kiosk --help`` stays fast
    from kiosk.services import KioskContext, KioskServices, StoreExecutor

_log = logging.getLogger(__name__)

# What staff must be told at start-up (the GUI words it): a corrupt database moved aside,
# or a data dir that cannot be opened or written.
StartupProblem = Literal["rescued", "damaged", "store_failed"]


def open_services(
    context: KioskContext,
) -> tuple[StoreExecutor, Any, StartupProblem | None]:
    """Open the store and services on their own thread: (executor, catalog, problem or None).

    The kiosk starts even when the store cannot open (a data dir that is a file, a
    full or read-only disk): the catalog is then the bundled one and ``problem``
    says what to tell staff. A corrupt database is moved aside by the store; that
    too is a problem for staff.
    """

    import forms
    from kiosk.services import KioskServices, StoreExecutor, load_kiosk_catalog
    from kiosk.store import integrity_problem

    def factory() -> KioskServices:
        store = context.open_store()
        return KioskServices(store, context.config, load_kiosk_catalog(store))

    executor = StoreExecutor(factory)
    problem: StartupProblem | None = None
    try:
        # Start-up only, before any window exists: the catalog (bundled + portal updates
        # + definitions kept for open drafts) is loaded on the store's thread.
        services = executor.ready(timeout=60)
        catalog = services.catalog
        if services.store.rescued_from is not None:
            _log.error("a corrupt database was moved aside at start-up")
            problem = "rescued"
        elif integrity_problem(context.data_dir) is not None:
            _log.error("the last integrity check found the database damaged")
            problem = "damaged"
    except Exception as exc:  # the kiosk still starts and says what is wrong
        _log.error("the store did not open: %s", type(exc).__name__)
        catalog = forms.load_catalog()
        problem = "store_failed"
    return executor, catalog, problem


def start_sync(
    executor: StoreExecutor,
    context: KioskContext,
    portal_url: str,
    enroll: Callable[[StoreExecutor], Any] | None = None,
) -> Any:
    """Start the sync controller (QtCore: make the QApplication first); None if it cannot start.

    ``enroll(executor)`` enrols with the embedded portal's code; the controller
    calls it on its own thread without arguments.
    """
    from app._fleet_checks import hardware_check
    from sync import FleetReporter, SyncController

    enrol_now = (lambda: enroll(executor)) if enroll is not None else None
    try:
        # Health report and configuration from the portal with each sync cycle (issue 21).
        fleet = FleetReporter(
            executor, context.data_dir, context.clock, check_hardware=hardware_check(context)
        )
        controller = SyncController(
            executor, portal_url, config=context.config, enroll=enrol_now, fleet=fleet
        )
        controller.start()
    except Exception as exc:  # the kiosk must start even when sync cannot
        _log.error("sync did not start: %s", type(exc).__name__)
        return None
    return controller


def run_gui(
    context: KioskContext,
    *,
    portal_url: str,
    enroll: Callable[[StoreExecutor], Any] | None = None,
    after_shown: Callable[[], None] | None = None,
) -> int:
    """Run the kiosk GUI over ``context`` until it is closed; return the exit code.

    (``kiosk run`` paints its home screen before the context is opened: see
    :func:`run_kiosk`. This is the same start with the context already open.)
    """
    import ui

    app = ui.gui_application()
    started: dict[str, Any] = {}
    try:
        _start_gui(context, started, portal_url=portal_url, enroll=enroll, after_shown=after_shown)
        return int(app.exec())
    finally:
        _stop(started)


def _start_gui(
    context: KioskContext,
    started: dict[str, Any],
    *,
    portal_url: str,
    enroll: Callable[[StoreExecutor], Any] | None,
    after_shown: Callable[[], None] | None,
) -> None:
    """Open the services, build and show the kiosk window; ``started`` gets what to stop."""
    from PySide6.QtCore import QCoreApplication

    import ui
    from kiosk.services import IntegrityWatch

    executor, catalog, problem = open_services(context)
    started["executor"] = executor
    window = ui.build_window(context, executor, catalog)
    started["window"] = window

    # Started once the home screen has painted (issue 17): sync (requests, the portal
    # client), the integrity check's thread and the embedded portal would otherwise
    # compete with the first paint.
    def after_first_paint() -> None:
        sync = start_sync(executor, context, portal_url, enroll)
        started["sync"] = sync
        window.attach_sync(sync)
        # quick_check in the background and daily; a failure alerts staff and the
        # services take no new applications until a check passes again.
        watch = IntegrityWatch(
            context.data_dir, on_failure=ui.integrity_alerter(window), clock=context.clock
        )
        started["watch"] = watch
        watch.start()
        # Signed updates ([update] enabled): first-start doctor, then checks in the
        # background; installs only between residents, then restarts (app._updates).
        from app._updates import start_updates

        started["updates"] = start_updates(context, window, QCoreApplication.exit)
        if after_shown is not None:
            after_shown()

    ui.start_window(window, problem=problem, after_shown=after_first_paint)


def _stop(started: dict[str, Any]) -> None:
    """Stop what :func:`_start_gui` started, the window's parts first, the store last."""
    import ui

    if "window" in started:
        ui.stop_window(started["window"])
    if started.get("updates") is not None:
        started["updates"].service.stop()
    if "watch" in started:
        started["watch"].stop()
    if started.get("sync") is not None:
        started["sync"].stop()
    if "executor" in started:
        started["executor"].shutdown(lambda s: s.store.close())


def run_kiosk(args: Any) -> int:
    """``kiosk run``: paint the home screen, then open the context (or show why not), set up
    logging, open the store and show the kiosk window in the first frame's place.

    ``args`` are the parsed command line (``data_dir``). The home screen paints from
    ``kiosk.toml``'s display settings alone (:mod:`kiosk.first_paint`); pydantic, the data
    key's cryptography, the store and every other screen load after it (issue 17).
    """
    import ui
    from kiosk.first_paint import home_look

    app = ui.gui_application()
    frame = ui.show_first_frame(app, home_look(args.data_dir))
    state: dict[str, Any] = {"started": {}}

    def start() -> None:
        try:
            state["code"] = _start_kiosk(args, frame, state)
        except BaseException as exc:  # re-raised once the event loop has ended
            state["error"] = exc
            frame.close()
            app.exit(1)

    frame.painted.connect(start)
    try:
        code = int(app.exec())
    finally:
        _stop(state["started"])
        if state.get("embedded") is not None:
            state["embedded"].stop()
    if "error" in state:
        raise state["error"]
    return int(state["code"]) if state.get("code") is not None else code


def _start_kiosk(args: Any, frame: Any, state: dict[str, Any]) -> int | None:
    """After the first paint: the rest of ``kiosk run``'s start. Returns the exit code when
    the kiosk cannot start (the reason is on screen until closed, or a restart into the
    previous version is due), else None."""
    from PySide6.QtCore import QCoreApplication

    import ui
    from app._embedded import EmbeddedPortal
    from app.cli._common import context_or_exit
    from kiosk.config import ConfigError
    from kiosk.crypto import DataKeyError
    from kiosk.security import setup_logging
    from kiosk.services import open_context

    try:
        context = open_context(args.data_dir)
    except ConfigError as exc:
        context_or_exit(args)  # prints the same problems on the terminal
        state["error_screen"] = ui.open_startup_error(
            "Cấu hình của kiosk không hợp lệ nên kiosk chưa thể mở. "
            "Xin báo cán bộ kỹ thuật sửa tệp cấu hình.",
            [f"{exc.path}:", *exc.problems],
        )
        frame.close()
        return int(ui.EXIT_CODE)
    except DataKeyError as exc:
        context_or_exit(args)  # the same plain line on the terminal / journal
        state["error_screen"] = ui.open_startup_error(
            "Khoá bảo vệ dữ liệu không dùng được nên kiosk chưa thể mở. "
            "Xin báo cán bộ kỹ thuật (xem docs/troubleshooting.md).",
            [exc.message, str(exc)],
        )
        frame.close()
        return int(ui.EXIT_CODE)
    try:
        setup_logging(context.data_dir)
    except OSError as exc:  # the data dir is unusable: the window says so, logs go to stderr
        logging.basicConfig(level=logging.INFO)
        _log.error("cannot write logs under the data dir: %s", exc.strerror)
    # A new version that dies before its first-start doctor: back to the previous one.
    from app._updates import guard_start

    restart_code = guard_start(context)
    if restart_code is not None:
        frame.close()
        QCoreApplication.exit(restart_code)
        return restart_code
    enroll = None
    url = context.config.portal.url
    if not url:
        # No portal configured: serve the reference portal on a loopback port inside the
        # app so sync visibly works with no set-up. It starts in the background.
        embedded = EmbeddedPortal(context.data_dir, data_key=context.key)
        state["embedded"] = embedded
        url = embedded.url
        enroll = embedded.enroll
        _log.info("no portal configured; embedded reference portal on %s", url)
    portal = state.get("embedded")
    started = state["started"]
    _start_gui(
        context,
        started,
        portal_url=url,
        enroll=enroll,
        after_shown=portal.start if portal is not None else None,
    )
    frame.hand_over(started["window"].get_screen("home"))
    return None
