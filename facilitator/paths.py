"""Every location on disk that Facilitator uses, in one place.

All paths derive from platformdirs so the app behaves like a native citizen of each OS. Setting
``FACILITATOR_HOME`` redirects every one of them at once (tests use it so that they never touch a
real user's data).
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "Facilitator"
APP_AUTHOR = "Facilitator"

_DIRS = PlatformDirs(APP_NAME, APP_AUTHOR)


def home() -> Path | None:
    """The override directory from ``FACILITATOR_HOME``, if set."""
    value = os.environ.get("FACILITATOR_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Where the meeting database lives."""
    override = home()
    return override / "data" if override else Path(_DIRS.user_data_dir)


def backup_dir() -> Path:
    """Where rolling backups of the database are written."""
    return data_dir() / "backups"


def config_dir() -> Path:
    """Where settings that are not in QSettings live."""
    override = home()
    return override / "config" if override else Path(_DIRS.user_config_dir)


def log_dir() -> Path:
    """Where logs go (a crash report must not be lost either)."""
    override = home()
    return override / "logs" if override else Path(_DIRS.user_log_dir)


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
    """The folder of a data package, through importlib.resources: the same call finds it in a
    checkout (an editable install maps ``data/`` and ``resources/`` into the package) and in an
    installed wheel. Facilitator is installed as files, never run from a zip."""
    return Path(str(resources.files(package)))


def icon_path() -> Path:
    """The app's icon (SVG: sharp at any scaling)."""
    return resources_dir() / "icons" / "facilitator.svg"
