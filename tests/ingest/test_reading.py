"""Encodings, and the inputs that must be refused with a clear reason."""

from __future__ import annotations

import codecs
import os
import random
from pathlib import Path

import pytest

from analyst.ingest import IngestError, load_article
from analyst.ingest.reading import decode_bytes

TEXT = (
    "China’s President Xi Jinping told Russia’s Vladimir Putin he backs a “long-term” "
    "solution – and the café in Montréal stayed open.\n\n"
    "The two leaders spoke by phone on Friday, the Kremlin said."
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with its byte-order mark
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
        TEXT.encode("utf-16-le"),  # no mark: NUL in every other byte
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf32", "utf16le-no-bom"],
)
def test_unicode_encodings_decode_to_the_same_article(tmp_path: Path, data: bytes) -> None:
    article = load_article(write(tmp_path, "a.txt", data))
    assert article.text == TEXT
    assert not article.text.startswith("\ufeff")


def test_cp1252_with_curly_quotes(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.txt", TEXT.encode("cp1252")))
    assert article.text == TEXT


def test_latin1(tmp_path: Path) -> None:
    text = (
        "Le café naïf à Montréal: the minister said the déjà vu over tariffs was real.\n\n"
        "Officials in Zürich and São Paulo agreed on Friday."
    )
    article = load_article(write(tmp_path, "a.txt", text.encode("latin-1")))
    assert article.text == text


def test_same_text_in_two_encodings_is_the_same_article(tmp_path: Path) -> None:
    first = load_article(write(tmp_path, "a.txt", TEXT.encode("utf-8")))
    second = load_article(write(tmp_path, "b.txt", TEXT.encode("utf-16")))
    assert first.id == second.id


def refusal(path: Path) -> IngestError:
    with pytest.raises(IngestError) as caught:
        load_article(path)
    error = caught.value
    assert error.path == str(path)
    assert str(error) == f"{path}: {error.reason}"
    return error


def test_empty_file(tmp_path: Path) -> None:
    assert refusal(write(tmp_path, "empty.txt", b"")).reason == "empty file"
    assert refusal(write(tmp_path, "blank.txt", b" \n\r\n\t ")).reason == "empty file"


def test_png_disguised_as_text(tmp_path: Path) -> None:
    rng = random.Random(7)
    noise = bytes(rng.randrange(256) for _ in range(2000))
    error = refusal(write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n" + noise))
    assert error.reason == "binary file (PNG image)"


@pytest.mark.parametrize(
    ("magic", "kind"),
    [(b"%PDF-1.7\n", "PDF"), (b"PK\x03\x04", "ZIP"), (b"\x7fELF\x02\x01", "ELF")],
)
def test_known_binary_formats(tmp_path: Path, magic: bytes, kind: str) -> None:
    error = refusal(write(tmp_path, "x.txt", magic + b"some text after the header " * 10))
    assert error.reason.startswith("binary file") and kind in error.reason


def test_nul_and_control_bytes_are_binary(tmp_path: Path) -> None:
    assert "binary file" in refusal(write(tmp_path, "a.txt", b"text\x00\x01\x02 more")).reason
    controls = b"Some words \x01\x02\x03\x04\x05\x06\x07\x08 and more \x10\x11\x12\x13"
    assert refusal(write(tmp_path, "b.txt", controls)).reason.startswith("binary file")


def test_invalid_utf8_garbage(tmp_path: Path) -> None:
    rng = random.Random(3)
    garbage = bytes(rng.randrange(0x80, 0x100) for _ in range(3000))
    error = refusal(write(tmp_path, "garbage.txt", garbage))
    assert error.reason.startswith("not valid text (invalid UTF-8")


def test_broken_utf8_is_not_read_as_another_encoding(tmp_path: Path) -> None:
    data = TEXT.encode("utf-8") * 3 + b"\xff\xfe\xc3 tail"
    error = refusal(write(tmp_path, "broken.txt", data))
    assert error.reason.startswith("not valid text (invalid UTF-8 at byte")


def test_bad_utf16_after_a_mark(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "Hello there, world".encode("utf-16-le") + b"\x00\xdc"
    assert refusal(write(tmp_path, "a.txt", data)).reason == "not valid text (invalid UTF-16)"


def test_a_folder_named_like_an_article_cannot_be_read(tmp_path: Path) -> None:
    folder = tmp_path / "x.txt"
    folder.mkdir()
    assert refusal(folder).reason.startswith("cannot read: ")


def test_a_missing_file_cannot_be_read(tmp_path: Path) -> None:
    assert refusal(tmp_path / "missing.txt").reason == "cannot read: No such file or directory"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_permission_cannot_be_read(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", TEXT.encode())
    path.chmod(0)
    try:
        assert refusal(path).reason == "cannot read: Permission denied"
    finally:
        path.chmod(0o644)


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1252"><title>T</title></head><body><article>'
        f"<p>{TEXT.split(chr(10))[0]}</p></article></body></html>"
    )
    assert decode_bytes(page.encode("cp1252"), "p.html", html=True) == page
