"""The encrypted backup file (docs/decisions/backup-format.md): what goes in comes out, and nothing else
does — a wrong password, a cut, a changed byte anywhere, a future format, another file."""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commune_care.db.backup_format import (
    MAGIC,
    KdfParams,
    decrypt_stream,
    derive_key,
    encrypt_stream,
    new_header,
    read_header,
    unlock,
)
from commune_care.domain.errors import (
    BackupDamaged,
    BackupTooNew,
    NotABackup,
    OperationCancelled,
    WrongPassword,
)

FAST = KdfParams(n=1 << 10, r=8, p=1)  # the tests' key derivation; the app uses 2^17
CHUNK = 4096
PASSWORD = "Mật khẩu của xã 2026"
META = {"app_version": "0.1.0", "schema_revision": "0004", "counts": {"children": 3}}


def make(content: bytes, password: str = PASSWORD, chunk: int = CHUNK) -> bytes:
    salt = os.urandom(16)
    key = derive_key(password, salt, FAST)
    header = new_header(
        META,
        content_size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        key=key,
        salt=salt,
        kdf=FAST,
        chunk_size=chunk,
    )
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(content), out, header, key)
    return out.getvalue()


def open_it(data: bytes, password: str = PASSWORD) -> bytes:
    src = io.BytesIO(data)
    header = read_header(src)
    key = unlock(header, password)
    out = io.BytesIO()
    decrypt_stream(src, out, header, key)
    return out.getvalue()


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 17])
def test_what_goes_in_comes_out(size: int) -> None:
    content = os.urandom(size)
    data = make(content)
    assert open_it(data) == content
    if size >= 16:
        assert content[:16] not in data  # nothing of the content in clear


@settings(max_examples=25, deadline=None)
@given(st.binary(max_size=3 * CHUNK + 5), st.integers(min_value=0, max_value=100_000))
def test_any_cut_is_refused(content: bytes, where: int) -> None:
    data = make(content)
    header_end = len(read_header_bytes(data))
    cut = header_end + where % (len(data) - header_end)  # anywhere after the header
    with pytest.raises(BackupDamaged):
        open_it(data[:cut])


def read_header_bytes(data: bytes) -> bytes:
    return read_header(io.BytesIO(data)).raw


def test_a_cut_at_a_chunk_boundary_is_refused() -> None:
    """The last chunk standing was written as 'not final': the missing end is noticed."""
    content = os.urandom(3 * CHUNK)
    data = make(content)
    header_end = len(read_header_bytes(data))
    for chunks in (1, 2):
        with pytest.raises(BackupDamaged):
            open_it(data[: header_end + chunks * (CHUNK + 16)])


def test_every_changed_byte_is_refused() -> None:
    content = os.urandom(2 * CHUNK + 100)
    data = make(content)
    step = max(1, len(data) // 400)
    for i in range(0, len(data), step):
        changed = bytearray(data)
        changed[i] ^= 0x01
        with pytest.raises((BackupDamaged, NotABackup, BackupTooNew, WrongPassword)):
            open_it(bytes(changed))


def test_chunks_swapped_or_appended_are_refused() -> None:
    content = os.urandom(3 * CHUNK)
    data = make(content)
    start = len(read_header_bytes(data))
    size = CHUNK + 16
    first, second = data[start : start + size], data[start + size : start + 2 * size]
    swapped = data[:start] + second + first + data[start + 2 * size :]
    with pytest.raises(BackupDamaged):
        open_it(swapped)
    with pytest.raises(BackupDamaged):
        open_it(data + b"\0" * 10)


def test_a_rewritten_header_with_a_fresh_checksum_is_refused() -> None:
    """Changing a count and recomputing the header's own checksum still fails: the header is
    the associated data of every chunk."""
    data = make(os.urandom(CHUNK + 5))
    src = io.BytesIO(data)
    header = read_header(src)
    fields = dict(header.fields, counts={"children": 999})
    body = json.dumps(fields, ensure_ascii=False, sort_keys=True, indent=1).encode()
    head = MAGIC + struct.pack(">HI", 1, len(body)) + body
    forged = head + hashlib.sha256(head).digest() + data[len(header.raw) :]
    assert read_header(io.BytesIO(forged)).fields["counts"] == {"children": 999}
    with pytest.raises(BackupDamaged):
        open_it(forged)


def test_a_wrong_password_is_told_apart_from_damage() -> None:
    data = make(b"du lieu")
    with pytest.raises(WrongPassword):
        open_it(data, "mat khau cua xa 2026")
    with pytest.raises(WrongPassword):
        open_it(data, PASSWORD.upper())


def test_the_password_is_compared_in_nfc() -> None:
    """Vietnamese keyboards send «ậ» composed or as a + ̣ + ̂: both open the file."""
    data = make(b"du lieu", password=unicodedata.normalize("NFC", PASSWORD))
    assert open_it(data, unicodedata.normalize("NFD", PASSWORD)) == b"du lieu"


def test_other_files_and_future_formats() -> None:
    with pytest.raises(NotABackup):
        read_header(io.BytesIO(b"SQLite format 3\0" + b"\0" * 100))
    with pytest.raises(NotABackup):
        read_header(io.BytesIO(b""))
    data = make(b"x")
    future = data[: len(MAGIC)] + struct.pack(">H", 2) + data[len(MAGIC) + 2 :]
    with pytest.raises(BackupTooNew):
        read_header(io.BytesIO(future))
    with pytest.raises(BackupDamaged):
        read_header(io.BytesIO(data[: len(MAGIC) + 10]))


def test_a_header_asking_for_gigabytes_is_refused() -> None:
    """scrypt's memory comes from the header: a crafted file must not make us allocate 1 TB."""
    data = make(b"x")
    header = read_header(io.BytesIO(data))
    fields = json.loads(json.dumps(header.fields))
    fields["kdf"]["n"] = 1 << 30
    body = json.dumps(fields).encode()
    head = MAGIC + struct.pack(">HI", 1, len(body)) + body
    with pytest.raises(BackupDamaged):
        read_header(io.BytesIO(head + hashlib.sha256(head).digest()))


def test_the_plain_header_says_what_it_is_without_the_password() -> None:
    header = read_header(io.BytesIO(make(b"abc")))
    assert header.fields["counts"] == {"children": 3}
    assert header.fields["schema_revision"] == "0004"
    assert header.fields["cipher"]["name"] == "AES-256-GCM"
    assert header.fields["kdf"]["name"] == "scrypt"
    assert header.sha256 == hashlib.sha256(b"abc").hexdigest()


def test_cancel_stops_between_chunks() -> None:
    content = os.urandom(4 * CHUNK)
    salt = os.urandom(16)
    key = derive_key(PASSWORD, salt, FAST)
    header = new_header(
        META,
        content_size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        key=key,
        salt=salt,
        kdf=FAST,
        chunk_size=CHUNK,
    )
    calls = iter([False, False, True])
    with pytest.raises(OperationCancelled):
        encrypt_stream(
            io.BytesIO(content), io.BytesIO(), header, key, cancelled=lambda: next(calls)
        )
