"""Alembic migrations of the reference portal's database (SQLite and PostgreSQL)."""
