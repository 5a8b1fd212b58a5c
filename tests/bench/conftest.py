"""The console fixtures are shared with the UI tests; and each bench module starts from a clean
process state.

Run together (``pytest tests/bench --benchmark-enable``), the benches measured what the modules
before them left behind rather than their own path: windows closed but not deleted (every later
event loop pass and paint walks them) and a heap grown by the big meetings of earlier modules.
The tick took 2.3–3.4 ms after the other modules against 1.4–1.5 ms alone. Before each module
every top-level widget left over is deleted and the heap collected, so that a figure is the same
alone and in the whole run.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from tests.ui.conftest import big, console, desk  # noqa: F401  (fixtures, used by name)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The review's bench reads the process's peak resident memory (10,000 interventions shown,
    budget 200 MB): it runs first, so that the peak is its own and not an earlier module's."""
    first = [i for i in items if i.nodeid.startswith(_PEAK_READER)]
    if first:
        items[:] = first + [i for i in items if not i.nodeid.startswith(_PEAK_READER)]


_PEAK_READER = "tests/bench/test_bench_review.py::test_bench_a_filter_keystroke_until_painted"


@pytest.fixture(scope="module", autouse=True)
def _clean_slate() -> Iterator[None]:
    _delete_leftover_windows()
    gc.collect()
    yield
    _delete_leftover_windows()
    gc.collect()


def _delete_leftover_windows() -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
