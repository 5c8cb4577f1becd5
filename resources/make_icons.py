"""Generate the program icon's PNGs and Windows .ico from the hand-drawn SVG sources.

    .venv/bin/python resources/make_icons.py            # rewrite resources/app/app-NN.png and app.ico
    .venv/bin/python resources/make_icons.py --sheet OUT.png   # also a contact sheet of every icon

Development time only (the program reads the results): Qt's SVG renderer draws
each size from the source (app-small.svg, drawn on the 16 px grid, for 16 and 24 px;
app.svg above), and Pillow writes one .ico holding every size, each from its own
bitmap (no down-scaling blur). Commit the results together with the sources.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
APP = HERE / "app"
ICONS = HERE / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL = (16, 24)  # drawn from app-small.svg


def render(svg: bytes, size: int, background: QColor | None = None) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(background or Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise SystemExit("an SVG could not be read")
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def app_icons() -> None:
    from PIL import Image

    large, small = (APP / "app.svg").read_bytes(), (APP / "app-small.svg").read_bytes()
    images = []
    for size in SIZES:
        data = png_bytes(render(small if size in SMALL else large, size))
        (APP / f"app-{size}.png").write_bytes(data)
        images.append(Image.open(io.BytesIO(data)).convert("RGBA"))
    biggest = images[-1]
    biggest.save(APP / "app.ico", format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    print(f"wrote {len(SIZES)} PNGs and app.ico to {APP}")


def icon_svg(name: str, colour: str) -> bytes:
    return (ICONS / f"{name}.svg").read_text(encoding="utf-8").replace("currentColor", colour).encode()


def contact_sheet(out: Path) -> None:
    """Every icon at 16, 20, 24 and 48 px, dark on light and white on the sidebar's blue."""
    names = sorted(p.stem for p in ICONS.glob("*.svg"))
    sizes = (16, 20, 24, 48)
    cell, label = 64, 90
    sheet = QImage(label + cell * (len(sizes) + 2), cell * len(names), QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#f3f4f6"))
    painter = QPainter(sheet)
    painter.setFont(QFont("Sans", 9))
    for row, name in enumerate(names):
        y = row * cell
        painter.setPen(QColor("#111827"))
        painter.drawText(QRectF(4, y, label, cell), Qt.AlignmentFlag.AlignVCenter, name)
        for col, size in enumerate(sizes):
            painter.drawImage(label + col * cell + (cell - size) // 2, y + (cell - size) // 2,
                              render(icon_svg(name, "#374151"), size))
        for col, size in enumerate((16, 24)):
            x = label + (len(sizes) + col) * cell
            painter.fillRect(x, y + 8, cell - 8, cell - 16, QColor("#2563eb"))
            painter.drawImage(x + (cell - 8 - size) // 2, y + (cell - size) // 2, render(icon_svg(name, "#ffffff"), size))
    painter.end()
    sheet.save(str(out))
    print(f"wrote {out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sheet", type=Path, help="also write a contact sheet of resources/icons/ to this PNG")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts need it)
    app_icons()
    if args.sheet:
        contact_sheet(args.sheet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
