"""The interface's language: which one, its translations, its locale and its direction.

The interface is written in English, its source language; every visible string goes through Qt's
translation system (``self.tr()``, ``QCoreApplication.translate()``, ``QT_TRANSLATE_NOOP`` for
tables). The translations are Qt Linguist sources, ``resources/translations/facilitator_XX.ts``
(``facilitator.assets/translations`` once installed), extracted from the code with
``pyside6-lupdate`` (``resources/translations/update.sh``; the README's "Languages"). Every string
is translated in each language offered, French, Spanish, Arabic, Chinese and Russian
(:data:`COMPLETE`); the translations made outside Qt Linguist are kept as data beside the ``.ts``
files (``interface_ar_zh_ru.json``, ``live_meeting_ar_zh_ru.json``), which
``apply_translations.py`` puts in again after a merge.

A ``.ts`` is compiled to the ``.qm`` that a :class:`QTranslator` loads with PySide6's own
``lrelease`` the first time it is needed, into the user cache, under a name that carries a digest
of the ``.ts``: a ``.qm`` is never stale (an edited ``.ts`` has another name), a checkout and an
installed wheel work alike, and nothing is compiled while the interface is in English.

The language is, in order: ``FACILITATOR_LANGUAGE`` in the environment (tests and scripts), the
one chosen in View → Language (kept in the settings), else the system's (its UI languages, as Qt
reads them: ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else English. Qt's own
translations (``qtbase_XX.qm``, shipped with PySide6: the standard buttons and dialogs) are
installed beside the app's, the default :class:`QLocale` (dates, times and numbers in the
interface) is the language's, and Arabic lays the windows out right to left.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from facilitator import paths
from facilitator.languages import LANGUAGES as ALL_LANGUAGES

#: The languages the interface offers (facilitator/languages.py), all complete: every string of
#: the interface is translated in each of the five besides English (tests/ui/test_languages.py).
#: A language added with only part of its strings would be PARTIAL until it is complete (the rest
#: then shows in English).
LANGUAGES = ALL_LANGUAGES
COMPLETE: tuple[str, ...] = ("fr", "es", "ar", "zh", "ru")
PARTIAL: tuple[str, ...] = ()
SOURCE = "en"

#: The QSettings key of the language chosen in the View menu ("" or absent: the system's).
SETTING = "interface/language"
ENVIRONMENT = "FACILITATOR_LANGUAGE"

#: Each language's locale for dates, times and numbers (Chinese: simplified, as the UN writes it).
_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "ar": "ar", "zh": "zh_CN", "ru": "ru_RU"}

#: How a ``.ts`` is compiled (part of the ``.qm``'s digest, so a change recompiles): only what a
#: translator finished, never lupdate's guesses from the same text in another context, which a
#: string not yet translated holds as an unfinished suggestion (a window would show half-guessed).
LRELEASE_OPTIONS = ("-silent", "-nounfinished")

_installed: list[QTranslator] = []
_current: list[str] = []


def translations_dir() -> Path:
    """The ``.ts`` sources: ``resources/translations`` of the checkout this code runs from (where
    several work trees share one environment, each its own), else ``facilitator.assets``'s."""
    checkout = Path(__file__).resolve().parents[2] / "resources" / "translations"
    if (checkout / "facilitator_en.ts").is_file():
        return checkout
    return paths.resources_dir() / "translations"


def source_file(code: str) -> Path:
    return translations_dir() / f"facilitator_{code}.ts"


def locale_for(code: str) -> QLocale:
    return QLocale(_LOCALES.get(code, code))


def language_of(name: str) -> str | None:
    """The code of an offered language for a locale name ("fr_CH", "es-419", "zh-Hans-CN"),
    or None."""
    code = name.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The first of the system's UI languages that the interface offers; else English."""
    for name in QLocale.system().uiLanguages():
        code = language_of(name)
        if code is not None:
            return code
    return SOURCE


def chosen_language() -> str:
    """The language chosen in View → Language; "" to follow the system."""
    from facilitator.ui.settings import app_settings

    value = app_settings().value(SETTING)
    return value if isinstance(value, str) and value in LANGUAGES else ""


def choose_language(code: str) -> None:
    """Keep ``code`` ("" for the system's) as the interface's language from the next start."""
    from facilitator.ui.settings import app_settings

    settings = app_settings()
    settings.setValue(SETTING, code)
    settings.sync()


def wanted_language() -> str:
    """The language the interface starts in (see the module docstring)."""
    forced = language_of(os.environ.get(ENVIRONMENT, ""))
    return forced or chosen_language() or system_language()


def installed() -> bool:
    """Whether :func:`install` has installed a translation."""
    return bool(_installed)


def current_language() -> str:
    """The language installed now (English until :func:`install` has run)."""
    return _current[-1] if _current else SOURCE


def compiled(code: str) -> Path | None:
    """The ``.qm`` of ``code``, compiled from its ``.ts`` if it is not yet (see the module
    docstring); None where there is no ``.ts`` or it cannot be compiled (the interface then
    stays in English, and says why on stderr)."""
    import hashlib

    source = source_file(code)
    try:
        data = source.read_bytes()
    except OSError:
        return None
    digest = hashlib.sha256(data + " ".join(LRELEASE_OPTIONS).encode()).hexdigest()[:16]
    folder = paths.cache_dir() / "translations"
    target = folder / f"facilitator_{code}-{digest}.qm"
    if target.is_file():
        return target
    try:
        folder.mkdir(parents=True, exist_ok=True)
        compile_ts(source, target)
    except (OSError, RuntimeError) as exc:
        print(f"facilitator: the {code} translation cannot be compiled: {exc}", file=sys.stderr)
        return None
    for old in folder.glob(f"facilitator_{code}-*.qm"):  # earlier versions of this language
        if old != target:
            old.unlink(missing_ok=True)
    return target


def lrelease() -> list[str]:
    """The command of PySide6's ``lrelease`` (the binary inside the PySide6 package; the
    ``pyside6-lrelease`` wrapper runs the same)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return [str(folder / name)]
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


def compile_ts(source: Path, target: Path) -> None:
    """``lrelease`` ``source`` into ``target`` (atomically: a half-written ``.qm`` is never
    loaded)."""
    import subprocess

    partial = target.with_name(target.name + f".{os.getpid()}.part")
    done = subprocess.run(
        [*lrelease(), *LRELEASE_OPTIONS, str(source), "-qm", str(partial)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not partial.is_file():
        partial.unlink(missing_ok=True)
        raise RuntimeError((done.stderr or done.stdout).strip() or f"lrelease {done.returncode}")
    partial.replace(target)


def install(app: QCoreApplication, code: str | None = None) -> str:
    """Put the interface in ``code`` (by default :func:`wanted_language`): the app's
    translation and Qt's own, the default locale and the layout direction. Returns the code."""
    code = code if code in LANGUAGES else wanted_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = locale_for(code)
    qm = compiled(code)  # English too: its plural forms ("1 warning", "2 warnings")
    ours = QTranslator(app)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    if code != SOURCE:
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", folder):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(locale)
    from PySide6.QtGui import QGuiApplication

    if isinstance(app, QGuiApplication):
        right_to_left = locale.textDirection() == Qt.LayoutDirection.RightToLeft
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
    _current.append(code)
    return code
