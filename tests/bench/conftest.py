"""The console fixtures are shared with the UI tests."""

from tests.ui.conftest import desk  # noqa: F401  (a fixture, used by name)
