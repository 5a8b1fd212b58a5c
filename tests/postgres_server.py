"""A throwaway PostgreSQL server for the tests: started in a temporary folder, listening on a Unix
socket only, stopped and removed afterwards.

PostgreSQL's programs are looked up on the PATH and then where Debian's packages put them
(``/usr/lib/postgresql/VERSION/bin``, not on the PATH). Where they, or the psycopg driver, are
missing the tests skip on a developer's machine but **fail under CI** (``CI`` set): ``.ci/run``
installs PostgreSQL, so a CI run that cannot start a server has lost its PostgreSQL coverage and
must say so rather than stay green.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

DEBIAN_ROOT = Path("/usr/lib/postgresql")


def unavailable(reason: str) -> None:
    """Skip, or under CI fail, because PostgreSQL cannot be used here."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run the PostgreSQL tests (.ci/run installs PostgreSQL)")
    pytest.skip(reason)


def program(name: str) -> str | None:
    """The path of a PostgreSQL program (``initdb``, ``pg_ctl``), newest version first."""
    found = shutil.which(name)
    if found is not None:
        return found

    def version(folder: Path) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", folder.parent.name))

    for folder in sorted(DEBIAN_ROOT.glob("*/bin"), key=version, reverse=True):
        if (folder / name).is_file():
            return str(folder / name)
    return None


def _as_postgres_user() -> list[str]:
    """PostgreSQL refuses to run as root: as root, run its programs as ``nobody``."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        unavailable("PostgreSQL will not run as root, and setpriv is missing to drop to nobody")
    return [str(setpriv), "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


#: The servers running, by URL: how to call their pg_ctl (for :func:`restart`).
_RUNNING: dict[str, list[str]] = {}
_OPTIONS: dict[str, str] = {}


def restart(url: str) -> None:
    """Restart the throwaway server at ``url`` (``pg_ctl restart``, fast mode): every connection
    to it is cut, as when a meeting's server is restarted under the seats."""
    done = subprocess.run(
        [*_RUNNING[url], "-m", "fast", "-o", _OPTIONS[url], "restart"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a server; yield a plain ``postgresql://`` URL of its ``postgres`` database (the app
    maps it to psycopg 3, as it does a user's URL)."""
    initdb, pg_ctl = program("initdb"), program("pg_ctl")
    if not (initdb and pg_ctl):
        unavailable("PostgreSQL's initdb/pg_ctl are not installed (Debian: postgresql)")
    if importlib.util.find_spec("psycopg") is None:
        unavailable("the psycopg driver is not installed (pip install -e '.[postgres]')")
    assert initdb and pg_ctl
    prefix = _as_postgres_user()
    place = Path(tempfile.mkdtemp(prefix="facilitator-pg-"))
    if prefix:
        shutil.chown(place, "nobody")
    data = place / "data"
    started = False
    try:
        for argv in (
            [initdb, "-D", str(data), "-U", "facilitator", "--auth=trust", "-E", "UTF8"],
            [
                pg_ctl,
                *("-D", str(data), "-l", str(place / "log"), "-w", "start"),
                *("-o", f"-k {place} -c listen_addresses='' -c fsync=off"),
            ],
        ):
            done = subprocess.run([*prefix, *argv], capture_output=True, text=True)
            if done.returncode != 0:
                log = place / "log"
                detail = log.read_text(errors="replace") if log.exists() else ""
                unavailable(f"PostgreSQL did not start: {done.stderr.strip()} {detail[-500:]}")
        started = True
        url = f"postgresql://facilitator@/postgres?host={place}"
        _RUNNING[url] = [*prefix, pg_ctl, "-D", str(data), "-l", str(place / "log"), "-w"]
        _OPTIONS[url] = f"-k {place} -c listen_addresses='' -c fsync=off"
        try:
            yield url
        finally:
            _RUNNING.pop(url, None)
    finally:
        if started:
            subprocess.run(
                [*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True
            )
        shutil.rmtree(place, ignore_errors=True)
