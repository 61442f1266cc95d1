"""Spark's Python daemon for quotex: the pipeline loaded once, then every Python worker forked from it.

Spark starts one daemon a Python executable on each executor (`python -m <spark.python.daemon.module>`)
and forks a Python worker from it for each task slot it needs. pyspark's own daemon imports
nothing before it forks, so each worker would import spaCy and load the pipeline for itself
(seconds of CPU, for every worker of every executor). This one loads the pipeline that
`PRELOAD_ENV` names first, then runs pyspark's daemon: each worker starts with the pipeline in
its memory, shared with the daemon's until written to, as `quotex extract --jobs N` forks its
workers (`quotex.running.parallel`). `quotex.running.spark.session` sets it up; a pipeline that
cannot be loaded here is left to the worker, which reports why as it always does.

On a local master the daemon can start warm. Spark starts it only at the session's first Python
step, after the JVM, Spark's session and the first query, and the pipeline's load (importing
spaCy included: seconds) then comes on top of all of these. So `session` starts a warm daemon
(`start_warm`) before the JVM: a process that loads the pipeline while the JVM starts and waits
on a Unix socket (`WARM_ENV`). The daemon that Spark starts then hands it its standard streams,
environment, folder and arguments (`hand_over`); the warm process forks a child that takes them
over and runs pyspark's daemon with the pipeline already loaded, and the daemon Spark started
waits for that child, passes SIGTERM on to it and exits with its status. Should the warm process
be gone or fail, the daemon Spark started does the work itself, as on a cluster.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import json
import os
import select
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Mapping

    from quotex.running.config import PipelineConfig

MODULE = __name__
PRELOAD_ENV = "QUOTEX_SPARK_PRELOAD"  # the PipelineConfig's fields, as JSON
# Spark keeps one daemon for each set of environment variables its Python runners give. Those of
# DataFrame steps (mapInArrow and the like: all that quotex runs) add this one (with Spark's
# default settings); those of the RDD API do not. A daemon without it serves RDD jobs
# (pyspark's createDataFrame of a list pickles its rows in one, and users' RDD code), which need
# no pipeline: loading one there cost seconds of CPU a session for nothing. Where it is missing
# from DataFrame steps too (simplified tracebacks turned off), workers load the pipeline themselves.
DATAFRAME_ENV = "SPARK_SIMPLIFIED_TRACEBACK"
WARM_ENV = "QUOTEX_SPARK_WARM"  # the Unix socket of a warm daemon on this machine (local masters)
WARM_FLAG = "--warm"  # `python -m quotex.running.spark_daemon --warm SOCKET`: a warm daemon
_NUMBER = struct.Struct("!q")  # the length of a hand-over, a child's pid, its exit status
_FOLDER_PREFIX = "quotex-spark-"  # of the temporary folder that holds a warm daemon's socket
_SOCKET_PATH_MAX = 100  # a Unix socket's path holds at most 108 bytes on Linux


def describe(pipeline: PipelineConfig) -> str:
    """`pipeline` as the value of `PRELOAD_ENV`."""
    return json.dumps({name: getattr(pipeline, name) for name in pipeline.__dataclass_fields__}, sort_keys=True)


def preload() -> None:
    """Load the pipeline `PRELOAD_ENV` names into this process, as a worker would, when this
    daemon serves DataFrame steps (`DATAFRAME_ENV`)."""
    if DATAFRAME_ENV in os.environ:
        _load(os.environ.get(PRELOAD_ENV))


def _load(described: str | None) -> None:
    if not described:
        return
    from quotex.running.config import PipelineConfig
    from quotex.running.spark import worker_extractor

    try:
        worker_extractor(PipelineConfig(**json.loads(described)), counted=False)
    except Exception:  # noqa: BLE001 # the worker loads it again and reports the failure with the job
        return


def main() -> None:
    # Before pyspark's daemon forks its workers, everything loaded so far (the pipeline, spaCy,
    # pyspark: some 100,000 objects) leaves the garbage collector's watch (`gc.freeze`): a reused
    # worker runs a full collection after every task, which walked all of them (about 70 ms of
    # CPU a task) and, in a newly forked worker, wrote to every page that holds one (copy on
    # write). Nothing loaded before the fork is ever garbage.
    if sys.argv[1:2] == [WARM_FLAG]:
        serve(sys.argv[2])
        return
    status = hand_over()
    if status is not None:
        sys.exit(status)
    from pyspark.daemon import manager

    preload()
    gc.freeze()
    manager()


# --- the daemon Spark starts, handing over to a warm one ------------------------------------


def hand_over() -> int | None:
    """Give this daemon's work to the warm daemon `WARM_ENV` names, if it takes it: the exit
    status of the child that did it, or None (no warm daemon, or none that took it: do it here)."""
    path = os.environ.get(WARM_ENV)
    if not path or DATAFRAME_ENV not in os.environ:
        return None
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.connect(path)
        order = json.dumps({"environ": dict(os.environ), "cwd": os.getcwd(), "argv": sys.argv}).encode()
        socket.send_fds(connection, [_NUMBER.pack(len(order))], [0, 1, 2])
        connection.sendall(order)
        child = _read_number(connection)
    except OSError:
        child = None
    if child is None:  # nothing was started: the streams are untouched
        connection.close()
        return None
    signal.signal(signal.SIGTERM, lambda *_: _signal(child, signal.SIGTERM))
    try:
        status = _read_number(connection)
    except OSError:
        status = None
    return 1 if status is None else status


def _signal(pid: int, number: int) -> None:
    with contextlib.suppress(OSError):
        os.kill(pid, number)


def _read_number(connection: socket.socket) -> int | None:
    data = b""
    while len(data) < _NUMBER.size:
        try:
            more = connection.recv(_NUMBER.size - len(data))
        except InterruptedError:
            continue
        if not more:
            return None
        data += more
    return int(_NUMBER.unpack(data)[0])


# --- the warm daemon ---------------------------------------------------------------------------


def serve(path: str) -> None:
    """The warm daemon: listen on `path`, load the pipeline, then fork a daemon for each hand-over
    until standard input (a pipe from the process that started this one) closes and every child
    has ended."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # its starter ended (PR_SET_PDEATHSIG): clean up
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    try:
        listener.listen(16)  # hand-overs wait here while the pipeline loads
        _load(os.environ.get(PRELOAD_ENV))
        import pyspark.daemon  # noqa: F401 # its imports, once for every child

        gc.freeze()  # see `main`

        children: dict[int, socket.socket] = {}
        listening = True
        while listening or children:
            watched: list[Any] = [listener, 0] if listening else []
            ready = select.select(watched, [], [], 0.2)[0]
            if 0 in ready and not os.read(0, 4096):  # the process that started this one has ended
                listening = False
                listener.close()
            if listening and listener in ready:
                _take(listener, children)
            _reap(children)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
            if os.path.basename(os.path.dirname(path)).startswith(_FOLDER_PREFIX):  # made by `start_warm`
                os.rmdir(os.path.dirname(path))


def _take(listener: socket.socket, children: dict[int, socket.socket]) -> None:
    """Accept a hand-over and fork the daemon that takes it over."""
    connection, _ = listener.accept()
    try:
        header, fds, _, _ = socket.recv_fds(connection, _NUMBER.size, 3)
        order = _receive(connection, int(_NUMBER.unpack(header)[0])) if len(header) == _NUMBER.size else None
    except (OSError, struct.error):
        order, fds = None, []
    if order is None or len(fds) != 3:
        for fd in fds:
            os.close(fd)
        connection.close()
        return
    pid = os.fork()
    if pid == 0:
        for held in (listener, connection, *children.values()):
            held.close()
        _become_daemon(fds, json.loads(order))
    for fd in fds:
        os.close(fd)
    try:
        connection.sendall(_NUMBER.pack(pid))
    except OSError:
        _signal(pid, signal.SIGTERM)
    children[pid] = connection


def _receive(connection: socket.socket, length: int) -> bytes | None:
    data = b""
    while len(data) < length:
        more = connection.recv(length - len(data))
        if not more:
            return None
        data += more
    return data


def _become_daemon(fds: list[int], order: dict[str, Any]) -> None:
    """In the forked child: the streams, environment, folder and arguments of the daemon Spark
    started, then pyspark's daemon (the pipeline, loaded before the fork, is found loaded)."""
    code = 1
    try:
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        os.environ.clear()
        os.environ.update(order["environ"])
        os.chdir(order["cwd"])
        sys.argv = list(order["argv"])
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        from pyspark.daemon import manager

        preload()  # a pipeline other than the warm daemon's, if this session named another
        gc.freeze()
        manager()
        code = 0
    except SystemExit as ended:
        code = ended.code if isinstance(ended.code, int) else 1
    finally:
        os._exit(code)


def _reap(children: dict[int, socket.socket]) -> None:
    """Tell the daemon Spark started how each ended child ended."""
    while children:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            pid, status = 0, 0
        if pid == 0:
            return
        connection = children.pop(pid, None)
        if connection is not None:
            with contextlib.suppress(OSError):
                connection.sendall(_NUMBER.pack(os.waitstatus_to_exitcode(status)))
            connection.close()


# --- in the driver: starting the warm daemon ----------------------------------------------------


_warm: dict[str, Any] = {}  # the warm daemon this process started: its process, socket and pipeline


def start_warm(pipeline: PipelineConfig, environment: Mapping[str, str] | None = None) -> str | None:
    """Start a warm daemon for `pipeline` on this machine (once a process: a later session
    reuses it), stopped when this process exits; the path of its socket, or None where there
    can be none (no Unix sockets, a temporary folder with too long a name). `environment`: the
    variables Spark will give its Python workers (`spark.executorEnv.*`, OMP_NUM_THREADS), which
    the pipeline's load may read (numpy sizes its BLAS threads by OMP_NUM_THREADS as it loads)."""
    described = describe(pipeline)
    wanted = {**(environment or {}), PRELOAD_ENV: described}
    process = _warm.get("process")
    if process is not None and process.poll() is None and _warm["environment"] == wanted:
        return str(_warm["path"])
    if not hasattr(socket, "AF_UNIX") or not hasattr(socket, "send_fds"):
        return None
    folder = tempfile.mkdtemp(prefix=_FOLDER_PREFIX)
    path = os.path.join(folder, "daemon.sock")
    if len(path.encode()) > _SOCKET_PATH_MAX:
        shutil.rmtree(folder, ignore_errors=True)
        return None
    # As Spark's Python workers run (pyspark sets PYTHONHASHSEED for them), with the pipeline to load.
    environ = {**os.environ, "PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED", "0"), **wanted}
    process = subprocess.Popen(  # noqa: S603 # this interpreter, this module
        [sys.executable, "-m", MODULE, WARM_FLAG, path], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
        env=environ, preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,  # noqa: PLW1509
    )
    _warm.update(process=process, path=path, environment=wanted, folder=folder)
    atexit.register(_stop_warm, process, folder)
    return path


def _die_with_parent() -> None:
    """In the warm daemon, before it runs: end with the process that started it, even if that is killed."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG


def _stop_warm(process: subprocess.Popen[bytes], folder: str) -> None:
    """The warm daemon takes no more hand-overs (its children end with the JVM that uses them)."""
    with contextlib.suppress(OSError):
        if process.stdin is not None:
            process.stdin.close()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
