"""Test-wide setup.

The Qt platform is chosen here, before anything can create a QApplication, and every test gets its
own ``FACILITATOR_HOME`` so that no test reads or writes a real user's data.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT.parent / "shared" / "seeds"
SEED_TIP = SEEDS_DIR / "000_38c87ffef6f9023b.txt"  # trafficking in persons, 10 July 2024
SEED_SOM = SEEDS_DIR / "002_ca8b41cc6f9b8940.txt"  # smuggling of migrants, 15 July 2024
PROGRAMMES_DIR = ROOT / "data" / "programmes"


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("facilitator-home")
    monkeypatch.setenv("FACILITATOR_HOME", str(home))
    return home


@pytest.fixture
def seed_tip() -> Path:
    return SEED_TIP


@pytest.fixture
def seed_som() -> Path:
    return SEED_SOM
