"""Programmes: reading a meeting's programme from text, Markdown, Word and TOML, with the
report of how it was read."""
