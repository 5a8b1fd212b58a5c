"""The session record: one record, written as Word, PDF, HTML, Markdown, CSV and JSON."""
