"""Test-wide setup.

The Qt platform is chosen here, before anything can create a QApplication, and every test gets its
own ``FACILITATOR_HOME`` so that no test reads or writes a real user's data.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface in English, its source language, whatever the machine's locale (a developer's
# laptop in French): the tests read English words in the windows. A test of another language
# installs it (tests/ui/test_languages.py); processes the tests start inherit this.
os.environ["FACILITATOR_LANGUAGE"] = "en"

ROOT = Path(__file__).resolve().parent.parent
PROGRAMMES_DIR = ROOT / "data" / "programmes"
# The two seed programmes exactly as the Secretariat circulated them, kept beside their TOML forms:
# nothing in the project reads outside its own tree (a clone has nothing beside it).
SEED_TIP = PROGRAMMES_DIR / "2024-07-10-trafficking-in-persons.txt"  # trafficking in persons
SEED_SOM = PROGRAMMES_DIR / "2024-07-15-smuggling-of-migrants.txt"  # smuggling of migrants


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("facilitator-home")
    monkeypatch.setenv("FACILITATOR_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _english_interface(request: pytest.FixtureRequest) -> None:
    """Tests with Qt widgets get the interface as the app starts it in English: its translator
    gives the English plural forms ("1 warning", "2 warnings")."""
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from facilitator.ui import language

        app = request.getfixturevalue("qapp")
        if language.current_language() != "en" or not language.installed():
            language.install(app, "en")


@pytest.fixture
def seed_tip() -> Path:
    return SEED_TIP


@pytest.fixture
def seed_som() -> Path:
    return SEED_SOM
