"""The Windows icon (.ico) of the shortcuts, the installer and the uninstall entry, made from the
app's PNG icon (resources/icons/commune_care.png) with Pillow."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

# The sizes Explorer, the Start menu, the desktop and the taskbar ask for.
SIZES = [(16, 16), (20, 20), (24, 24), (32, 32), (40, 40), (48, 48), (64, 64), (256, 256)]


def make_ico(png: Path, ico: Path) -> Path:
    """Write ``ico`` with every size in ``SIZES``; bitmap entries, which NSIS and old shells
    read (PNG-compressed entries are Vista+ only and NSIS rejects them for its own icon)."""
    with Image.open(png) as image:
        image.convert("RGBA").save(ico, format="ICO", sizes=SIZES, bitmap_format="bmp")
    return ico
