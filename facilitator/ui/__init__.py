"""PySide6 views. The only package allowed to import Qt widgets."""
