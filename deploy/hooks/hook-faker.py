"""PyInstaller hook for faker: bundle the vi_VN provider and the fallbacks, not every locale.

It overrides pyinstaller-hooks-contrib's hook, which collects every locale
(~25 MB of sources, twice). Faker falls back to a provider's ``default_locale``
when a locale lacks it, so those are kept too. In a frozen build faker lists
locales by globbing ``*/__init__.py`` on disk, hence the sources as data.
"""

from __future__ import annotations

import importlib
import pkgutil

import faker.providers as _providers
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

KEEP_LOCALES = {"vi_VN", "en_US", "en"}
LOCALE_PACKAGES: set[str] = set()  # every locale sub-package name (helper modules are not packages)

for _info in pkgutil.iter_modules(_providers.__path__):
    if _info.ispkg:
        _module = importlib.import_module(f"faker.providers.{_info.name}")
        _default = getattr(_module, "default_locale", None)
        if _default:
            KEEP_LOCALES.add(_default)
        LOCALE_PACKAGES.update(i.name for i in pkgutil.iter_modules(_module.__path__) if i.ispkg)


def _wanted(name: str) -> bool:
    # faker.providers.<provider>.<locale>[.<rest>]: drop only the locales we do not keep.
    parts = name.split(".")
    return len(parts) < 4 or parts[3] not in LOCALE_PACKAGES or parts[3] in KEEP_LOCALES


hiddenimports = collect_submodules("faker.providers", filter=_wanted)
datas = collect_data_files("text_unidecode") + collect_data_files(
    "faker.providers",
    include_py_files=True,
    includes=["__init__.py", "*/__init__.py", *(f"*/{x}/**/*.py" for x in sorted(KEEP_LOCALES))],
)
