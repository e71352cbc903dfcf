"""Alembic environment: always run on the connection the portal hands over (no ini file)."""

from alembic import context
from sqlalchemy import text

connection = context.config.attributes["connection"]
if connection.dialect.name == "postgresql":
    # Several portal processes may start together: one migrates, the others wait for it.
    connection.execute(text("SELECT pg_advisory_xact_lock(1818)"))
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
