"""A scanned page's image made easier to read: grain removed and the page turned straight.

Both steps act only when the page needs them, so a clean page goes to Tesseract untouched: a grainy
page makes Tesseract's binarisation see thousands of specks (it then reads nothing, slowly), and a page
turned by more than a few degrees loses whole lines.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

GRAIN = 4.0  # mean grey-level change a 3x3 median makes: clean scans stay below 1, grainy ones above 6
MAX_SMOOTHING = 3  # median passes at most
MAX_SKEW = 10.0  # degrees searched either way
MIN_SKEW = 1.0  # a page turned less than this is read as it is: Tesseract copes, and turning blurs
_SAMPLE = 4  # the skew is measured on the page shrunk this many times
_COARSE, _FINE = 0.5, 0.1  # steps of the skew search, degrees


def prepare(image: Image.Image) -> Image.Image:
    """The page as a greyscale image, smoothed when grainy and turned straight when skewed."""
    return straighten(smooth(image.convert("L")))


def smooth(image: Image.Image) -> Image.Image:
    """The image with median passes until a further pass changes it little (none for a clean scan)."""
    for _ in range(MAX_SMOOTHING):
        smoothed = image.filter(ImageFilter.MedianFilter(3))
        change = np.abs(np.asarray(image, dtype=np.int16) - np.asarray(smoothed, dtype=np.int16)).mean()
        if change < GRAIN:
            break
        image = smoothed
    return image


def skew(image: Image.Image) -> float:
    """The angle in degrees (counter-clockwise) the text lines of the page are turned by; 0 for a blank page."""
    small = image.reduce(_SAMPLE)
    pixels = np.asarray(small, dtype=np.float32)
    ys, xs = np.nonzero(pixels < min(128.0, float(pixels.mean()) - 2 * float(pixels.std())))
    if len(ys) < 100:
        return 0.0
    across = xs - small.size[0] / 2

    def sharpness(angle: float) -> float:
        # ink projected along lines at `angle`: the rows are sharpest (largest sum of squares) when
        # the angle is that of the text lines
        rows = np.round(ys + across * np.tan(np.radians(angle))).astype(np.int64)
        counts = np.bincount(rows - rows.min())
        return float(np.dot(counts, counts))

    coarse = [float(a) for a in np.arange(-MAX_SKEW, MAX_SKEW + _COARSE / 2, _COARSE)]
    best = max(coarse, key=sharpness)
    fine = [float(a) for a in np.arange(best - _COARSE, best + _COARSE + _FINE / 2, _FINE)]
    angle: float = max(fine, key=sharpness)
    return round(angle, 1)


def straighten(image: Image.Image) -> Image.Image:
    """The image turned so that its text lines run level, when they are off by `MIN_SKEW` or more."""
    angle = skew(image)
    if abs(angle) < MIN_SKEW:
        return image
    return image.rotate(-angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
