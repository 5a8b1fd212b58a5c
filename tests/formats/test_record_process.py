"""The record's process: a child that mirrors a meeting's journal and answers previews and
exports with what the app itself would have made; events sent as they come; a request for
another moment than the mirror's refused; a child that dies, or a journal that cannot be read,
fails what was asked, in words; closing ends it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from facilitator import paths
from facilitator.core.record import ALL_SECTIONS, Section
from facilitator.formats.record import record_process
from facilitator.formats.record.export import FORMAT_KEYS, render_parts
from facilitator.formats.record.files import ExportError
from facilitator.formats.record.preview import preview
from facilitator.formats.record.record_process import (
    Crashed,
    Events,
    ExportRequest,
    FilesReply,
    Mirror,
    OutOfStep,
    PreviewReply,
    PreviewRequest,
    Prime,
    RecordOptions,
    RecordProcess,
    RecordProcessStopped,
    Refused,
)
from tests.core.test_record import NAMES, Ran, run_meeting

WAIT_S = 60


@pytest.fixture
def ran(tmp_path: Path) -> Iterator[Ran]:
    result = run_meeting(tmp_path)
    yield result
    result.db.close()


def options(ran: Ran, **changes: Any) -> RecordOptions:
    values: dict[str, Any] = {
        "now": ran.clock.now(),
        "attributed": True,
        "kept": frozenset(),
        "sections": ALL_SECTIONS,
        "last_seq": ran.session.state.last_seq,
    }
    values.update(changes)
    return RecordOptions(**values)


def start(ran: Ran) -> RecordProcess:
    session = ran.session
    last = session.state.last_seq
    return RecordProcess(session.original_programme, lambda: session.journal(last), last)


def _members(docx: bytes) -> dict[str, bytes]:
    """A Word file's parts, but for the one that says when it was made (docProps/core.xml);
    the zip's own timestamps are left out by reading the members' contents only."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n != "docProps/core.xml"}


def test_the_child_answers_what_the_app_would_have_made(ran: Ran) -> None:
    process = start(ran)
    try:
        asked = options(ran)
        reply = process.preview(asked).result(WAIT_S)
        assert isinstance(reply, PreviewReply)
        assert reply.preview == preview(asked.build(ran.session.state))
        for key in FORMAT_KEYS:
            reply = process.export(asked, key).result(WAIT_S)
            assert isinstance(reply, FilesReply), (key, reply)
            here = render_parts(
                asked.build(ran.session.state),
                key,
                programme=ran.session.original_programme,
                journal=ran.session.journal(),
            )
            assert reply.parts.keys() == here.keys()
            if key == "pdf":  # it carries the moment it was made
                assert all(reply.parts[name][:4] == here[name][:4] for name in here), key
            elif key in ("docx", "summary-docx"):  # zips: each member's moment, the document's
                assert {n: _members(reply.parts[n]) for n in here} == {
                    n: _members(here[n]) for n in here
                }, key
            else:
                assert reply.parts == here, key
        # Unattributed: the names still to check, and no registered name anywhere.
        hidden = options(ran, attributed=False, sections=frozenset({Section.PROCEEDINGS}))
        reply = process.preview(hidden).result(WAIT_S)
        assert isinstance(reply, PreviewReply)
        assert list(reply.remaining) == hidden.remaining(ran.session.state)
        for name in NAMES:
            assert name not in reply.preview.html, name
    finally:
        process.close()
    assert process.wait(WAIT_S) and process.process.returncode == 0
    assert not process.running


def test_events_are_folded_as_they_come_and_the_moment_is_checked(ran: Ran) -> None:
    process = start(ran)
    try:
        before = options(ran)
        first = process.preview(before).result(WAIT_S)
        assert isinstance(first, PreviewReply)
        record = ran.session.log_intervention(
            {"name": "Late Speaker", "tags": ["seg-3"], "summary": "Arrived after the rest."}
        )
        # Asked for the moment before the capture reached the mirror: refused, not answered.
        stale = process.preview(options(ran)).result(WAIT_S)
        assert stale == OutOfStep(stale.ident, before.last_seq, record.seq)  # type: ignore[union-attr]
        process.send_events([record])
        after = process.preview(options(ran)).result(WAIT_S)
        assert isinstance(after, PreviewReply)
        assert after.preview.entries == first.preview.entries + 1
        assert "Arrived after the rest." in after.preview.html
        process.send_events([record])  # sent twice: folded once
        again = process.preview(options(ran)).result(WAIT_S)
        assert isinstance(again, PreviewReply) and again.preview == after.preview
    finally:
        process.close()


def test_a_child_that_dies_fails_what_was_asked(ran: Ran) -> None:
    stopped: list[BaseException | None] = []
    session = ran.session
    last = session.state.last_seq
    process = RecordProcess(
        session.original_programme, lambda: session.journal(last), last, on_stop=stopped.append
    )
    assert isinstance(process.preview(options(ran)).result(WAIT_S), PreviewReply)
    process.process.kill()
    assert process.wait(WAIT_S)
    late = process.export(options(ran), "md")
    with pytest.raises(RecordProcessStopped, match="stopped"):
        late.result(WAIT_S)
    assert len(stopped) == 1 and isinstance(stopped[0], RecordProcessStopped)
    assert "signal" in str(stopped[0])


def test_a_journal_that_cannot_be_read_fails_with_its_own_error(ran: Ran) -> None:
    def unreadable() -> list[Any]:
        raise OSError("the disk went away")

    process = RecordProcess(ran.session.original_programme, unreadable, 5)
    with pytest.raises(OSError, match="the disk went away"):
        process.preview(options(ran)).result(WAIT_S)
    assert process.wait(WAIT_S)


def test_an_error_in_the_child_is_logged_there_and_said(ran: Ran) -> None:
    process = start(ran)
    try:
        reply = process.export(options(ran), "xls").result(WAIT_S)  # no such format
    finally:
        process.close()
    assert isinstance(reply, Crashed)
    assert reply.what.startswith("ValueError: unknown export format 'xls'")
    log = Path(reply.log)
    assert log == paths.log_dir() / "crash.log"  # the app's crash log (the child's environment)
    assert "Traceback" in log.read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- the mirror
def test_the_mirror_refuses_in_words_and_needs_the_programme_first(
    ran: Ran, monkeypatch: pytest.MonkeyPatch
) -> None:
    mirror = Mirror()
    asked = options(ran)
    assert mirror.handle(PreviewRequest(1, asked)) == OutOfStep(1, 0, asked.last_seq)
    with pytest.raises(ValueError, match="before the programme"):
        mirror.handle(Events(tuple(ran.session.journal())))
    assert mirror.handle(Prime(ran.session.original_programme)) is None
    assert mirror.handle(Events(tuple(ran.session.journal()))) is None
    assert mirror.folder is not None and mirror.folder.state == ran.session.state

    def too_long(*args: Any, **kwargs: Any) -> dict[str, bytes]:
        raise ExportError("the record is too long for one PDF")

    monkeypatch.setattr(record_process, "render_parts", too_long)
    assert mirror.handle(ExportRequest(2, asked, "pdf")) == Refused(
        2, "the record is too long for one PDF"
    )
    with pytest.raises(TypeError):
        mirror.handle("hello")


def test_the_childs_environment_finds_this_facilitator_and_draws_offscreen() -> None:
    env = record_process.environment({"PYTHONPATH": "/elsewhere", "DISPLAY": ":0"})
    root = str(Path(record_process.__file__).resolve().parents[3])
    assert env["PYTHONPATH"].split(":")[0] == root
    assert env["PYTHONPATH"].endswith("/elsewhere")
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert record_process.command()[1:] == ["-m", "facilitator.formats.record.record_process"]


def test_options_withhold_every_name_not_kept(ran: Ran) -> None:
    ran.session.log_intervention(
        {"name": "Amina Zoubeir", "tags": ["seg-3"], "summary": "Quoted Ms. Dupont of Amnesty."}
    )
    state = ran.session.state
    hidden = options(ran, attributed=False, last_seq=state.last_seq)
    names = hidden.remaining(state)
    assert "Ms. Dupont" in names
    assert "Dupont" not in str(hidden.build(state))
    kept = options(ran, attributed=False, kept=frozenset({"Ms. Dupont"}))
    assert "Ms. Dupont" in str(kept.build(state))
    assert options(ran).remaining(state) == []
    assert isinstance(ran.clock.now(), dt.datetime)
