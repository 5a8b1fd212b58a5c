"""Alembic's environment for Facilitator's schema.

The app runs migrations from code (:func:`facilitator.store.migrate.upgrade`), passing the
connection, already inside the transaction, as ``config.attributes["connection"]``. Developers can
also run Alembic's command line with ``alembic.ini`` beside this file and ``-x url=...``.
"""

from __future__ import annotations

from alembic import context

from facilitator import paths
from facilitator.store.engine import WRITE, create_store_engine, parse_url
from facilitator.store.migrate import check_foreign_keys, foreign_keys_off
from facilitator.store.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(**kwargs: object) -> None:
    context.configure(
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
        transactional_ddl=True,
        **kwargs,  # type: ignore[arg-type]
    )


def _url() -> str:
    return (
        context.get_x_argument(as_dictionary=True).get("url")
        or config.get_main_option("sqlalchemy.url")
        or paths.default_database_url()
    )


def run_migrations_offline() -> None:
    _configure(url=_url(), literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    # The developer's command line: an engine of our own, with the app's pragmas.
    engine = create_store_engine(parse_url(_url()))
    try:
        with engine.connect() as conn:
            conn.execution_options(**{WRITE: True})
            with foreign_keys_off(conn), conn.begin():
                _configure(connection=conn)
                with context.begin_transaction():
                    context.run_migrations()
                check_foreign_keys(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
