"""Facilitator: run a live UN meeting and produce its record.

The package is layered (imports point downward only): ``ui`` → ``formats``/``store`` → ``core``.
``core`` is pure Python so that the meeting's logic can be tested, and reasoned about, without Qt
or a database.
"""

__version__ = "0.1.0"
