"""The UN languages Facilitator speaks, by code, each named in its own language: one list for the
interface (:mod:`facilitator.ui.language`) and the record (:mod:`facilitator.formats.record.
catalogue`), which differ in how much of each they cover, not in which languages there are. Kept
apart and small: the interface reads it at start-up."""

from __future__ import annotations

LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "zh": "中文",
    "ru": "Русский",
}
