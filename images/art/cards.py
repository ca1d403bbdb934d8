"""Cover and chapter title-card frame (see STYLE.md §7).

`card(n, emblem, sky_kind)` puts an emblem scene inside the standard frame:
a deep-ink frame with a gold line, a calm sky band in the top 22 % (the app writes the
chapter title there), a round-topped window, and 14 small lanterns along the bottom —
the first `n` lit — so a class can see "chapter n of 14" without any text.
"""

from __future__ import annotations

from . import palette as P
from .svg import H, W, circle, clip, ellipse, f, g, ink, line, path, rect

CHAPTERS = 14
# Window inside the frame. The emblem is drawn in full-canvas coordinates and clipped to it.
WIN = (48, 40, 1152, 800)
TITLE_BAND = 198  # y below which the emblem may start (22 % of 900)


def _window_path(x0, y0, x1, y1, r=150) -> str:
    return (f"M{x0} {y1} L{x0} {y0 + r} Q{x0} {y0} {x0 + r} {y0} L{x1 - r} {y0} Q{x1} {y0} {x1} {y0 + r} L{x1} {y1} Z")


def lanterns(n: int, total=CHAPTERS, y=850) -> str:
    out = []
    step = 62
    x0 = W / 2 - step * (total - 1) / 2
    for i in range(total):
        x = x0 + i * step
        lit = i < n
        body = "#E4572E" if lit else "#3A4658"
        out.append(line(x, y - 34, x, y - 24, P.GOLD_DARK if lit else "#56637A", 3))
        if lit:
            out.append(circle(x, y, 26, P.FIRE_IN, opacity="0.25"))
        out.append(ellipse(x, y, 17, 21, body, stroke=P.GOLD if lit else "#56637A", stroke_width="3"))
        if lit:
            out.append(ellipse(x, y, 7, 13, P.FIRE_IN, opacity="0.85"))
        out.append(rect(x - 10, y - 25, 20, 6, P.GOLD_DARK if lit else "#56637A", rx=2))
        out.append(rect(x - 10, y + 19, 20, 6, P.GOLD_DARK if lit else "#56637A", rx=2))
    return g(*out)


def card(n: int, emblem: str) -> str:
    """The chapter-card body for chapter n: frame + window(emblem) + lanterns."""
    x0, y0, x1, y1 = WIN
    wp = _window_path(x0, y0, x1, y1)
    return g(
        rect(0, 0, W, H, P.CARD_FRAME),
        clip(path(wp, "#000"), emblem),
        path(wp, "none", stroke=P.GOLD, stroke_width="5"),
        path(_window_path(x0 - 14, y0 - 14, x1 + 14, y1 + 14, 164), "none", stroke=P.GOLD_DARK, stroke_width="2", opacity="0.7"),
        lanterns(n),
    )
