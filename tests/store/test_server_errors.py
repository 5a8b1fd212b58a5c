"""A server's errors reach the user as sentences (issue 18: losing the server)."""

from __future__ import annotations

import pytest

from facilitator.store.errors import StoreError, translate


class _ServerError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"server said {sqlstate}")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("sqlstate", "words"),
    [
        ("57P01", "restarting or was stopped"),  # terminating connection: administrator command
        ("57P02", "restarting or was stopped"),  # crash shutdown
        ("57P03", "restarting or was stopped"),  # the database system is starting up
        ("08006", "cannot be reached"),  # connection failure
    ],
)
def test_a_server_going_away_is_said_in_words(sqlstate: str, words: str) -> None:
    error = translate(_ServerError(sqlstate), path=None)
    assert isinstance(error, StoreError)
    assert words in error.message and "not saved" in error.message
    assert error.detail == f"server said {sqlstate}"


def test_a_bug_class_server_error_is_not_dressed_up_as_the_users_problem() -> None:
    assert translate(_ServerError("42703"), path=None) is None  # undefined column: our bug
