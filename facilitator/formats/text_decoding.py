"""Text from the bytes of a file someone saved: a programme, a registration list.

One guess for every reader, so that a file opens the same way whatever it holds: a byte order mark
says the encoding (UTF-8, UTF-16, UTF-32); UTF-16 without one shows as NUL bytes in every other
position; then UTF-8, then Windows-1252 (what Word and Excel on Windows save), then Latin-1.
"""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes) -> str | None:
    """The text of ``data`` in the encoding it was most likely saved in, or None when a byte
    order mark or the NUL pattern of UTF-16 promises an encoding the bytes do not follow."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    sample = data[:4096]
    if len(sample) >= 4:
        even, odd = sample[0::2], sample[1::2]
        encoding = ""
        if odd.count(0) > 0.7 * len(odd) and even.count(0) < 0.1 * len(even):
            encoding = "utf-16-le"
        elif even.count(0) > 0.7 * len(even) and odd.count(0) < 0.1 * len(odd):
            encoding = "utf-16-be"
        if encoding:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")
