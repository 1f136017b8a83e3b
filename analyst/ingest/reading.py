"""Reading a file's bytes and turning them into text, or refusing them with a clear reason.

Rules, in the order they are applied:
1. A path that cannot be read is refused: ``cannot read: <the system's reason>``. A file
   larger than :data:`MAX_BYTES` is refused without being read.
2. An empty file (or one of only whitespace) is refused: ``empty file``.
3. A byte-order mark decides the encoding (UTF-8, UTF-16, UTF-32) and is dropped.
4. Binary files are refused: a known magic number (PNG, PDF, ZIP, ELF, ...), NUL bytes (unless
   the file is plainly UTF-16 without a mark), or more than a few control characters.
5. Strict UTF-8 is tried first: almost every article is UTF-8, and a strict decode cannot
   be wrong about it.
6. Only then is another encoding considered. A file that is mostly valid UTF-8 with a few bad
   bytes is broken UTF-8, not another encoding, and is refused. An HTML page's declared
   charset is tried next. Last, charset-normalizer guesses; its guess is taken only when it
   is confident the bytes are text, and a Latin-script guess is read as Windows-1252 (the
   encoding behind nearly all "Latin-1" files and web pages). Otherwise the file is refused
   as ``not valid text (invalid UTF-8 at byte N ...)``.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from analyst.ingest.errors import IngestError

MAX_BYTES = 50 * 1024 * 1024
"""Articles are kilobytes; anything this big is not one, and reading it would stall ingest."""

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"),
    (b"\x7fELF", "ELF executable"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh91AY&SY", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "Zstandard archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
)

# UTF-32 marks first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# C0 controls that never occur in text (tab, newlines, form feed and vertical tab do).
_CONTROL_BYTES = bytes([b for b in range(0x20) if b not in b"\t\n\v\f\r"] + [0x7F])
_HIGH_BYTES = bytes(range(0x80, 0x100))
_SAMPLE = 64 * 1024
_MAX_CONTROL_RATIO = 0.01

_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

# Unicode blocks charset-normalizer reports for text in a Latin script.
_LATIN_ALPHABETS = frozenset(
    {
        "Basic Latin",
        "Control character",  # the line breaks
        "Latin-1 Supplement",
        "Latin Extended-A",
        "Latin Extended-B",
        "Latin Extended Additional",
        "General Punctuation",
        "Spacing Modifier Letters",
        "Currency Symbols",
        "Letterlike Symbols",
    }
)
_MAX_CHAOS = 0.2


def read_text(path: Path, *, html: bool = False) -> str:
    """The text of the file at ``path``; raises :class:`IngestError` naming ``path`` if it
    cannot be read or is not text. ``html`` lets a page's declared charset be used."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(path, f"file too large ({size // (1024 * 1024)} MB; at most 50 MB)")
        data = path.read_bytes()
    except OSError as error:
        raise IngestError(path, f"cannot read: {error.strerror or error}") from None
    return decode_bytes(data, str(path), html=html)


def decode_bytes(data: bytes, name: str, *, html: bool = False) -> str:
    """``data`` decoded by the module's rules; ``name`` is what an :class:`IngestError` names."""
    if not data.strip():
        raise IngestError(name, "empty file")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                raise IngestError(name, f"not valid text (invalid {label})") from error
            return _non_empty(text, name)
    _refuse_known_binary(data, name)
    if b"\x00" in data:
        # Checked before control characters: UTF-16 text is full of bytes that look like them.
        return _non_empty(_decode_utf16_without_bom(data, name), name)
    _refuse_control_characters(data, name)
    try:
        return _non_empty(data.decode("utf-8"), name)
    except UnicodeDecodeError as error:
        return _non_empty(_decode_other(data, name, error, html=html), name)


def _non_empty(text: str, name: str) -> str:
    if not text.strip():
        raise IngestError(name, "empty file")
    return text


def _refuse_known_binary(data: bytes, name: str) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise IngestError(name, f"binary file ({kind})")


def _refuse_control_characters(data: bytes, name: str) -> None:
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > max(3, _MAX_CONTROL_RATIO * len(sample)):
        raise IngestError(name, "binary file (control characters)")


def _decode_utf16_without_bom(data: bytes, name: str) -> str:
    """UTF-16 text written without a mark has a NUL in every other byte; anything else with
    NUL bytes is binary."""
    even, odd = data[0::2], data[1::2]
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if len(data) % 2 == 0 and zeros.count(0) >= 0.9 * len(zeros):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                break
            if "\x00" not in text:
                return text
    raise IngestError(name, "binary file (contains NUL bytes)")


def _decode_other(data: bytes, name: str, error: UnicodeDecodeError, *, html: bool) -> str:
    invalid = f"invalid UTF-8 at byte {error.start}"
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    in_utf8 = sum(len(sequence) for sequence in _UTF8_SEQUENCE.findall(data))
    if in_utf8 >= high / 2:
        # Mostly good UTF-8: another encoding would turn the good part into mojibake.
        reason = f"not valid text ({invalid}; the file is damaged or mixes encodings)"
        raise IngestError(name, reason)
    if html:
        declared = _declared_charset(data)
        if declared:
            try:
                return data.decode(declared)
            except UnicodeDecodeError:
                pass
    guess = _guess(data)
    if guess is None:
        raise IngestError(name, f"not valid text ({invalid}, and no other encoding fits)")
    return guess


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    # Browsers read pages labelled Latin-1 or ASCII as Windows-1252; so do we.
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def _guess(data: bytes) -> str | None:
    # Imported here: it is only needed for the rare file that is not UTF-8.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > _MAX_CHAOS:
        return None
    if set(best.alphabets) <= _LATIN_ALPHABETS:
        # charset-normalizer cannot tell Latin code pages apart on English text (it says
        # cp1250 or cp1257 for plain Windows-1252), and Windows-1252 is what such files are.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)
