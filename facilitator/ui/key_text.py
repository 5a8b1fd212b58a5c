"""How a menu's action and its keys are written on the keyboard-shortcuts sheet: shared by the Help
menu (:mod:`facilitator.ui.help`), the sheet itself (:mod:`facilitator.ui.help_dialogs`) and the
console's table of actions, so none of them imports another to get it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

Shortcut = tuple[str, str, str]  # where (the menu), what (the action), keys
#: Left-to-right isolate … pop directional isolate: Latin key names inside right-to-left text.
_LTR = "\u2066{0}\u2069"


def plain_text(text: str) -> str:
    """A menu text without its mnemonic ampersand and its trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def keys_text(sequences: Sequence[QKeySequence | str]) -> str:
    """Keys as the platform writes them ("Ctrl+Shift+S", "PgDown"), separated by commas. In a
    right-to-left interface (Arabic) they are isolated left to right, else the bidirectional
    algorithm reorders them ("Ctrl++, Shift+E" would read "++Shift+E, Ctrl")."""
    text = ", ".join(
        QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in sequences
    )
    if text and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return _LTR.format(text)
    return text
