"""The programs a Secretariat opens the record with, run by the tests: poppler's pdftotext and
pdfinfo, qpdf, LibreOffice (soffice) and headless Chromium.

Where one is missing the tests that need it skip on a developer's machine but **fail under CI**
(``CI`` set): ``.ci/run`` installs them (Debian's poppler-utils, qpdf, libreoffice-writer-nogui,
chromium), so a CI run without them has lost what they check.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

#: Debian's package of each program.
PACKAGES = {
    "pdftotext": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdffonts": "poppler-utils",
    "qpdf": "qpdf",
    "soffice": "libreoffice-writer-nogui",
    "chromium": "chromium",
}


def program(name: str) -> str:
    """The path of ``name``; skips the test (fails it under CI) when it is not installed."""
    found = shutil.which(name)
    if found is None:
        reason = f"{name} is not installed (Debian: {PACKAGES.get(name, name)})"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run this test (.ci/run installs it)")
        pytest.skip(reason)
    return found


def run(*args: str | Path, timeout: float = 120) -> str:
    """Run a program; its standard output (UTF-8). Fails the test, with what it said, if the
    program fails."""
    done = subprocess.run([str(a) for a in args], capture_output=True, timeout=timeout, check=False)
    assert done.returncode == 0, (args, done.stderr.decode("utf-8", "replace")[-2000:])
    return done.stdout.decode("utf-8")


def pdftotext(path: Path, *options: str) -> str:
    """The PDF's text as poppler's ``pdftotext`` extracts it, with no normalisation."""
    return run(program("pdftotext"), *options, path, "-")


def page_count(path: Path) -> int:
    for line in run(program("pdfinfo"), path).splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError(f"pdfinfo says no page count for {path}")


def pdf_info(path: Path) -> dict[str, str]:
    """``pdfinfo``'s fields ("Title", "Author", "Tagged", "Page size"…)."""
    fields: dict[str, str] = {}
    for line in run(program("pdfinfo"), path).splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields


def soffice_to_pdf(document: Path, folder: Path) -> Path:
    """``document`` converted to PDF by LibreOffice, headless, with a profile of its own."""
    soffice = program("soffice")
    with tempfile.TemporaryDirectory() as profile:
        run(
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            folder,
            document,
            timeout=240,
        )
    converted = folder / (document.stem + ".pdf")
    assert converted.is_file(), f"LibreOffice wrote no {converted.name}"
    return converted


def chromium_print(page: Path, target: Path) -> Path:
    """``page`` (an HTML file) printed to PDF by headless Chromium, with the page's own size (its
    ``@page`` rule) and no header or footer of Chromium's."""
    chromium = program("chromium")
    with tempfile.TemporaryDirectory() as profile:
        run(
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={target}",
            page.as_uri(),
            timeout=240,
        )
    assert target.is_file(), "Chromium wrote no PDF"
    return target
