# Commune kiosk: `make run` and `make test` work on a fresh Debian/Ubuntu machine
# with python3 and make. Everything else is installed here, only when missing.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Debian packages the kiosk needs at run time (technicians: see docs/install.md).
# libpulse0: QtMultimedia/QtTextToSpeech load it; speech-dispatcher + espeak-ng: a vi_VN voice;
# the X/EGL/font libraries: Qt's xcb and offscreen platforms; libusb-1.0-0: pyusb reaches
# USB thermal receipt printers (python-escpos).
DEB_PACKAGES := libpulse0 speech-dispatcher espeak-ng libegl1 libgl1 libfontconfig1 \
	libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libglib2.0-0 libxcb-cursor0 \
	libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
	libxcb-render-util0 libxcb-image0 libwayland-cursor0 libwayland-egl1 poppler-utils \
	libusb-1.0-0

# Debian packages only the tests need: faketime runs the clock-reading tests at fixed instants;
# postgresql: the reference portal's tests run on it too (a throwaway cluster per test run,
# started by tests/pgcluster.py as the postgres user; the system service is not used).
TEST_DEB_PACKAGES := faketime postgresql

# `make test` runs the tests that read the clock again at three instants (UTC), each in a
# fresh process whose clock starts there and runs on: Hanoi's midnight and new year pass
# during the first; 04:00 in Hanoi while UTC is still on the day before; Saturday 17:00 in
# Hanoi (a weekend, the office closed). tests/tools/clock_tests.py says how they are chosen.
FAKE_INSTANTS := "2026-12-31 16:59:50" "2026-12-04 21:00:00" "2026-12-05 10:00:00"

TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test test-times lint typecheck system-deps test-system-deps deps translations \
	screenshots bench dist clean

run: $(STAMP) translations
	$(BIN)/kiosk run

test: $(STAMP) translations test-system-deps
	$(BIN)/lint-imports
	$(BIN)/ruff check app kiosk forms sync portal wire ui update
	$(BIN)/mypy app kiosk forms sync portal wire ui update
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/tools/run_suite.py
	$(MAKE) --no-print-directory test-times

# The clock-reading tests under faketime at each of FAKE_INSTANTS. The monotonic clock stays
# real (FAKETIME_DONT_FAKE_MONOTONIC) so Qt timers and pytest-timeout keep working; file
# times stay real (NO_FAKE_STAT: faking every stat() made the GUI tests several times slower).
test-times: $(STAMP) translations test-system-deps
	@if ! command -v faketime >/dev/null; then \
		echo "faketime is missing (Debian package faketime): the runs at fixed instants need it"; \
		exit 1; \
	fi
	@for instant in $(FAKE_INSTANTS); do \
		echo "== clock-reading tests at $$instant UTC (faketime)"; \
		TZ=UTC FAKETIME_DONT_FAKE_MONOTONIC=1 NO_FAKE_STAT=1 QT_QPA_PLATFORM=offscreen \
			faketime "$$instant" $(BIN)/python tests/tools/clock_tests.py || exit 1; \
	done

lint: $(STAMP)
	$(BIN)/ruff check app kiosk forms sync portal wire ui update tests bench
	$(BIN)/mypy app kiosk forms sync portal wire ui update

typecheck: lint

deps: $(STAMP)

$(STAMP): pyproject.toml | system-deps
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

test-system-deps:
	@$(MAKE) --no-print-directory system-deps DEB_PACKAGES="$(TEST_DEB_PACKAGES)"

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
