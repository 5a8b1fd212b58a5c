"""The tables as SQLAlchemy 2 typed ORM classes; nothing outside :mod:`facilitator.store` sees them.

Times are stored as whole microseconds since 1970-01-01 UTC (a 64-bit integer): exact, compact,
sortable, the same on SQLite and PostgreSQL, and free of the "+00:00" / "Z" / naive-string
ambiguities of text. :class:`UTCMicroseconds` converts them to and from aware UTC datetimes, so a
round trip gives back the identical value.

The schema itself is owned by the Alembic migrations in ``migrations/versions``; these classes must
describe the same thing (a test compares them with ``alembic.autogenerate.compare_metadata``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    Dialect,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from facilitator.store.records import MeetingStatus

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_ONE_MICROSECOND = dt.timedelta(microseconds=1)

# Named constraints, so that batch migrations on SQLite can find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def to_micros(value: dt.datetime) -> int:
    """Microseconds since the epoch for an aware datetime (exact integer arithmetic)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("store times must be timezone-aware")
    return (value - EPOCH) // _ONE_MICROSECOND


def from_micros(value: int) -> dt.datetime:
    """The aware UTC datetime ``value`` microseconds after the epoch."""
    return EPOCH + dt.timedelta(microseconds=value)


class UTCMicroseconds(TypeDecorator[dt.datetime]):
    """An aware datetime stored as an integer of microseconds since the epoch, UTC."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> int | None:
        return None if value is None else to_micros(value)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else from_micros(int(value))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Meeting(Base):
    """One meeting: its programme (as JSON, see ``programme_codec``) and where it stands."""

    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("status IN ('planned', 'running', 'ended')", name="status"),
        # Never reuse the id of a deleted meeting: backups and exported records name meetings by id.
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default=MeetingStatus.PLANNED.value)
    programme: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column("created_at_us", UTCMicroseconds)
    updated_at: Mapped[dt.datetime] = mapped_column("updated_at_us", UTCMicroseconds)
    #: What the start screen shows of the meeting (JSON), as of event ``summary_seq``: written
    #: by the sessions after each event that can change it, so the list needs no fold.
    summary: Mapped[str | None] = mapped_column(Text)
    summary_seq: Mapped[int | None] = mapped_column(Integer)


class Event(Base):
    """One journal entry. ``seq`` numbers a meeting's events 1, 2, 3, … without gaps."""

    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("meeting_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(100))
    at: Mapped[dt.datetime] = mapped_column("at_us", UTCMicroseconds)
    actor: Mapped[str] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)
