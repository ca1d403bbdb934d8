"""Boats and ships: junks, warships, paddle-wheel boats, sampans.

All ships are drawn with the waterline at y=0, facing right (facing=-1 mirrors).
"""

from __future__ import annotations

import math

from . import palette as P
from .palette import Side
from .people import banner, crowd_row
from .svg import circle, ellipse, f, g, ink, line, path, place, poly, rect


def batten_sail(x, top, w, h, color=P.CANVAS_SAIL, ribs=6, lean=0.12) -> str:
    """A Chinese battened sail: a tall panel with horizontal ribs, slightly fan-shaped."""
    K = ink(3)
    x0, x1 = x - w * 0.35, x + w * 0.65
    d = (f"M{f(x0 + w * lean)} {f(top)} Q{f(x + w * 0.3)} {f(top - h * 0.08)} {f(x1 + w * lean)} {f(top + h * 0.04)} "
         f"L{f(x1 + w * 0.05)} {f(top + h)} L{f(x0 - w * 0.05)} {f(top + h)} Z")
    out = [path(d, color, **K)]
    dark = "#A08F70" if color == P.CANVAS_SAIL else "#7E4023"
    for i in range(1, ribs):
        t = i / ribs
        yy = top + h * t
        xa = x0 + w * lean * (1 - t) - w * 0.05 * t
        xb = x1 + w * lean * (1 - t) + w * 0.05 * t
        out.append(path(f"M{f(xa)} {f(yy)} Q{f((xa + xb) / 2)} {f(yy + 8)} {f(xb)} {f(yy)}", "none", stroke=dark, stroke_width="4",
                        stroke_linecap="round"))
    return g(*out)


def hull(length=420, height=70, color=P.WOOD, stern_h=60, bow_h=30) -> str:
    """A junk hull centred on x=0 with waterline y=0: high square stern on the left."""
    L = length / 2
    K = ink(3)
    d = (f"M{f(-L)} {f(-height - stern_h)} L{f(-L + 40)} {f(-height - stern_h + 6)} L{f(-L + 50)} {f(-height)} "
         f"L{f(L - 60)} {f(-height)} Q{f(L - 20)} {f(-height - 4)} {f(L + 10)} {f(-height - bow_h)} "
         f"Q{f(L - 10)} {f(-10)} {f(L - 70)} 10 L{f(-L + 50)} 10 Q{f(-L + 10)} 6 {f(-L)} {f(-height - stern_h)} Z")
    out = [path(d, color, **K)]
    out.append(path(f"M{f(-L + 20)} {f(-height + 16)} L{f(L - 30)} {f(-height + 16)}", "none", stroke=P.WOOD_DARK, stroke_width="6"))
    out.append(path(f"M{f(-L + 30)} {f(-height + 40)} L{f(L - 50)} {f(-height + 40)}", "none", stroke=P.WOOD_DARK, stroke_width="4", opacity="0.6"))
    out.append(rect(-L + 4, -height - stern_h + 6, 36, stern_h - 10, P.WOOD_LIGHT, **ink(2)))
    return g(*out)


def junk(x=0, y=0, s=1.0, sail=P.CANVAS_SAIL, masts=2, side: Side | None = None, facing=1, crew=0, length=420,
         hull_color=P.WOOD, crew_side: Side = P.PLAIN) -> str:
    """A sea-going junk with battened sails. side: adds plain banners in that colour."""
    L = length / 2
    out = []
    mast_xs = [L * 0.05, -L * 0.45, L * 0.45][:masts]
    heights = [300, 230, 200]
    # sails behind hull top edge
    for i, mx in enumerate(mast_xs):
        hh = heights[i] * length / 420
        out.append(line(mx, -60, mx, -70 - hh - 30, P.WOOD_DARK, 8))
        out.append(batten_sail(mx, -70 - hh, hh * 0.62, hh - 10, sail))
    if side is not None:
        out.append(banner(-L + 20, -120, 0.5, side, "swallow"))
        if masts:
            out.append(place(banner(0, 0, 0.4, side, "triangle"), mast_xs[0], -70 - heights[0] * length / 420 - 10))
    if crew:
        out.append(crowd_row(-L * 0.6, -L * 0.6 + crew * 30, -70, crew_side, 0.45, "people" if crew_side is P.PLAIN else "soldier",
                             spears=False, seed=int(x)))
    out.append(hull(length, 70, hull_color))
    out.append(place(path("M0 0 L30 0 L26 60 L8 60 Z", P.WOOD_DARK, **ink(2)), -L + 4, -10))
    return place(g(*out), x, y, s, flip=(facing < 0))


def warship(x=0, y=0, s=1.0, side: Side = P.SONG, facing=1, sail=P.RED_SAIL, crew=True, length=560) -> str:
    """A big war junk: a castle deck with a railing, shields, banners and a row of soldiers."""
    L = length / 2
    K = ink(3)
    out = []
    for i, (mx, hh) in enumerate(((-L * 0.2, 330), (L * 0.35, 260))):
        out.append(line(mx, -90, mx, -120 - hh, P.WOOD_DARK, 9))
        out.append(batten_sail(mx, -110 - hh, hh * 0.6, hh - 40, sail))
        out.append(place(banner(0, 0, 0.45, side, "swallow"), mx, -116 - hh))
    # castle / deck house
    out.append(rect(-L + 30, -165, length * 0.55, 90, P.WOOD_LIGHT, **K))
    for k in range(7):
        out.append(rect(-L + 44 + k * length * 0.075, -150, length * 0.05, 34, P.WOOD_DARK, rx=3))
    if crew:
        kind = "song" if side is P.SONG else ("jurchen" if side is P.JIN else "soldier")
        out.append(crowd_row(-L + 40, -L + 30 + length * 0.5, -172, side, 0.5, kind, spears=True, seed=7))
    out.append(rect(-L + 24, -182, length * 0.57, 18, side.main, **K))
    for k in range(8):
        out.append(circle(-L + 44 + k * length * 0.07, -120, 13, side.dark, **ink(2)))
    out.append(hull(length, 80, P.WOOD_DARK, 70, 40))
    out.append(path(f"M{f(-L + 60)} -50 L{f(L - 80)} -50", "none", stroke=side.main, stroke_width="10"))
    out.append(place(banner(0, 0, 0.55, side, "tall"), -L + 14, -150))
    return place(g(*out), x, y, s, flip=(facing < 0))


def paddle_boat(x=0, y=0, s=1.0, side: Side = P.SONG, facing=1, wheels=3, length=520) -> str:
    """A Song paddle-wheel warship: covered deck, treadmill-driven wheels on the side."""
    L = length / 2
    K = ink(3)
    out = [hull(length, 60, P.WOOD_DARK, 40, 30)]
    out.append(rect(-L + 40, -150, length - 120, 92, P.WOOD_LIGHT, **K))
    out.append(roof_simple(-L + 20, L - 60, -150, 40, side))
    for k in range(8):
        out.append(rect(-L + 60 + k * (length - 160) / 8, -130, 22, 30, P.WOOD_DARK, rx=3))
    for i in range(wheels):
        cx = -L + 110 + i * (length - 220) / max(1, wheels - 1)
        out.append(circle(cx, -20, 48, P.WOOD, **K))
        out.append(circle(cx, -20, 14, P.WOOD_DARK, **ink(2)))
        for k in range(8):
            a = k * math.pi / 4
            out.append(line(cx + 14 * math.cos(a), -20 + 14 * math.sin(a), cx + 48 * math.cos(a), -20 + 48 * math.sin(a), P.WOOD_DARK, 6))
        out.append(path(f"M{f(cx - 56)} -20 A56 56 0 0 1 {f(cx + 56)} -20 Z", side.main, **K))
    out.append(place(banner(0, 0, 0.55, side, "tall"), L - 80, -190))
    out.append(place(banner(0, 0, 0.5, side, "swallow"), -L + 50, -190))
    return place(g(*out), x, y, s, flip=(facing < 0))


def roof_simple(x0, x1, y, h, side: Side) -> str:
    return path(f"M{f(x0)} {f(y)} Q{f((x0 + x1) / 2)} {f(y - h)} {f(x1)} {f(y)} Z", side.dark, **ink(3))


def sampan(x=0, y=0, s=1.0, facing=1, cover=True, color=P.WOOD_LIGHT, boatman: str = "") -> str:
    """A small river boat with a woven cover; `boatman` is a figure snippet standing at the stern."""
    K = ink(3)
    out = [path("M-150 -40 Q-120 0 -60 10 L90 10 Q140 0 160 -42 Q100 -30 0 -30 Q-90 -30 -150 -40 Z", color, **K),
           path("M-140 -36 Q0 -24 150 -38", "none", stroke=P.WOOD_DARK, stroke_width="5")]
    if cover:
        out.insert(0, path("M-50 -30 Q-40 -110 20 -110 Q80 -110 90 -30 Z", "#C4A36A", **K))
        for k in range(1, 5):
            xx = -50 + k * 28
            out.insert(1, line(xx, -108 + abs(k - 2.5) * 8, xx - 2, -32, "#9E7F4B", 3))
    if boatman:
        out.insert(0, place(boatman, -110, -20, 0.7))
        out.insert(0, line(-150, -250, -60, 60, P.WOOD_DARK, 6))
    return place(g(*out), x, y, s, flip=(facing < 0))


def raft(x=0, y=0, s=1.0) -> str:
    out = [rect(-120, -20, 240, 24, P.WOOD_LIGHT, **ink(3))]
    for k in range(1, 8):
        out.append(line(-120 + k * 30, -20, -120 + k * 30, 4, P.WOOD_DARK, 3))
    return place(g(*out), x, y, s)


def wake(x, y, w=300, s=1.0) -> str:
    """Foam lines behind/around a ship at waterline y."""
    out = []
    for k in range(3):
        out.append(path(f"M{f(x - w / 2 - k * 30)} {f(y + 8 + k * 14)} Q{f(x)} {f(y + 20 + k * 16)} {f(x + w / 2 + k * 30)} {f(y + 8 + k * 14)}",
                        "none", stroke=P.WATER_LIGHT, stroke_width=f(5 - k), opacity="0.85"))
    return place(g(*out), 0, 0, 1) if s == 1 else g(*out)
