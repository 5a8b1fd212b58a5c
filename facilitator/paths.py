"""Every location on disk that Facilitator uses, in one place.

All paths derive from platformdirs so the app behaves like a native citizen of each OS. Setting
``FACILITATOR_HOME`` redirects every one of them at once (tests use it so that they never touch a
real user's data).
"""

from __future__ import annotations

import os
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs import PlatformDirs

APP_NAME = "Facilitator"
APP_AUTHOR = "Facilitator"


@cache
def _dirs() -> PlatformDirs:
    """The platform's folders for the app. Start-up: platformdirs (and the tempfile module it
    imports) is 8 ms of imports that the start screen's first paint does not need."""
    from platformdirs import PlatformDirs

    return PlatformDirs(APP_NAME, APP_AUTHOR)


def home() -> Path | None:
    """The override directory from ``FACILITATOR_HOME``, if set."""
    value = os.environ.get("FACILITATOR_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Where the meeting database lives."""
    override = home()
    return override / "data" if override else Path(_dirs().user_data_dir)


def backup_dir() -> Path:
    """Where rolling backups of the database are written."""
    return data_dir() / "backups"


def config_dir() -> Path:
    """Where settings that are not in QSettings live."""
    override = home()
    return override / "config" if override else Path(_dirs().user_config_dir)


def cache_dir() -> Path:
    """Where what can be recomputed is kept to save time (folded meetings): deleting it loses
    nothing."""
    override = home()
    return override / "cache" if override else Path(_dirs().user_cache_dir)


def log_dir() -> Path:
    """Where logs go (a crash report must not be lost either)."""
    override = home()
    return override / "logs" if override else Path(_dirs().user_log_dir)


def default_database_path() -> Path:
    """The SQLite file used when no ``--database`` URL is given."""
    return data_dir() / "facilitator.sqlite3"


def default_database_url() -> str:
    return f"sqlite:///{default_database_path()}"


def bundled_programmes_dir() -> Path:
    """The seed programmes shipped with the app (``data/programmes`` in the source tree,
    ``facilitator.seeds`` once installed)."""
    return _package_folder("facilitator.seeds") / "programmes"


def resources_dir() -> Path:
    """The icon, the desktop entry and the screenshots (``resources/`` in the source tree,
    ``facilitator.assets`` once installed)."""
    return _package_folder("facilitator.assets")


def _package_folder(package: str) -> Path:
    """The folder of a data package, through the import system: the same call finds it in a
    checkout (an editable install maps ``data/`` and ``resources/`` into the package) and in an
    installed wheel. Facilitator is installed as files, never run from a zip. (The package's spec,
    not importlib.resources, which is 11 ms of imports before the start screen's first paint.)"""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the data package {package} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def icon_path() -> Path:
    """The app's icon (SVG: sharp at any scaling)."""
    return resources_dir() / "icons" / "facilitator.svg"
