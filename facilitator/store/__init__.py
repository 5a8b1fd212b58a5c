"""Persistence: SQLAlchemy on SQLite (or PostgreSQL), migrations and backups."""
