"""The meeting's logic, free of Qt and SQL: programme, journal, timing, queue, record."""
