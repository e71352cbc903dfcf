# Commune kiosk: `make run` and `make test` work on a fresh Debian/Ubuntu machine
# with python3 and make. Everything else is installed here, only when missing.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Debian packages the kiosk needs at run time (technicians: see docs/install.md).
# libpulse0: QtMultimedia/QtTextToSpeech load it; speech-dispatcher + espeak-ng: a vi_VN voice;
# the X/EGL/font libraries: Qt's xcb and offscreen platforms.
# postgresql: the reference portal's tests run on it too (a throwaway cluster per test run,
# started by tests/pgcluster.py as the postgres user; the system service is not used).
DEB_PACKAGES := libpulse0 speech-dispatcher espeak-ng libegl1 libgl1 libfontconfig1 \
	libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libglib2.0-0 libxcb-cursor0 \
	libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
	libxcb-render-util0 libxcb-image0 libwayland-cursor0 libwayland-egl1 poppler-utils \
	postgresql

TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test lint typecheck system-deps deps translations screenshots bench dist clean

run: $(STAMP) translations
	$(BIN)/kiosk run

test: $(STAMP) translations
	$(BIN)/lint-imports
	$(BIN)/ruff check app kiosk forms sync portal wire
	$(BIN)/mypy app kiosk forms sync portal wire
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/tools/run_suite.py

lint: $(STAMP)
	$(BIN)/ruff check app kiosk forms sync portal wire ui tests bench
	$(BIN)/mypy app kiosk forms sync portal wire

typecheck: lint

deps: $(STAMP)

$(STAMP): pyproject.toml | system-deps
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Install missing Debian packages when we can (root with apt-get, as in CI); otherwise list them.
system-deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		echo "installing Debian packages:$$missing"; \
		(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null \
		|| echo "warning: could not install$$missing; voice and camera may be unavailable"; \
	else \
		echo "note: missing Debian packages:$$missing (install them as root for voice, camera and printing)"; \
	fi

translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots build/screenshots

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

dist: $(STAMP) translations
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/pyinstaller --noconfirm --clean deploy/kiosk.spec

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache $(QM_FILES)
