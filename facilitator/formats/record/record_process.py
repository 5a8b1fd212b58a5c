"""The record built in a process of its own, for the app: its previews and its files.

Building and writing a long record is seconds of work, and none of it may run where the meeting's
clocks are painted. A worker thread is not enough: Python runs one thread at a time (the GIL), so
a worker building 2,000 interventions stretched a 14 ms capture on the GUI thread to 120 ms, and
Qt's PDF layout runs in C++ holding the GIL, which froze the GUI thread for 0.7 s. A child process
has an interpreter, and a GIL, of its own.

The child (``python -m facilitator.formats.record.record_process``) keeps a **mirror** of the
meeting: it is sent the programme the meeting started from and every event of its journal, then
each event as it is committed, and folds them as the meeting's session does. So a request costs the
app nothing but a few bytes: a :class:`PreviewRequest` is answered with the preview's HTML
(:mod:`~facilitator.formats.record.preview`) and the names still to check, an :class:`ExportRequest`
with the bytes of the files (:func:`~facilitator.formats.record.export.render_parts`), which the
app writes itself, atomically: a child that dies leaves nothing behind. Each request says which
event the record stops at (the last the app had folded when it asked); a mirror that has folded
another answers :class:`OutOfStep` rather than a record of another moment.

Messages are pickled, one after the other, on the child's standard input and output (both ends
are this program; nothing else reaches the child's standard output). :class:`RecordProcess` is the
app's end: it writes on one thread and reads on another, so the caller never waits on a pipe, and
hands each answer back as a :class:`~concurrent.futures.Future`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import pickle
import queue
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import facilitator
from facilitator.core.errors import CommandError
from facilitator.core.fold.engine import Folder
from facilitator.core.fold.state import MeetingState
from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import Programme
from facilitator.core.record import Record, Section, build_record, vocabulary
from facilitator.formats.record.export import SUMMARY_KEY, render_parts
from facilitator.formats.record.files import ExportError
from facilitator.formats.record.localise import in_language
from facilitator.formats.record.preview import ENTRIES, ROWS, Preview, preview
from facilitator.formats.record.summary import summary_blocks

#: Events per message when the journal is first sent (each pickled in about 2 ms: the app's GUI
#: thread never waits longer for the GIL).
CHUNK = 250
#: How much lower the child's priority for the CPU is than the app's (POSIX ``nice``): on a
#: machine of two busy cores the GUI thread is served first, yet the child still gets about a
#: quarter of a core shared with other work (at 10, a PDF took 3.5 s on a loaded machine).
NICENESS = 5
#: The end of the child's standard error kept in the notes of a :class:`RecordProcessStopped`.
STDERR_TAIL = 4000


# ----------------------------------------------------------------------------- what to build
@dataclass(frozen=True)
class RecordOptions:
    """The record the export window's choices make: built from a meeting's state wherever that
    state is (the app's, or the child's mirror of it)."""

    now: dt.datetime  # the moment the record is of
    attributed: bool
    #: Names the rapporteur unticked: they stay in an unattributed record. Everything else that
    #: still looks like a name is withheld, those found since the list was last shown too.
    kept: frozenset[str]
    sections: frozenset[Section]
    last_seq: int  # the last event the record holds
    language: str = "en"  # the documents' (JSON stays in the core's English)

    def remaining(self, state: MeetingState) -> list[str]:
        """What still looks like a name or an organization in the unattributed record (nothing
        in an attributed one)."""
        if self.attributed:
            return []
        record = build_record(state, self.now, attributed=False)
        return record.remaining_names(vocabulary(state.programme))

    def build(self, state: MeetingState, remaining: Sequence[str] | None = None) -> Record:
        """The record as it will be written; ``remaining``: :meth:`remaining`, if known."""
        if self.attributed:
            record = build_record(state, self.now)
        else:
            found = self.remaining(state) if remaining is None else remaining
            withheld = [name for name in found if name not in self.kept]
            record = build_record(state, self.now, attributed=False, withheld=withheld)
        return record.only(self.sections)


# ----------------------------------------------------------------------------- messages
@dataclass(frozen=True)
class Prime:
    """Start the mirror over: the programme the meeting started from (its journal follows)."""

    programme: Programme


@dataclass(frozen=True)
class Events:
    """Events of the journal, in order (those the mirror has folded already are skipped)."""

    records: tuple[EventRecord, ...]


@dataclass(frozen=True)
class PreviewRequest:
    ident: int
    options: RecordOptions
    entries: int = ENTRIES
    rows: int = ROWS
    key: str = ""  # the format: the draft of the Co-Chairs' summary previews its own layout


@dataclass(frozen=True)
class ExportRequest:
    ident: int
    options: RecordOptions
    key: str  # the format


@dataclass(frozen=True)
class PreviewReply:
    ident: int
    preview: Preview
    remaining: tuple[str, ...]


@dataclass(frozen=True)
class FilesReply:
    ident: int
    parts: dict[str, bytes]  # render_parts()


@dataclass(frozen=True)
class Refused:
    """The record cannot be made as asked (an ExportError's or a CommandError's sentence)."""

    ident: int
    message: str


@dataclass(frozen=True)
class Crashed:
    """An unexpected error in the child: what went wrong, and the crash log with its traceback."""

    ident: int
    what: str
    log: str


@dataclass(frozen=True)
class OutOfStep:
    """The mirror has not folded the events the request stops at (a bug, never a record)."""

    ident: int
    folded: int
    wanted: int


Reply = PreviewReply | FilesReply | Refused | Crashed | OutOfStep


# ----------------------------------------------------------------------------- the child
class Mirror:
    """The child's copy of the meeting, and its answers."""

    def __init__(self) -> None:
        self.programme: Programme | None = None
        self.folder: Folder | None = None
        self.events: list[EventRecord] = []

    @property
    def last_seq(self) -> int:
        return self.folder.state.last_seq if self.folder is not None else 0

    def handle(self, message: object) -> Reply | None:
        """Fold what is sent; answer a request."""
        match message:
            case Prime():
                self.programme = message.programme
                self.folder = Folder(message.programme)
                self.events = []
                return None
            case Events():
                if self.folder is None:
                    raise ValueError("events before the programme")
                fresh = [r for r in message.records if r.seq > self.last_seq]
                self.folder.extend(fresh)
                self.events += fresh
                return None
            case PreviewRequest() | ExportRequest():
                return self._answer(message)
        raise TypeError(f"not a message: {type(message).__name__}")

    def _answer(self, request: PreviewRequest | ExportRequest) -> Reply:
        ident, options = request.ident, request.options
        if self.folder is None or self.last_seq != options.last_seq:
            return OutOfStep(ident, self.last_seq, options.last_seq)
        state = self.folder.state
        try:
            if isinstance(request, PreviewRequest):
                names = options.remaining(state)
                built = in_language(options.build(state, names), options.language)
                content = summary_blocks(built) if request.key == SUMMARY_KEY else None
                shown = preview(built, entries=request.entries, rows=request.rows, content=content)
                return PreviewReply(ident, shown, tuple(names))
            journal = [e for e in self.events if e.seq <= options.last_seq]
            parts = render_parts(
                options.build(state),
                request.key,
                programme=self.programme,
                journal=journal,
                language=options.language,
            )
            return FilesReply(ident, parts)
        except (ExportError, CommandError) as exc:
            return Refused(ident, str(exc))
        except Exception as exc:
            from facilitator.crash_log import log_crash

            log = log_crash()
            return Crashed(ident, f"{type(exc).__name__}: {exc}", str(log))


def main() -> int:
    """The child: messages in on stdin, answers out on stdout, until stdin ends."""
    if hasattr(os, "nice"):  # background work: the app's GUI thread comes first for the CPU
        with contextlib.suppress(OSError):
            os.nice(NICENESS)
    answer_fd = os.dup(1)
    os.dup2(2, 1)  # whatever Qt or a library prints goes to stderr, never into an answer
    sys.stdout = sys.stderr
    mirror = Mirror()
    source = sys.stdin.buffer
    with os.fdopen(answer_fd, "wb") as out:
        while True:
            try:
                message = pickle.load(source)
            except EOFError:
                return 0
            reply = mirror.handle(message)
            if reply is not None:
                pickle.dump(reply, out, protocol=pickle.HIGHEST_PROTOCOL)
                out.flush()


# ----------------------------------------------------------------------------- the app's end
class RecordProcessStopped(RuntimeError):
    """The child ended before answering (killed, crashed, or unable to start); the notes hold
    the end of what it wrote on its standard error."""


class _Journal:
    """The journal to send, read by the writer thread (reading it is slow: not the caller's)."""

    def __init__(self, read: Callable[[], Sequence[EventRecord]], last_seq: int) -> None:
        self.read = read
        self.last_seq = last_seq


_CLOSE = object()


class RecordProcess:
    """A child process mirroring one meeting. ``journal`` reads the meeting's events (on this
    object's writer thread: it must be safe there, reading the store and nothing the caller's
    thread changes); those up to ``last_seq`` are sent after ``programme``, and every later one
    must be passed to :meth:`send_events` as it is committed.

    Nothing here blocks the caller: messages are written by a thread, answers read by another,
    and each request returns a Future (failed with :class:`RecordProcessStopped`, or with what
    ``journal`` raised, if the child cannot answer). ``on_stop`` is called on the reader thread
    once the child has ended, with the error that ended it (None after :meth:`close`)."""

    def __init__(
        self,
        programme: Programme,
        journal: Callable[[], Sequence[EventRecord]],
        last_seq: int,
        *,
        on_stop: Callable[[BaseException | None], None] | None = None,
    ) -> None:
        self._on_stop = on_stop
        self._outbox: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._pending: dict[int, Future[Reply]] = {}
        self._lock = threading.Lock()
        self._idents = itertools.count(1)
        self._closing = False
        self._failure: BaseException | None = None
        # Closed by the reader thread, once the child has ended.
        self._stderr: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115
        extra: dict[str, Any] = {}
        if sys.platform == "win32":  # no console window flashing up; background priority
            extra["creationflags"] = (
                subprocess.CREATE_NO_WINDOW | subprocess.BELOW_NORMAL_PRIORITY_CLASS
            )
        self.process = subprocess.Popen(
            command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            env=environment(),
            **extra,
        )
        self._outbox.put(Prime(programme))
        self._outbox.put(_Journal(journal, last_seq))
        self._writer = threading.Thread(target=self._write, name="record-writer", daemon=True)
        self._reader = threading.Thread(target=self._read, name="record-reader", daemon=True)
        self._writer.start()
        self._reader.start()

    # ------------------------------------------------------------------ the caller's side
    def send_events(self, records: Sequence[EventRecord]) -> None:
        self._outbox.put(Events(tuple(records)))

    def preview(
        self, options: RecordOptions, *, entries: int = ENTRIES, rows: int = ROWS, key: str = ""
    ) -> Future[Reply]:
        return self._request(lambda ident: PreviewRequest(ident, options, entries, rows, key))

    def export(self, options: RecordOptions, key: str) -> Future[Reply]:
        return self._request(lambda ident: ExportRequest(ident, options, key))

    def close(self) -> None:
        """No more requests: the child ends once it has answered those sent."""
        with self._lock:
            self._closing = True
        self._outbox.put(_CLOSE)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the child has ended and every answer is in; whether it has."""
        self._reader.join(timeout)
        return not self._reader.is_alive()

    @property
    def running(self) -> bool:
        return self._reader.is_alive()

    def _request(self, make: Callable[[int], PreviewRequest | ExportRequest]) -> Future[Reply]:
        future: Future[Reply] = Future()
        with self._lock:
            if self._closing or not self._reader.is_alive():
                failure = self._failure or RecordProcessStopped("the record's process has ended")
                future.set_exception(failure)
                return future
            ident = next(self._idents)
            self._pending[ident] = future
        self._outbox.put(make(ident))
        return future

    # ------------------------------------------------------------------ the threads
    def _write(self) -> None:
        pipe = self.process.stdin
        assert pipe is not None
        try:
            while (item := self._outbox.get()) is not _CLOSE:
                if isinstance(item, _Journal):
                    try:
                        records = [r for r in item.read() if r.seq <= item.last_seq]
                    except Exception as exc:  # the store's sentence, for what is asked
                        with self._lock:
                            self._failure = exc
                        return
                    self._send_journal(pipe, records)
                else:
                    pickle.dump(item, pipe, protocol=pickle.HIGHEST_PROTOCOL)
                    pipe.flush()
        except (OSError, ValueError):
            pass  # the child has gone: the reader says why
        finally:
            with contextlib.suppress(OSError, ValueError):
                pipe.close()  # the child's end of input: it ends

    def _send_journal(self, pipe: IO[bytes], records: Sequence[EventRecord]) -> None:
        for start in range(0, len(records), CHUNK):
            chunk = Events(tuple(records[start : start + CHUNK]))
            pickle.dump(chunk, pipe, protocol=pickle.HIGHEST_PROTOCOL)
            time.sleep(0)  # let the GUI thread have the GIL between chunks
        pipe.flush()

    def _read(self) -> None:
        pipe = self.process.stdout
        assert pipe is not None
        try:
            while True:
                try:
                    reply = pickle.load(pipe)
                except (EOFError, OSError, pickle.UnpicklingError):
                    break
                with self._lock:
                    future = self._pending.pop(getattr(reply, "ident", -1), None)
                if future is not None:
                    future.set_result(reply)
        finally:
            with contextlib.suppress(OSError):
                pipe.close()
            status = self.process.wait()
            self._outbox.put(_CLOSE)  # a writer still waiting for messages stops too
            self._writer.join()
            with self._lock:
                pending = list(self._pending.values())
                self._pending.clear()
                failure = self._failure
                if failure is None and (pending or not self._closing):
                    failure = self._stopped(status)
                self._failure = failure
            for future in pending:
                future.set_exception(failure or RecordProcessStopped("ended"))
            with contextlib.suppress(OSError):
                self._stderr.close()
            if self._on_stop is not None:
                self._on_stop(failure)

    def _stopped(self, status: int) -> RecordProcessStopped:
        how = f"exit status {status}" if status >= 0 else f"signal {-status}"
        error = RecordProcessStopped(f"the process making the record stopped ({how})")
        try:
            self._stderr.seek(0)
            tail = self._stderr.read().decode("utf-8", "replace")[-STDERR_TAIL:].strip()
        except OSError:
            tail = ""
        if tail:
            error.add_note(f"its standard error ended with:\n{tail}")
        return error


def command() -> list[str]:
    """How the child is started: this interpreter, running this module."""
    return [sys.executable, "-m", __name__]


def environment(base: dict[str, str] | None = None) -> dict[str, str]:
    """The child's environment: the app's, with this copy of Facilitator first on Python's path,
    and Qt's offscreen platform where its fonts are the desktop's (X11 and Wayland systems): the
    child draws (the chart, the PDF) but never shows a window, and needs no display."""
    env = dict(os.environ if base is None else base)
    root = str(Path(facilitator.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    if not sys.platform.startswith(("win", "darwin")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


if __name__ == "__main__":
    # The messages' classes are the module's, not this __main__'s copy of them: run its main.
    from facilitator.formats.record import record_process

    sys.exit(record_process.main())
