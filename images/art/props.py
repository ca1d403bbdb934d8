"""Small things people carry, stack or work with, used in several chapters."""

from __future__ import annotations

import math

from . import objects as O
from . import palette as P
from .svg import circle, ellipse, f, g, ink, line, path, place, rect, rng


def book_pile(x, y, s=1.0, n=4, seed=5):
    r = rng(seed)
    cols = [P.SILK_RED, P.JIN.main, P.SONG.main, P.SILK_JADE, P.GOLD, "#6B4A8A"]
    out = []
    yy = 0
    for k in range(n):
        w_ = r.uniform(110, 150)
        h_ = r.uniform(20, 30)
        dx = r.uniform(-12, 12)
        out.append(rect(-w_ / 2 + dx, yy - h_, w_, h_, cols[k % len(cols)], rx=3, **ink(3)))
        out.append(line(-w_ / 2 + dx + 8, yy - h_ / 2, w_ / 2 + dx - 8, yy - h_ / 2, "#FFFFFF", 2, opacity="0.5"))
        yy -= h_
    return place(g(*out), x, y, s)


def sack(x, y, s=1.0, color=P.SACK) -> str:
    """A tied grain sack standing at (x, y)."""
    d = "M-30 0 Q-40 -30 -26 -58 L-12 -66 L-16 -76 L16 -76 L12 -66 L26 -58 Q40 -30 30 0 Z"
    return place(g(path(d, color, **ink(3)), line(-14, -66, 14, -66, P.ROPE_DARK, 4),
                   path("M-18 -40 Q0 -34 18 -42", "none", stroke=P.SACK_DARK, stroke_width="3")), x, y, s)


def wheel(cx, cy, r=44, color=P.WOOD_DARK) -> str:
    out = [circle(cx, cy, r, color, **ink(3)), circle(cx, cy, r * 0.72, "none", stroke=P.WOOD_LIGHT, stroke_width="4")]
    for k in range(6):
        a = k * math.pi / 3
        out.append(line(cx, cy, cx + r * 0.72 * math.cos(a), cy + r * 0.72 * math.sin(a), P.WOOD_LIGHT, 4))
    out.append(circle(cx, cy, r * 0.18, P.WOOD_LIGHT, **ink(2)))
    return g(*out)


def supply_cart(x, y, s=1.0, load=None, cover: P.Side | None = None, facing=1, ox=False, cloth=None) -> str:
    """A two-wheeled wooden cart, bottom of the wheel at (x, y), shaft to the right.

    load: None (empty), 'sacks', 'chests'. cover: a side whose colour makes an arched canvas cover.
    cloth: a side colour for a cloth hung along the cart side.
    """
    K = ink(3)
    out = []
    if cover is not None:
        out.append(path("M-130 -110 L-130 -170 Q-10 -250 110 -170 L110 -110 Z", cover.main, **K))
        for k in range(1, 4):
            xx = -130 + k * 60
            out.append(path(f"M{xx} -110 L{xx} {f(-185 - 18 * (1 - abs(k - 2) / 2))}", "none", stroke=cover.dark, stroke_width="4"))
        out.append(path("M-130 -170 Q-10 -250 110 -170", "none", stroke=cover.dark, stroke_width="8"))
    if load == "sacks":
        for sx, sy in ((-95, -110), (-45, -110), (5, -110), (55, -110), (-70, -160), (-20, -160), (30, -160)):
            out.append(sack(sx, sy, 0.75))
    elif load == "chests":
        out.append(O.chest(-60, -110, 0.55))
        out.append(O.chest(30, -110, 0.55))
    out.append(rect(-140, -112, 260, 34, P.WOOD, **K))
    out.append(line(-140, -96, 120, -96, P.WOOD_DARK, 4))
    if cloth is not None:
        out.append(rect(-120, -104, 200, 26, cloth.main, **ink(2)))
    if load is None and cover is None:
        for xx in (-140, -70, 0, 70, 116):
            out.append(rect(xx, -150, 8, 40, P.WOOD_DARK, **ink(2)))
        out.append(line(-140, -146, 124, -146, P.WOOD, 6))
    out.append(line(110, -100, 250, -82, P.WOOD_DARK, 8))
    out.append(wheel(-40, -50, 50))
    if ox:
        out.append(O.ox_(300, 0, 1))
    return place(g(*out), x, y, s, flip=(facing < 0))


def book_stack(x, y, s=1.0, n=5, seed=130) -> str:
    """A stack of bound books (thread-stitched, blue and buff covers), bottom-centre (x, y)."""
    r = rng(seed)
    cols = ["#3E5C7A", "#D8C7A0", "#6B4E3A", "#3E5C7A", "#C9B27E", "#4F6E5A"]
    out = []
    yy = 0
    for i in range(n):
        w_ = r.uniform(96, 112)
        dx = r.uniform(-6, 6)
        c = cols[(i + seed) % len(cols)]
        out.append(rect(-w_ / 2 + dx, yy - 16, w_, 16, c, rx=2, **ink(2)))
        out.append(rect(-w_ / 2 + dx + 4, yy - 13, w_ - 8, 3, P.PAPER, opacity="0.9"))
        yy -= 16
    return place(g(*out), x, y, s)


def paper_sheet(cx, cy, w=70, h=44, lines_=4) -> str:
    out = [rect(cx - w / 2, cy - h / 2, w, h, P.PAPER, **ink(2))]
    for i in range(lines_):
        lx = cx + w / 2 - 10 - i * (w - 20) / max(1, lines_ - 1)
        out.append(line(lx, cy - h / 2 + 8, lx, cy + h / 2 - 8 - (i % 2) * 8, "#B8AC95", 3))
    return g(*out)


def hanging_lantern(x, y, s=1.0, lit=True) -> str:
    """A round red paper lantern hanging from (x, y)."""
    out = [line(0, 0, 0, 18, P.INK, 3)]
    if lit:
        out.append(circle(0, 50, 48, P.FIRE_IN, opacity="0.25"))
    out += [rect(-13, 16, 26, 7, P.INK), ellipse(0, 48, 26, 30, "#E4572E" if lit else "#7A3A2A", **ink(3)),
            ellipse(0, 48, 11, 22, P.FIRE_IN if lit else "#5A2A20", opacity="0.75"), rect(-13, 74, 26, 7, P.INK),
            line(0, 81, 0, 98, P.GOLD, 4)]
    return place(g(*out), x, y, s)


def tally_board(x, y, s=1.0) -> str:
    """A wooden board with rows of notch marks (tallying, no writing)."""
    out = [rect(-60, -90, 120, 90, P.WOOD_LIGHT, rx=4, **ink(3))]
    for row in range(4):
        yy = -76 + row * 20
        n = (4, 5, 3, 5)[row]
        for k in range(n):
            out.append(line(-46 + k * 12, yy, -46 + k * 12, yy + 12, P.WOOD_DARK, 3))
        if n == 5:
            out.append(line(-50, yy + 10, 6, yy + 2, P.WOOD_DARK, 3))
    return place(g(*out), x, y, s)
