"""Scanned pages made from known text: typeset, rendered, roughened like a scan, wrapped in an image-only PDF.

The OCR tests and `make bench` read them back and score the reading against the text they were made
from (`accuracy`). Usage: python scripts/make_scans.py TEXT_FILE OUT.pdf [--columns 2] [--noise 20] [--angle 1.5]
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageFilter

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
DPI = 300


def typeset(text: str, columns: int = 1, size: float = 11) -> bytes:
    """A PDF with a text layer: `text` on A4 pages, paragraphs split at blank lines, in one or more columns."""
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("body", fname=str(FONT))
    pdf.set_font("body", size=size)
    pdf.add_page()
    with pdf.text_columns(ncols=columns, gutter=10, line_height=1.25) as body:
        for paragraph in text.split("\n\n"):
            body.write(" ".join(paragraph.split()))
            body.ln()
            body.ln()
    return bytes(pdf.output())


def render(pdf_bytes: bytes, dpi: int = DPI) -> list[Image.Image]:
    """Each page of a PDF as a greyscale image."""
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        return [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()


def roughen(image: Image.Image, noise: float = 20.0, angle: float = 1.5, seed: int = 13) -> Image.Image:
    """The page as a cheap scanner gives it back: turned a little, a little blurred, grainy, with specks."""
    rng = np.random.default_rng(seed)
    turned = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    blurred = turned.filter(ImageFilter.GaussianBlur(0.7))
    pixels = np.asarray(blurred, dtype=np.float32) + rng.normal(0.0, noise, blurred.size[::-1])
    specks = rng.random(pixels.shape) < 0.002
    pixels[specks] = rng.choice([0.0, 255.0], size=int(specks.sum()))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def image_pdf(pages: list[Image.Image], dpi: int = DPI) -> bytes:
    """A PDF whose pages are only these images, as a scanner writes it: no text layer."""
    pdf = FPDF(unit="pt")
    for image in pages:
        width, height = image.size[0] * 72 / dpi, image.size[1] * 72 / dpi
        pdf.add_page(format=(width, height))
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        pdf.image(buffer, x=0, y=0, w=width, h=height)
    return bytes(pdf.output())


def scan(text: str, columns: int = 1, noise: float = 0.0, angle: float = 0.0, seed: int = 13) -> bytes:
    """`text` as an image-only PDF: clean renders when `noise` and `angle` are 0."""
    pages = render(typeset(text, columns))
    if noise or angle:
        pages = [roughen(page, noise, angle, seed + i) for i, page in enumerate(pages)]
    return image_pdf(pages)


def distance(a: str, b: str) -> int:
    """The edit distance (insertions, deletions, substitutions) between two strings."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def accuracy(read: str, truth: str) -> float:
    """Character accuracy of a reading: 1 - edit distance / length of the truth, whitespace normalised."""
    read, truth = " ".join(read.split()), " ".join(truth.split())
    return 1.0 - distance(read, truth) / max(1, len(truth))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text", type=Path, help="a UTF-8 text file; paragraphs are split at blank lines")
    parser.add_argument("out", type=Path, help="the PDF to write")
    parser.add_argument("--columns", type=int, default=1)
    parser.add_argument("--noise", type=float, default=0.0, help="grain: standard deviation on 0..255")
    parser.add_argument("--angle", type=float, default=0.0, help="degrees the page is turned")
    args = parser.parse_args(argv)
    args.out.write_bytes(scan(args.text.read_text("utf-8"), args.columns, args.noise, args.angle))
    return 0


if __name__ == "__main__":
    sys.exit(main())
