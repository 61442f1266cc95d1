"""Reading inputs: finding sources, decoding bytes, reporting what cannot be read."""

from __future__ import annotations

import codecs
import io
import os
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from quotex.reading import inputs
from quotex.reading.inputs import (
    BinaryContentError,
    Document,
    InputError,
    decode,
    decode_with_info,
    find_sources,
    iter_documents,
    read_document,
)

ARTICLE = "\u201cWe are ready,\u201d the minister said.\nShe added: \u2018Soon.\u2019\n"
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def write(path: Path, data: bytes | str) -> Path:
    """Write `data` (str as UTF-8) to `path`, creating folders; return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def names(items: Iterable[str | InputError]) -> list[str]:
    """The paths among `find_sources` results, as yielded."""
    return [item for item in items if isinstance(item, str)]


def errors(items: Iterable[str | InputError]) -> list[InputError]:
    """The errors among `find_sources` results, in order."""
    return [item for item in items if isinstance(item, InputError)]


# --- decoding: byte-order marks and UTF-16 -----------------------------------


@pytest.mark.parametrize(
    ("bom", "codec", "expected_encoding"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    ],
)
def test_each_byte_order_mark_is_honoured_and_dropped(bom, codec, expected_encoding):
    decoded = decode_with_info(bom + ARTICLE.encode(codec))
    assert decoded.text == ARTICLE
    assert decoded.encoding == expected_encoding
    assert decoded.warning is None


def test_only_the_first_byte_order_mark_is_dropped():
    assert decode(codecs.BOM_UTF8 + "\ufeffx".encode()) == "\ufeffx"
    assert decode(codecs.BOM_UTF16_LE + "\ufeffx".encode("utf-16-le")) == "\ufeffx"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(codec):
    decoded = decode_with_info(ARTICLE.encode(codec))
    assert decoded.text == ARTICLE
    assert decoded.encoding == codec


def test_utf16_bom_with_a_truncated_unit_keeps_the_text_and_warns():
    decoded = decode_with_info(codecs.BOM_UTF16_LE + "Hello".encode("utf-16-le") + b"H")
    assert decoded.text == "Hello\ufffd"
    assert decoded.lossy
    assert decoded.warning == "not valid UTF-16; invalid bytes replaced with U+FFFD"


# --- decoding: newlines --------------------------------------------------------


def test_crlf_and_lone_cr_become_lf():
    assert decode(b"one\r\ntwo\rthree\n\r\nfour\r") == "one\ntwo\nthree\n\nfour\n"


def test_other_line_separators_stay_as_in_python_text_mode():
    assert decode("a\u2028b\u0085c".encode()) == "a\u2028b\u0085c"


def test_the_same_article_saved_four_ways_reads_the_same(tmp_path):
    crlf = ARTICLE.replace("\n", "\r\n")
    files = [
        write(tmp_path / "utf8.txt", ARTICLE.encode("utf-8")),
        write(tmp_path / "utf8bom.txt", ARTICLE.encode("utf-8-sig")),
        write(tmp_path / "utf16.txt", ARTICLE.encode("utf-16")),
        write(tmp_path / "crlf.txt", crlf.encode("utf-8")),
        write(tmp_path / "utf16crlf.txt", crlf.encode("utf-16-be")),
    ]
    texts = {read_document(str(path)).text for path in files}
    assert texts == {ARTICLE}


# --- decoding: fallbacks -------------------------------------------------------


def test_cp1252_curly_quotes_are_read_as_cp1252_with_a_warning():
    decoded = decode_with_info(b"\x93We are ready,\x94 the minister said \x96 caf\xe9.")
    assert decoded.text == "\u201cWe are ready,\u201d the minister said \u2013 caf\u00e9."
    assert decoded.encoding == "cp1252"
    assert decoded.warning == "not valid UTF-8; decoded as cp1252 (Windows-1252)"


def test_damaged_utf8_stays_utf8_rather_than_cp1252_mojibake():
    # cut mid-character at the end: cp1252 would turn every curly quote into "â€œ"
    data = ARTICLE.encode("utf-8") + "\u201c".encode("utf-8")[:2]
    decoded = decode_with_info(data)
    assert decoded.text == ARTICLE + "\ufffd"
    assert decoded.encoding == "utf-8"
    assert decoded.lossy


def test_invalid_utf8_that_is_not_cp1252_gets_replacement_characters():
    # 0x81 is undefined in cp1252
    decoded = decode_with_info(b"Caf\xe9 \x81 ok")
    assert decoded.text == "Caf\ufffd \ufffd ok"
    assert decoded.lossy
    assert decoded.warning == "not valid UTF-8; invalid bytes replaced with U+FFFD"


def test_clean_utf8_has_no_warning():
    decoded = decode_with_info(ARTICLE.encode())
    assert (decoded.encoding, decoded.lossy, decoded.warning) == ("utf-8", False, None)


def test_empty_data_is_empty_text():
    assert decode_with_info(b"") == ("", "utf-8", False)


def test_nbsp_and_zero_width_characters_are_preserved():
    text = "a\u00a0b\u200bc\u200cd\u200de\u2060f\ufeffg\u202fh"
    assert decode(text.encode("utf-8")) == text
    assert decode(text.encode("utf-16")) == text
    assert decode(b"a\xa0b") == "a\u00a0b"  # NBSP in cp1252


# --- decoding: binary ----------------------------------------------------------


def test_nul_byte_means_binary():
    with pytest.raises(BinaryContentError):
        decode(b"plain text\x00more text")


def test_nul_byte_after_the_sniffed_start_is_not_looked_for():
    # git's rule looks at the first 8000 bytes only, which keeps large files cheap
    text = "x" * inputs.SNIFF_SIZE + "\x00"
    assert decode(text.encode()) == text


def test_many_control_characters_mean_binary():
    with pytest.raises(BinaryContentError):
        decode(bytes(range(1, 32)) * 20)


def test_a_few_control_characters_are_text():
    assert decode(b"page one\x0cpage two\x1b[0m done") == "page one\x0cpage two\x1b[0m done"


def test_random_looking_bytes_without_nul_are_binary():
    data = bytes((i * 97 + 13) % 255 + 1 for i in range(3000))  # every byte value but 0
    with pytest.raises(BinaryContentError):
        decode(data)


def test_binary_file_is_an_input_error(tmp_path):
    png = write(tmp_path / "picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    with pytest.raises(InputError) as caught:
        read_document(str(png))
    assert str(caught.value) == f"{png}: not a text file (binary content)"
    assert caught.value.name == str(png)


# --- reading files -------------------------------------------------------------


def test_read_document_gives_name_as_given_and_encoding(tmp_path):
    path = write(tmp_path / "a.txt", b"\x93Hi\x94")
    doc = read_document(str(path))
    assert doc == Document(str(path), "\u201cHi\u201d", "cp1252", doc.warning)
    assert doc.warning is not None


def test_empty_file_is_an_empty_document(tmp_path):
    path = write(tmp_path / "empty.txt", b"")
    assert read_document(str(path)) == Document(str(path), "")


def test_missing_file(tmp_path):
    missing = str(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="no such file or directory"):
        read_document(missing)
    [error] = find_sources([missing])
    assert str(error) == f"{missing}: no such file or directory"


def test_directory_given_to_read_document(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        read_document(str(tmp_path))


@pytest.mark.skipif(AS_ROOT, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "secret.txt", "text")
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            read_document(str(path))
    finally:
        path.chmod(0o644)


def test_unreadable_file_simulated(tmp_path, monkeypatch):
    path = write(tmp_path / "secret.txt", "text")

    def refuse(file, mode="r", *args, **kwargs):
        raise PermissionError(13, "Permission denied", file)

    monkeypatch.setattr(inputs, "open", refuse, raising=False)
    [error] = iter_documents([str(path)])
    assert isinstance(error, InputError)
    assert str(error) == f"{path}: permission denied"


def test_any_os_error_is_an_input_error(tmp_path, monkeypatch):
    path = write(tmp_path / "a.txt", "text")

    def fail(file, mode="r", *args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(inputs, "open", fail, raising=False)
    with pytest.raises(InputError, match="Input/output error"):
        read_document(str(path))


def test_large_file_is_read_whole(tmp_path):
    text = "\u201cQuote,\u201d he said.\n" * 500_000  # about 12 MB
    path = write(tmp_path / "big.txt", text)
    assert read_document(str(path)).text == text


# --- stdin ---------------------------------------------------------------------


def test_dash_reads_the_given_stdin():
    doc = read_document("-", stdin=io.BytesIO(codecs.BOM_UTF8 + b"from\r\nstdin"))
    assert doc == Document("-", "from\nstdin", "utf-8-sig")


def test_dash_in_iter_documents_reads_the_given_stdin(tmp_path):
    path = write(tmp_path / "a.txt", "file")
    docs = list(iter_documents([str(path), "-"], stdin=io.BytesIO(b"piped")))
    assert [(d.name, d.text) for d in docs] == [(str(path), "file"), ("-", "piped")]


def test_binary_stdin_is_an_input_error():
    with pytest.raises(InputError, match=r"^-: not a text file \(binary content\)$"):
        read_document("-", stdin=io.BytesIO(b"\x00\x01\x02"))


# --- finding sources -----------------------------------------------------------


def test_folders_are_searched_recursively_in_name_order(tmp_path):
    for rel in ["b.txt", "a/z.txt", "a/b/c.txt", "c.txt", "A.txt", "a.md", "a/.hidden.txt"]:
        write(tmp_path / "in" / rel, "text")
    folder = str(tmp_path / "in")
    assert list(find_sources([folder])) == [
        f"{folder}/A.txt",
        f"{folder}/a/.hidden.txt",
        f"{folder}/a/b/c.txt",
        f"{folder}/a/z.txt",
        f"{folder}/b.txt",
        f"{folder}/c.txt",
    ]


def test_folder_names_keep_the_users_spelling(tmp_path, monkeypatch):
    write(tmp_path / "seeds" / "x.txt", "text")
    monkeypatch.chdir(tmp_path)
    assert list(find_sources(["seeds/"])) == ["seeds/x.txt"]
    assert list(find_sources(["./seeds"])) == ["./seeds/x.txt"]


def test_paths_are_taken_in_the_order_given_and_files_whatever_their_name(tmp_path):
    write(tmp_path / "d" / "one.txt", "text")
    notes = write(tmp_path / "notes.md", "text")
    assert list(find_sources([str(notes), "-", str(tmp_path / "d")])) == [
        str(notes),
        "-",
        f"{tmp_path}/d/one.txt",
    ]


def test_glob_other_than_txt(tmp_path):
    for rel in ["a.md", "sub/b.md", "c.txt", "d.MD"]:
        write(tmp_path / rel, "text")
    found = list(find_sources([str(tmp_path)], glob="*.md"))
    assert found == [f"{tmp_path}/a.md", f"{tmp_path}/sub/b.md"]  # case-sensitive, like find -name


def test_folder_with_no_matching_file(tmp_path):
    write(tmp_path / "only.md", "text")
    (tmp_path / "empty").mkdir()
    [error] = find_sources([str(tmp_path)])
    assert isinstance(error, InputError)
    assert str(error) == f"{tmp_path}: no files matching --glob '*.txt'; choose others with, e.g., --glob '*.md'"
    [error] = find_sources([str(tmp_path)], glob="*.html")
    assert str(error).startswith(f"{tmp_path}: no files matching --glob '*.html';")


def test_dangling_symlink(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing.txt")
    [error] = find_sources([str(link)])
    assert isinstance(error, InputError)
    assert "dangling symlink" in str(error) and str(error).startswith(f"{link}: ")
    # the same inside a folder, and read_document says so too
    assert [str(e) for e in errors(find_sources([str(tmp_path)]))] == [str(error)]
    with pytest.raises(InputError, match="dangling symlink"):
        read_document(str(link))


def test_file_symlink_loop(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    [error] = find_sources([str(tmp_path / "a.txt")])
    assert str(error) == f"{tmp_path}/a.txt: symlink loop"
    assert [str(e) for e in find_sources([str(tmp_path)])] == [
        f"{tmp_path}/a.txt: symlink loop",
        f"{tmp_path}/b.txt: symlink loop",
    ]
    with pytest.raises(InputError, match="symlink loop"):
        read_document(str(tmp_path / "a.txt"))


def test_folder_symlinked_into_itself_is_not_entered(tmp_path):
    folder = tmp_path / "d"
    write(folder / "a.txt", "text")
    (folder / "loop").symlink_to(folder)
    (folder / "loop.txt").symlink_to(folder)  # matches the glob, but is a folder
    assert list(find_sources([str(folder)])) == [f"{folder}/a.txt"]
    # named on the command line, a linked folder is searched, still without looping
    assert list(find_sources([str(folder / "loop")])) == [f"{folder}/loop/a.txt"]


def test_symlinked_file_inside_a_folder_is_followed(tmp_path):
    target = write(tmp_path / "elsewhere" / "article.md", "text")
    write(tmp_path / "d" / "a.txt", "text")
    (tmp_path / "d" / "b.txt").symlink_to(target)
    assert list(find_sources([str(tmp_path / "d")])) == [f"{tmp_path}/d/a.txt", f"{tmp_path}/d/b.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_inside_a_folder_is_an_error_and_never_opened(tmp_path):
    write(tmp_path / "a.txt", "text")
    os.mkfifo(tmp_path / "pipe.txt")
    found = list(find_sources([str(tmp_path)]))
    assert found[0] == f"{tmp_path}/a.txt"
    assert str(found[1]) == (
        f"{tmp_path}/pipe.txt: not a regular file (a named pipe); only regular files are read from folders"
    )


@pytest.mark.skipif(AS_ROOT, reason="root reads folders whatever their mode")
def test_unreadable_folder(tmp_path):
    locked = tmp_path / "locked"
    write(locked / "a.txt", "text")
    locked.chmod(0)
    try:
        assert [str(e) for e in find_sources([str(locked)])] == [f"{locked}: permission denied"]
    finally:
        locked.chmod(0o755)


def test_unreadable_folder_simulated(tmp_path, monkeypatch):
    write(tmp_path / "a.txt", "text")
    write(tmp_path / "locked" / "b.txt", "text")
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(inputs.os, "scandir", scandir)
    found = list(find_sources([str(tmp_path)]))
    assert names(found) == [f"{tmp_path}/a.txt"]
    assert [str(e) for e in errors(found)] == [f"{tmp_path}/locked: permission denied"]
    # an unreadable folder given directly is reported once, not also as "no files matching"
    assert [str(e) for e in find_sources([str(tmp_path / "locked")])] == [
        f"{tmp_path}/locked: permission denied"
    ]


def test_iter_documents_never_raises_and_keeps_order(tmp_path):
    write(tmp_path / "d" / "1.txt", "one")
    write(tmp_path / "d" / "2.txt", b"\x00binary")
    write(tmp_path / "d" / "3.txt", b"\x93three\x94")
    results = list(iter_documents([str(tmp_path / "d"), str(tmp_path / "missing")]))
    assert [type(r).__name__ for r in results] == ["Document", "InputError", "Document", "InputError"]
    assert results[2].warning == "not valid UTF-8; decoded as cp1252 (Windows-1252)"


# --- error messages ------------------------------------------------------------


def test_every_input_error_is_one_line_naming_the_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "bin.txt", b"\x00\x01")
    write(tmp_path / "odd\nname.txt", b"\x00\x01")
    write(tmp_path / "folder" / "x.md", "text")
    os.symlink("nowhere", "dangling.txt")
    os.symlink("loop2.txt", "loop1.txt")
    os.symlink("loop1.txt", "loop2.txt")
    given_paths = ["bin.txt", "odd\nname.txt", "folder", "dangling.txt", "loop1.txt", "missing", "bin.txt/x"]
    results = list(iter_documents(given_paths))
    assert len(results) == len(given_paths)
    for given_path, error in zip(given_paths, results, strict=False):
        assert isinstance(error, InputError)
        assert error.name == given_path
        message = str(error)
        assert "\n" not in message and "\r" not in message
        assert message.startswith(given_path.replace("\n", "\\n") + ": ")


def test_undecodable_file_name_prints(tmp_path):
    error = InputError("caf\udce9.txt", "no such file or directory")
    assert str(error) == "caf\\udce9.txt: no such file or directory"
    str(error).encode("utf-8")  # safe to print


# --- properties ----------------------------------------------------------------

TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc"), include_characters="\r\n\t"))


def universal_newlines(text: str) -> str:
    """What Python's text mode makes of `text`: the reference for newline handling."""
    return io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8", newline=None).read()


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16"])
@given(text=TEXT)
def test_encoding_then_decoding_gives_the_text_back(codec, text):
    # a leading U+FEFF in plain UTF-8 is indistinguishable from a byte-order mark
    assume(codec != "utf-8" or not text.startswith("\ufeff"))
    assert decode(text.encode(codec)) == universal_newlines(text)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@given(text=st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1))
def test_ascii_utf16_without_bom_gives_the_text_back(codec, text):
    assert decode(text.encode(codec)) == text
