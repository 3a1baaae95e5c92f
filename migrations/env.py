"""alembic environment. The app runs migrations itself (commune_care.db.migrate) and hands the
connection over in ``config.attributes``; the alembic command line works too (-x db=PATH)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from commune_care.db import models  # noqa: F401  (registers the tables)
from commune_care.db.base import Base
from commune_care.db.engine import database_url, make_engine

config = context.config
target_metadata = Base.metadata


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    target = context.get_x_argument(as_dictionary=True).get("db")
    if not target:
        raise SystemExit("Give the database: alembic -x db=PATH upgrade head")
    engine = make_engine(database_url(target))
    with engine.connect() as conn:
        _configure_and_run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported.")
run_migrations_online()
