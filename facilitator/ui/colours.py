"""The app's colours: one set of roles for a light system palette and one for a dark one.

Windows 11 and macOS hand Qt a dark palette when the user chose a dark theme. Colours written for
a light window (dark green on light grey, a pale blue row behind the speaker with the floor) are
then nearly invisible on a dark one. So no widget names a colour: each asks :func:`colours` for
the role it paints (a muted text, the day bar's panel, the floor's row), and gets the light or the
dark value by the palette's window colour. Every text role reaches a contrast of at least 4.5:1
against the background it is drawn on, and the big clocks at least 3:1 (WCAG 2.1, 1.4.3; the test
in ``tests/ui/test_contrast.py`` measures the painted pixels).

The room display is white on black in both: it is a projector's picture, not a desktop window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from facilitator.core.agenda.timing import Phase

PhaseColours = dict[Phase | None, QColor]


@dataclass(frozen=True)
class Colours:
    dark: bool
    panel: QColor  # the day bar's background
    panel_text: QColor  # text on it
    muted: QColor  # secondary text on the window: the item's title, notes, figures
    behind: QColor  # the offset when late
    ahead: QColor  # the offset when early
    on_time: QColor  # the offset within a minute
    notice: QColor  # a notice that wants attention (unanswered questions, a database notice)
    error_background: QColor
    error_text: QColor
    error_border: QColor
    done: QColor  # "written" after an export
    floor_row: QColor  # the row of the speaker with the floor, or the segment running
    selection: QColor  # the selected row of a list, under white text (the system's blue
    #                    is often under 4.5:1 against white)
    finished: QColor  # the text of rows that are done (spoke, withdrawn, finished segments)
    clock: PhaseColours  # the big clock's digits on the window's background, by phase
    badge: PhaseColours  # the phase badge's background, under white text


LIGHT_COLOURS = Colours(
    dark=False,
    panel=QColor("#f3f4f6"),
    panel_text=QColor("#111827"),
    muted=QColor("#4b5563"),
    behind=QColor("#b91c1c"),
    ahead=QColor("#1d4ed8"),
    on_time=QColor("#15803d"),
    notice=QColor("#92400e"),
    error_background=QColor("#fef2f2"),
    error_text=QColor("#991b1b"),
    error_border=QColor("#fecaca"),
    done=QColor("#14532d"),
    floor_row=QColor("#dbeafe"),
    selection=QColor("#1d4ed8"),
    finished=QColor("#4b5563"),
    clock={
        None: QColor("#6b7280"),
        Phase.NORMAL: QColor("#14532d"),
        Phase.WARNING: QColor("#92400e"),
        Phase.DANGER: QColor("#b91c1c"),
        Phase.OVERTIME: QColor("#7f1d1d"),
    },
    badge={
        None: QColor("#6b7280"),
        Phase.NORMAL: QColor("#15803d"),
        Phase.WARNING: QColor("#b45309"),
        Phase.DANGER: QColor("#dc2626"),
        Phase.OVERTIME: QColor("#7f1d1d"),
    },
)

DARK_COLOURS = Colours(
    dark=True,
    panel=QColor("#1f2937"),
    panel_text=QColor("#f9fafb"),
    muted=QColor("#d1d5db"),
    behind=QColor("#fca5a5"),
    ahead=QColor("#93c5fd"),
    on_time=QColor("#86efac"),
    notice=QColor("#fcd34d"),
    error_background=QColor("#450a0a"),
    error_text=QColor("#fecaca"),
    error_border=QColor("#7f1d1d"),
    done=QColor("#86efac"),
    floor_row=QColor("#1e3a8a"),
    selection=QColor("#2563eb"),
    finished=QColor("#a1a1aa"),
    clock={
        None: QColor("#a1a1aa"),
        Phase.NORMAL: QColor("#86efac"),
        Phase.WARNING: QColor("#fcd34d"),
        Phase.DANGER: QColor("#fca5a5"),
        Phase.OVERTIME: QColor("#f87171"),
    },
    badge=LIGHT_COLOURS.badge,  # white text on these reads on either window
)

#: The room display: white on black whatever the desktop's theme.
ROOM_CLOCK: PhaseColours = {
    None: QColor("#9ca3af"),
    Phase.NORMAL: QColor("#ffffff"),
    Phase.WARNING: QColor("#fbbf24"),
    Phase.DANGER: QColor("#f87171"),
    Phase.OVERTIME: QColor("#ef4444"),
}


def dark_palette() -> QPalette:
    """A dark system palette, as Windows 11 or macOS hands one to Qt (for the contrast test and
    the README's dark screenshot)."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202020"),
        (QPalette.ColorRole.WindowText, "#f3f3f3"),
        (QPalette.ColorRole.Base, "#1c1c1c"),
        (QPalette.ColorRole.AlternateBase, "#2b2b2b"),
        (QPalette.ColorRole.Text, "#f3f3f3"),
        (QPalette.ColorRole.Button, "#2d2d2d"),
        (QPalette.ColorRole.ButtonText, "#f3f3f3"),
        (QPalette.ColorRole.Highlight, "#0078d4"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.ToolTipBase, "#2b2b2b"),
        (QPalette.ColorRole.ToolTipText, "#f3f3f3"),
        (QPalette.ColorRole.PlaceholderText, "#a0a0a0"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def with_selection(palette: QPalette, roles: Colours) -> QPalette:
    """``palette`` with the roles' selection colours, for a list or a table."""
    palette = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, roles.selection)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(palette: QPalette | None = None) -> Colours:
    """The roles for ``palette`` (by default the application's)."""
    return DARK_COLOURS if is_dark(palette or QGuiApplication.palette()) else LIGHT_COLOURS


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dim = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dim + 0.05)
