"""Fixtures for the store tests: a fake clock, a database file per test, a hand-made programme."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.programme import Programme
from facilitator.store import Database, open_database
from tests.store.helpers import START, programme, url_of


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "meetings.sqlite3"


@pytest.fixture
def db(db_path: Path, clock: FakeClock) -> Iterator[Database]:
    database = open_database(url_of(db_path), clock=clock)
    yield database
    database.close()


@pytest.fixture
def sample_programme() -> Programme:
    return programme()


@pytest.fixture
def now() -> dt.datetime:
    return START
