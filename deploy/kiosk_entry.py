"""Entry script of the frozen build (``dist/kiosk/kiosk``): the ``kiosk`` command, nothing else.

PyInstaller needs a script, not a console-script entry point. It also handles
``kiosk -m MODULE ARGS``: in a frozen build ``sys.executable`` is this binary,
so code that re-runs "the interpreter" as ``[sys.executable, "-m", module]``
(``kiosk doctor``'s Qt probe in a child process) lands here. Only the kiosk's
own packages can be run that way; the binary is not a general Python launcher.
``kiosk _bundle-check`` checks the build itself (see ``deploy/bundle_check.py``).
"""

from __future__ import annotations

import multiprocessing
import runpy
import sys

# Modules a child process may run with ``kiosk -m``: the kiosk's own packages only.
_RUNNABLE_PACKAGES = ("app.", "ui.", "kiosk.", "sync.", "portal.", "wire.", "forms.")


def _run_module(argv: list[str]) -> int:
    """Run ``argv[0]`` as ``__main__`` with ``argv[1:]`` as its arguments (like ``python -m``)."""
    if not argv or not argv[0].startswith(_RUNNABLE_PACKAGES):
        print("usage: kiosk -m <app.|ui.|kiosk.|sync.|portal.|wire.|forms. module> [args]", file=sys.stderr)
        return 2
    module = argv[0]
    sys.argv = [module, *argv[1:]]
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    except SystemExit as exc:
        code = exc.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        print(code, file=sys.stderr)
        return 1
    return 0


def entry() -> int:
    """Dispatch ``-m MODULE`` and ``_bundle-check``; everything else goes to ``app.cli.main``."""
    args = sys.argv[1:]
    if args[:1] == ["-m"]:
        return _run_module(args[1:])
    if args[:1] == ["_bundle-check"]:  # hidden: checks the build, not the machine
        import bundle_check

        return bundle_check.main()
    from app.cli import main

    return main(args)


if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless unless a dependency spawns worker processes
    sys.exit(entry())
