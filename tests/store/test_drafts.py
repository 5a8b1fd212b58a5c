"""The capture pane's drafts: saved atomically (a crash between writing and renaming leaves the
previous draft whole), kept exactly, one per meeting and rapporteur, a damaged file set aside and
never an error."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from facilitator import paths
from facilitator.store import drafts
from facilitator.store.drafts import (
    DraftError,
    clear_draft,
    draft_path,
    drafts_dir,
    load_draft,
    meeting_key,
    save_draft,
)

MEETING = meeting_key("/data/facilitator.sqlite3", 3)
RAPPORTEUR = "Rapporteur A"
HOSTILE: dict[str, Any] = {
    "summary": "NUL \x00 emoji 😀👩🏽‍⚖️ عربي עברית <script>x</script>\r\n=cmd +1 -1 @A1\t",
    "lone surrogate": "\ud800 alone",
    "tags": ["seg-9", "seg-10"],
    "nested": {"n": 1, "f": 0.5, "t": True, "none": None},
}


def files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir()) if directory.exists() else []


# ----------------------------------------------------------------------------- round trips
def test_a_draft_comes_back_exactly() -> None:
    assert load_draft(MEETING, RAPPORTEUR) is None
    assert save_draft(MEETING, RAPPORTEUR, HOSTILE) is True
    assert load_draft(MEETING, RAPPORTEUR) == HOSTILE
    path = draft_path(MEETING, RAPPORTEUR)
    assert path.parent == paths.data_dir() / "drafts" == drafts_dir()
    assert path.name.startswith("Rapporteur-A-") and path.suffix == ".json"
    envelope = json.loads(path.read_bytes().decode("utf-8", "surrogatepass"))
    assert envelope["format"] == "facilitator-draft" and envelope["version"] == 1
    assert envelope["meeting"] == MEETING and envelope["rapporteur"] == RAPPORTEUR
    assert files(path.parent) == [path.name]  # no temporary file left


def test_a_megabyte_draft_comes_back_exactly() -> None:
    summary = ("Résumé 😀 عربي \x00 <b>=x</b>\n" * 40_000)[:1_048_576]
    save_draft(MEETING, RAPPORTEUR, {"summary": summary})
    assert load_draft(MEETING, RAPPORTEUR) == {"summary": summary}


def test_each_meeting_and_rapporteur_has_its_own_draft() -> None:
    other_meeting = meeting_key("/data/facilitator.sqlite3", 4)
    save_draft(MEETING, "Rapporteur A", {"who": "A"})
    save_draft(MEETING, "Rapporteur B", {"who": "B"})
    save_draft(other_meeting, "Rapporteur A", {"who": "A elsewhere"})
    save_draft(MEETING, "../../etc/passwd\x00 عربي", {"who": "odd"})
    assert load_draft(MEETING, "Rapporteur A") == {"who": "A"}
    assert load_draft(MEETING, "Rapporteur B") == {"who": "B"}
    assert load_draft(other_meeting, "Rapporteur A") == {"who": "A elsewhere"}
    assert load_draft(MEETING, "../../etc/passwd\x00 عربي") == {"who": "odd"}
    assert len(files(drafts_dir())) == 4
    assert all(p.parent == drafts_dir() for p in drafts_dir().iterdir())
    clear_draft(MEETING, "Rapporteur A")
    assert load_draft(MEETING, "Rapporteur A") is None
    assert load_draft(MEETING, "Rapporteur B") == {"who": "B"}
    clear_draft(MEETING, "Rapporteur A")  # nothing to clear: fine


def test_the_same_draft_is_not_rewritten_every_two_seconds() -> None:
    assert save_draft(MEETING, RAPPORTEUR, {"summary": "a"}) is True
    assert save_draft(MEETING, RAPPORTEUR, {"summary": "a"}) is False
    assert save_draft(MEETING, RAPPORTEUR, {"summary": "ab"}) is True
    draft_path(MEETING, RAPPORTEUR).unlink()  # removed behind our back: written again
    assert save_draft(MEETING, RAPPORTEUR, {"summary": "ab"}) is True
    assert load_draft(MEETING, RAPPORTEUR) == {"summary": "ab"}


def test_data_that_is_not_json_is_a_bug_not_a_draft() -> None:
    with pytest.raises(TypeError):
        save_draft(MEETING, RAPPORTEUR, {"when": object()})
    with pytest.raises(ValueError):
        save_draft(MEETING, RAPPORTEUR, {"x": float("nan")})
    with pytest.raises(TypeError):
        save_draft(MEETING, RAPPORTEUR, ["not", "an", "object"])  # type: ignore[arg-type]
    assert not draft_path(MEETING, RAPPORTEUR).exists()


# ----------------------------------------------------------------------------- crashes
def test_the_order_is_write_fsync_rename_fsync_the_directory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        calls.append("fsync dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync file")
        real_fsync(fd)

    def replace(src: Any, dst: Any) -> None:
        calls.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    save_draft(MEETING, RAPPORTEUR, {"summary": "x"})
    assert calls == ["fsync file", "replace", "fsync dir"]


class _FailingWrites:
    """A file whose writes fail half-way (an I/O error after a first part reached the disk)."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        raise OSError(errno.EIO, "Input/output error")

    def __enter__(self) -> _FailingWrites:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


@pytest.mark.parametrize("stage", ["write", "fsync", "replace"])
def test_a_failure_before_the_rename_leaves_the_previous_draft_whole(
    monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    save_draft(MEETING, RAPPORTEUR, {"summary": "the previous draft"})
    path = draft_path(MEETING, RAPPORTEUR)
    before = path.read_bytes()

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.EIO, "Input/output error")

    real_fdopen = os.fdopen

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        handle = real_fdopen(fd, *args, **kwargs)
        return _FailingWrites(handle)

    with monkeypatch.context() as patch:
        if stage == "write":
            patch.setattr(os, "fdopen", fdopen)
        else:
            patch.setattr(os, stage, fail)
        with pytest.raises(DraftError) as caught:
            save_draft(MEETING, RAPPORTEUR, {"summary": "the new draft"})
    assert "could not be saved" in caught.value.message
    assert "still in the pane" in caught.value.message
    assert path.read_bytes() == before
    assert files(path.parent) == [path.name]  # the temporary file is gone
    assert load_draft(MEETING, RAPPORTEUR) == {"summary": "the previous draft"}
    # The next save is not skipped as "already written".
    assert save_draft(MEETING, RAPPORTEUR, {"summary": "the new draft"}) is True


def test_a_full_disk_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    save_draft(MEETING, RAPPORTEUR, {"summary": "kept"})

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", full)
        with pytest.raises(DraftError) as caught:
            save_draft(MEETING, RAPPORTEUR, {"summary": "lost?"})
    assert caught.value.message.startswith("The disk is full: the draft could not be saved.")
    assert load_draft(MEETING, RAPPORTEUR) == {"summary": "kept"}


def test_a_process_killed_between_write_and_rename_leaves_the_previous_draft(
    tmp_path: Path,
) -> None:
    """A real crash: the child writes and fsyncs the new draft, then dies (``os._exit``) where it
    would rename. The previous draft is intact; the temporary file it left is removed once
    stale."""
    save_draft(MEETING, RAPPORTEUR, {"summary": "the previous draft"})
    code = textwrap.dedent(
        f"""
        import os
        from facilitator.store import drafts
        os.replace = lambda src, dst: os._exit(9)
        drafts.save_draft({MEETING!r}, {RAPPORTEUR!r}, {{"summary": "the new draft"}})
        """
    )
    env = {**os.environ, "FACILITATOR_HOME": os.environ["FACILITATOR_HOME"]}
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=Path.cwd(), check=False)
    assert done.returncode == 9
    path = draft_path(MEETING, RAPPORTEUR)
    temps = [p for p in path.parent.iterdir() if p.suffix == ".tmp"]
    assert len(temps) == 1 and b"the new draft" in temps[0].read_bytes()
    assert load_draft(MEETING, RAPPORTEUR) == {"summary": "the previous draft"}
    assert temps[0].exists()  # fresh: it could be another window's save in progress
    old = time.time() - drafts.STALE_TEMP_SECONDS - 5
    os.utime(temps[0], (old, old))
    assert load_draft(MEETING, RAPPORTEUR) == {"summary": "the previous draft"}
    assert not temps[0].exists()


# ----------------------------------------------------------------------------- damage
@pytest.mark.parametrize(
    "content",
    [
        b"",
        b'{"format": "facilitator-draft", "version": 1, "data": {"summary": "cut sh',
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b'{"format": "something else", "version": 1, "data": {}}',
        b'{"format": "facilitator-draft", "version": "1", "data": {}}',
        b'{"format": "facilitator-draft", "version": 1, "data": "not an object"}',
        b"[" * 100_000,
    ],
    ids=[
        "empty",
        "cut-short",
        "garbage",
        "list",
        "other-format",
        "bad-version",
        "bad-data",
        "deep",
    ],
)
def test_a_damaged_draft_is_set_aside_and_never_an_error(content: bytes) -> None:
    path = draft_path(MEETING, RAPPORTEUR)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert load_draft(MEETING, RAPPORTEUR) is None
    assert not path.exists()
    (damaged,) = path.parent.glob("*.damaged")
    assert damaged.name.startswith(path.name) and damaged.read_bytes() == content
    assert load_draft(MEETING, RAPPORTEUR) is None  # and stays out of the way
    save_draft(MEETING, RAPPORTEUR, {"summary": "fresh"})
    assert load_draft(MEETING, RAPPORTEUR) == {"summary": "fresh"}


def test_a_draft_of_someone_else_under_this_name_is_not_taken(tmp_path: Path) -> None:
    save_draft(MEETING, "Rapporteur B", {"who": "B"})
    mine = draft_path(MEETING, RAPPORTEUR)
    draft_path(MEETING, "Rapporteur B").rename(mine)
    assert load_draft(MEETING, RAPPORTEUR) is None


def test_a_huge_file_is_not_a_draft(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drafts, "MAX_BYTES", 100)
    save_draft(MEETING, RAPPORTEUR, {"summary": "x" * 200})
    assert load_draft(MEETING, RAPPORTEUR) is None


def test_an_unreadable_draft_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    save_draft(MEETING, RAPPORTEUR, {"summary": "x"})

    def unreadable(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    with monkeypatch.context() as patch:
        patch.setattr(Path, "open", unreadable)
        assert load_draft(MEETING, RAPPORTEUR) is None
    assert load_draft(MEETING, RAPPORTEUR) == {"summary": "x"}  # still there


def test_a_draft_that_cannot_be_cleared_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    save_draft(MEETING, RAPPORTEUR, {"summary": "x"})

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "unlink", refuse)
    with pytest.raises(DraftError) as caught:
        clear_draft(MEETING, RAPPORTEUR)
    assert "could not be removed" in caught.value.message


def test_a_read_only_drafts_folder_says_what_to_check(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(drafts, "write_atomic", refuse)  # the folder refuses the new file
    with pytest.raises(DraftError) as caught:
        save_draft(MEETING, RAPPORTEUR, {"summary": "x"})
    assert "cannot be written" in caught.value.message


def test_the_module_uses_neither_qt_nor_sqlalchemy() -> None:
    import ast

    tree = ast.parse(Path(drafts.__file__).read_text(encoding="utf-8"))
    imported = {
        name.split(".")[0]
        for node in ast.walk(tree)
        for name in (
            [a.name for a in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else []
        )
    }
    assert not imported & {"PySide6", "sqlalchemy", "alembic"}
