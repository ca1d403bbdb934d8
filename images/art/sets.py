"""Backgrounds and furniture that pages in several chapters are set in.

City walls, halls, rooms, fences, wall maps and the tables people sit at: each is drawn once
here so that the same place looks the same whenever the story comes back to it.
"""

from __future__ import annotations

from . import buildings as B
from . import landscape as L
from . import objects as O
from . import palette as P
from .svg import H, W, clip, ellipse, f, g, ink, line, linear, path, place, poly, rect, rng, smooth


def kaifeng(base=520, height=190, side=P.SONG, banners=4, open_=False, x0=-20, x1=1220, gate_x=600, towers=(120, 1080),
            roofs=5, outline=True):
    """The great walls of Kaifeng seen from outside."""
    return B.city(x0, x1, base, height, side, gate_x, towers, open_, True, banners, outline, roofs_behind=roofs)


def jin_hall(floor=560, posts=(90, 1110), dark="#6E5A44", light="#9C8266"):
    """Inside a big Jurchen timber hall: log walls, two posts, a plank floor."""
    out = [rect(0, 0, W, H, linear([(0, dark), (1, light)]))]
    for k in range(10):
        out.append(line(0, 40 + k * 56, W, 40 + k * 56, "#5E4A36", 4, opacity="0.5"))
    out.append(rect(0, floor, W, H - floor, linear([(0, "#B69770"), (1, "#8E6E4A")])))
    for k in range(1, 5):
        out.append(line(0, floor + k * (H - floor) / 5, W, floor + k * (H - floor) / 5, "#8E6E4A", 3, opacity="0.6"))
    for px in posts:
        out.append(rect(px - 32, 0, 64, floor + 30, P.WOOD, **ink(3)))
    out.append(rect(0, 20, W, 40, P.WOOD_DARK, **ink(3)))
    return g(*out)


def modern_room(floor=640):
    """A modern study for pages about today's historians: plain wall, window, bookshelf."""
    out = [rect(0, 0, W, floor, "#E9E1D0"), rect(0, floor, W, H - floor, "#B08A62"),
           rect(0, floor - 14, W, 14, "#D4C6AC"),
           rect(80, 90, 300, 230, "#BFE3F5", **ink(4)), line(230, 90, 230, 320, P.INK, 4), line(80, 205, 380, 205, P.INK, 4),
           L.cloud(190, 150, 0.4)]
    # bookshelf
    out.append(rect(820, 60, 330, floor - 60, P.WOOD, **ink(4)))
    r = rng(640)
    cols = [P.SILK_RED, P.JIN.main, P.SONG.main, P.SILK_JADE, P.GOLD, "#6B4A8A", "#5E9B4A"]
    for shelf in range(4):
        y = 80 + shelf * ((floor - 80) / 4)
        out.append(rect(830, y + (floor - 80) / 4 - 14, 310, 12, P.WOOD_DARK))
        x = 840
        while x < 1120:
            bw = r.choice([18, 22, 26, 30])
            bh = r.uniform(70, 110)
            out.append(rect(x, y + (floor - 80) / 4 - 14 - bh, bw, bh, r.choice(cols), **ink(2)))
            x += bw + 2
    return g(*out)


def stake_fence(x0, x1, base, h=120, color=P.WOOD, step=30) -> str:
    """A fence of pointed wooden stakes."""
    out = [rect(x0, base - h * 0.55, x1 - x0, 12, P.WOOD_DARK, **ink(2))]
    n = max(1, int((x1 - x0) / step))
    stakes = []
    for i in range(n):
        sx = x0 + i * step + step / 2
        stakes.append(poly([(sx - step * 0.42, base), (sx - step * 0.42, base - h), (sx, base - h - 18),
                            (sx + step * 0.42, base - h), (sx + step * 0.42, base)], color, **ink(2.5)))
    return g(*stakes, *out)


def wall_hanging(x, y, w, h, color) -> str:
    """A plain cloth hanging (no symbols) on a rod."""
    return g(rect(x - 10, y - 8, w + 20, 12, P.WOOD_DARK, rx=5, **ink(2)),
             path(f"M{f(x)} {f(y)} L{f(x + w)} {f(y)} L{f(x + w)} {f(y + h)} L{f(x + w / 2)} {f(y + h - 24)} L{f(x)} {f(y + h)} Z",
                  color, **ink(3)))


def low_table(cx, base, w=360, h=60, top=None) -> str:
    K = ink(3)
    return g(rect(cx - w / 2 + 20, base - h, 18, h, P.WOOD_DARK, **K), rect(cx + w / 2 - 38, base - h, 18, h, P.WOOD_DARK, **K),
             rect(cx - w / 2, base - h - 18, w, 20, P.WOOD, rx=5, **K), top or "")


def mat(cx, base, w=160) -> str:
    return ellipse(cx, base - 2, w / 2, 12, "#C9B07A", **ink(2))


def hanging_map(x0, y0, x1, y1, year=None, zoom=None, regions=True, rods=True) -> str:
    """A map scroll hanging on a wall. zoom=(lon0, lat1, lon1, lat0) shows only that part of China."""
    inner_box = (x0, y0, x1, y1)
    if zoom:
        lo0, la1, lo1, la0 = zoom
        sx = (x1 - x0) / (lo1 - lo0)
        sy = (y1 - y0) / (la1 - la0)
        box = (x0 - (lo0 - 95) * sx, y0 - (50 - la1) * sy, x0 + (132 - lo0) * sx, y0 + (la1 - 18) * sy)
    else:
        box = inner_box
    mp = O.china_map(year or 1142, box, parchment=False, regions=regions and year is not None)
    out = [rect(x0 - 14, y0 - 14, x1 - x0 + 28, y1 - y0 + 28, P.PARCHMENT_EDGE, rx=6, **ink(3)),
           clip(rect(x0, y0, x1 - x0, y1 - y0, "#000"), mp),
           rect(x0, y0, x1 - x0, y1 - y0, "none", stroke=P.INK, stroke_width="3")]
    if rods:
        out += [rect(x0 - 30, y0 - 30, x1 - x0 + 60, 18, P.WOOD_DARK, rx=9, **ink(3)),
                rect(x0 - 30, y1 + 12, x1 - x0 + 60, 18, P.WOOD_DARK, rx=9, **ink(3))]
    return g(*out), box


def palisade(x0, x1, base, h=200, seed=120, color=P.WOOD, shade=P.WOOD_DARK) -> str:
    """A wall of sharpened wooden stakes with two cross rails."""
    r = rng(seed)
    out = []
    n = max(2, int((x1 - x0) / 30))
    step = (x1 - x0) / n
    for i in range(n):
        xx = x0 + i * step
        hh = h * r.uniform(0.92, 1.05)
        out.append(path(f"M{f(xx)} {f(base)} L{f(xx)} {f(base - hh)} L{f(xx + step / 2)} {f(base - hh - 24)} "
                        f"L{f(xx + step)} {f(base - hh)} L{f(xx + step)} {f(base)} Z", color if i % 2 else P.WOOD_LIGHT, **ink(3)))
    for yy in (base - h * 0.3, base - h * 0.72):
        out.append(rect(x0 - 8, yy - 9, x1 - x0 + 16, 18, shade, rx=4, **ink(2)))
    return g(*out)


def shelf(x0, x1, y, depth=16) -> str:
    return rect(x0, y, x1 - x0, depth, P.WOOD, **ink(3))


def round_tree(x, y, s=1.0, color=P.AUTUMN, dark=P.AUTUMN_DARK, hi="#F0B860") -> str:
    """A round leafy tree in any colour (autumn gold, dull rain-green …), 240 px tall at s=1."""
    out = [path("M-12 0 L-9 -90 Q-30 -120 -45 -125 L-38 -132 Q-15 -122 -2 -105 L2 -140 L10 -140 L10 -100 "
                "Q25 -120 40 -128 L45 -120 Q22 -108 12 -85 L12 0 Z", P.TRUNK, **ink(3)),
           path(smooth([(-100, -150), (-80, -215), (-20, -245), (45, -235), (100, -180), (95, -130), (40, -110),
                        (-40, -108), (-95, -125)], closed=True), color, **ink(3)),
           path(smooth([(-60, -175), (-30, -215), (20, -222), (60, -195), (20, -185), (-20, -170)], closed=True), hi),
           path("M-70 -140 Q-40 -128 -10 -135 M30 -135 Q55 -128 80 -145", "none", stroke=dark, stroke_width="5",
                stroke_linecap="round")]
    return place(g(*out), x, y, s)
