"""A clone with nothing beside it is the whole project: no test, script or module of it may read
a file outside its own tree (CI here lays a folder of shared material beside the clone; nobody
else has one), and every file the tests read must be in the repository."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.conftest import PROGRAMMES_DIR, ROOT, SEED_SOM, SEED_TIP

#: What reaching outside the tree looks like: ``../`` up from the project, a folder beside it
#: (``ROOT.parent``, ``parents[2]`` of a top-level file), or the shared folder by name.
OUTSIDE = re.compile(
    r"""\.\./(?!\.)|ROOT\.parent\b|["']shared["']\s*/|/\s*["']shared["']|\bshared/seeds\b"""
)
CHECKED = (".py", ".toml", ".ini", ".cfg", ".sh", ".md")


def _project_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    return [ROOT / name for name in listed if name.endswith(CHECKED) or name == ".ci/run"]


def outside_references(root: Path, paths: list[Path]) -> list[str]:
    """``path:line: text`` for each line that reaches outside (Python comments are words)."""
    found = []
    for path in paths:
        if not path.is_file():
            continue  # deleted in the work tree
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if OUTSIDE.search(line.split("#")[0] if path.suffix == ".py" else line):
                found.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    return found


def test_nothing_in_the_project_reads_outside_its_own_tree() -> None:
    files = _project_files()
    assert ROOT / ".ci" / "run" in files and ROOT / "tests" / "conftest.py" in files
    allowed = {
        # Alembic's script folder puts the project's root (three folders up) on sys.path.
        "facilitator/store/migrations/alembic.ini",
        # The README tells a newcomer not to keep files beside the clone.
        "README.md",
        # This test's own patterns and examples.
        "tests/test_self_contained.py",
        "tests/store/test_drafts.py",  # a hostile rapporteur name, "../../etc/passwd"
    }
    found = [hit for hit in outside_references(ROOT, files) if hit.split(":")[0] not in allowed]
    assert found == []


def test_the_check_sees_the_old_way_of_finding_the_seeds(tmp_path: Path) -> None:
    old = tmp_path / "conftest.py"
    beside = "sha" + "red"  # spelt apart, so that this file is not itself a reference
    old.write_text(
        f'SEEDS_DIR = ROOT.parent / "{beside}" / "seeds"\n'
        f"text = open('../{beside}/seeds/000.txt').read()\n"
        f"# ../{beside} in a comment is only words\n",
        encoding="utf-8",
    )
    hits = [hit.split(":", 2)[1] for hit in outside_references(tmp_path, [old])]
    assert hits == ["1", "2"]


def test_the_seed_programmes_as_circulated_are_in_the_repository() -> None:
    for seed in (SEED_TIP, SEED_SOM):
        assert seed.parent == PROGRAMMES_DIR and seed.is_file()
        assert seed.with_suffix(".toml").is_file()  # beside its TOML form
        assert "Constructive Dialogue" in seed.read_text(encoding="utf-8")
