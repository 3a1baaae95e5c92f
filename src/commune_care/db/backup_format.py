"""The encrypted backup file (``.ccbak``), as described in ``docs/decisions/backup-format.md``.

    magic (12) | format version (u16) | header length (u32) | header (UTF-8 JSON) | SHA-256 (32)
    chunk 0 | chunk 1 | … | final chunk

Everything before the first chunk is the *preamble*: readable without the password (commune,
when, counts, checksum, key-derivation parameters) and authenticated as associated data by every
chunk. Chunks are AES-256-GCM over ``chunk_size`` plaintext bytes (the final one may be shorter),
each with its own 16-byte tag; the nonce is ``nonce_prefix (7) | counter (u32) | final flag
(1)``, so chunks cannot be reordered, dropped, or cut off at a boundary without a failed tag.
The key is scrypt(password in NFC, salt). Pure Python + ``cryptography``: no SQLite, no Qt.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from commune_care.domain.errors import (
    BackupDamaged,
    BackupTooNew,
    NotABackup,
    OperationCancelled,
    WrongPassword,
)

MAGIC = b"CCBACKUP\r\n\x1a\n"  # \r\n and ^Z catch a file mangled by a text-mode copy
FORMAT_VERSION = 1
CHUNK_SIZE = 1 << 20
TAG_SIZE = 16
SALT_SIZE = 16
NONCE_PREFIX_SIZE = 7
KEY_SIZE = 32
DIGEST_SIZE = 32
MAX_HEADER_BYTES = 1 << 16
FINAL = b"\x01"
NOT_FINAL = b"\x00"
KEY_CHECK_FLAG = b"\x02"  # never a chunk's flag: the key check's nonce is never a chunk's
KEY_CHECK_AAD = b"commune_care key check v1"
_PRE = struct.Struct(">HI")  # format version, header length

# Limits a header may ask for (a crafted file must not make us allocate gigabytes).
_SCRYPT_N = (1 << 10, 1 << 20)
_SCRYPT_R = (1, 32)
_SCRYPT_P = (1, 16)
_CHUNK = (1 << 12, 1 << 26)

Step = Callable[[int], None]  # bytes done so far
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class KdfParams:
    """scrypt's cost: memory is 128 · n · r bytes (128 MiB for the default)."""

    n: int = 1 << 17
    r: int = 8
    p: int = 1

    def describe(self) -> str:
        return f"scrypt n={self.n} r={self.r} p={self.p}"


DEFAULT_KDF = KdfParams()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, size: int) -> bytes:
    try:
        data = base64.b64decode(str(text), validate=True)
    except ValueError:
        raise BackupDamaged() from None
    if len(data) != size:
        raise BackupDamaged()
    return data


def derive_key(password: str, salt: bytes, kdf: KdfParams) -> bytes:
    """scrypt over the NFC form of the password: «Hòa» typed with any Vietnamese keyboard
    (composed or combining accents) gives the same key."""
    normalized = unicodedata.normalize("NFC", password).encode("utf-8")
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # loaded on use: start-up

    return Scrypt(salt=salt, length=KEY_SIZE, n=kdf.n, r=kdf.r, p=kdf.p).derive(normalized)


@dataclass(frozen=True)
class Header:
    """A parsed preamble: ``fields`` is the JSON object, ``raw`` the exact bytes (the AAD)."""

    version: int
    fields: dict[str, Any]
    raw: bytes

    @property
    def kdf(self) -> KdfParams:
        kdf = self.fields["kdf"]
        return KdfParams(n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"]))

    @property
    def salt(self) -> bytes:
        return _unb64(self.fields["kdf"]["salt"], SALT_SIZE)

    @property
    def nonce_prefix(self) -> bytes:
        return _unb64(self.fields["cipher"]["nonce_prefix"], NONCE_PREFIX_SIZE)

    @property
    def chunk_size(self) -> int:
        return int(self.fields["cipher"]["chunk_size"])

    @property
    def content_size(self) -> int:
        return int(self.fields["content"]["size"])

    @property
    def sha256(self) -> str:
        return str(self.fields["content"]["sha256"])

    def key_matches(self, key: bytes) -> bool:
        expected = _unb64(self.fields["key_check"], TAG_SIZE)
        return _key_check(key, self.nonce_prefix) == expected


def _nonce(prefix: bytes, counter: int, flag: bytes) -> bytes:
    return prefix + counter.to_bytes(4, "big") + flag


def _key_check(key: bytes, prefix: bytes) -> bytes:
    """A tag over nothing, under a nonce no chunk uses: tells a wrong password from damage."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key).encrypt(_nonce(prefix, 0xFFFFFFFF, KEY_CHECK_FLAG), b"", KEY_CHECK_AAD)


def new_header(
    meta: dict[str, Any],
    *,
    content_size: int,
    sha256: str,
    key: bytes,
    salt: bytes,
    kdf: KdfParams,
    nonce_prefix: bytes | None = None,
    chunk_size: int = CHUNK_SIZE,
    version: int = FORMAT_VERSION,
) -> Header:
    """The preamble for a file whose plaintext has ``content_size`` bytes and this SHA-256.
    ``meta`` adds the descriptive fields (app and schema version, commune, created at, counts)."""
    prefix = nonce_prefix if nonce_prefix is not None else os.urandom(NONCE_PREFIX_SIZE)
    fields: dict[str, Any] = {
        **meta,
        "content": {"size": content_size, "sha256": sha256},
        "kdf": {"name": "scrypt", "salt": _b64(salt), "n": kdf.n, "r": kdf.r, "p": kdf.p},
        "cipher": {"name": "AES-256-GCM", "chunk_size": chunk_size, "nonce_prefix": _b64(prefix)},
        "key_check": _b64(_key_check(key, prefix)),
    }
    body = json.dumps(fields, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    head = MAGIC + _PRE.pack(version, len(body)) + body
    return Header(version, fields, head + hashlib.sha256(head).digest())


def _read_exact(src: BinaryIO, size: int) -> bytes:
    data = src.read(size)
    return data if data is not None else b""


def read_header(src: BinaryIO) -> Header:
    """Parse the preamble; the stream is left at the first chunk.

    ``NotABackup`` for another kind of file, ``BackupTooNew`` for a format this version does not
    know, ``BackupDamaged`` for a preamble that does not match its own checksum or lacks a field.
    """
    magic = _read_exact(src, len(MAGIC))
    if magic != MAGIC:
        raise NotABackup()
    pre = _read_exact(src, _PRE.size)
    if len(pre) != _PRE.size:
        raise BackupDamaged()
    version, length = _PRE.unpack(pre)
    if version > FORMAT_VERSION:
        raise BackupTooNew()
    if version < 1 or length > MAX_HEADER_BYTES:
        raise BackupDamaged()
    body = _read_exact(src, length)
    digest = _read_exact(src, DIGEST_SIZE)
    head = magic + pre + body
    if len(body) != length or digest != hashlib.sha256(head).digest():
        raise BackupDamaged()
    try:
        fields = json.loads(body.decode("utf-8"))
    except ValueError:
        raise BackupDamaged() from None
    header = Header(version, fields, head + digest)
    _check_fields(header)
    return header


def _check_fields(header: Header) -> None:
    """Every field the reader relies on, within the limits above."""
    try:
        kdf, size, chunk = header.kdf, header.content_size, header.chunk_size
        header.salt, header.nonce_prefix, header.sha256  # noqa: B018 - decoding is the check
        _unb64(header.fields["key_check"], TAG_SIZE)
        cipher, kdf_name = header.fields["cipher"]["name"], header.fields["kdf"]["name"]
    except (KeyError, TypeError, ValueError):
        raise BackupDamaged() from None
    if cipher != "AES-256-GCM" or kdf_name != "scrypt":
        raise BackupTooNew()
    ok = (
        _SCRYPT_N[0] <= kdf.n <= _SCRYPT_N[1]
        and kdf.n & (kdf.n - 1) == 0
        and _SCRYPT_R[0] <= kdf.r <= _SCRYPT_R[1]
        and _SCRYPT_P[0] <= kdf.p <= _SCRYPT_P[1]
        and _CHUNK[0] <= chunk <= _CHUNK[1]
        and size >= 0
    )
    if not ok:
        raise BackupDamaged()


def unlock(header: Header, password: str) -> bytes:
    """The key for this file, or ``WrongPassword``."""
    key = derive_key(password, header.salt, header.kdf)
    if not header.key_matches(key):
        raise WrongPassword()
    return key


def encrypt_stream(
    src: BinaryIO,
    dst: BinaryIO,
    header: Header,
    key: bytes,
    step: Step | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the preamble and the chunks of ``src`` (exactly ``header.content_size`` bytes) to
    ``dst``; returns the bytes written. ``OperationCancelled`` when ``cancelled()`` turns true.
    """
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aes = AESGCM(key)
    prefix, size, aad = header.nonce_prefix, header.chunk_size, header.raw
    dst.write(aad)
    written = len(aad)
    done = 0
    counter = 0
    chunk = src.read(size)
    while True:
        if cancelled is not None and cancelled():
            raise OperationCancelled()
        following = src.read(size) if len(chunk) == size else b""
        final = not following
        sealed = aes.encrypt(_nonce(prefix, counter, FINAL if final else NOT_FINAL), chunk, aad)
        dst.write(sealed)
        written += len(sealed)
        done += len(chunk)
        if step is not None:
            step(done)
        if final:
            break
        chunk = following
        counter += 1
    if done != header.content_size:
        raise ValueError(f"the source had {done} bytes, the header says {header.content_size}")
    return written


def decrypt_stream(
    src: BinaryIO,
    dst: BinaryIO,
    header: Header,
    key: bytes,
    step: Step | None = None,
    cancelled: Cancelled | None = None,
) -> str:
    """Decrypt the chunks after the preamble into ``dst``; returns the plaintext's SHA-256.

    Any failed tag, a missing final chunk (cut off at a boundary), a short chunk, or a length or
    checksum other than the header's raises ``BackupDamaged``."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aes = AESGCM(key)
    prefix, size, aad = header.nonce_prefix, header.chunk_size, header.raw
    sealed_size = size + TAG_SIZE
    digest = hashlib.sha256()
    done = 0
    counter = 0
    pending = _read_exact(src, sealed_size)
    if len(pending) < TAG_SIZE:
        raise BackupDamaged()
    while True:
        if cancelled is not None and cancelled():
            raise OperationCancelled()
        following = _read_exact(src, sealed_size) if len(pending) == sealed_size else b""
        final = not following  # the chunk at the end of the file must be the final one
        try:
            plain = aes.decrypt(
                _nonce(prefix, counter, FINAL if final else NOT_FINAL), pending, aad
            )
        except InvalidTag:
            raise BackupDamaged() from None
        digest.update(plain)
        dst.write(plain)
        done += len(plain)
        if step is not None:
            step(done)
        if final:
            break
        pending = following
        counter += 1
    if done != header.content_size or digest.hexdigest() != header.sha256:
        raise BackupDamaged()
    return digest.hexdigest()


def file_sha256(path: os.PathLike[str] | str, step: Step | None = None) -> tuple[str, int]:
    """SHA-256 and size of a file, read in chunks."""
    digest = hashlib.sha256()
    done = 0
    with open(path, "rb") as handle:
        while block := handle.read(CHUNK_SIZE):
            digest.update(block)
            done += len(block)
            if step is not None:
                step(done)
    return digest.hexdigest(), done


__all__ = [
    "CHUNK_SIZE",
    "DEFAULT_KDF",
    "FORMAT_VERSION",
    "MAGIC",
    "Header",
    "KdfParams",
    "decrypt_stream",
    "derive_key",
    "encrypt_stream",
    "file_sha256",
    "new_header",
    "read_header",
    "unlock",
]
