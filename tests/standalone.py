"""A standalone Spark cluster on loopback: one master and N workers of one core each.

Started from the Spark that the `spark` extra installs (pyspark's `bin/spark-class`), each
daemon bound to 127.0.0.1 on ports found free, with its configuration, work, scratch and log
folders under one temporary folder of its own (nothing of a SPARK_HOME or of the user's
Spark settings is read or written). `start()` returns once the master's JSON status page
shows the master and every worker ALIVE; `stop()` ends every process it started (each
daemon in a process group of its own, with the executors and Python workers it spawned)
and removes the folder. Used by tests/test_cluster.py and scripts/bench_spark.py.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"
MASTER_CLASS = "org.apache.spark.deploy.master.Master"
WORKER_CLASS = "org.apache.spark.deploy.worker.Worker"
POLL = 0.2  # seconds between two reads of the master's status while waiting for a state


class ClusterError(RuntimeError):
    """The cluster did not come up: which daemon, and the end of its log."""


def spark_home() -> Path:
    """The Spark that pyspark installs: its package folder holds bin/, jars/ and python/lib/."""
    import pyspark

    return Path(pyspark.__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


class StandaloneCluster:
    """A master and `workers` workers of `cores` cores and `memory` each; a context manager."""

    def __init__(self, workers: int = 2, *, cores: int = 1, memory: str = "2g", timeout: float = 180) -> None:
        self.workers, self.cores, self.memory, self.timeout = workers, cores, memory, timeout
        self.root = Path(tempfile.mkdtemp(prefix="quotex-standalone-"))
        self.port, self.ui_port = free_port(), free_port()
        self.processes: list[tuple[str, subprocess.Popen[bytes], Path]] = []

    @property
    def url(self) -> str:
        """The master URL to give spark-submit or `SparkSession.builder.master`."""
        return f"spark://{HOST}:{self.port}"

    def __enter__(self) -> StandaloneCluster:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    def start(self) -> StandaloneCluster:
        try:  # all at once: a worker retries until the master listens
            self._daemon("master", MASTER_CLASS, "--host", HOST, "--port", str(self.port), "--webui-port", str(self.ui_port))
            for number in range(self.workers):
                work = self.root / f"worker-{number}"
                work.mkdir()
                self._daemon(
                    f"worker-{number}", WORKER_CLASS, "--host", HOST, "--port", str(free_port()),
                    "--webui-port", str(free_port()), "--cores", str(self.cores), "--memory", self.memory,
                    "--work-dir", str(work), self.url,
                )
            self.wait_for(
                lambda status: status.get("status") == "ALIVE" and alive_workers(status) == self.workers,
                f"the master and {self.workers} workers ALIVE",
            )
        except BaseException:
            self.stop()
            raise
        return self

    def _daemon(self, name: str, main_class: str, *args: str) -> None:
        log = self.root / f"{name}.log"
        with open(log, "wb") as out:  # the child keeps its own copy of the descriptor
            process = subprocess.Popen(
                [str(spark_home() / "bin" / "spark-class"), main_class, *args],
                env=self.environment(), cwd=self.root, stdin=subprocess.DEVNULL, stdout=out,
                stderr=subprocess.STDOUT, start_new_session=True,
            )
        self.processes.append((name, process, log))

    def environment(self) -> dict[str, str]:
        """The daemons' environment: this Spark, folders under the cluster's own, loopback only."""
        conf, scratch = self.root / "conf", self.root / "scratch"
        conf.mkdir(exist_ok=True)
        scratch.mkdir(exist_ok=True)
        env = {key: value for key, value in os.environ.items() if not key.startswith(("SPARK_", "PYSPARK_"))}
        env.update(
            SPARK_HOME=str(spark_home()), SPARK_CONF_DIR=str(conf), SPARK_LOG_DIR=str(self.root),
            SPARK_LOCAL_DIRS=str(scratch), SPARK_LOCAL_IP=HOST, SPARK_DAEMON_MEMORY="512m",
            SPARK_MASTER_OPTS="-Dspark.master.rest.enabled=false",
        )
        return env

    def status(self) -> dict[str, Any]:
        """The master's JSON status page (workers, applications), read on loopback."""
        with urllib.request.urlopen(f"http://{HOST}:{self.ui_port}/json/", timeout=10) as reply:
            return dict(json.load(reply))

    def wait_for(self, ready: Any, what: str) -> dict[str, Any]:
        """The master's status once `ready(status)` holds; ClusterError if a daemon ends or `timeout` passes."""
        deadline = time.monotonic() + self.timeout
        while True:
            for name, process, log in self.processes:
                if process.poll() is not None:
                    raise ClusterError(f"the {name} ended ({process.returncode}) waiting for {what}:\n{tail(log)}")
            try:
                status = self.status()
                if ready(status):
                    return status
            except (OSError, ValueError):  # the web UI is not listening yet, or answers an empty page as it starts
                pass
            if time.monotonic() > deadline:
                logs = "\n".join(f"{name}:\n{tail(log)}" for name, _, log in self.processes)
                raise ClusterError(f"no {what} after {self.timeout:.0f} s:\n{logs}")
            time.sleep(POLL)

    def stop(self) -> None:
        """Every daemon started here (with what it spawned) ended; the cluster's folder removed."""
        for _, process, _ in reversed(self.processes):
            if process.poll() is None:
                _signal_group(process, signal.SIGTERM)
        for _, process, _ in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                _signal_group(process, signal.SIGKILL)
                process.wait()
            _signal_group(process, signal.SIGKILL)  # executors and Python workers left in its group
        self.processes.clear()
        shutil.rmtree(self.root, ignore_errors=True)


def alive_workers(status: dict[str, Any]) -> int:
    return sum(1 for worker in status.get("workers", []) if worker.get("state") == "ALIVE")


def _signal_group(process: subprocess.Popen[bytes], sig: int) -> None:
    try:
        os.killpg(process.pid, sig)  # the group start_new_session made for this daemon, no other
    except (ProcessLookupError, PermissionError):
        pass


def tail(log: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"
