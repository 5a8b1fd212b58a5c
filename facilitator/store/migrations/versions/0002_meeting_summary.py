"""Each meeting's summary for the start screen, kept at each commit.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07

The start screen listed each meeting's status and where it stopped by folding its whole journal
(3 to 5 s for 20 meetings). The sessions now keep what it shows on the meeting's row: ``summary``
(JSON: where it stopped, paused, the programme's title and date, or the event found damaged) and
``summary_seq``, the event it describes. Both are empty in an upgraded database until the start
screen folds each meeting once and stores them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Added columns, no table rebuild (SQLite's ALTER TABLE ADD COLUMN, also PostgreSQL's).
    op.add_column("meetings", sa.Column("summary", sa.Text(), nullable=True))
    op.add_column("meetings", sa.Column("summary_seq", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("summary_seq")
        batch.drop_column("summary")
