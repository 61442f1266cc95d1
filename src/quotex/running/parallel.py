"""Extraction over many documents, in input order: in this process or in worker processes.

Both ways take decoded `Document`s, and `InputError`s standing for inputs that could not be
read, and give back for each in turn its quotations or the `InputError` that stopped it.
They group documents into the same batches for `nlp.pipe` (`batches`), so their output is
the same, and a document that breaks the pipeline fails alone (`extract_batch`).

`in_workers` runs `jobs` worker processes. On Linux the pipeline is loaded once in this
process and the workers are forked from it; elsewhere they are spawned and each loads it,
only the pipeline's settings crossing over. Batches go out in order; at most `2 * jobs` are in
flight, so memory stays flat however many documents there are, and each batch's results
are handed back as soon as it and every batch before it are done. Workers ignore Ctrl-C:
the main process stops them. Should a worker die (killed, out of memory), the pool is
restarted and the documents it held are run one at a time, so that only the one that
killed it fails. Workers end with the main process, however it ends: on Linux the kernel
kills them when it dies (`PR_SET_PDEATHSIG`), elsewhere each watches its parent.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace

from quotex.output.records import Quote
from quotex.reading.inputs import Document, InputError
from quotex.running.api import Extractor, ModelNotFound
from quotex.running.config import PipelineConfig
from quotex.running.stopping import STOP_SIGNALS, signals_held

BATCH = 4  # documents a batch: one `nlp.pipe` batch, one task for a worker
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
# What a process may reach at its peak: the model (about 150 MB, shared after a fork) and
# `api.BATCH_TOKENS` tokens in the pipeline at once; the bound `make bench` checks on every
# shape at 1 MB and docs/robustness.md states.
WORKER_MEMORY = 800_000_000
Item = Document | InputError
Result = list[Quote] | InputError


def default_jobs() -> int:
    """The CPUs this process may run on, but never more workers than the memory available holds
    at `WORKER_MEMORY` each."""
    cpus = _usable_cpus()
    available = available_memory()
    if available is None:
        return cpus
    return max(1, min(cpus, available // WORKER_MEMORY))


def _usable_cpus() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def available_memory() -> int | None:
    """Bytes this process may still take: the kernel's MemAvailable, or less where the control
    group it runs in has a lower limit; None where neither can be read (not on Linux)."""
    found = []
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    found.append(int(line.split()[1]) * 1024)
    except (OSError, ValueError):
        pass
    limit = _cgroup_room()
    if limit is not None:
        found.append(limit)
    return min(found) if found else None


def _cgroup_room() -> int | None:
    """What the control group of this process may still take, when it has a limit."""
    try:
        with open("/proc/self/cgroup", encoding="ascii") as cgroup:
            lines = [line.strip().split(":", 2) for line in cgroup]
    except OSError:
        return None
    for _, controllers, path in (line for line in lines if len(line) == 3):
        if controllers == "":  # v2
            room = _room(f"/sys/fs/cgroup{path}", "memory.max", "memory.current")
        elif "memory" in controllers.split(","):  # v1
            room = _room(f"/sys/fs/cgroup/memory{path}", "memory.limit_in_bytes", "memory.usage_in_bytes")
        else:
            continue
        if room is not None:
            return room
    return None


def _room(folder: str, limit_file: str, usage_file: str) -> int | None:
    try:
        with open(os.path.join(folder, limit_file), encoding="ascii") as limit_text:
            limit = limit_text.read().strip()
        if limit == "max" or int(limit) >= 1 << 60:  # no limit
            return None
        with open(os.path.join(folder, usage_file), encoding="ascii") as usage:
            return max(0, int(limit) - int(usage.read()))
    except (OSError, ValueError):
        return None


def batches(items: Iterable[Item], size: int | None = None) -> Iterator[list[Document] | InputError]:
    """Runs of up to `size` (default `BATCH`) consecutive documents; an InputError on its own, ending a run."""
    size = size or BATCH
    batch: list[Document] = []
    for item in items:
        if isinstance(item, InputError):
            if batch:
                yield batch
                batch = []
            yield item
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_batch(extractor: Extractor, documents: list[Document]) -> Iterator[Result]:
    """The quotations of each document, through `nlp.pipe`, each as soon as it is done.

    Should the pipeline fail, the documents it has not finished go through one at a time,
    and one that fails alone gives an InputError ("extraction failed: …") in its place.
    """
    done = 0
    try:
        for _, quotes in extractor.extract_many((d.name, d.text) for d in documents):
            done += 1
            yield _of_page(quotes, documents[done - 1])
        return
    except Exception:
        if _debug():
            raise
    for document in documents[done:]:
        try:
            yield _of_page(extractor.extract(document.text, file=document.name), document)
        except Exception as err:  # one bad document must not stop the others
            if _debug():
                raise
            yield _failed(document, err)


def _of_page(quotes: list[Quote], document: Document) -> list[Quote]:
    """The records of a web page carry its title and how its text was taken (`quotex.reading.pages`)."""
    if document.extraction is None:
        return quotes
    return [replace(quote, title=document.title, extraction=document.extraction) for quote in quotes]


def in_process(extractor: Extractor, items: Iterable[Item], *, batch: int | None = None) -> Generator[Result, None, None]:
    """The result of each item, in order, computed in this process."""
    for group in batches(items, batch):
        if isinstance(group, InputError):
            yield group
        else:
            yield from extract_batch(extractor, group)


def in_workers(
    settings: PipelineConfig | str, items: Iterable[Item], *, jobs: int, batch: int | None = None
) -> Generator[Result, None, None]:
    """The result of each item, in order, computed by `jobs` worker processes loading the
    pipeline `settings` describes (or the model of that name).

    Close the generator (or exhaust it) to stop the workers; closing it early, or an
    exception such as KeyboardInterrupt, terminates them at once.
    """
    workers = _Workers(settings if isinstance(settings, PipelineConfig) else PipelineConfig(settings), jobs)
    pending: deque[_Task | InputError] = deque()
    finished = False
    try:
        for group in batches(items, batch):
            pending.append(group if isinstance(group, InputError) else _Task(group, workers.submit(group)))
            while pending and (len(pending) > 2 * jobs or _ready(pending[0])):
                yield from _results(pending.popleft(), pending, workers)
        while pending:
            yield from _results(pending.popleft(), pending, workers)
        finished = True
    finally:
        workers.stop(wait=finished)


@dataclass
class _Task:
    documents: list[Document]
    future: Future


def _ready(entry: _Task | InputError) -> bool:
    return isinstance(entry, InputError) or entry.future.done()


def _results(entry: _Task | InputError, pending: deque[_Task | InputError], workers: _Workers) -> list[Result]:
    """The results of the leftmost entry, waiting for them; recovers from a dead worker."""
    if isinstance(entry, InputError):
        return [entry]
    try:
        return entry.future.result()
    except ModelNotFound:  # a worker could not load the pipeline: no document can go through
        raise
    except BrokenProcessPool:
        workers.restart()
        results = [workers.run_alone(document) for document in entry.documents]
        for task in pending:  # the dead pool took their futures with it
            if isinstance(task, _Task) and not _succeeded(task.future):
                task.future = workers.submit(task.documents)
        return results
    except Exception as err:  # e.g. a result that cannot be pickled: the batch fails, the run goes on
        if _debug():
            raise
        return [_failed(document, err) for document in entry.documents]


def _succeeded(future: Future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


class _Workers:
    """A restartable pool of worker processes, each holding one pipeline."""

    def __init__(self, settings: PipelineConfig, jobs: int) -> None:
        self.settings = settings
        self.jobs = jobs
        # Where processes can fork, the pipeline is loaded once, here, and every worker
        # starts with it at once (as spaCy's own `nlp.pipe(n_process=…)` does); elsewhere each
        # worker loads it when it is spawned.
        self.forking = sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
        if self.forking:
            settings.load()
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=multiprocessing.get_context("fork" if self.forking else "spawn"),
            initializer=_start_worker,
            initargs=(self.settings, os.getpid()),
        )

    def submit(self, documents: list[Document]) -> Future:
        # Workers start on demand, during a submit. Started with SIGINT, SIGTERM and SIGHUP
        # blocked, they hold those until they have set their own handling, so none of them
        # prints a traceback; here they are only held until the submit is done, then act as usual.
        with signals_held():
            try:
                return self.executor.submit(_work, documents)
            except BrokenProcessPool as err:  # a worker died since: the caller restarts the pool
                future: Future = Future()
                future.set_exception(err)
                return future

    def run_alone(self, document: Document) -> Result:
        """`document` with nothing else in flight, so that a worker dying can only be its doing."""
        try:
            return self.submit([document]).result()[0]
        except BrokenProcessPool:
            self.restart()
            return InputError(document.name, "extraction failed: the worker process died")
        except ModelNotFound:
            raise
        except Exception as err:
            if _debug():
                raise
            return _failed(document, err)

    def restart(self) -> None:
        self.stop(wait=False)
        self.executor = self._start()

    def stop(self, *, wait: bool) -> None:
        """Shut the pool down: after the work in flight, or at once (`wait=False`)."""
        if wait:
            self.executor.shutdown(wait=True)
            return
        # ProcessPoolExecutor has no public way to stop running workers before Python 3.14
        # (terminate_workers); its `_processes` is what that method uses.
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)


# --- in a worker process ------------------------------------------------------------------

_extractor: Extractor | None = None
_load_error: str = ""


def _start_worker(settings: PipelineConfig, parent: int) -> None:
    """Set up a worker: end with the main process, leave stopping to it, and load the
    pipeline once for the worker's life (remembering why, should that fail)."""
    _die_with_parent(parent)
    _streams_of_its_own()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the main process decides
    for signum in (signal.SIGTERM, signal.SIGHUP):  # the main process's handlers were inherited by fork
        signal.signal(signum, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    _load_once(settings)


def _streams_of_its_own() -> None:
    """Fresh standard streams for a worker. Forked while a thread of the main process (the
    progress display) may hold a stream's lock, it would hang on its first message; and only
    the main process writes data, so a worker's standard output goes nowhere."""
    if sys.stdout is not None:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - for the life of the worker
    if sys.stderr is not None:
        sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False, buffering=1)  # noqa: SIM115


def _die_with_parent(parent: int) -> None:
    """Exit when `parent` does, even if it is killed with SIGKILL and cannot stop us."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            _watch_parent(parent)
    else:
        _watch_parent(parent)
    if os.getppid() != parent:  # it died before we asked to be told
        os._exit(1)


def _watch_parent(parent: int) -> None:
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="quotex-parent-watch", daemon=True).start()


def _load_once(settings: PipelineConfig) -> None:
    global _extractor, _load_error
    try:
        _extractor = settings.load()
    except ModelNotFound as err:
        _load_error = str(err)
    except Exception as err:  # noqa: BLE001 - raising here would break the pool over and over
        _load_error = f"spaCy pipeline {settings.model!r} cannot be loaded ({type(err).__name__}: {err})".splitlines()[0]


def _work(documents: list[Document]) -> list[Result]:
    if _extractor is None:  # the whole run fails, as it does in one process
        raise ModelNotFound(_load_error)
    return list(extract_batch(_extractor, documents))


# --- shared --------------------------------------------------------------------------------


def _failed(document: Document, err: Exception) -> InputError:
    return InputError(document.name, f"extraction failed: {type(err).__name__}: {err}".splitlines()[0])


def _debug() -> bool:
    return bool(os.environ.get("QUOTEX_DEBUG"))
