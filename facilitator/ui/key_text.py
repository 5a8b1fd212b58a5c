"""How a menu's action and its keys are written on the keyboard-shortcuts sheet: shared by the Help
menu (:mod:`facilitator.ui.help`), the sheet itself (:mod:`facilitator.ui.help_dialogs`) and the
console's table of actions, so none of them imports another to get it."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

Shortcut = tuple[str, str, str]  # where (the menu), what (the action), keys


def plain_text(text: str) -> str:
    """A menu text without its mnemonic ampersand and its trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def keys_text(sequences: list[QKeySequence]) -> str:
    """Keys as the platform writes them, separated by commas."""
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)
