"""Dates and times as programmes write them: "Wednesday, 10 July 2024", "10 AM – 1 PM; 3 PM – 6 PM",
"10:00 - 10:15", "10.15", "3-6 p.m.".

Small pure functions, used by the text importer for the header and for per-segment times.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from facilitator.formats.programme.words import words

#: Month names of every language file ("july", "juillet", "julio", "июля", "يوليه"…) → 1-12.
MONTHS = words().months
_MONTH_NAMES = "|".join(
    re.escape(m) for m in sorted(MONTHS, key=len, reverse=True) if "月" not in m
)
_MONTH = rf"(?P<month>(?:{_MONTH_NAMES}))\.?(?:\s*/\s*(?:{_MONTH_NAMES}))?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|re|º|°|o)?"
_DATE_PATTERNS = [
    # 10 July 2024 · 10 juillet 2024 · 10 de julio de 2024 · 10 июля 2024 года · 10 تموز/يوليه 2024
    re.compile(
        r"(?<!\d)" + _DAY + r"\.?\s+(?:de\s+)?" + _MONTH + r"(?:,?\s+de\s+|,?\s+)(?P<year>\d{4})\b",
        re.I,
    ),
    # July 10, 2024
    re.compile(r"(?<![^\W\d_])" + _MONTH + r"\s+" + _DAY + r",?\s+(?P<year>\d{4})\b", re.I),
    # 2024年7月10日
    re.compile(r"(?P<year>\d{4})\s*年\s*(?P<mnum>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<day>\d{1,2})[./](?P<mnum>\d{1,2})[./](?P<year>\d{4})\b"),
]
#: "8–9 July 2024", "8 and 9 July", "8 au 9 juillet 2024": the first day of a span of days.
_DAY_SPAN = re.compile(
    r"(?<!\d)(?P<first>\d{1,2})(?:st|nd|rd|th|er)?\s*(?:-|–|—|and|&|to|au|et|al|y|a)\s*"
    r"(?=\d{1,2}(?:st|nd|rd|th)?\s+(?:de\s+)?(?:" + _MONTH_NAMES + r"))",
    re.I,
)
#: Arabic-Indic and Persian digits as ASCII, for dates and times written with them.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def find_dates(text: str) -> list[tuple[int, dt.date]]:
    """Every calendar date written in ``text``, with its offset, in order of appearance. In a
    span of days ("8–9 July 2024") the first day comes first."""
    text = text.translate(_DIGITS)
    found: list[tuple[int, dt.date]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            groups = match.groupdict()
            month = (
                MONTHS[groups["month"].casefold()] if groups.get("month") else int(groups["mnum"])
            )
            try:
                date = dt.date(int(groups["year"]), month, int(groups["day"]))
            except ValueError:
                continue
            taken.append((match.start(), match.end()))
            span = _DAY_SPAN.search(text, max(0, match.start() - 12), match.end())
            if span and span.end() == match.start():
                with contextlib.suppress(ValueError):
                    found.append((span.start(), date.replace(day=int(span.group("first")))))
            found.append((match.start(), date))
    return sorted(found, key=lambda pair: pair[0])


def parse_date(text: str) -> dt.date | None:
    """The first calendar date written in ``text``, or None."""
    dates = find_dates(text)
    return dates[0][1] if dates else None


def weekday_or_date_only(text: str) -> bool:
    """Whether ``text`` is nothing but a date (with its weekday): "Wednesday, 10 July 2024"."""
    rest = text.translate(_DIGITS)
    for pattern in _DATE_PATTERNS:
        rest = pattern.sub(" ", rest)
    leftover = [w for w in re.findall(r"[^\W\d_]+", rest) if w.casefold() not in words().weekdays]
    return rest != text.translate(_DIGITS) and not leftover


_MERIDIEM = r"(?P<m{n}>a\.?\s?m\.?|p\.?\s?m\.?|noon)"
_HOUR_WORDS = "|".join(re.escape(w) for w in words().hour_words)
_TIME = (
    r"(?P<h{n}>\d{{1,2}})(?:\s?[:.h]\s?(?P<min{n}>[0-5]\d))?\s*(?:"
    + _MERIDIEM
    + r"|(?P<w{n}>(?:"
    + _HOUR_WORDS
    + r")(?![^\W_])))?"
)
_RANGE_SEP = (
    r"\s*(?:-|–|—|−|(?:" + "|".join(re.escape(w) for w in words().range_words) + r")(?![^\W_]))\s*"
)
TIME_RANGE = re.compile(
    r"(?<![\d:.])"
    + _TIME.format(n=1)
    + _RANGE_SEP
    + _TIME.format(n=2)
    + r"(?!\d|:\d)(?!\s*(?:%|per|minutes|min\b))",
    re.I,
)
SINGLE_TIME = re.compile(r"(?<![\d:.])" + _TIME.format(n=1) + r"(?![\d])", re.I)


def _meridiem(value: str | None) -> str | None:
    if not value:
        return None
    value = value.lower().replace(".", "").replace(" ", "")
    return "pm" if value in ("pm", "noon") else "am"


def _to_minutes(hour: int, minute: int, meridiem: str | None) -> int | None:
    if minute > 59:
        return None
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return None
    return hour * 60 + minute


def _explicit(match: re.Match[str], n: int) -> bool:
    """Whether a time is unmistakably a time (has minutes or a.m./p.m.), not just a number."""
    return bool(match.group(f"min{n}") or match.group(f"m{n}") or match.group(f"w{n}"))


def range_from_match(match: re.Match[str]) -> tuple[int, int] | None:
    """Start and end in minutes since midnight for a :data:`TIME_RANGE` match, or None when the
    match cannot be a time range ("3-6" is, "2023-2024" is not)."""
    h1, h2 = int(match.group("h1")), int(match.group("h2"))
    m1, m2 = int(match.group("min1") or 0), int(match.group("min2") or 0)
    mer1, mer2 = _meridiem(match.group("m1")), _meridiem(match.group("m2"))
    if h1 > 23 or h2 > 23:
        return None
    if mer1 is None and mer2 is not None:
        # "3-6 p.m." → both p.m.; "10-1 p.m." → 10 a.m. to 1 p.m.
        mer1 = mer2
        start, end = _to_minutes(h1, m1, mer1), _to_minutes(h2, m2, mer2)
        if start is not None and end is not None and start >= end:
            mer1 = "am"
    if mer1 is None and mer2 is None:
        # Bare hours: meetings do not start at 3 in the morning.
        if h1 < 8 and h2 < 8 and not (m1 or m2):
            mer1 = mer2 = "pm"
        elif h1 < 8:
            mer1 = "pm"
        if h2 < 8 or (h2 < h1 and h2 < 12):
            mer2 = "pm"
    start, end = _to_minutes(h1, m1, mer1), _to_minutes(h2, m2, mer2)
    if start is None or end is None or end <= start:
        return None
    return start, end


def find_ranges(text: str) -> list[tuple[int, int]]:
    """Every time range written in ``text`` ("10 AM – 1 PM; 3 PM – 6 PM" → two ranges)."""
    found = []
    for match in TIME_RANGE.finditer(text):
        if not (_explicit(match, 1) or _explicit(match, 2)):
            continue
        span = range_from_match(match)
        if span:
            found.append(span)
    return found


_LEADING_TIME = re.compile(
    r"^\s*(?:"
    + TIME_RANGE.pattern
    + r"|(?P<single>"
    + _TIME.format(n=3)
    + r"))(?:\s*(?:hrs?|h)\b\.?)?"
    # A time zone written after the time ("10:00 – 10:10 CEST", "(Vienna time)").
    + r"(?:\s*\(?(?:CEST|CET|UTC|GMT|EST|EDT|EAT|ICT|local\s+time|Vienna\s+time|"
    + r"heure\s+de\s+Vienne|hora\s+de\s+Viena)\)?(?![^\W_]))?"
    + r"\.?\s*(?:[|:;,\-–—]\s*)?(?=\S|$)",
    re.I,
)


def leading_time(text: str) -> tuple[int | None, int | None, str]:
    """A time or time range at the start of a line, and the rest of the line.

    "10:00 - 10:15 Opening" → (600, 615, "Opening"); "10.15 Briefing" → (615, None, "Briefing").
    A bare number ("1. Opening", "2024 …") is not a time: it needs minutes or a.m./p.m.
    """
    match = _LEADING_TIME.match(text)
    if not match:
        return None, None, text
    rest = text[match.end() :].strip()
    if match.group("single") is not None:
        if not _explicit(match, 3):
            return None, None, text
        minutes = _to_minutes(
            int(match.group("h3")), int(match.group("min3") or 0), _meridiem(match.group("m3"))
        )
        if minutes is None:
            return None, None, text
        if minutes < 7 * 60 and not match.group("m3"):
            minutes += 12 * 60
        return minutes, None, rest
    if not (_explicit(match, 1) or _explicit(match, 2)):
        return None, None, text
    span = range_from_match(match)
    if span is None:
        return None, None, text
    return span[0], span[1], rest


_TRAILING_TIME = re.compile(r"\s*[(\[]\s*(?P<range>[^()\[\]]{3,40})\s*[)\]]\s*$")


def trailing_time(text: str) -> tuple[int | None, int | None, str]:
    """A time range in brackets at the end of a line: "Opening (10:00 – 10:15)"."""
    match = _TRAILING_TIME.search(text)
    if not match:
        return None, None, text
    ranges = find_ranges(match.group("range"))
    if len(ranges) != 1:
        return None, None, text
    return ranges[0][0], ranges[0][1], text[: match.start()].rstrip()
