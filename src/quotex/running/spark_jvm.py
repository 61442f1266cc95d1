"""The local driver JVM's class-data-sharing archive: Spark's classes loaded once, then mapped.

A local Spark session starts a JVM that loads and verifies some 12,000 classes from Spark's jars
before the first query answers: about two thirds of the JVM's CPU time at start-up (measured in
docs/cluster.md). Java (13 and later) can write the classes a run loaded to an archive as it
exits (`-XX:ArchiveClassesAtExit`) and map them from it in later runs (`-XX:SharedArchiveFile`),
parsed and verified already. The first local session on a machine writes the archive into the
user's cache folder as its JVM exits (some seconds of CPU after the command's own work; the
archive is about 150 MB); every later one starts from it. The archive is named after the Java
and the Spark it was made with, and the JVM checks it too (its own build, Spark's jars): one it
cannot use is left aside and the JVM loads the classes as usual. Each new environment (another
virtual environment, another Spark or Java) makes an archive of its own, so the folder keeps only
the few used last (`KEPT_ARCHIVES`): a session that maps one marks it used, and writing a new one
removes the oldest.

`QUOTEX_SPARK_CDS=0` turns it off; so does a `spark.driver.extraJavaOptions` of one's own. No
archive is written while a folder with files in it is on the driver's class path (Spark's conf
folder with a spark-defaults.conf, HADOOP_CONF_DIR, …): Java refuses to start a JVM that is to
write one then.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

SWITCH_ENV = "QUOTEX_SPARK_CDS"  # "0": no archive
# The archive's own messages (classes it cannot hold, an archive made for other jars) would go
# to standard output, where `quotex spark` may write its records.
QUIET = "-Xlog:cds*=off -Xlog:class+path*=off"
DUMP_TIMEOUT = 600  # seconds a JVM may take to write the archive as it exits
# Archives kept in the cache folder: enough for a user who switches between a few environments
# without rewriting one at each switch, few enough that stale ones (a removed virtual
# environment, an upgraded Spark) do not pile up at 150 MB each.
KEPT_ARCHIVES = 3


def java_options(conf: Mapping[str, str] | None = None) -> str:
    """The options that give a driver JVM started by this process (with the settings `conf`) the
    archive: map it when it is there, else write it as the JVM exits (and keep it once the JVM
    has exited cleanly). Empty when switched off, when there is nowhere to keep it, or when the
    JVM could not write it (`_class_path_folders`)."""
    archive = archive_path()
    if archive is None:
        return ""
    if archive.is_file():
        with contextlib.suppress(OSError):
            os.utime(archive)  # used now: the last to be pruned (`prune_archives`)
        return f"-XX:SharedArchiveFile={archive} {QUIET}"
    if any(_has_files(folder) for folder in _class_path_folders(conf or {})):
        return ""
    try:
        archive.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return ""
    _forget_abandoned(archive)
    part = archive.with_name(f"{archive.name}.{os.getpid()}.part")
    atexit.register(keep_when_written, part, archive)
    return f"-XX:ArchiveClassesAtExit={part} {QUIET}"


def archive_path() -> Path | None:
    """Where the archive for this Java and this Spark is kept, or None (switched off, or a path
    with spaces, which the JVM's option string cannot carry)."""
    if os.environ.get(SWITCH_ENV, "1") == "0":
        return None
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "quotex"
    key = hashlib.sha256("\0".join(_versions()).encode()).hexdigest()[:16]
    archive = cache / f"spark-driver-{key}.jsa"
    return None if any(character.isspace() for character in str(archive)) else archive


def _versions() -> list[str]:
    """What an archive is made for: the Java that pyspark starts (its file, as installed) and the
    Spark (pyspark's version and the folder of its jars)."""
    import pyspark
    from pyspark.find_spark_home import _find_spark_home

    java_home = os.environ.get("JAVA_HOME")
    java = shutil.which("java", path=str(Path(java_home) / "bin") if java_home else None) or "java"
    java = os.path.realpath(java)
    with contextlib.suppress(OSError):
        stat = os.stat(java)
        java += f" {stat.st_size} {stat.st_mtime_ns}"
    return [java, pyspark.__version__, os.path.realpath(_find_spark_home())]


def _class_path_folders(conf: Mapping[str, str]) -> list[str]:
    """What may be a folder on the driver's class path, as Spark's launcher builds it: its conf
    folder, the Hadoop and YARN conf folders, and the extra class path it is given."""
    from pyspark.find_spark_home import _find_spark_home

    entries = [os.environ.get("SPARK_CONF_DIR") or os.path.join(_find_spark_home(), "conf")]
    entries += [os.environ.get(name, "") for name in ("HADOOP_CONF_DIR", "YARN_CONF_DIR")]
    for extra in (os.environ.get("SPARK_DIST_CLASSPATH", ""), conf.get("spark.driver.extraClassPath", "")):
        entries += extra.split(os.pathsep)
    return [entry for entry in entries if entry]


def _has_files(folder: str) -> bool:
    try:
        return os.path.isdir(folder) and any(os.scandir(folder))
    except OSError:
        return True  # not knowing, as if it had


def keep_when_written(part: Path, archive: Path) -> None:
    """At this process's exit: let the driver JVM exit (it does when its standard input closes,
    and writes the archive as it does) and keep the archive if it exited cleanly."""
    from pyspark import SparkContext

    process = getattr(SparkContext._gateway, "proc", None)
    if isinstance(process, subprocess.Popen) and process.poll() is None:
        # Some tens of CPU seconds after the command's own work, once a machine: said, so that
        # the wait is not taken for a hang.
        print(f"quotex: saving Spark's classes for faster later sessions (once; {SWITCH_ENV}=0 turns it off)…",
              file=sys.stderr, flush=True)
        with contextlib.suppress(OSError):
            if process.stdin is not None:
                process.stdin.close()
        try:
            process.wait(timeout=DUMP_TIMEOUT)
        except subprocess.TimeoutExpired:
            return
    if not part.is_file():
        return
    if process is not None and process.returncode == 0:
        os.replace(part, archive)
        prune_archives(archive.parent)
    else:
        part.unlink(missing_ok=True)


def prune_archives(folder: Path, keep: int = KEPT_ARCHIVES) -> None:
    """Remove all but the `keep` archives used last from the cache folder (an archive's time is
    that of its last use: `java_options` marks it)."""
    def used(archive: Path) -> float:
        try:
            return archive.stat().st_mtime
        except OSError:
            return 0.0

    archives = sorted(folder.glob("spark-driver-*.jsa"), key=used, reverse=True)
    for stale in archives[keep:]:
        stale.unlink(missing_ok=True)


def _forget_abandoned(archive: Path) -> None:
    """Remove archives left half-written by processes that ended before keeping them."""
    for part in archive.parent.glob(f"{archive.name}.*.part"):
        pid = part.suffixes[-2].lstrip(".") if len(part.suffixes) >= 2 else ""
        if pid.isdigit() and not _alive(int(pid)):
            part.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
