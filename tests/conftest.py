"""Shared fixtures: a throw-away PostgreSQL cluster, and folders of good and bad batch inputs.

The PostgreSQL fixture never skips: ``make test`` runs ``scripts/ensure-postgres.sh`` first, which
installs Debian's server package when it is missing. The cluster lives in a fresh folder under
/tmp, listens only on a unix socket there (no port to clash with anything), runs as the
``postgres`` user when the tests run as root (PostgreSQL refuses root), and is removed at the end.
"""

from __future__ import annotations

import glob
import gzip
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from newsfacts._batch.tables import TABLE_NAMES

# Property tests check what is found, not how fast: Hypothesis's per-example deadline (200 ms)
# fails them when a shared machine is busy. Speed lives in bench/.
settings.register_profile("newsfacts", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("newsfacts")

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("NEWSFACTS_DATA") or ROOT.parent / "shared" / "data")


def shared_data(name: str) -> Path:
    """A folder or file of ``../shared/data``; skips the test when it is absent.

    A user's fresh clone has no ``../shared``. CI has it and sets ``NEWSFACTS_REQUIRE_DATA=1``,
    which turns the skip into a failure so a corpus test can never pass by not running.
    """
    path = SHARED_DATA / name
    if not path.exists():
        message = f"shared data not found: {path} (set NEWSFACTS_DATA to the data folder)"
        if os.environ.get("NEWSFACTS_REQUIRE_DATA") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


def _postgres_bindir() -> str | None:
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return os.path.dirname(os.path.realpath(found))
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                        key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0)
    return candidates[-1] if candidates else None


def _cluster_owner() -> str:
    """PostgreSQL refuses to run as root: Debian's ``postgres`` user, else ``nobody``."""
    try:
        return pwd.getpwnam("postgres").pw_name
    except KeyError:
        return "nobody"


def _as_cluster_owner(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", _cluster_owner(), "--", *command]


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A ``postgresql://`` URL of an empty database in a cluster started for this test session."""
    bindir = _postgres_bindir()
    if bindir is None:
        pytest.fail("PostgreSQL server programs not found: run scripts/ensure-postgres.sh "
                    "(make test does)")
    folder = tempfile.mkdtemp(prefix="nf-pg-", dir="/tmp")
    if os.geteuid() == 0:
        owner = pwd.getpwnam(_cluster_owner())
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    data, log = os.path.join(folder, "data"), os.path.join(folder, "server.log")

    def run(command: list[str]) -> None:
        subprocess.run(_as_cluster_owner(command), check=True, capture_output=True, text=True,
                       timeout=120)

    try:
        run([f"{bindir}/initdb", "-D", data, "-U", "postgres", "-A", "trust", "--no-sync",
             "-E", "UTF8"])
        options = f"-k {folder} -c listen_addresses='' -c fsync=off"
        run([f"{bindir}/pg_ctl", "-D", data, "-l", log, "-w", "-o", options, "start"])
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"could not start PostgreSQL: {exc.stderr}")
    try:
        yield f"postgresql:///postgres?host={folder}&user=postgres"
    finally:
        subprocess.run(_as_cluster_owner([f"{bindir}/pg_ctl", "-D", data, "-m", "immediate",
                                          "-w", "stop"]), capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def fresh_postgres(postgres_url: str) -> str:
    """The session's database with the newsfacts tables dropped, so each test starts empty."""
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as connection:
        for table in TABLE_NAMES:
            connection.execute(f"DROP TABLE IF EXISTS {table}")
    return postgres_url


# Bad inputs a crawl folder really contains, each with the error type its row must carry.
BAD_INPUTS: tuple[tuple[str, bytes, str], ...] = (
    ("empty.html", b"", "EmptyInputError"),
    ("blank.txt", b" \n\t\n", "EmptyInputError"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
     "BinaryInputError"),
    ("truncated.html.gz", gzip.compress(b"<html><body><p>cut short</p>" * 50)[:60],
     "DecodeError"),
)
BOMB_NAME = "bomb.html.gz"


def write_gzip_bomb(path: Path, inflated_bytes: int) -> None:
    """A small gzip file that inflates to ``inflated_bytes`` (written in chunks: no big buffer)."""
    chunk = b"<p>" + b"a" * (1 << 20)
    with gzip.open(path, "wb", compresslevel=9) as out:
        for _ in range(inflated_bytes // len(chunk) + 1):
            out.write(chunk)


@pytest.fixture
def bad_folder(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A folder of bad inputs and the error type each must produce, keyed by file name."""
    folder = tmp_path / "bad"
    folder.mkdir()
    expected = {}
    for name, content, error_type in BAD_INPUTS:
        (folder / name).write_bytes(content)
        expected[name] = error_type
    write_gzip_bomb(folder / BOMB_NAME, 64 << 20)
    expected[BOMB_NAME] = "InputTooLargeError"
    return folder, expected
