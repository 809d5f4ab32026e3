"""Render the app icon from its one source, ``resources/icons/loopgate.svg``.

Writes ``resources/icons/app/``: PNGs at 16…1024 px, ``loopgate.ico`` (Windows: 16–48 px
as 32-bit BMP, 64–256 px as PNG) and ``loopgate.icns`` (macOS: PNG entries, as
``iconutil`` writes them). Only PySide6-Essentials is needed: QtSvg renders, QImage
encodes PNG, and the two containers are written here (their formats are a few bytes of
header). Run it after editing the SVG and commit the results:
``python packaging/make_icons.py``.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "loopgate.svg"
OUT = ROOT / "resources" / "icons" / "app"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_BMP_SIZES = (16, 24, 32, 48)  # classic DIB entries: every Windows shell reads them
ICO_PNG_SIZES = (64, 128, 256)  # PNG entries (Windows Vista and later)
# ICNS entry types with PNG payloads, as iconutil writes them: (type, pixels).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
)


def _qt():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    return app, QBuffer, QByteArray, QIODevice, Qt, QImage, QPainter, QSvgRenderer


def render_all(source: Path) -> dict[int, object]:
    """One QImage (ARGB32, straight alpha) per size, each rendered from the vector source."""
    _app, _buf, _ba, _io, qt, qimage, qpainter, renderer_cls = _qt()
    renderer = renderer_cls(str(source))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {source}")
    images = {}
    for size in sorted({*PNG_SIZES, *ICO_BMP_SIZES, *ICO_PNG_SIZES, *(s for _t, s in ICNS_TYPES)}):
        image = qimage(size, size, qimage.Format.Format_ARGB32_Premultiplied)
        image.fill(qt.GlobalColor.transparent)
        painter = qpainter(image)
        painter.setRenderHint(qpainter.RenderHint.Antialiasing)
        painter.setRenderHint(qpainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        images[size] = image.convertToFormat(qimage.Format.Format_ARGB32)
    return images


def png_bytes(image) -> bytes:
    _app, qbuffer, qbytearray, qiodevice, *_rest = _qt()
    data = qbytearray()
    buffer = qbuffer(data)
    buffer.open(qiodevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def bmp_dib(image) -> bytes:
    """An ICO's DIB entry: BITMAPINFOHEADER, bottom-up BGRA rows, then a 1-bit AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    mask_rows = []
    mask_stride = ((size + 31) // 32) * 4
    for y in reversed(range(size)):
        pixels = bytearray()
        mask = bytearray(mask_stride)
        for x in range(size):
            argb = image.pixel(x, y)  # 0xAARRGGBB, straight alpha (Format_ARGB32)
            pixels += struct.pack("<I", argb)  # little-endian: B, G, R, A
            if (argb >> 24) == 0:
                mask[x // 8] |= 0x80 >> (x % 8)
        rows.append(bytes(pixels))
        mask_rows.append(bytes(mask))
    return header + b"".join(rows) + b"".join(mask_rows)


def ico_bytes(images: dict[int, object]) -> bytes:
    entries = [(s, bmp_dib(images[s])) for s in ICO_BMP_SIZES]
    entries += [(s, png_bytes(images[s])) for s in ICO_PNG_SIZES]
    offset = 6 + 16 * len(entries)
    directory = [struct.pack("<HHH", 0, 1, len(entries))]
    for size, data in entries:
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory.append(struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset))
        offset += len(data)
    return b"".join(directory) + b"".join(data for _s, data in entries)


def icns_bytes(images: dict[int, object]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(data)) + data
        for kind, size in ICNS_TYPES
        for data in (png_bytes(images[size]),)
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    images = render_all(args.source)
    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        path = args.out / f"loopgate-{size}.png"
        path.write_bytes(png_bytes(images[size]))
        written.append(path)
    (args.out / "loopgate.ico").write_bytes(ico_bytes(images))
    (args.out / "loopgate.icns").write_bytes(icns_bytes(images))
    written += [args.out / "loopgate.ico", args.out / "loopgate.icns"]
    for path in written:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
              f"{path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
