"""``QT_TRANSLATE_NOOP`` with its type: marks a source string for ``pyside6-lupdate`` (which reads
the name, whatever module it comes from) and returns it as it is, a ``str`` (PySide6's own returns
``object`` to the type checker). The string is translated where it is shown, with
``QCoreApplication.translate(context, text)``."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text
