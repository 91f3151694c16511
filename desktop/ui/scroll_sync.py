"""Synchronised scrolling of two article panes, aligned on the statements they share."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence


def calc_syncpoint(value: float, page: float, upper: float) -> float:
    """Where in the viewport (0 = top, 1 = bottom) the two panes are kept aligned.

    Normally the middle of the view; within the first half screen of a document it
    slides to the top and within the last half screen to the bottom, so documents of
    different lengths both reach their start and their end (the idea Meld uses).
    `value` is the scroll offset, `page` the viewport height, `upper` the document height.
    """
    half = page / 2
    if half <= 0:
        return 0.0
    point = 0.5 * min(1.0, max(0.0, value / half))
    bottom = upper - 1.5 * page
    point += 0.5 * max(0.0, (value - bottom) / half)
    return min(1.0, point)


def interpolate(anchors: Sequence[tuple[float, float]], y: float) -> float:
    """Map a position in pane A to pane B through sorted (a, b) anchor pairs.

    Between two anchors the mapping is linear; the caller adds the document starts
    (0, 0) and ends as anchors so every position maps somewhere sensible.
    """
    if not anchors:
        return y
    starts = [a for a, _ in anchors]
    i = bisect_right(starts, y)
    if i == 0:
        return anchors[0][1] - (anchors[0][0] - y)
    if i == len(anchors):
        return anchors[-1][1] + (y - anchors[-1][0])
    (a0, b0), (a1, b1) = anchors[i - 1], anchors[i]
    if a1 == a0:
        return b0
    return b0 + (b1 - b0) * (y - a0) / (a1 - a0)


def monotonic_anchors(pairs: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Keep anchor pairs ordered in both panes (drop pairs that would cross earlier ones).

    Outlets reorder quotes; a crossing anchor would make scrolling jump backwards.
    """
    kept: list[tuple[float, float]] = []
    for a, b in sorted(pairs):
        if not kept or (a >= kept[-1][0] and b >= kept[-1][1]):
            kept.append((a, b))
    return kept
