"""The app's QSettings, kept in an INI file under :func:`facilitator.paths.config_dir`.

An explicit file (rather than the platform's registry or plist) lets tests redirect it with
``FACILITATOR_HOME`` and lets a Secretariat officer copy a Co-Chair's layout to another laptop.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from facilitator import paths


def app_settings() -> QSettings:
    directory = paths.config_dir()
    directory.mkdir(parents=True, exist_ok=True)
    return QSettings(str(directory / "facilitator.ini"), QSettings.Format.IniFormat)
