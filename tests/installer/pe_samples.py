"""Tiny synthetic Windows DLLs for the DLL check's tests: a PE32+ file whose only content is an
import table naming the given DLLs (one function each). Enough for ``pefile`` and the loader's
view of "what does this file need", without a Windows compiler."""

from __future__ import annotations

import struct
from pathlib import Path

AMD64 = 0x8664
I386 = 0x014C
SECTION_RVA = 0x1000
FILE_ALIGNMENT = 0x200


def _import_section(dlls: list[str]) -> bytes:
    """Import descriptors, then per DLL: lookup table, address table, name, hint/name."""
    descriptors_size = 20 * (len(dlls) + 1)
    blobs = bytearray()
    descriptors = bytearray()
    for dll in dlls:
        base = SECTION_RVA + descriptors_size + len(blobs)
        hint_name = struct.pack("<H", 0) + b"Function\0"
        name = dll.encode("ascii") + b"\0"
        lookup_rva = base
        address_rva = base + 16
        name_rva = base + 32
        hint_rva = name_rva + len(name)
        thunk = struct.pack("<QQ", hint_rva, 0)
        blobs += thunk + thunk + name + hint_name
        blobs += b"\0" * (-len(blobs) % 8)
        descriptors += struct.pack("<IIIII", lookup_rva, 0, 0, name_rva, address_rva)
    descriptors += b"\0" * 20
    return bytes(descriptors + blobs)


def write_dll(path: Path, imports: list[str], machine: int = AMD64) -> Path:
    section = _import_section(imports)
    raw_size = len(section) + (-len(section) % FILE_ALIGNMENT)
    virtual_size = len(section)
    headers = bytearray(b"MZ" + b"\0" * 58 + struct.pack("<I", 0x40))
    headers += b"PE\0\0"
    # COFF: machine, 1 section, timestamp, symbols, size of optional header, DLL characteristics
    headers += struct.pack("<HHIIIHH", machine, 1, 0, 0, 0, 240, 0x2022)
    optional = struct.pack(
        "<HBBIIIIIQIIHHHHHHIIIIHHQQQQII",
        0x20B,
        14,
        0,
        raw_size,
        0,
        0,
        0,
        SECTION_RVA,
        0x180000000,
        SECTION_RVA,
        FILE_ALIGNMENT,
        6,
        0,
        0,
        0,
        6,
        0,
        0,
        SECTION_RVA + ((virtual_size + 0xFFF) & ~0xFFF),
        FILE_ALIGNMENT,
        0,
        2,
        0x160,
        0x100000,
        0x1000,
        0x100000,
        0x1000,
        0,
        16,
    )
    directories = [(0, 0)] * 16
    directories[1] = (SECTION_RVA, 20 * (len(imports) + 1))
    optional += b"".join(struct.pack("<II", rva, size) for rva, size in directories)
    headers += optional
    headers += struct.pack(
        "<8sIIIIIIHHI",
        b".idata",
        virtual_size,
        SECTION_RVA,
        raw_size,
        FILE_ALIGNMENT,
        0,
        0,
        0,
        0,
        0xC0000040,
    )
    headers += b"\0" * (FILE_ALIGNMENT - len(headers))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(headers) + section + b"\0" * (raw_size - len(section)))
    return path
