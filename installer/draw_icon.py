"""Draw the app icon once: a roof sheltering an adult and a child (resources/icons/commune_care.png).

The PNG is committed; run this again only to change the design (needs Pillow, in the dev extra).
The installer turns the PNG into the Windows .ico (installer/icon.py).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons" / "commune_care.png"
SIZE = 1024  # drawn large, scaled down with antialiasing
BLUE = (21, 101, 192, 255)
WHITE = (255, 255, 255, 255)
YELLOW = (255, 202, 40, 255)


def draw() -> Image.Image:
    img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((40, 40, SIZE - 40, SIZE - 40), radius=200, fill=BLUE)
    d.line([(170, 470), (512, 180), (854, 470)], fill=WHITE, width=80, joint="curve")
    for x, y in ((170, 470), (854, 470)):  # round ends of the roof
        d.ellipse((x - 40, y - 40, x + 40, y + 40), fill=WHITE)
    d.ellipse((330, 400, 470, 540), fill=WHITE)  # adult
    d.rounded_rectangle((300, 570, 500, 860), radius=90, fill=WHITE)
    d.ellipse((575, 520, 685, 630), fill=YELLOW)  # child
    d.rounded_rectangle((550, 655, 710, 860), radius=75, fill=YELLOW)
    return img.resize((256, 256), Image.Resampling.LANCZOS)


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    draw().save(OUT, optimize=True)
    print(OUT)
