"""Reading inputs, the first stage of quotex: paths in, decoded `Document`s out.

`find_sources` turns what the user named (files, folders, "-" for stdin) into a
list of sources, `read_document` reads and decodes one, and `iter_documents`
does both, handing back an `InputError` in place of any input that cannot be
read, so that one bad file never stops a run.

Offsets: every offset quotex reports is an index, in code points, into
`Document.text`: the text after decoding, after removing a byte-order mark and
after turning CRLF and lone CR into LF. It is not a byte offset into the file.

Decoding rules (`decode_with_info`):

1. Empty input is the empty text.
2. A byte-order mark decides: UTF-8, UTF-16 (LE/BE) or UTF-32 (LE/BE); the mark
   itself is dropped (only the first one).
3. Without a mark, data that is clearly UTF-16 is read as such: most code units
   are ASCII, so NUL bytes fill every other byte, all on the same side.
4. Otherwise strict UTF-8.
5. Data that is not UTF-8, where invalid sequences outnumber valid non-ASCII
   ones, is read as cp1252 (Windows-1252) when it decodes cleanly: scraped news
   often is, and its 0x93/0x94 are curly quotes.
6. Anything else is UTF-8 with invalid bytes replaced by U+FFFD. A damaged UTF-8
   file lands here rather than in 5, so its curly quotes survive.

Size: no input is read past `max_size` bytes (`DEFAULT_MAX_SIZE`, the CLI's
`--max-size`): a longer one is refused, so /dev/zero or an endless pipe costs a
bounded time and memory.

What is read: from folders, regular files only (a named pipe, socket or device
found there is an `InputError`); a path named by the user is read whatever it
is, with the size limit; a named pipe with no writer is refused after waiting
`PIPE_WAIT` seconds, and a terminal named as a path is refused.

HTML: a file named `*.html`/`*.htm`/`*.xhtml`, or text that starts as an HTML
document (`<!DOCTYPE html` or `<html`), is a web page: its text is the page's main
text, or all of its visible text without the `html` extra (`quotex.reading.pages`), and
the Document carries the page's title and which extraction gave the text. Offsets
then index into that text.

Data is binary, and refused, when the first 8000 characters hold a NUL (git's
rule) or more than a third of them are control characters or replacements
(Perl's -B rule). Everything else is kept exactly: NBSP, zero-width characters
and a U+FEFF after the first are text.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import select
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Any, BinaryIO, NamedTuple

from quotex.reading.pages import is_html, page_text

__all__ = [
    "DEFAULT_MAX_SIZE",
    "STDIN",
    "BinaryContentError",
    "Decoded",
    "Document",
    "InputError",
    "decode",
    "decode_with_info",
    "find_sources",
    "iter_documents",
    "read_document",
]

STDIN = "-"  # the source name for standard input; a file named "-" is "./-"

DEFAULT_MAX_SIZE = 64 * 1024 * 1024  # bytes: a thousand times a long news article
PIPE_WAIT = 2.0  # seconds a named pipe may take to get a writer
_READ_SIZE = 1024 * 1024

# git's buffer_is_binary() looks for a NUL in this many bytes; we sniff as much.
SNIFF_SIZE = 8000
# Perl's -B: "If more than a third of the characters are strange, it's a -B file".
BINARY_SHARE = 1 / 3
# C0 and C1 controls and DEL, except the whitespace ones (\t \n \v \f \r).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")

# UTF-32 comes first: its little-endian mark begins with UTF-16's. Each codec
# drops exactly one mark, so a second U+FEFF stays in the text.
_BOM_CODECS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Document:
    """One input, decoded.

    `name` is the path as the user gave it, or as found under a folder the user
    gave (joined with "/"), or "-" for stdin. Offsets quotex reports index into
    `text`. `encoding` names the codec that produced `text` from the bytes;
    `warning` is a phrase worth showing the user when the bytes were not clean
    Unicode (a cp1252 guess, or replaced bytes), else None. `article` holds the fields of
    an article read from a record (`quotex.reading.articles`) that its quotations carry.
    """

    name: str
    text: str = field(repr=False)  # can be megabytes
    encoding: str = "utf-8"
    warning: str | None = None
    title: str | None = None  # a web page's title
    extraction: str | None = None  # how a web page's text was taken (`quotex.reading.pages`); None for plain text
    article: dict[str, Any] | None = field(default=None, hash=False, compare=False)


class InputError(Exception):
    """One input that cannot be read.

    `str(e)` is one line, "NAME: REASON", e.g. "seeds/x.txt: not a text file
    (binary content)"; characters that would break the line (a newline in a file
    name, undecodable bytes) are shown escaped.
    """

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(name, reason)
        self.name = name
        self.reason = reason

    def __str__(self) -> str:
        return f"{_printable(self.name)}: {_printable(self.reason)}"


class BinaryContentError(ValueError):
    """The bytes given to `decode` are not text."""


class Decoded(NamedTuple):
    """What `decode_with_info` found.

    `encoding` is a Python codec that decodes the original bytes to `text`
    (before newline normalisation): "utf-8", "utf-8-sig", "utf-16", "utf-32"
    (these three with a byte-order mark), "utf-16-le"/"utf-16-be" (sniffed),
    or "cp1252". `lossy` is True when invalid bytes were replaced with U+FFFD.
    """

    text: str
    encoding: str
    lossy: bool = False

    @property
    def warning(self) -> str | None:
        """A phrase for the user when the bytes were not clean Unicode, else None."""
        if self.lossy:
            return f"not valid {_codec_label(self.encoding)}; invalid bytes replaced with U+FFFD"
        if self.encoding == "cp1252":
            return "not valid UTF-8; decoded as cp1252 (Windows-1252)"
        return None


# --- finding sources -------------------------------------------------------


def find_sources(paths: Iterable[str], *, glob: str = "*.txt") -> Iterator[str | InputError]:
    """Each source to read, in the order given: a path, "-" for stdin, or an InputError.

    A file is yielded as given, whatever its name. A folder is searched
    recursively for files whose names match `glob` (case-sensitive, like
    `find -name`), depth first in name order, so runs are reproducible. Inside
    a folder, symlinks to files are followed but symlinks to folders are not
    entered (like `grep -r`), so a link cycle cannot make the search endless;
    name a linked folder on the command line to search it.

    Never raises for a bad path: a missing path, a dangling symlink, a symlink
    loop, an unreadable folder or a folder with no matching file each yield one
    InputError.
    """
    for path in paths:
        if path == STDIN:
            yield STDIN
            continue
        status = _stat(path)
        if isinstance(status, InputError):
            yield status
        elif stat.S_ISDIR(status.st_mode):
            yield from _search_folder(path, glob)
        else:
            yield path


def _search_folder(folder: str, glob: str) -> Iterator[str | InputError]:
    """What `_walk` finds under `folder`, or an InputError saying it found nothing."""
    found = False
    for item in _walk(folder, glob):
        found = True
        yield item
    if not found:
        other = "*.txt" if glob == "*.md" else "*.md"  # never the pattern the user gave
        yield InputError(folder, f"no files matching --glob {glob!r}; choose others with, e.g., --glob '{other}'")


def _walk(folder: str, glob: str) -> Iterator[str | InputError]:
    """Regular files under `folder` whose names match `glob`, depth first in name order."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as err:
        yield InputError(folder, _reason(folder, err))
        return
    for entry in entries:
        path = _join(folder, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path, glob)
        elif fnmatchcase(entry.name, glob):
            status = _stat(path)
            if isinstance(status, InputError):
                yield status
            elif stat.S_ISREG(status.st_mode):
                yield path
            elif not stat.S_ISDIR(status.st_mode):  # a symlinked folder is not entered (see above)
                yield InputError(path, f"not a regular file ({_file_type(status.st_mode)}); only regular files are read from folders")


def _join(folder: str, name: str) -> str:
    """`folder`/`name`, keeping the folder as the user spelled it (as grep and find do)."""
    return folder + name if folder.endswith("/") else f"{folder}/{name}"


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def _stat(path: str) -> os.stat_result | InputError:
    """The status of `path`, following symlinks, or an InputError saying why there is none."""
    try:
        return os.stat(path)
    except OSError as err:
        return InputError(path, _reason(path, err))


# --- reading ---------------------------------------------------------------


def read_document(source: str, *, stdin: BinaryIO | None = None, max_size: int = DEFAULT_MAX_SIZE) -> Document:
    """The decoded Document for `source`: a path, or "-" for `stdin` (default: sys.stdin).

    Reads the whole input, up to `max_size` bytes. Raises InputError (one line) when it
    cannot be read (missing, permission denied, a directory, any OSError), is longer
    than `max_size` or is binary. A web page is turned into its text (see the module docstring).
    """
    data = _read_bytes(source, stdin, max_size)
    try:
        decoded = decode_with_info(data)
    except BinaryContentError:
        raise InputError(source, "not a text file (binary content)") from None
    if is_html(source, decoded.text):
        page = page_text(decoded.text)
        return Document(source, page.text, decoded.encoding, decoded.warning, page.title, page.extraction)
    return Document(source, decoded.text, decoded.encoding, decoded.warning)


def iter_documents(
    paths: Iterable[str], *, glob: str = "*.txt", stdin: BinaryIO | None = None, max_size: int = DEFAULT_MAX_SIZE
) -> Iterator[Document | InputError]:
    """A Document for every source `find_sources` finds, or an InputError in its place.

    Never raises for a bad input, so the caller can report it and go on.
    """
    return read_sources(find_sources(paths, glob=glob), stdin=stdin, max_size=max_size)


def read_sources(
    sources: Iterable[str | InputError], *, stdin: BinaryIO | None = None, max_size: int = DEFAULT_MAX_SIZE
) -> Iterator[Document | InputError]:
    """Each source read and decoded, or the error that stopped it, in order."""
    for source in sources:
        if isinstance(source, InputError):
            yield source
            continue
        try:
            yield read_document(source, stdin=stdin, max_size=max_size)
        except InputError as err:
            yield err


def read_bytes(source: str, *, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """All the bytes of the file `source`, at most `max_size`; InputError (one line) when it cannot be read."""
    return _read_bytes(source, None, max_size)


def _read_bytes(source: str, stdin: BinaryIO | None, max_size: int) -> bytes:
    """All the bytes of `source`, at most `max_size`; InputError when the system refuses."""
    try:
        if source == STDIN:
            return _read_limited(source, _stdin_stream(stdin), max_size)
        status = os.stat(source)
        if stat.S_ISREG(status.st_mode):
            if status.st_size > max_size:
                raise _too_large(source, max_size)
            with open(source, "rb") as file:
                return _read_limited(source, file, max_size)
        return _read_special(source, status, max_size)
    except OSError as err:
        raise InputError(source, _reason(source, err)) from err


def _read_special(source: str, status: os.stat_result, max_size: int) -> bytes:
    """A named pipe, a device or a socket named by the user, read with the size limit."""
    if stat.S_ISDIR(status.st_mode):
        raise InputError(source, "is a directory")
    if stat.S_ISSOCK(status.st_mode):
        raise InputError(source, "not a file (a socket)")
    if not stat.S_ISFIFO(status.st_mode):
        with open(source, "rb") as file:
            if file.isatty():
                raise InputError(source, "is a terminal; pipe text in instead")
            return _read_limited(source, file, max_size)
    # Opening a pipe blocks until it has a writer: open it without waiting, then wait a while.
    fd = os.open(source, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as file:
        if not _readable_within(fd, PIPE_WAIT):
            raise InputError(source, f"named pipe with nothing written to it in {PIPE_WAIT:g} s")
        os.set_blocking(fd, True)
        return _read_limited(source, file, max_size)


def _readable_within(fd: int, seconds: float) -> bool:
    """Whether `fd` has data (or its end) within `seconds`."""
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        return bool(poller.poll(seconds * 1000))
    return bool(select.select([fd], [], [], seconds)[0])


def _read_limited(source: str, stream: BinaryIO, max_size: int) -> bytes:
    """What `stream` holds, or an InputError once it holds more than `max_size` bytes."""
    parts: list[bytes] = []
    size = 0
    while True:
        part = stream.read(min(_READ_SIZE, max_size + 1 - size))
        if not part:
            return b"".join(parts)
        parts.append(part)
        size += len(part)
        if size > max_size:
            raise _too_large(source, max_size)


def _too_large(source: str, max_size: int) -> InputError:
    return InputError(source, f"larger than --max-size ({format_size(max_size)})")


def format_size(size: int) -> str:
    """Bytes as people write them: 67108864 -> "64M"."""
    for unit, factor in (("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)):
        if size >= factor and size % factor == 0:
            return f"{size // factor}{unit}"
    return f"{size} bytes"


def parse_size(text: str) -> int:
    """ "64M", "500K", "1G" or a number of bytes; ValueError otherwise."""
    match = re.fullmatch(r"\s*(\d+)\s*([KMG]?)B?\s*", text, re.IGNORECASE)
    if not match:
        raise ValueError(f"not a size: {text!r} (e.g. 500K, 64M, 1G)")
    factor = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}[match.group(2).upper()]
    return int(match.group(1)) * factor


def _stdin_stream(stdin: BinaryIO | None) -> BinaryIO:
    """`stdin` if given, else the process's binary standard input."""
    if stdin is not None:
        return stdin
    stream = getattr(sys.stdin, "buffer", None)  # sys.stdin is None under pythonw
    if stream is None:
        raise InputError(STDIN, "no standard input")
    return stream


def _reason(path: str, err: OSError) -> str:
    """A short reason, for users, why the system refused `path`."""
    if err.errno == errno.ELOOP:
        return "symlink loop"
    if err.errno == errno.ENOENT and os.path.islink(path):
        try:
            return f"dangling symlink (its target {os.readlink(path)!r} does not exist)"
        except OSError:
            return "dangling symlink"
    known = {
        errno.ENOENT: "no such file or directory",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EISDIR: "is a directory",
        errno.ENOTDIR: "not a directory",
    }
    return known.get(err.errno or 0) or err.strerror or str(err) or type(err).__name__


def _printable(text: str) -> str:
    """`text` with unprintable characters (newlines, controls, lone surrogates) escaped."""
    return "".join(char if char.isprintable() else ascii(char)[1:-1] for char in text)


# --- decoding --------------------------------------------------------------


def decode(data: bytes) -> str:
    """The text of `data` by the rules in this module's docstring.

    Raises BinaryContentError when `data` is not text. Empty data is "".
    """
    return decode_with_info(data).text


def decode_with_info(data: bytes) -> Decoded:
    """The text of `data`, with the codec used and whether bytes were replaced.

    Newlines are normalised as Python's text mode does (CRLF and lone CR become
    LF; U+2028 and U+0085 stay), so the same article saved as UTF-8, UTF-8 with
    BOM, UTF-16 or with CRLF gives the same text. Raises BinaryContentError when
    `data` is not text.
    """
    if not data:
        return Decoded("", "utf-8")
    decoded = _decode_marked(data) or _decode_sniffed_utf16(data) or _decode_unmarked(data)
    if _looks_binary(decoded):
        raise BinaryContentError("binary content")
    return decoded._replace(text=_normalise_newlines(decoded.text))


def _decode_marked(data: bytes) -> Decoded | None:
    """`data` decoded by the Unicode encoding its byte-order mark names; None without a mark."""
    for bom, codec in _BOM_CODECS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError:  # the mark declares the encoding: keep it, replace the rest
                return Decoded(data.decode(codec, errors="replace"), codec, lossy=True)
    return None


def _decode_sniffed_utf16(data: bytes) -> Decoded | None:
    """`data` as UTF-16 without a mark, when it is clearly that; else None.

    ASCII-heavy UTF-16 has a NUL in every other byte, all on one side (the odd
    bytes in little-endian, the even ones in big-endian); binary data with NULs
    rarely has them so one-sided, and must then also decode strictly.
    """
    if len(data) % 2:
        return None
    sample = data[:SNIFF_SIZE]
    units = len(sample) // 2
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    if odd_nuls * 2 >= units and even_nuls * 10 <= units:
        codec = "utf-16-le"
    elif even_nuls * 2 >= units and odd_nuls * 10 <= units:
        codec = "utf-16-be"
    else:
        return None
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError:
        return None


def _decode_unmarked(data: bytes) -> Decoded:
    """`data` as UTF-8, else as cp1252 if it is mostly not UTF-8, else as UTF-8 with replacements."""
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    invalid = replaced.count("\ufffd")
    non_ascii = len(replaced) - len(replaced.encode("ascii", errors="ignore"))
    # A cp1252 file almost never holds a valid multi-byte UTF-8 sequence; a UTF-8
    # file cut mid-character holds many. Reading the latter as cp1252 would turn
    # every curly quote into mojibake, so only the former is read as cp1252.
    if invalid > non_ascii - invalid:
        try:
            return Decoded(data.decode("cp1252"), "cp1252")
        except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in cp1252
            pass
    return Decoded(replaced, "utf-8", lossy=True)


def _looks_binary(decoded: Decoded) -> bool:
    """Whether decoded text is really binary data: a NUL, or too many control characters.

    Only the first SNIFF_SIZE characters are examined, as git and Perl do. In a
    lossy decoding, replacement characters count as strange too.
    """
    sample = decoded.text[:SNIFF_SIZE]
    if "\0" in sample:
        return True
    strange = len(_CONTROL.findall(sample))
    if decoded.lossy:
        strange += sample.count("\ufffd")
    return strange > len(sample) * BINARY_SHARE


def _normalise_newlines(text: str) -> str:
    """`text` with CRLF and lone CR turned into LF, as Python's universal newlines do."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _codec_label(codec: str) -> str:
    """A codec name as users know it: "utf-16-le" -> "UTF-16"."""
    return codec.upper().removesuffix("-SIG").removesuffix("-LE").removesuffix("-BE")
