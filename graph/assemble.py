"""The Neo4j jars: Java and Maven checks, and a checked, locked assembly per version.

Rules this module keeps:

- The jars are assembled once per version into `cache_dir()/neo4j-<version>/lib`
  by Maven; a marker file is written only after a complete, checked assembly, and
  an assembly without it is thrown away and redone, never used.
- Two processes assembling at once serialise on a lock file; the second finds
  the first one's marker and does nothing.
- Every failure is a one-line `ServerError` saying what to install or check.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import subprocess
import time
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Callable, Iterator

from ..errors import ServerError
from ..settings import BROWSER_VERSION, NEO4J_VERSION, cache_dir

Progress = Callable[[str], None] | None

SUPPORTED_JAVA = (17, 21)
MIN_MAVEN = (3, 6, 3)
INSTALL_HINT = ("install Java 17 and Maven (e.g. `apt-get install openjdk-17-jre-headless maven`), "
                "or run Neo4j with Docker instead (`docker compose up -d`)")

_MARKER = "assembled.json"
_VERSION_RE = re.compile(r"^\d+\.\d+\.\d+$")


def data_file(name: str) -> str:
    return resources.files("accusegraph.graph").joinpath("data", name).read_text("utf-8")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# ---------------------------------------------------------------- tools

def _java() -> str:
    """The java binary: $JAVA_HOME/bin/java when set, else the one on PATH."""
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").is_file():
        return str(Path(home) / "bin" / "java")
    found = shutil.which("java")
    if not found:
        raise ServerError(f"Java is not installed (no `java` on PATH): {INSTALL_HINT}")
    return found


def java_major(java: str) -> int:
    """The major version `java -version` reports (8 for 1.8, 17 for 17.0.15)."""
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ServerError(f"`{java} -version` failed ({exc}): {INSTALL_HINT}") from None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not m:
        raise ServerError(f"cannot tell the version of {java}: {INSTALL_HINT}")
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major


def check_java() -> str:
    """The java binary to use, after checking it is Java 17 or 21."""
    java = _java()
    major = java_major(java)
    if major not in SUPPORTED_JAVA:
        raise ServerError(f"Neo4j {NEO4J_VERSION[:4]} needs Java 17 or 21, but {java} is Java {major}: "
                          f"{INSTALL_HINT}; or point JAVA_HOME at a Java 17 or 21")
    return java


def check_maven() -> str:
    """The mvn binary to use, after checking it is Maven 3.6.3 or newer."""
    mvn = shutil.which("mvn")
    if not mvn:
        raise ServerError(f"Maven is not installed (no `mvn` on PATH), needed once to fetch the Neo4j jars: "
                          f"{INSTALL_HINT}")
    try:
        out = subprocess.run([mvn, "-v", "-B"], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ServerError(f"`mvn -v` failed ({exc}): {INSTALL_HINT}") from None
    m = re.search(r"Apache Maven (\d+)\.(\d+)\.(\d+)", out.stdout)
    if not m or tuple(int(g) for g in m.groups()) < MIN_MAVEN:
        found = ".".join(m.groups()) if m else "an unknown version"
        raise ServerError(f"Maven 3.6.3 or newer is needed, found {found}: {INSTALL_HINT}")
    return mvn


# ---------------------------------------------------------------- assembly

@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """An exclusive lock on `path` (created if needed) for the `with` body."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _assembled(target: Path, version: str) -> bool:
    marker, lib = target / _MARKER, target / "lib"
    try:
        meta = json.loads(marker.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return (meta.get("version") == version and meta.get("browser") == BROWSER_VERSION
            and lib.is_dir() and len(list(lib.glob("*.jar"))) == meta.get("jars"))


def ensure_assembled(version: str = NEO4J_VERSION, *, progress: Progress = None) -> Path:
    """The `lib/` folder of Neo4j Community `version` plus the Browser, assembled if needed.

    The first call runs Maven (a few hundred jars, about 140 MB); later calls only
    read the marker file.

    Raises:
        ServerError: Java or Maven missing or of the wrong version, or Maven failed.
    """
    if not _VERSION_RE.match(version):
        raise ServerError(f"not a Neo4j version: {version!r} (expected e.g. {NEO4J_VERSION})")
    target = cache_dir() / f"neo4j-{version}"
    lib = target / "lib"
    if _assembled(target, version):
        return lib
    with locked(target / ".lock"):
        if _assembled(target, version):  # another process finished it meanwhile
            return lib
        check_java()
        mvn = check_maven()
        (target / _MARKER).unlink(missing_ok=True)
        shutil.rmtree(lib, ignore_errors=True)
        pom = target / "pom.xml"
        pom.write_text(data_file("pom.xml").replace("@NEO4J_VERSION@", version)
                       .replace("@BROWSER_VERSION@", BROWSER_VERSION), "utf-8")
        if progress:
            progress(f"Fetching Neo4j {version} and Neo4j Browser {BROWSER_VERSION} jars with Maven "
                     f"(first time only) into {lib}")
        started = time.monotonic()
        log = target / "maven.log"
        with open(log, "w") as out:
            try:
                rc = subprocess.run(
                    [mvn, "-q", "-B", "-U", "-ntp", "-Dstyle.color=never", "-f", str(pom),
                     "dependency:copy-dependencies"],
                    cwd=target, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                    timeout=1800).returncode
            except subprocess.TimeoutExpired:
                raise ServerError(f"Maven took over 30 minutes fetching the Neo4j jars; see {log}") from None
        if rc != 0:
            raise ServerError(f"Maven could not fetch Neo4j {version}: {_maven_error(log)} "
                              f"(full output: {log}); check that Maven Central is reachable and has that version, "
                              f"or use `docker compose up -d`")
        jars = sorted(p.name for p in lib.glob("*.jar"))
        needed = [f"neo4j-{version}.jar", f"neo4j-server-{version}.jar",
                  f"neo4j-command-line-{version}.jar", f"neo4j-browser-{BROWSER_VERSION}.jar"]
        missing = [j for j in needed if j not in jars]
        if missing:
            raise ServerError(f"the Neo4j assembly in {lib} lacks {', '.join(missing)}; see {log}")
        meta = {"version": version, "browser": BROWSER_VERSION, "jars": len(jars),
                "seconds": round(time.monotonic() - started, 1), "assembled_at": now()}
        tmp = target / (_MARKER + ".tmp")
        tmp.write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
        os.replace(tmp, target / _MARKER)
        if progress:
            progress(f"Assembled {len(jars)} jars in {meta['seconds']} s")
        return lib


def _maven_error(log: Path) -> str:
    """Maven's first error line, shortened to what a user can act on."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", log.read_text("utf-8", "replace"))
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    errors = [ln.removeprefix("[ERROR]").strip() for ln in lines if ln.startswith("[ERROR]")]
    line = next((ln for ln in errors if ln), lines[-1] if lines else "no output")
    if "could not be resolved: " in line:
        return "not found: " + line.split("could not be resolved: ", 1)[1].split(": ")[0]
    return line[:300]
