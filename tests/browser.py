"""Headless Chromium driven through the DevTools protocol over a pipe (`--remote-debugging-pipe`):
enough of it to open a page, click with the mouse and read values back, with the standard
library alone. Messages are JSON, each ended by a NUL byte; Chromium reads fd 3, writes fd 4."""

from __future__ import annotations

import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from typing import Any

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)


def chromium_binary() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _as_fds_3_and_4(commands: int, replies: int) -> None:
    """In the child: the pipe ends moved out of the way first, so neither is overwritten."""
    high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (commands, replies)]
    os.dup2(high[0], 3)
    os.dup2(high[1], 4)


class Browser:
    """One headless Chromium with one page; use as a context manager."""

    def __init__(self, binary: str, *, width: int = 1280, height: int = 900, timeout: float = 60) -> None:
        self.timeout = timeout
        self.profile = tempfile.TemporaryDirectory(prefix="quotex-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # Chromium expects its pipe ends as fd 3 (commands in) and fd 4 (replies out).
        self.process = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={self.profile.name}", f"--window-size={width},{height}",
             "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(3, 4), preexec_fn=lambda: _as_fds_3_and_4(to_browser_r, from_browser_w),  # noqa: PLW1509 - no threads here
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.send("Page.enable", session=True)
        self.send("Runtime.enable", session=True)

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: bool = False) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def _read(self) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise TimeoutError("no answer from chromium")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed its pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(message)

    def open(self, url: str) -> None:
        """Navigate and wait for the page's load event."""
        self.events.clear()
        self.send("Page.navigate", {"url": url}, session=True)
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            self.events.append(self._read())

    def wait_for_event(self, method: str, matches: Callable[[dict[str, Any]], bool] = lambda params: True) -> dict[str, Any]:
        """The params of the first event `method` (since the last `open`) that `matches`, waiting for it."""
        seen = 0
        while True:
            for event in self.events[seen:]:
                if event.get("method") == method and matches(event.get("params", {})):
                    self.events.remove(event)
                    return event.get("params", {})
            seen = len(self.events)
            self.events.append(self._read())

    def allow_downloads(self, folder: str) -> None:
        """Downloads go to `folder`, named as the page names them; their progress comes as events."""
        self.send("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": folder, "eventsEnabled": True})

    def download(self, selector: str) -> str:
        """Click `selector` and wait for the download it starts to complete; the file's name."""
        self.events.clear()
        self.click(selector)
        begun = self.wait_for_event("Browser.downloadWillBegin")
        self.wait_for_event("Browser.downloadProgress", lambda p: p["guid"] == begun["guid"] and p["state"] != "inProgress")
        return begun["suggestedFilename"]

    def type_text(self, selector: str, text: str) -> None:
        """Focus `selector` and type `text` into it, as a keyboard would (input events)."""
        self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        self.send("Input.insertText", {"text": text}, session=True)

    def press(self, selector: str, key: str, code: int, times: int = 1) -> None:
        """Focus `selector` and press `key` (DOM key name, Windows key code) `times` times."""
        self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        for _ in range(times):
            for kind in ("rawKeyDown", "keyUp"):
                params = {"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code}
                self.send("Input.dispatchKeyEvent", params, session=True)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (a promise is awaited)."""
        params = {"expression": expression, "returnByValue": True, "awaitPromise": True}
        result = self.send("Runtime.evaluate", params, session=True)
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """A left click of the mouse in the middle of the first element `selector` finds."""
        box = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)}); e.scrollIntoView();"
            " const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1}, session=True)

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (RuntimeError, OSError, TimeoutError):
            pass
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)
        self.profile.cleanup()

    def __enter__(self) -> Browser:  # noqa: PYI034 - final in practice
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
