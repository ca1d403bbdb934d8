"""Scenes for chapters 11–14 (The Song Seek Revenge, The Mongols Rise, The Fall of the Jin,
What the Wars Changed) and their four title cards.

One composition function per page; each returns a complete SVG document string.
Built only from the shared library (svg, palette, landscape, people, buildings, ships, war,
objects) plus a few small extra parts defined below (locusts, carts, palisades, bombs, desks …).
"""

from __future__ import annotations

import math

from . import palette as P
from .buildings import (city, gate, hall, house, interior, pagoda, pavilion, roof, screen, table, tent, throne, tower, wall,
                        yurt)
from .landscape import (bamboo, birds, cloud, clouds, field_rows, forest, grass_tufts, ground, hills, leafy_tree, moon,
                        mountains, pine, rain, reeds, ripples, river_across, river_band, road, rock, rolling, sky,
                        snowfall, stars, sun, water, waves, willow)
from .objects import chest, china_map, ingot_pile, ox_, rolled_scroll, scroll, silk_bolt, silk_pile
from .people import banner, crowd_row, figure, horse, rider
from .ships import batten_sail, hull, junk, paddle_boat, sampan, wake, warship
from .svg import (H, W, circle, clip, document, ellipse, f, g, ink, line, linear, opacity, path, place, poly,
                  polyline, radial, rect, rng, smooth)
from .war import flame, glow, siege_tower, smoke, trebuchet

JIN, SONG, MONGOL, XIA, PLAIN = P.JIN, P.SONG, P.MONGOL, P.XIA, P.PLAIN
CLOTH = P.TEAL_CLOTH
BAMBOO_DARK = "#557A33"
ROPE = "#C9B48A"
ROPE_DARK = "#9C8660"
CLAY = "#A5754A"
CLAY_DARK = "#7A5233"
LEATHER = "#8E5F3A"
FUR_BROWN = "#7A5634"
SACK = "#D8C49A"
SACK_DARK = "#AE9A70"
AUTUMN = "#D9913A"
AUTUMN_DARK = "#B86F25"
DIM_WALL = "#3A2522"


# ============================================================ small extra parts

def locusts(cx, cy, w=300, h=120, n=70, seed=111) -> str:
    """A far-off swarm of locusts: a brownish haze full of dark specks with tiny wings."""
    r = rng(seed)
    out = [ellipse(cx, cy, w * 0.55, h * 0.6, "#8A7A4A", opacity="0.22"),
           ellipse(cx + w * 0.1, cy - h * 0.1, w * 0.35, h * 0.4, "#8A7A4A", opacity="0.2")]
    for _ in range(n):
        a = r.uniform(0, 2 * math.pi)
        d = math.sqrt(r.uniform(0, 1))
        x, y = cx + math.cos(a) * d * w / 2, cy + math.sin(a) * d * h / 2
        k = r.uniform(0.8, 1.4)
        out.append(ellipse(x, y, 5 * k, 2.6 * k, "#4E4426"))
        out.append(path(f"M{f(x - 1)} {f(y - 1)} l{f(-4 * k)} {f(-6 * k)} M{f(x + 1)} {f(y - 1)} l{f(4 * k)} {f(-6 * k)}",
                        "none", stroke="#4E4426", stroke_width="1.6", opacity="0.8"))
    return g(*out)


def sack(x, y, s=1.0, color=SACK) -> str:
    """A tied grain sack standing at (x, y)."""
    d = "M-30 0 Q-40 -30 -26 -58 L-12 -66 L-16 -76 L16 -76 L12 -66 L26 -58 Q40 -30 30 0 Z"
    return place(g(path(d, color, **ink(3)), line(-14, -66, 14, -66, ROPE_DARK, 4),
                   path("M-18 -40 Q0 -34 18 -42", "none", stroke=SACK_DARK, stroke_width="3")), x, y, s)


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
        for k, (sx, sy) in enumerate(((-95, -110), (-45, -110), (5, -110), (55, -110), (-70, -160), (-20, -160), (30, -160))):
            out.append(sack(sx, sy, 0.75))
    elif load == "chests":
        from .objects import chest as _chest
        out.append(_chest(-60, -110, 0.55))
        out.append(_chest(30, -110, 0.55))
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
        from .objects import ox_ as _ox
        out.append(_ox(300, 0, 1))
    return place(g(*out), x, y, s, flip=(facing < 0))


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


def bomb(x, y, r=20, color=CLAY, iron=False) -> str:
    """A round fire bomb (clay, or dark cast iron) with a short fuse; centre (x, y)."""
    c = "#4E5258" if iron else color
    hi = "#7A7F86" if iron else "#C99A6C"
    return g(circle(x, y, r, c, **ink(3)), circle(x - r * 0.35, y - r * 0.35, r * 0.28, hi, opacity="0.8"),
             rect(x - r * 0.22, y - r - 6, r * 0.44, 8, CLAY_DARK, **ink(2)),
             path(f"M{f(x)} {f(y - r - 6)} q6 -10 -2 -18", "none", stroke=ROPE_DARK, stroke_width="3", stroke_linecap="round"))


def bomb_pile(x, y, r=20, rows=3, iron=False) -> str:
    """A pyramid of round bombs, bottom row on y, centred on x."""
    out = []
    for row in range(rows):
        n = rows - row
        for i in range(n):
            bx = x + (i - (n - 1) / 2) * r * 2.05
            by = y - r - row * r * 1.75
            out.append(bomb(bx, by, r, iron=iron))
    return g(*out)


def leather_bag(x, y, s=1.0) -> str:
    d = "M-26 0 Q-38 -26 -22 -48 L-10 -54 L10 -54 L22 -48 Q38 -26 26 0 Z"
    return place(g(path(d, LEATHER, **ink(3)), path("M-12 -54 Q0 -64 12 -54", "none", stroke=P.INK, stroke_width="4"),
                   path("M-16 -20 Q0 -14 16 -22", "none", stroke="#6A4428", stroke_width="3")), x, y, s)


def arrow_bundle(x, y, s=1.0, fire=True) -> str:
    """A bundle of arrows standing upright, tied in the middle; fire arrows have a little tube."""
    out = []
    for k in range(-3, 4):
        out.append(line(k * 6, 0, k * 9, -120, P.WOOD_LIGHT, 4))
        out.append(path(f"M{k * 9} -120 l-5 10 l10 0 Z", "#8D96A0"))
        if fire:
            out.append(rect(k * 9 - 4, -110, 8, 16, BAMBOO_DARK))
        out.append(path(f"M{k * 6 - 4} -4 l4 -14 l4 14", "none", stroke="#E8E2D4", stroke_width="3"))
    out.append(rect(-26, -60, 52, 12, ROPE, rx=4, **ink(2)))
    return place(g(*out), x, y, s)


def fire_lance(x, y, s=1.0, rot=0, tube=BAMBOO_DARK) -> str:
    """A fire lance lying or standing: a wooden spear with a bamboo tube bound near its tip.

    Drawn horizontally, butt at (0, 0), tip at (520, 0); rotate with rot.
    """
    out = [rect(0, -7, 470, 14, P.WOOD, rx=6, **ink(3)),
           path("M468 -12 L530 0 L468 12 Z", "#8D96A0", **ink(3)),
           rect(300, -30, 150, 30, P.BAMBOO if tube == BAMBOO_DARK else tube, rx=6, **ink(3))]
    for k in (340, 400):
        out.append(line(k, -29, k, -1, BAMBOO_DARK, 4))
    out.append(ellipse(450, -15, 6, 14, "#3A3A2A", **ink(2)))
    for k in (318, 372, 430):
        out.append(rect(k - 6, -34, 12, 38, ROPE, rx=3, **ink(2)))
        out.append(line(k - 6, -22, k + 6, -18, ROPE_DARK, 2))
    out.append(path("M300 -20 q-16 -10 -26 4", "none", stroke=ROPE_DARK, stroke_width="3", stroke_linecap="round"))
    return place(g(*out), x, y, s, rot=rot)


def low_desk(cx, base, w=170, h=50, color=P.WOOD) -> str:
    """A low writing desk seen from the front (for people kneeling/sitting behind it)."""
    K = ink(3)
    return g(rect(cx - w / 2 + 10, base - h, 14, h, P.WOOD_DARK, **K), rect(cx + w / 2 - 24, base - h, 14, h, P.WOOD_DARK, **K),
             rect(cx - w / 2, base - h - 14, w, 16, color, rx=3, **K))


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


def chess_board(cx, cy, w=220, h=130) -> str:
    """A Chinese chess board seen from a low angle: grid, river gap, round plain pieces."""
    K = ink(3)
    out = [poly([(cx - w / 2, cy + h / 2), (cx - w / 2 + 30, cy - h / 2), (cx + w / 2 - 30, cy - h / 2), (cx + w / 2, cy + h / 2)],
                "#E8C98A", **K)]
    for i in range(1, 8):
        t = i / 8
        xb = cx - w / 2 + w * t
        xt = cx - w / 2 + 30 + (w - 60) * t
        out.append(line(xt, cy - h / 2, xb, cy + h / 2, "#9E7A44", 2))
    for j in range(1, 9):
        if j == 5:
            continue
        t = j / 9
        yy = cy - h / 2 + h * t
        dx = 30 * (1 - t)
        out.append(line(cx - w / 2 + dx, yy, cx + w / 2 - dx, yy, "#9E7A44", 2))
    r = rng(140)
    for k in range(9):
        t = r.uniform(0.1, 0.9)
        row = r.choice([0.12, 0.25, 0.75, 0.88])
        yy = cy - h / 2 + h * row
        dx = 30 * (1 - row)
        xx = cx - w / 2 + dx + (w - 2 * dx) * t
        col = "#C8402F" if row > 0.5 else P.INK
        out.append(ellipse(xx, yy, 11, 7, "#F3E3C0", stroke=col, stroke_width="3"))
    return g(*out)


def teacup(x, y, s=1.0, color="#DDEBE6") -> str:
    return place(g(path("M-18 -26 L18 -26 Q16 -4 0 0 Q-16 -4 -18 -26 Z", color, **ink(3)),
                   ellipse(0, -26, 18, 5, "#7A9A6A", **ink(2))), x, y, s)


def teapot(x, y, s=1.0, color="#6E8C7A") -> str:
    return place(g(path("M30 -40 Q58 -48 62 -64", "none", stroke=P.INK, stroke_width="9", stroke_linecap="round"),
                   path("M30 -40 Q58 -48 62 -64", "none", stroke=color, stroke_width="5", stroke_linecap="round"),
                   path("M-30 -36 Q-52 -30 -36 -14", "none", stroke=P.INK, stroke_width="6"),
                   ellipse(0, -30, 34, 28, color, **ink(3)), rect(-14, -64, 28, 8, color, rx=3, **ink(2)),
                   circle(0, -68, 5, color, **ink(2))), x, y, s)


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


def shelf(x0, x1, y, depth=16) -> str:
    return rect(x0, y, x1 - x0, depth, P.WOOD, **ink(3))


def rice_paddy(y0, y1, seed=150) -> str:
    """Flooded terraced rice fields: pale water plots with earth dykes and rows of green shoots."""
    r = rng(seed)
    out = [rect(0, y0, W, y1 - y0, linear([(0, "#BFE0E8"), (1, "#8FC3D6")]))]
    rows = 4
    for i in range(rows + 1):
        t = i / rows
        yy = y0 + (y1 - y0) * t ** 1.4
        out.append(path(f"M0 {f(yy)} Q{W / 2} {f(yy - 12 - 10 * t)} {W} {f(yy + 4)}", "none", stroke=P.EARTH, stroke_width=f(6 + 12 * t)))
    for i in range(rows):
        t0 = i / rows
        t1 = (i + 1) / rows
        ya = y0 + (y1 - y0) * t0 ** 1.4
        yb = y0 + (y1 - y0) * t1 ** 1.4
        for k in range(3):
            yy = ya + (yb - ya) * (k + 1) / 4
            n = int(7 + 5 * t0)
            for j in range(n):
                xx = (j + 0.5 + (k % 2) * 0.5) * W / n + r.uniform(-6, 6)
                hh = 10 + 16 * t1
                out.append(path(f"M{f(xx)} {f(yy)} l{f(-hh * 0.3)} {f(-hh)} M{f(xx)} {f(yy)} l0 {f(-hh * 1.1)} "
                                f"M{f(xx)} {f(yy)} l{f(hh * 0.3)} {f(-hh)}", "none", stroke="#5E9B3A", stroke_width=f(2 + 2 * t1),
                                stroke_linecap="round"))
    return g(*out)


def stall(cx, base, w=220, awning=P.SILK_JADE, goods="silk", seed=160) -> str:
    """A market stall: a table under a sloping cloth awning on two poles, with goods on top."""
    K = ink(3)
    out = [line(cx - w / 2 + 10, base, cx - w / 2 + 10, base - 190, P.WOOD_DARK, 8),
           line(cx + w / 2 - 10, base, cx + w / 2 - 10, base - 170, P.WOOD_DARK, 8),
           path(f"M{f(cx - w / 2 - 20)} {f(base - 200)} L{f(cx + w / 2 + 20)} {f(base - 176)} L{f(cx + w / 2 + 20)} {f(base - 150)} "
                f"L{f(cx - w / 2 - 20)} {f(base - 172)} Z", awning, **K)]
    for k in range(5):
        x_ = cx - w / 2 - 20 + k * (w + 40) / 5
        out.append(path(f"M{f(x_)} {f(base - 172 + k * 4.4)} q{f((w + 40) / 10)} 16 {f((w + 40) / 5)} 4", "none",
                        stroke=P.INK, stroke_width="3"))
    out.append(rect(cx - w / 2, base - 70, w, 70, P.WOOD, **K))
    out.append(rect(cx - w / 2 - 6, base - 82, w + 12, 14, P.WOOD_LIGHT, **K))
    if goods == "silk":
        out.append(silk_bolt(cx - 50, base - 82, 0.6, P.SILK_RED))
        out.append(silk_bolt(cx + 40, base - 82, 0.6, P.GOLD))
        out.append(silk_bolt(cx - 5, base - 104, 0.6, P.SILK_JADE))
    elif goods == "pots":
        for k in range(3):
            px = cx - 60 + k * 60
            out.append(path(f"M{f(px - 22)} {f(base - 82)} Q{f(px - 30)} {f(base - 120)} {f(px - 12)} {f(base - 126)} L{f(px + 12)} {f(base - 126)} "
                            f"Q{f(px + 30)} {f(base - 120)} {f(px + 22)} {f(base - 82)} Z", ("#6E8C7A", CLAY, "#C9B27E")[k], **ink(2)))
    elif goods == "fruit":
        r = rng(seed)
        for k in range(9):
            out.append(circle(cx - 70 + (k % 5) * 34 + (k // 5) * 17, base - 96 - (k // 5) * 22, 14,
                              r.choice(["#E4572E", P.FIRE, "#F2C230"]), **ink(2)))
    elif goods == "furs":
        for k in range(3):
            px = cx - 60 + k * 60
            out.append(path(f"M{f(px - 26)} {f(base - 82)} Q{f(px - 30)} {f(base - 130)} {f(px)} {f(base - 128)} Q{f(px + 30)} {f(base - 130)} "
                            f"{f(px + 26)} {f(base - 82)} Z", (FUR_BROWN, "#A57A4E", "#5E4630")[k], **ink(2)))
    return g(*out)


def round_tree(x, y, s=1.0, color=AUTUMN, dark=AUTUMN_DARK, hi="#F0B860") -> str:
    """A round leafy tree in any colour (autumn gold, dull rain-green …), 240 px tall at s=1."""
    out = [path("M-12 0 L-9 -90 Q-30 -120 -45 -125 L-38 -132 Q-15 -122 -2 -105 L2 -140 L10 -140 L10 -100 "
                "Q25 -120 40 -128 L45 -120 Q22 -108 12 -85 L12 0 Z", P.TRUNK, **ink(3)),
           path(smooth([(-100, -150), (-80, -215), (-20, -245), (45, -235), (100, -180), (95, -130), (40, -110),
                        (-40, -108), (-95, -125)], closed=True), color, **ink(3)),
           path(smooth([(-60, -175), (-30, -215), (20, -222), (60, -195), (20, -185), (-20, -170)], closed=True), hi),
           path("M-70 -140 Q-40 -128 -10 -135 M30 -135 Q55 -128 80 -145", "none", stroke=dark, stroke_width="5",
                stroke_linecap="round")]
    return place(g(*out), x, y, s)


def back_figure(x, y, s=1.0, side=PLAIN, hat_="topknot", walk=True, bundle=None, pole=False, step=0) -> str:
    """A person seen from behind, walking away (no face): for people leaving down a road.

    hat_: topknot, woman, song_helmet, jurchen, child. bundle: a colour for a cloth bundle on the back.
    """
    K = ink(3)
    out = []
    feet = [(-20, -4), (20, -10)] if walk and step % 2 == 0 else ([(-20, -10), (20, -4)] if walk else [(-16, -6), (16, -6)])
    for fx, fy in feet:
        out.append(path(f"M{fx - 9} -60 L{fx - 9} {fy - 4} L{fx + 9} {fy - 4} L{fx + 9} -60 Z", "#4A4038", **K))
        out.append(ellipse(fx, fy, 14, 8, P.INK))
    body = "M-24 -132 Q0 -137 24 -132 C36 -128 40 -118 40 -100 L46 -40 Q0 -33 -46 -40 L-40 -100 C-40 -118 -36 -128 -24 -132 Z"
    for sx in (-1, 1):
        pts_ = [(sx * 32, -124), (sx * 44, -92), (sx * 46, -66)]
        out.append(polyline(pts_, P.INK, 23))
        out.append(polyline(pts_, side.main, 17))
    out.append(path(body, side.main, **K))
    out.append(rect(-41, -92, 82, 10, side.dark, rx=3, **ink(2)))
    for sx in (-1, 1):
        out.append(circle(sx * 46, -62, 9, P.SKIN, **ink(2.5)))
    if bundle:
        out.append(path("M-30 -128 Q0 -150 30 -128 L36 -84 Q0 -70 -36 -84 Z", bundle, **K))
        out.append(path("M-10 -140 Q0 -128 10 -140", "none", stroke=P.INK, stroke_width="4"))
    hy = -164
    out.append(rect(-9, hy + 18, 18, 16, P.SKIN, **ink(2.5)))
    out.append(circle(0, hy, 27, P.SKIN, **K))
    if hat_ == "song_helmet":
        out.append(path(f"M-33 {hy - 6} Q-40 {hy + 18} -30 {hy + 28} L30 {hy + 28} Q40 {hy + 18} 33 {hy - 6} Z", side.main, **K))
        out.append(path(f"M-4 {hy - 45} C-24 {hy - 71} 10 {hy - 79} 4 {hy - 49} Z", "#D8412F", **K))
        out.append(path(f"M-31 {hy - 4} C-27 {hy - 52} 27 {hy - 52} 31 {hy - 4} Z", "#8D96A0", **K))
    elif hat_ == "jurchen_helmet":
        out.append(path(f"M-33 {hy - 8} L-38 {hy + 26} L38 {hy + 26} L33 {hy - 8} Z", side.dark, **K))
        out.append(path(f"M-32 {hy - 6} C-29 {hy - 56} 29 {hy - 56} 32 {hy - 6} Z", "#8D96A0", **K))
        out.append(rect(-35, hy - 12, 70, 9, "#5F6873", rx=4, **ink(2)))
        out.append(line(0, hy - 44, 0, hy - 56, P.INK, 5))
        out.append(circle(0, hy - 58, 5, side.main, **ink(2)))
    elif hat_ == "jurchen":
        out.append(circle(0, hy, 27, P.INK))
        out.append(path(f"M0 {hy + 10} L0 {hy + 70}", "none", stroke=P.INK, stroke_width="10", stroke_linecap="round"))
        out.append(path(f"M-29 {hy - 8} C-27 {hy - 56} 27 {hy - 56} 29 {hy - 8} Z", side.main, **K))
        out.append(rect(-33, hy - 18, 66, 16, FUR_BROWN, rx=8, **K))
    else:
        out.append(circle(0, hy, 27, P.INK))
        if hat_ == "woman":
            out.append(ellipse(0, hy - 36, 22, 16, P.INK))
            out.append(line(-30, hy - 40, 30, hy - 32, P.GOLD, 4))
        elif hat_ == "child":
            out.append(circle(-20, hy - 28, 11, P.INK))
            out.append(circle(20, hy - 28, 11, P.INK))
        else:
            out.append(circle(0, hy - 34, 11, P.INK))
    if pole:
        out.append(line(-60, -150, 70, -150, P.WOOD_DARK, 7))
        out.append(path("M-70 -150 q-20 30 0 56 q24 -4 14 -56 Z", bundle or SACK, **ink(2)))
        out.append(path("M70 -150 q-14 30 6 56 q24 -4 10 -56 Z", bundle or SACK, **ink(2)))
    return place(g(*out), x, y, s)


def mist(y, seed=170, n=5, color="#FFFFFF", o=0.5, s=1.4) -> str:
    return clouds(seed, n, y - 20, y + 20, s * 0.8, s * 1.2, color, o)


def broken_banner(x, y, s=1.0, side=JIN) -> str:
    """A fallen banner lying in the grass: the pole snapped in two, the cloth crumpled (nobody near)."""
    K = ink(3)
    out = [line(-200, 0, 40, -14, P.WOOD_DARK, 8), line(60, -6, 190, 4, P.WOOD_DARK, 8),
           path("M52 -14 l8 -6 l6 8 l-6 6 Z", P.WOOD_LIGHT, **ink(2)),
           path("M-190 -4 Q-150 -40 -110 -30 Q-60 -50 -30 -24 Q-10 -10 -40 4 Q-100 14 -150 8 Q-190 10 -190 -4 Z", side.main, **K),
           path("M-150 -30 Q-120 -20 -90 -34 M-120 2 Q-80 -14 -50 -6", "none", stroke=side.dark, stroke_width="5", stroke_linecap="round"),
           circle(198, 4, 8, P.GOLD, **ink(2))]
    return place(g(*out), x, y, s)


def folded_banner(cx, cy, s=1.0, side=JIN) -> str:
    """A banner folded into a neat flat pile, with its tassel (for the empty throne)."""
    K = ink(3)
    out = [rect(-110, -30, 220, 30, side.main, rx=4, **K), rect(-100, -54, 200, 26, side.main, rx=4, **K),
           rect(-90, -76, 180, 24, side.dark, rx=4, **K), line(-84, -64, 84, -64, side.light, 3),
           line(-104, -16, 104, -16, side.dark, 4), path("M110 -20 q24 10 18 40", "none", stroke=P.GOLD, stroke_width="5"),
           circle(128, 24, 7, P.GOLD, **ink(2))]
    return place(g(*out), cx, cy, s)


def doc(body, title=None) -> str:
    return document(*body, title=title)


def card(n: int, emblem) -> str:
    """A chapter card in the lead illustrator's shared frame (art/cards.py, STYLE.md §7): the emblem
    scene is drawn in full-canvas coordinates and clipped to the round-topped window; the top 22 %
    stays calm sky for the app's chapter title."""
    from .cards import card as frame
    return document(frame(n, g(*emblem)))


def card_11() -> str:
    e = [sky("dawn", "#F4C38E", "#FBE7C8"), clouds(1101, 4, 290, 360, 0.9, 1.2, "#FFF4E4", 0.95),
         mountains(540, "#C9B8A4", seed=1102, n=5, hmin=80, hmax=150, x0=150, x1=1050),
         rolling(540, 18, "#C9B36A", seed=1103),
         # the distant Jin fort on its hill, flying blue banners
         path("M640 556 Q800 440 980 556 Z", "#B9A25E"),
         city(710, 920, 520, 80, JIN, gate_x=815, towers=(720, 910), banners=0, outline=False, gatehouse=True),
         banner(720, 478, 0.6, JIN, "tall"), banner(910, 478, 0.6, JIN, "swallow"), banner(815, 440, 0.5, JIN, "tall"),
         rolling(600, 16, "#C2A65A", seed=1104),
         round_tree(250, 630, 0.5), round_tree(1000, 640, 0.42, "#E0A040"),
         # the Song army marching north (toward the fort)
         crowd_row(40, 660, 650, SONG, 0.6, "song", seed=1105, banners=4),
         crowd_row(20, 720, 720, SONG, 0.75, "song", seed=1106),
         crowd_row(0, 780, 800, SONG, 0.9, "song", seed=1108),
         banner(700, 800, 1.2, SONG, "swallow"), banner(90, 800, 1.2, SONG, "tall"),
         birds(470, 320, 4, 1.1, seed=1107)]
    return card(11, e)


# ============================================================ chapter 11

def c11_jin_troubles() -> str:
    b = [sky("winter", "#9EAFC0", "#E3E6E2"), clouds(1111, 3, 60, 140, 0.9, 1.3, "#EEF1F3", 0.8),
         locusts(880, 250, 380, 140, 70),
         mountains(430, P.MTN_FAR, seed=1112, n=6, hmin=70, hmax=150),
         rect(0, 428, W, 472, linear([(0, "#D1B578"), (1, P.MUDDY_DARK)])),
         # drowned farm: roofs, tree tops, fence posts and a haystack poke out of the flood
         roof(760, 510, 200, 70), roof(1030, 480, 150, 52),
         round_tree(905, 610, 0.55, P.LEAF, P.LEAF_DARK, "#7DB35F"), round_tree(615, 560, 0.42, P.LEAF, P.LEAF_DARK, "#7DB35F"),
         round_tree(1140, 590, 0.5, P.LEAF, P.LEAF_DARK, "#7DB35F"),
         rect(0, 490, W, 410, linear([(0, P.MUDDY), (1, P.MUDDY_DARK)])),
         path("M1030 530 Q1075 470 1120 530 Z", P.FIELD, **ink(3)),
         *[rect(560 + k * 70, 560 - k * 4, 12, 40, P.WOOD, **ink(2)) for k in range(6)],
         ripples(1113, 22, 510, 880, "#E6D09A", x0=480, x1=1200, o=0.8),
         ripples(1114, 8, 520, 880, "#8E6E3E", x0=520, x1=1200, o=0.5),
         # the low hill where the family stands
         path("M0 600 C180 560 420 570 560 640 C660 690 700 800 740 900 L0 900 Z", P.GRASS, **ink(3)),
         path("M0 700 C160 680 360 700 520 760 C580 790 610 850 620 900 L0 900 Z", P.GRASS_DARK),
         figure(175, 640, 1.12, JIN, "jurchen", arms=("point", "down"), dress="coat", mood="o"),
         figure(330, 650, 1.05, JIN, "woman", arms=("fold", "down"), mood="flat", skin=P.SKIN2),
         figure(455, 690, 1.0, JIN, "topknot", arms=("hip", "down"), mood="o", child=True),
         grass_tufts(1115, 10, 820, 890, P.GRASS, x0=0, x1=560),
         reeds(700, 760, 1.0, seed=1116), reeds(1150, 840, 1.2, seed=1117)]
    return doc(b)


def c11_han_tuozhou() -> str:
    T = 700  # table top
    sheets = [line(560, 95, 1060, 110, P.INK, 2)]
    for k in range(5):
        x = 590 + k * 95
        sheets.append(paper_sheet(x, 140 + k * 3, 60, 80, 4))
    b = [rect(0, 0, W, 620, linear([(0, "#E4D6BA"), (1, "#F1E7D3")])),
         rect(0, 620, W, 280, linear([(0, "#B78A5A"), (1, "#8E6440")])),
         *[line(0, 620 + k * 46, W, 620 + k * 46, "#8E6440", 2, opacity="0.5") for k in range(1, 6)],
         rect(0, 0, W, 60, P.WOOD_DARK, **ink(3)), rect(80, 0, 40, 640, P.WOOD, **ink(3)), rect(1080, 0, 40, 640, P.WOOD, **ink(3)),
         *sheets,
         # shelves of finished books
         shelf(620, 1060, 320), shelf(620, 1060, 460),
         book_stack(680, 320, 0.8, 5, 131), book_stack(780, 320, 0.8, 4, 132), book_stack(880, 320, 0.8, 6, 133),
         book_stack(990, 320, 0.8, 3, 134), book_stack(690, 460, 0.8, 6, 135), book_stack(800, 460, 0.8, 5, 136),
         book_stack(920, 460, 0.8, 4, 137), book_stack(1010, 460, 0.8, 6, 138),
         # a window with paper lattice
         rect(200, 130, 300, 220, "#F8EFD8", **ink(3)),
         *[line(200 + k * 50, 130, 200 + k * 50, 350, P.WOOD_DARK, 4) for k in range(1, 6)],
         *[line(200, 130 + k * 55, 500, 130 + k * 55, P.WOOD_DARK, 4) for k in range(1, 4)],
         # printer behind the table, laying a sheet on the inked block
         figure(530, 800, 1.3, PLAIN, "topknot", arms=("reach", "down"), facing=1, skin=P.SKIN2),
         table(760, T + 100, 520, 84, P.WOOD_LIGHT),
         rect(590, T - 58, 210, 44, P.WOOD_DARK, rx=4, **ink(3)),
         *[line(608 + k * 24, T - 50, 608 + k * 24, T - 22, "#3A2A1C", 4) for k in range(8)],
         rect(600, T - 74, 170, 20, P.PAPER, **ink(2)),
         ellipse(850, T - 22, 32, 10, P.INK), line(835, T - 26, 880, T - 80, P.WOOD_DARK, 7),
         book_stack(930, T - 16, 0.9, 6, 139), book_stack(1040, T - 16, 0.9, 4, 140),
         # second worker carrying a fresh stack
         figure(1080, 890, 1.05, CLOTH, "topknot", arms=("hold", "hold"), facing=-1),
         book_stack(1052, 800, 0.85, 4, 141),
         # Han Tuozhou
         figure(300, 880, 1.35, SONG, "song_official", arms=("point", "down"), mood="smile")]
    return doc(b)


def c11_war_declared() -> str:
    b = [sky("day"), clouds(1121, 3, 70, 150, 0.8, 1.1),
         ground(520, P.EARTH, P.FIELD),
         city(0, W, 540, 230, SONG, gate_x=600, towers=(170, 1030), banners=4, roofs_behind=0, seed=1122),
         # wooden platform in front of the gate
         rect(430, 600, 340, 28, P.WOOD_LIGHT, **ink(3)), rect(445, 628, 310, 70, P.WOOD, **ink(3)),
         *[line(445 + k * 62, 628, 445 + k * 62, 698, P.WOOD_DARK, 3) for k in range(1, 5)],
         banner(445, 610, 0.95, SONG, "tall"), banner(755, 610, 0.95, SONG, "swallow"),
         figure(600, 610, 1.15, SONG, "song_official", arms=("hold", "hold"), item="open_scroll", mood="o"),
         # the listening crowd
         crowd_row(0, 420, 700, PLAIN, 0.75, "people", seed=1123, spears=False),
         crowd_row(780, 1200, 700, CLOTH, 0.75, "people", seed=1124, spears=False, color=CLOTH.light),
         crowd_row(-20, 1220, 790, PLAIN, 1.0, "people", seed=1125, spears=False, color="#C9B99C"),
         crowd_row(-40, 1240, 880, PLAIN, 1.15, "people", seed=1126, spears=False, color="#B5A488"),
         figure(120, 940, 1.2, CLOTH, "woman", arms=("up", "down"), mood="o"),
         figure(1070, 940, 1.2, PLAIN, "topknot", arms=("wave", "down"), facing=-1, skin=P.SKIN2)]
    return doc(b)


def c11_attack_1206() -> str:
    b = [sky("day", "#9FCBE6", "#F3E5C8"), clouds(1131, 3, 80, 190, 0.8, 1.2),
         mountains(560, P.MTN_FAR, seed=1132, n=5, hmin=60, hmax=140, x0=400),
         rolling(560, 14, "#CDB573", seed=1133, x0=300),
         round_tree(1160, 590, 0.4), round_tree(560, 585, 0.35, "#E0A040"),
         # the Jin camp packing up: one tent still up, one heaped on the ground, carts and riders leaving
         tent(640, 660, 120, 95, JIN),
         path("M735 662 Q780 628 830 640 Q880 626 905 662 Z", JIN.main, **ink(2)),
         line(760, 662, 820, 604, P.WOOD_DARK, 5), line(800, 662, 850, 612, P.WOOD_DARK, 5),
         supply_cart(880, 770, 0.55, cover=JIN, facing=1, ox=True),
         rider(1090, 700, 0.42, JIN, "jurchen_helmet", gallop=True),
         rider(1000, 640, 0.32, JIN, "jurchen", color=P.HORSE_GREY, gallop=True),
         crowd_row(560, 860, 800, JIN, 0.55, "soldier", seed=1134, banners=1),
         # the wall of Chuzhou, close on the left
         wall(-20, 480, 900, 430),
         rect(480, 470, 30, 430, P.WALL_SHADE, **ink(3)),
         banner(50, 455, 0.95, SONG, "tall"), banner(430, 455, 0.9, SONG, "swallow"),
         figure(140, 520, 1.0, SONG, "song_helmet", arms=("spear", "down"), item="spear", dress="armour", facing=1),
         figure(260, 520, 1.05, SONG, "song_helmet", arms=("point", "down"), dress="armour", mood="o"),
         figure(380, 520, 1.0, SONG, "song_helmet", arms=("up", "down"), dress="armour"),
         # front parapet hides the defenders' legs
         rect(-20, 448, 500, 72, P.WALL, **ink(3)), rect(-20, 505, 500, 15, P.WALL_SHADE),
         *[rect(-10 + k * 70, 420, 42, 30, P.WALL, **ink(3)) for k in range(7)],
         grass_tufts(1135, 5, 860, 895, P.GRASS_DARK, x0=900, x1=1200)]
    return doc(b)


def c11_no_uprising() -> str:
    b = [sky("winter", "#7F8C99", "#C3CBD2"), clouds(1141, 5, 60, 200, 1.1, 1.6, "#9AA4AE", 0.8),
         mountains(470, "#95A2AF", seed=1142, n=6, hmin=60, hmax=130),
         ground(470, "#8C8A6A", "#6F6446"),
         road(900, 470, 560, 1200, 30, "#9C8560"),
         ellipse(880, 800, 90, 16, "#8FA3B2", opacity="0.7"), ellipse(930, 600, 50, 10, "#8FA3B2", opacity="0.7"),
         round_tree(1120, 520, 0.42, "#8C8A5A", "#6E6A44", "#A3A070"),
         # a few soldiers walking away up the road, their backs to us
         back_figure(905, 520, 0.28, SONG, "song_helmet", step=1),
         back_figure(935, 580, 0.38, SONG, "song_helmet"),
         back_figure(880, 640, 0.5, SONG, "song_helmet", step=1, bundle=SACK),
         # empty supply carts
         supply_cart(620, 600, 0.5, facing=1),
         supply_cart(430, 700, 0.72, facing=-1),
         # tired soldiers huddled in the rain
         rect(260, 780, 150, 60, P.WOOD, **ink(3)),
         figure(335, 800, 1.05, SONG, "song_helmet", pose="sit", arms=("fold", "fold"), dress="armour", mood="sleep", bow=8),
         figure(130, 870, 1.12, SONG, "song_helmet", arms=("fold", "fold"), dress="armour", mood="flat", bow=6),
         figure(560, 885, 1.1, SONG, "song_helmet", pose="kneel", arms=("hold", "hold"), dress="armour", mood="flat", facing=-1),
         rain(1143, 110, "#E4EDF3")]
    return doc(b)


def _karst(x, base, w, h, color) -> str:
    return path(f"M{f(x - w / 2)} {f(base)} C{f(x - w / 2)} {f(base - h * 0.7)} {f(x - w * 0.3)} {f(base - h)} {f(x)} {f(base - h)} "
                f"C{f(x + w * 0.3)} {f(base - h)} {f(x + w / 2)} {f(base - h * 0.7)} {f(x + w / 2)} {f(base)} Z", color)


def c11_wu_xi() -> str:
    b = [sky("dusk", "#8C79B0", "#F6C08A"),
         _karst(150, 520, 240, 330, "#9A9BB8"), _karst(420, 520, 200, 400, "#8E92B0"), _karst(760, 520, 260, 300, "#9A9BB8"),
         _karst(1060, 520, 240, 420, "#8E92B0"),
         mist(420, 1151, 5, "#FCE3CC", 0.7),
         _karst(280, 600, 220, 230, "#5E8A6A"), _karst(960, 600, 260, 260, "#557F61"),
         # courtyard of the mountain fort
         rect(0, 560, W, 340, linear([(0, P.STONE), (1, P.STONE_DARK)])),
         *[line(0, 560 + k * 60, W, 560 + k * 60, P.STONE_DARK, 2, opacity="0.6") for k in range(1, 6)],
         wall(560, 1220, 620, 130, P.STONE, shade=P.STONE_DARK, light="#E4DED3"),
         # the fort building and its doorway, with two Song officers watching
         rect(-10, 230, 420, 420, P.PLASTER, **ink(3)),
         roof(200, 230, 460, 110),
         rect(90, 360, 190, 290, "#2B211C", **ink(3)),
         rect(40, 640, 300, 22, P.STONE_DARK, **ink(3)),
         figure(150, 646, 0.95, SONG, "song_helmet", arms=("down", "down"), dress="armour", mood="o", look=1),
         figure(235, 646, 0.95, SONG, "song_helmet", arms=("hip", "down"), dress="armour", mood="flat", look=1),
         rect(72, 360, 18, 290, P.PILLAR, **ink(2)), rect(280, 360, 18, 290, P.PILLAR, **ink(2)),
         # Wu Xi hands a rolled letter to the Jin messenger
         figure(600, 860, 1.3, SONG, "song_official", arms=("reach", "down"), mood="flat"),
         figure(900, 860, 1.3, JIN, "jurchen", arms=("reach", "down"), dress="coat", facing=-1, skin=P.SKIN2),
         rolled_scroll(752, 708, 0.75),
         horse(1150, 760, 0.55, P.HORSE_BROWN, JIN, facing=-1)]
    return doc(b)


def c11_war_stuck() -> str:
    b = [sky("winter"), mountains(470, "#9FB0C2", seed=1161, n=5, hmin=90, hmax=170, snow=True),
         ground(470, P.SNOW, P.SNOW_SHADE),
         path("M0 520 Q600 490 1200 530 L1200 560 Q600 520 0 550 Z", P.SNOW_SHADE),
         # the empty field between, with a bare tree
         path("M600 600 L598 480 M598 520 L565 482 M600 505 L635 462 M566 484 L556 470", "none", stroke=P.TRUNK,
              stroke_width="8", stroke_linecap="round"),
         # Song side (left)
         crowd_row(10, 400, 620, SONG, 0.6, "song", seed=1162, banners=2),
         figure(110, 770, 1.05, SONG, "song_helmet", arms=("fold", "down"), dress="armour", mood="flat"),
         figure(270, 770, 1.05, SONG, "song_helmet", arms=("spear", "down"), item="spear", dress="armour", mood="flat"),
         palisade(0, 420, 800, 120, seed=1163),
         # Jin side (right)
         crowd_row(800, 1190, 620, JIN, 0.6, "soldier", seed=1164, banners=2),
         figure(930, 770, 1.05, JIN, "jurchen_helmet", arms=("spear", "down"), item="spear", dress="armour", facing=-1, mood="flat"),
         figure(1090, 770, 1.05, JIN, "jurchen_helmet", arms=("fold", "down"), dress="armour", facing=-1, mood="flat"),
         palisade(780, 1200, 800, 120, seed=1165),
         path("M0 800 Q600 760 1200 810 L1200 900 L0 900 Z", P.SNOW),
         *[ellipse(480 + k * 60, 840 + (k % 2) * 24, 10, 5, P.SNOW_SHADE) for k in range(5)],
         snowfall(1166, 100)]
    return doc(b)


def c11_han_falls() -> str:
    doors = [rect(250, 260, 150, 380, "#2B211C", **ink(3)), rect(800, 260, 150, 380, "#2B211C", **ink(3))]
    b = [interior(660, "#7A2E22", pillars=(60, 1140), panel=g(*doors, screen(600, 640, 300, 300))),
         figure(325, 660, 0.85, SONG, "song_helmet", arms=("spear", "down"), item="spear", dress="armour", mood="flat"),
         figure(875, 660, 0.85, SONG, "song_helmet", arms=("spear", "down"), item="spear", dress="armour", mood="flat", facing=-1),
         # officials gathered around, listening
         figure(175, 850, 1.1, SONG, "song_official", arms=("fold", "fold"), mood="flat", look=1),
         figure(1025, 850, 1.1, SONG, "song_official", arms=("fold", "fold"), facing=-1, mood="flat", skin=P.SKIN2),
         # Empress Yang and Shi Miyuan talking quietly in the middle
         figure(490, 880, 1.4, SONG, "woman", arms=("hold", "down"), trim=P.GOLD, mood="flat", bow=5),
         figure(720, 880, 1.4, SONG, "song_official", arms=("fold", "fold"), facing=-1, mood="flat", skin=P.SKIN2, bow=5)]
    return doc(b)


def c11_peace_1208() -> str:
    T = 640
    b = [sky("day"), hills(560, "#9DBE7A", seed=1181, n=4, hmin=40, hmax=90),
         willow(170, 560, 0.7), round_tree(1040, 560, 0.6, P.LEAF, P.LEAF_DARK, "#7DB35F"),
         rect(0, 560, W, 340, linear([(0, P.STONE), (1, P.STONE_DARK)])),
         # the Song officials (left) and the Jin officials (right) behind the long table
         figure(190, 650, 1.2, SONG, "song_official", pose="sit", arms=("hold", "down"), mood="flat"),
         figure(400, 650, 1.2, SONG, "scholar", pose="sit", arms=("fold", "fold"), mood="flat", skin=P.SKIN2),
         figure(800, 650, 1.2, JIN, "jurchen", pose="sit", arms=("fold", "fold"), facing=-1, dress="coat"),
         figure(1000, 650, 1.2, JIN, "jurchen", pose="sit", arms=("point", "down"), facing=-1, dress="coat", skin=P.SKIN2),
         rect(90, T, 1020, 30, P.WOOD, rx=4, **ink(3)), rect(110, T + 30, 980, 90, P.WOOD_DARK, **ink(3)),
         rect(110, T + 30, 980, 14, "#4A2E16"),
         scroll(600, T - 34, 0.62, 280, 110, lines=6, seal=True),
         # the payment waiting nearby
         chest(170, 880, 0.95, open_=True), chest(360, 890, 0.8, open_=True),
         silk_pile(870, 885, 0.85, 6), silk_pile(1050, 892, 0.75, 4),
         # the pavilion eaves framing the top
         rect(0, 0, W, 130, P.ROOF, **ink(3)),
         *[line(k * 60, 0, k * 60, 112, P.ROOF_DARK, 4) for k in range(1, 20)],
         rect(0, 108, W, 34, "#3E7B6E", **ink(3)), rect(0, 116, W, 8, P.GOLD),
         hanging_lantern(300, 142, 0.9), hanging_lantern(900, 142, 0.9),
         rect(20, 130, 44, 770, P.PILLAR, **ink(3)), rect(1136, 130, 44, 770, P.PILLAR, **ink(3))]
    return doc(b)


# ============================================================ chapter 12

def empty_chest(x, y, s=1.0) -> str:
    """An open wooden chest, seen a little from above, with nothing inside; the lid stands open."""
    K = ink(3)
    out = [poly([(-66, -134), (66, -134), (74, -200), (-74, -200)], P.WOOD_LIGHT, **K),
           *[line(bx, -136, bx * 1.1, -198, P.GOLD_DARK, 10) for bx in (-40, 40)],
           poly([(-80, -90), (80, -90), (66, -134), (-66, -134)], P.WOOD_DARK, **K),
           poly([(-70, -96), (70, -96), (60, -128), (-60, -128)], "#2B211C"),
           rect(-80, -90, 160, 90, P.WOOD, rx=6, **K)]
    for bx in (-50, 50):
        out.append(rect(bx - 7, -90, 14, 90, P.GOLD_DARK, **ink(2)))
    return place(g(*out), x, y, s)


def account_book(x, y, s=1.0, closing=True) -> str:
    """A big thread-bound account book lying open with its cover swinging shut."""
    K = ink(3)
    out = [poly([(-130, 0), (0, 10), (0, -14), (-126, -24)], P.PAPER, **K)]
    for k in range(4):
        out.append(line(-110 + k * 26, -12, -104 + k * 26, 2, "#B8AC95", 3))
    if closing:
        out.append(poly([(0, 10), (0, -14), (70, -120), (110, -104)], "#3E5C7A", **K))
        out.append(line(6, -12, 74, -114, "#2C4258", 4))
        out.append(poly([(0, 10), (130, 0), (126, -24), (0, -14)], P.PAPER, **K))
    else:
        out.append(poly([(0, 10), (130, 0), (126, -24), (0, -14)], P.PAPER, **K))
    out.append(poly([(-134, 4), (0, 16), (134, 4), (130, 0), (0, 10), (-130, 0)], "#3E5C7A", **ink(2)))
    return place(g(*out), x, y, s)


def card_12() -> str:
    e = [sky("day", "#86C3EA", "#E8F4F8"), clouds(1201, 4, 280, 380, 0.9, 1.3),
         mountains(560, "#B9C6D3", seed=1202, n=5, hmin=60, hmax=120, x0=150, x1=1050),
         rect(0, 555, W, 345, linear([(0, "#D3D08C"), (1, P.STEPPE)])),
         # the Jin city far away
         city(790, 1000, 560, 60, JIN, gate_x=895, towers=(800, 990), banners=0, outline=False),
         banner(800, 520, 0.45, JIN, "tall"), banner(990, 520, 0.45, JIN, "swallow"),
         grass_tufts(1203, 16, 600, 800, "#B3B06A", x0=60, x1=1140, s=0.9),
         rider(840, 660, 0.5, MONGOL, "mongol", gallop=True, dress="coat", color=P.HORSE_CHESTNUT),
         rider(250, 760, 0.75, MONGOL, "mongol", gallop=True, dress="coat", color=P.HORSE_GREY, arms=("up", "down")),
         rider(530, 800, 0.85, MONGOL, "mongol", gallop=True, dress="coat", color=P.HORSE_BROWN, arms=("banner", "down"),
               item="banner"),
         ]
    return card(12, e)


def c12_mongols_unite() -> str:
    b = [sky("day", "#7FBCE6", "#E4F3F8"), clouds(1211, 4, 60, 200, 0.9, 1.4), sun(1050, 110, 50),
         mountains(480, "#B3C2D2", seed=1212, n=6, hmin=50, hmax=110),
         rect(0, 478, W, 422, linear([(0, "#CFCB86"), (1, P.STEPPE)])),
         rolling(520, 12, "#C1BE78", seed=1213),
         # the camp of round felt tents
         yurt(150, 575, 170, 115, MONGOL.main, smoke=True), yurt(380, 560, 130, 90, MONGOL.main),
         yurt(870, 565, 150, 100, MONGOL.main, smoke=True), yurt(1080, 580, 180, 120, MONGOL.main),
         banner(600, 560, 0.55, MONGOL, "swallow"),
         # horses grazing
         horse(1020, 760, 0.55, P.HORSE_GREY, graze=True, facing=-1),
         horse(1150, 820, 0.6, P.HORSE_CHESTNUT, graze=True),
         horse(130, 700, 0.45, P.HORSE_BLACK, graze=True),
         grass_tufts(1214, 16, 760, 895, "#A9A55E"),
         # riders gathering
         rider(360, 830, 0.8, MONGOL, "mongol", dress="coat", color=P.HORSE_BROWN, arms=("wave", "down")),
         rider(820, 830, 0.8, MONGOL, "mongol", dress="coat", color=P.HORSE_CHESTNUT, facing=-1, arms=("point", "down")),
         rider(620, 700, 0.55, MONGOL, "mongol", dress="coat", color=P.HORSE_WHITE, facing=-1),
         figure(600, 890, 1.0, MONGOL, "mongol", dress="coat", arms=("up", "down"))]
    return doc(b)


def c12_mongols_attack() -> str:
    m = china_map(1142, box=(330, 140, 870, 500), parchment=True)
    b = [interior(720, "#6E3A2A", pillars=(70, 1130), lanterns=False),
         # the map hanging between two rollers
         rect(300, 110, 600, 420, P.PARCHMENT, **ink(3)), m,
         rect(286, 96, 628, 22, P.WOOD, rx=10, **ink(3)), rect(286, 522, 628, 22, P.WOOD, rx=10, **ink(3)),
         line(600, 96, 600, 60, P.INK, 3),
         # officials arguing in front of it
         figure(200, 890, 1.45, SONG, "song_official", arms=("point", "down"), mood="o"),
         figure(470, 870, 1.3, SONG, "scholar", arms=("up", "down"), mood="o", skin=P.SKIN2),
         figure(730, 870, 1.3, SONG, "scholar", arms=("fold", "fold"), facing=-1, mood="flat"),
         figure(1000, 890, 1.45, SONG, "song_official", arms=("wave", "down"), facing=-1, mood="smile", skin=P.SKIN2)]
    return doc(b)


def c12_song_wait() -> str:
    b = [sky("day", "#9CCFEE", "#EAF6FA"), clouds(1231, 3, 60, 160, 0.8, 1.1),
         # garden: pond, rocks, a pine; the hall stands on the right
         rect(0, 560, W, 340, linear([(0, "#BFD59A"), (1, P.GRASS)])),
         ellipse(230, 640, 200, 40, P.WATER, **ink(3)), ripples(1232, 5, 625, 660, P.WATER_LIGHT, x0=80, x1=380, s=0.6),
         rock(80, 620, 0.6), pine(330, 600, 1.1),
         hall(980, 600, 360, 150, P.ROOF_GOLD, double=False, platform=False),
         # stone terrace and steps
         rect(560, 600, 640, 110, P.STONE, **ink(3)), line(560, 640, 1200, 640, P.STONE_DARK, 2),
         line(560, 675, 1200, 675, P.STONE_DARK, 2),
         poly([(560, 600), (500, 710), (560, 710)], "#DDD6CA", **ink(3)),
         rect(0, 710, W, 190, linear([(0, "#E4DED3"), (1, P.STONE)])),
         # the Song official turns the offer down
         figure(800, 600, 1.35, SONG, "song_official", arms=("wave", "down"), facing=-1, mood="flat"),
         # the Western Xia envoy bows, offering a gift box
         figure(380, 860, 1.3, XIA, "tangut", pose="kneel", arms=("hold", "hold"), item="box", mood="smile", skin=P.SKIN2,
                bow=8),
         figure(120, 880, 1.05, XIA, "tangut", arms=("fold", "fold"), mood="flat")]
    return doc(b)


def c12_jin_move() -> str:
    rd = smooth([(370, 380), (520, 470), (420, 560), (640, 660), (900, 740), (1260, 900)])
    b = [sky("dawn"), sun(980, 170, 45),
         mountains(330, "#D9B9A6", seed=1241, n=6, hmin=60, hmax=130),
         rect(0, 328, W, 572, linear([(0, "#D6C79B"), (1, "#C3AE78")])),
         # Zhongdu, left behind in the north
         city(40, 560, 380, 120, JIN, gate_x=370, towers=(70, 530), banners=2, roofs_behind=3, seed=1242),
         path(rd, "none", stroke=P.INK, stroke_width="64", stroke_linecap="round", stroke_linejoin="round"),
         path(rd, "none", stroke=P.EARTH, stroke_width="58", stroke_linecap="round", stroke_linejoin="round"),
         # the long line of carts and riders heading south
         rider(505, 470, 0.22, JIN, "jurchen", color=P.HORSE_GREY),
         supply_cart(455, 548, 0.25, cover=JIN, facing=-1),
         rider(560, 620, 0.3, JIN, "jurchen_helmet", arms=("spear", "down"), item="spear"),
         supply_cart(700, 690, 0.4, cover=JIN, ox=True),
         rider(860, 750, 0.48, JIN, "jurchen"),
         supply_cart(950, 850, 0.62, cover=JIN, ox=True),
         rider(650, 820, 0.6, JIN, "jurchen_helmet", color=P.HORSE_CHESTNUT, arms=("banner", "down"), item="banner"),
         round_tree(120, 760, 0.6, "#C9A24A", "#9C7A30", "#E3C06A"), round_tree(280, 870, 0.5, "#C9A24A", "#9C7A30", "#E3C06A"),
         grass_tufts(1243, 10, 760, 890, "#B29A5E", x0=0, x1=500)]
    return doc(b)


def c12_jin_attack() -> str:
    b = [sky("day", "#8CC8EC", "#E6F4F8"), clouds(1251, 3, 60, 150, 0.8, 1.2),
         # the green Song hills to the south, beyond the river, with a watchtower
         hills(470, "#8DBB5E", seed=1252, n=4, hmin=90, hmax=170, bottom=520),
         hills(500, "#76A84A", seed=1253, n=5, hmin=40, hmax=90, bottom=540),
         tower(900, 420, 60, 80, P.WALL, roof_color=P.ROOF),
         round_tree(300, 470, 0.35, P.LEAF, P.LEAF_DARK, "#7DB35F"), round_tree(1080, 480, 0.4, P.LEAF, P.LEAF_DARK, "#7DB35F"),
         path("M0 520 Q600 500 1200 525 L1200 560 L0 560 Z", "#E3D4A6"),
         rect(0, 550, W, 250, linear([(0, P.WATER_LIGHT), (1, P.WATER)])),
         ripples(1254, 14, 570, 780, "#FFFFFF", o=0.6),
         # Jin soldiers wading across, seen from the northern bank (cut off at the waterline)
         clip(rect(0, 0, W, 632, "#000"), back_figure(260, 660, 0.55, JIN, "jurchen_helmet"),
              back_figure(380, 652, 0.5, JIN, "jurchen_helmet", step=1), back_figure(760, 660, 0.55, JIN, "jurchen_helmet", step=1),
              banner(330, 660, 0.7, JIN, "tall")),
         ripples(1259, 5, 630, 640, "#FFFFFF", x0=220, x1=800, s=0.6, o=0.9),
         clip(rect(0, 0, W, 735, "#000"), back_figure(470, 790, 0.9, JIN, "jurchen_helmet"),
              back_figure(640, 780, 0.85, JIN, "jurchen_helmet", step=1),
              rider(1000, 770, 0.6, JIN, "jurchen_helmet", color=P.HORSE_CHESTNUT)),
         *[path(f"M{x - 50} 736 Q{x} 724 {x + 50} 736", "none", stroke="#FFFFFF", stroke_width="5", stroke_linecap="round",
                opacity="0.85") for x in (470, 640, 1010)],
         # the northern bank in front
         path("M0 800 Q300 770 600 790 Q900 810 1200 780 L1200 900 L0 900 Z", "#C9B27A", **ink(3)),
         reeds(90, 820, 1.2, seed=1256), reeds(1120, 810, 1.1, seed=1257),
         grass_tufts(1258, 8, 850, 895, "#A8975E")]
    return doc(b)


def c12_shi_miyuan() -> str:
    moonwin = circle(880, 300, 170, "#DCEFF5", **ink(4))
    b = [rect(0, 0, W, 640, linear([(0, "#E9DDC4"), (1, "#D9C7A4")])),
         rect(0, 640, W, 260, linear([(0, "#A57B50"), (1, "#7E5A38")])),
         moonwin, clip(circle(880, 300, 166, "#000"), bamboo(820, 480, 0.9, 4, seed=1261), bamboo(990, 480, 0.8, 3, seed=1262)),
         circle(880, 300, 170, "none", stroke=P.WOOD_DARK, stroke_width="14"),
         # shelf of letters behind
         shelf(60, 420, 300), *[rolled_scroll(130 + k * 90, 280, 0.45, ribbon=(P.SILK_RED, P.SILK_JADE, P.GOLD, P.SILK_RED)[k]) for k in range(4)],
         # Shi Miyuan at his desk, brush raised over an order he has not yet signed
         figure(500, 740, 1.75, SONG, "song_official", pose="sit", arms=("reach", "down"), item="brush", mood="flat"),
         rect(100, 690, 1000, 34, P.WOOD, rx=4, **ink(3)), rect(130, 724, 940, 176, P.WOOD_DARK, **ink(3)),
         rect(160, 750, 880, 150, "#4A2E16", rx=6),
         scroll(690, 664, 0.8, 300, 80, lines=0, seal=False),
         *[paper_sheet(200 + (k % 3) * 20, 676 - k * 16, 130, 30, 5) for k in range(7)],
         *[rolled_scroll(990 + (k % 2) * 20, 676 - k * 24, 0.55) for k in range(3)],
         rect(860, 650, 56, 36, P.INK, rx=6), ellipse(888, 652, 22, 7, "#555"),
         # a lamp
         glow(1120, 480, 130, P.FIRE_IN, 0.4), rect(1112, 500, 16, 190, P.WOOD_DARK, **ink(2)), flame(1120, 500, 0.35, 7)]
    return doc(b)


def c12_zaoyang() -> str:
    b = [sky("day", "#86C5EE", "#E8F5FA"), clouds(1271, 4, 60, 200, 0.8, 1.2), sun(180, 120, 48),
         mountains(470, "#AFC3D3", seed=1272, n=5, hmin=50, hmax=110),
         rect(0, 468, W, 432, linear([(0, "#C9D58E"), (1, P.GRASS)])),
         path("M300 600 Q700 520 1250 500", "none", stroke=P.EARTH, stroke_width="34", stroke_linecap="round"),
         # the Jin column marching away in the distance
         crowd_row(760, 1080, 525, JIN, 0.35, "soldier", seed=1273, banners=2),
         rider(1130, 520, 0.22, JIN, "jurchen_helmet"),
         # cheering Song soldiers on the wall walk
         figure(170, 860, 1.4, SONG, "song_helmet", arms=("up", "up"), dress="armour"),
         figure(420, 860, 1.35, SONG, "song_helmet", arms=("spear", "up"), item="spear", dress="armour", mood="o"),
         figure(660, 860, 1.4, SONG, "song_helmet", arms=("up", "wave"), dress="armour", facing=-1),
         figure(890, 860, 1.3, SONG, "song_helmet", arms=("up", "down"), dress="armour", mood="o"),
         banner(1030, 820, 1.3, SONG, "tall"), banner(290, 820, 1.1, SONG, "swallow"),
         # the parapet in front of them
         rect(0, 770, W, 130, P.WALL, **ink(3)),
         *[rect(20 + k * 150, 722, 90, 52, P.WALL, **ink(3)) for k in range(8)],
         rect(0, 770, W, 14, P.WALL_LIGHT),
         *[line(0, 820 + k * 36, W, 820 + k * 36, P.WALL_SHADE, 2, opacity="0.6") for k in range(2)]]
    return doc(b)


def c12_more_fights() -> str:
    b = [sky("day", "#8FC3E4", "#E6F2F6"), clouds(1281, 3, 80, 200, 0.7, 1.0),
         mountains(470, "#A9B8C9", seed=1282, n=5, hmin=80, hmax=160, x0=400),
         rect(0, 468, W, 432, linear([(0, "#CBD08E"), (1, "#B5BE74")])),
         # the Jin city on the plain (right) and the Song riders racing toward it
         city(900, 1180, 560, 90, JIN, gate_x=1040, towers=(910, 1170), banners=2, outline=False),
         path("M420 800 Q700 700 1040 570", "none", stroke="#D8C38A", stroke_width="26", stroke_linecap="round"),
         rider(660, 720, 0.34, SONG, "song_helmet", gallop=True, arms=("spear", "down"), item="spear"),
         rider(780, 680, 0.3, SONG, "song_helmet", gallop=True, color=P.HORSE_CHESTNUT),
         rider(560, 780, 0.38, SONG, "song_helmet", gallop=True, arms=("banner", "down"), item="banner", color=P.HORSE_GREY),
         # the mountain pass held by the Jin, high on the left
         path("M0 0 L0 900 L420 900 Q380 700 330 600 L300 300 Q280 160 220 0 Z", P.ROCK, **ink(3)),
         path("M0 0 L120 0 Q160 160 150 300 L130 520 L0 600 Z", "#5B5F67"),
         path("M320 345 L330 200 Q360 120 400 170 L440 330 L520 900 L340 900 Z", "#7E828B", **ink(3)),
         path("M140 330 L330 330 L330 360 L140 360 Z", "#8A7E6A", **ink(3)),
         palisade(150, 320, 340, 60, seed=1283),
         figure(190, 330, 0.75, JIN, "jurchen_helmet", arms=("spear", "down"), item="spear", dress="armour"),
         figure(290, 330, 0.75, JIN, "jurchen_helmet", arms=("point", "down"), dress="armour", mood="o"),
         banner(240, 330, 0.75, JIN, "tall"),
         pine(60, 680, 0.8, P.PINE_DARK), pine(380, 900, 0.7, P.PINE_DARK), rock(260, 860, 1.1)]
    return doc(b)


def c12_qizhou() -> str:
    b = [sky("day", "#93CBEB", "#EEF6F4"), clouds(1291, 3, 60, 160, 0.7, 1.1),
         hills(470, "#9CBF6E", seed=1292, n=4, hmin=60, hmax=120, bottom=560),
         # the far road over the hill to the right, with the last Jin riders leaving
         path("M860 560 Q980 470 1220 430", "none", stroke=P.EARTH, stroke_width="26", stroke_linecap="round"),
         rider(1060, 470, 0.2, JIN, "jurchen_helmet", gallop=True), rider(1150, 448, 0.17, JIN, "jurchen", gallop=True,
                                                                           color=P.HORSE_GREY),
         ground(560, "#B5C97E", P.GRASS),
         # Qizhou with its gate thrown open
         city(-20, 820, 600, 260, None, gate_x=400, towers=(60, 760), open_=True, roofs_behind=0, seed=1293),
         banner(60, 300, 0.7, SONG, "tall"), banner(760, 300, 0.7, SONG, "swallow"),
         road(400, 600, 150, 780, 110, "#CDB98C"),
         # the Song column marching in
         back_figure(390, 600, 0.45, SONG, "song_helmet"), back_figure(420, 620, 0.5, SONG, "song_helmet", step=1),
         back_figure(350, 690, 0.7, SONG, "song_helmet", step=1), back_figure(460, 700, 0.72, SONG, "song_helmet"),
         banner(520, 720, 0.9, SONG, "swallow"),
         back_figure(300, 840, 1.0, SONG, "song_helmet"), back_figure(520, 860, 1.05, SONG, "song_helmet", step=1),
         line(565, 700, 565, 500, P.WOOD_DARK, 6), path("M565 478 l8 24 l-16 0 Z", "#8D96A0", **ink(2)),
         grass_tufts(1294, 8, 820, 895, P.GRASS_DARK, x0=700, x1=1200)]
    return doc(b)


def c12_peace_1224() -> str:
    b = [sky("day", "#9BCFEA", "#F0F6EE"),
         # the courtyard wall and its gate, with the Jin envoy riding out
         rect(0, 200, W, 360, P.PLASTER),
         rect(0, 180, W, 36, P.ROOF, **ink(3)), *[line(k * 40, 180, k * 40, 214, P.ROOF_DARK, 3) for k in range(1, 30)],
         rect(0, 540, W, 360, linear([(0, P.STONE), (1, P.STONE_DARK)])),
         *[line(0, 540 + k * 60, W, 540 + k * 60, P.STONE_DARK, 2, opacity="0.5") for k in range(1, 6)],
         rect(700, 250, 300, 300, "#CFE6D0", **ink(3)),
         round_tree(930, 560, 0.9, P.LEAF, P.LEAF_DARK, "#7DB35F"),
         rider(800, 540, 0.62, JIN, "jurchen", color=P.HORSE_GREY, facing=1),
         rect(680, 230, 24, 320, P.PILLAR, **ink(3)), rect(996, 230, 24, 320, P.PILLAR, **ink(3)),
         roof(850, 230, 380, 90),
         # the clerk closing the big account book beside the empty chests
         figure(330, 780, 1.35, SONG, "scholar", arms=("reach", "down"), mood="smile"),
         table(380, 880, 420, 110, P.WOOD),
         account_book(380, 748, 1.1),
         empty_chest(760, 870, 1.0), empty_chest(1000, 890, 1.1), empty_chest(560, 740, 0.6)]
    return doc(b)


# ============================================================ chapter 13

def card_13() -> str:
    e = [sky("winter", "#9AA9B8", "#DCE2E6"), clouds(1301, 4, 280, 380, 1.0, 1.4, "#C9D1D8", 0.9),
         mountains(580, "#AAB5C0", seed=1302, n=5, hmin=60, hmax=120),
         rect(0, 575, W, 325, linear([(0, "#B9B88C"), (1, "#A2A46E")])),
         # the small walled town in the middle
         city(450, 750, 660, 130, JIN, gate_x=600, towers=(460, 740), banners=2, roofs_behind=2, seed=1303),
         # Mongol tents on one side, Song tents on the other
         tent(140, 680, 130, 100, MONGOL), tent(320, 730, 150, 115, MONGOL), yurt(150, 790, 170, 105, MONGOL.main),
         tent(380, 810, 120, 90, MONGOL), banner(250, 770, 0.75, MONGOL, "swallow"),
         tent(860, 690, 130, 100, SONG), tent(1050, 730, 150, 115, SONG), tent(880, 800, 140, 100, SONG),
         tent(1080, 820, 120, 90, SONG), banner(960, 780, 0.75, SONG, "tall")]
    return card(13, e)


def c13_kaifeng_falls() -> str:
    b = [sky("winter", "#A3AFBA", "#E0E4E6"), clouds(1311, 3, 60, 160, 1.0, 1.3, "#D5DCE1", 0.9),
         smoke(330, 300, 0.9, P.SMOKE_LIGHT, 0.6, seed=1312, lean=0.6),
         hills(520, "#A9B39A", seed=1313, n=4, hmin=40, hmax=90, bottom=560),
         # the back road leading away to the south-east, with the Jin court's covered carts
         ground(540, "#C4BC94", "#AFA77C"),
         path("M700 620 Q900 560 1000 520 Q1100 490 1230 480", "none", stroke=P.EARTH, stroke_width="40", stroke_linecap="round"),
         supply_cart(1080, 520, 0.3, cover=JIN, ox=True),
         supply_cart(900, 590, 0.4, cover=JIN, ox=True),
         rider(1170, 505, 0.22, JIN, "jurchen"),
         # Kaifeng's tall wall and gate, now flying Mongol banners
         city(-30, 760, 640, 300, None, gate_x=330, towers=(40, 680), roofs_behind=0, seed=1314),
         banner(40, 300, 0.8, MONGOL, "tall"), banner(680, 300, 0.8, MONGOL, "swallow"),
         # Mongol soldiers standing outside the gate
         crowd_row(-20, 760, 720, MONGOL, 0.65, "mongol", seed=1315, banners=0),
         figure(190, 880, 1.2, MONGOL, "mongol", arms=("spear", "down"), item="spear", dress="coat", mood="flat"),
         figure(450, 880, 1.2, MONGOL, "mongol", arms=("banner", "down"), item="banner", dress="coat"),
         figure(640, 890, 1.25, MONGOL, "mongol", arms=("point", "down"), dress="coat", mood="o", look=1),
         supply_cart(760, 660, 0.5, cover=JIN, ox=True),
         grass_tufts(1316, 6, 840, 895, "#9A9468", x0=760, x1=1200)]
    return doc(b)


def c13_aizong_asks() -> str:
    b = [interior(560, "#6A2B22", pillars=(90, 1110), lanterns=True),
         screen(900, 560, 380, 300),
         # a red carpet runs up to the Song officials' dais
         poly([(420, 560), (760, 560), (900, 900), (120, 900)], "#A8322A", opacity="0.9"),
         rect(640, 600, 560, 50, P.STONE, **ink(3)), rect(620, 640, 600, 30, "#E9E4DA", **ink(3)),
         # Song officials receive the envoys
         figure(780, 610, 1.15, SONG, "song_official", arms=("fold", "fold"), facing=-1, mood="flat"),
         figure(1000, 610, 1.25, SONG, "song_official", arms=("hip", "down"), facing=-1, mood="flat", skin=P.SKIN2),
         figure(1120, 640, 1.05, SONG, "song_helmet", arms=("spear", "down"), item="spear", dress="armour", facing=-1, mood="flat"),
         # the two Jin envoys kneeling with their rolled letter
         figure(270, 850, 1.35, JIN, "jurchen", pose="kneel", arms=("hold", "hold"), item="scroll", mood="flat", bow=4),
         figure(470, 820, 1.2, JIN, "jurchen", pose="kneel", arms=("fold", "fold"), mood="flat", bow=8, skin=P.SKIN2)]
    return doc(b)


def c13_mongol_alliance() -> str:
    b = [sky("day", "#8EC4E8", "#E8F3F4"), clouds(1321, 3, 60, 160, 0.8, 1.2),
         mountains(470, "#B4C1CF", seed=1322, n=5, hmin=50, hmax=110),
         rect(0, 468, W, 432, linear([(0, "#CFCB86"), (1, "#BDB874")])),
         # the Mongol camp of green tents
         yurt(760, 560, 150, 100, MONGOL.main, smoke=True), tent(940, 560, 140, 110, MONGOL), yurt(1110, 580, 170, 115, MONGOL.main),
         tent(620, 540, 110, 85, MONGOL),
         banner(860, 575, 0.7, MONGOL, "swallow"),
         # Song carts rolling in with grain
         supply_cart(170, 640, 0.55, load="sacks", cloth=SONG, ox=True),
         supply_cart(220, 850, 0.9, load="sacks", cloth=SONG, ox=True),
         figure(90, 860, 1.0, SONG, "topknot", arms=("hold", "down"), skin=P.SKIN2),
         # sacks being counted
         sack(700, 800, 1.1), sack(780, 805, 1.1), sack(860, 800, 1.1), sack(740, 745, 1.05), sack(820, 745, 1.05),
         sack(780, 690, 1.0),
         figure(960, 880, 1.3, MONGOL, "mongol", arms=("point", "down"), dress="coat", facing=-1, mood="o"),
         figure(1110, 870, 1.2, MONGOL, "mongol", arms=("hold", "down"), dress="coat", facing=-1, skin=P.SKIN2),
         tally_board(1050, 800, 0.7),
         grass_tufts(1323, 10, 820, 895, "#A9A55E", x0=300, x1=700)]
    return doc(b)


def c13_caizhou() -> str:
    b = [sky("winter", "#9FB4C6", "#E2E8EA"), clouds(1331, 3, 60, 170, 1.0, 1.4, "#EEF2F4", 0.9),
         rect(0, 470, W, 430, linear([(0, "#B9BC92"), (1, "#A4A878")])),
         # the walls of Caizhou, with Mongol tents farther along them
         city(300, 1220, 540, 150, JIN, gate_x=760, towers=(330, 1180), banners=2, roofs_behind=3, seed=1332),
         tent(980, 600, 120, 90, MONGOL), tent(1110, 610, 130, 95, MONGOL), yurt(1050, 650, 110, 70, MONGOL.main),
         banner(1170, 640, 0.55, MONGOL, "swallow"),
         # the Song army behind its general
         crowd_row(-20, 560, 600, SONG, 0.6, "song", seed=1333, banners=3),
         crowd_row(-20, 460, 700, SONG, 0.8, "song", seed=1334),
         grass_tufts(1335, 8, 830, 895, "#8F935E"),
         # Meng Gong on horseback
         rider(600, 890, 1.4, SONG, "song_helmet", color=P.HORSE_WHITE, arms=("point", "down"), mood="flat")]
    return doc(b)


def c13_aizong_end() -> str:
    b = [rect(0, 0, W, 620, linear([(0, "#1E1416"), (1, "#3A2522")])),
         rect(0, 620, W, 280, linear([(0, "#4A3426"), (1, "#2A1E18")])),
         # a pale shaft of light from a high window
         rect(560, 60, 120, 90, "#5E5A6E", **ink(3)), line(620, 60, 620, 150, "#2A1E18", 5),
         poly([(560, 150), (680, 150), (860, 760), (400, 760)], "#F3E6C2", opacity="0.12"),
         rect(120, 0, 60, 650, "#5A2A20", **ink(3)), rect(1020, 0, 60, 650, "#5A2A20", **ink(3)),
         # the empty throne with the folded Jin banner
         throne(600, 760, 1.35, color="#B8901A", cushion=JIN.dark),
         folded_banner(600, 595, 0.9, JIN),
         # cold braziers
         path("M230 700 L330 700 L310 760 L250 760 Z", P.COPPER, **ink(3)), line(255, 760, 245, 800, P.INK, 5),
         line(305, 760, 315, 800, P.INK, 5),
         path("M870 700 L970 700 L950 760 L890 760 Z", P.COPPER, **ink(3)), line(895, 760, 885, 800, P.INK, 5),
         line(945, 760, 955, 800, P.INK, 5),
         rect(0, 0, W, H, "#101018", opacity="0.18")]
    return doc(b)


def c13_wars_end() -> str:
    b = [sky("dusk"), sun(860, 470, 70, "#FFC46B"),
         clouds(1351, 3, 80, 200, 0.9, 1.3, "#F7C9A8", 0.6),
         mountains(500, "#8E7FA6", seed=1352, n=6, hmin=60, hmax=130),
         rect(0, 498, W, 402, linear([(0, "#B9A86A"), (1, "#8C8A4E")])),
         rolling(560, 14, "#A8A060", seed=1353),
         birds(300, 260, 3, 1.0, P.INK, seed=1354),
         grass_tufts(1355, 18, 640, 895, "#76743E"),
         # the Song banner still standing
         banner(820, 780, 1.6, SONG, "tall"),
         # the broken Jin banner lying in the grass
         broken_banner(430, 800, 1.9, JIN),
         reeds(1050, 860, 1.2, color="#8E8A4A", seed=1356), reeds(130, 880, 1.1, color="#8E8A4A", seed=1357)]
    return doc(b)


def c13_mongols_turn() -> str:
    b = [sky("day", "#86BDE0", "#E4F1F5"), clouds(1361, 3, 60, 170, 0.9, 1.3),
         smoke(760, 440, 0.5, P.SMOKE, 0.45, seed=1362, lean=0.5),
         # the green southern coast
         path("M700 440 Q800 330 920 380 Q1030 300 1130 360 Q1200 340 1220 360 L1220 470 L700 470 Z", "#5E9B4A"),
         path("M760 460 Q860 400 960 430 Q1060 390 1220 420 L1220 480 L760 480 Z", "#76A84A"),
         round_tree(1000, 440, 0.25, P.LEAF, P.LEAF_DARK, "#7DB35F"), round_tree(1150, 430, 0.28, P.LEAF, P.LEAF_DARK, "#7DB35F"),
         water(460, P.WATER, P.WATER_DARK),
         waves(520, P.WATER_LIGHT, 8, 14, 4, 0.8), waves(640, P.WATER_LIGHT, 10, 10, 5, 0.8),
         # the fleets face each other
         warship(300, 640, 0.55, SONG, sail=SONG.main),
         junk(130, 560, 0.45, SONG.light, 2, SONG),
         warship(900, 700, 0.6, MONGOL, facing=-1, sail=MONGOL.main),
         junk(1100, 600, 0.45, MONGOL.light, 2, MONGOL, facing=-1),
         waves(780, P.WATER_LIGHT, 12, 8, 6, 0.9), wake(300, 660, 420), wake(900, 720, 440)]
    return doc(b)


# ============================================================ chapter 14

def fur_pelt(x, y, s=1.0, color=FUR_BROWN) -> str:
    """A hanging animal fur (a soft rounded pelt), top-centre at (x, y)."""
    d = "M-26 0 Q-40 10 -36 40 Q-46 70 -30 96 Q0 112 30 96 Q46 70 36 40 Q40 10 26 0 Q0 8 -26 0 Z"
    return place(g(path(d, color, **ink(3)), path("M-16 30 Q0 40 16 30 M-20 64 Q0 74 20 64", "none", stroke="#5E4630",
                                                   stroke_width="4", stroke_linecap="round")), x, y, s)


def book_box(x, y, s=1.0) -> str:
    """A small wooden box of books and rolled scrolls, carried in both hands; centre (x, y)."""
    K = ink(3)
    return place(g(rect(-24, -44, 14, 40, P.PAPER, rx=5, **ink(2)), rect(-6, -50, 14, 46, P.PAPER, rx=5, **ink(2)),
                   rect(12, -40, 26, 12, "#3E5C7A", **ink(2)), rect(12, -28, 26, 10, "#C9B27E", **ink(2)),
                   rect(-40, -20, 80, 44, P.WOOD, rx=4, **K), line(-40, -6, 40, -6, P.WOOD_DARK, 3)), x, y, s)


def back_bundle(x, y, s=1.0, color="#C9B27E") -> str:
    """A cloth bundle tied on a walker's back: draw it *before* the figure at the figure's feet point."""
    return place(g(circle(-38, -150, 38, color, **ink(3)), path("M-60 -168 Q-38 -150 -14 -176", "none", stroke=P.INK,
                                                                 stroke_width="3")), x, y, s)


def card_14() -> str:
    rd = smooth([(250, 330), (360, 420), (330, 500), (520, 560), (760, 590), (905, 600)])
    e = [sky("day", "#9CCCEA", "#EEF6F2"),
         mountains(420, "#C3CFDB", seed=1401, n=4, hmin=90, hmax=160, snow=True, x0=120, x1=700),
         rect(0, 415, W, 485, linear([(0, "#DDE6DA"), (0.3, "#B9D08A"), (1, "#9CC46A")])),
         path("M0 415 L0 520 Q200 500 400 440 L560 415 Z", P.SNOW),
         forest(430, seed=1402, n=4, s0=0.32, s1=0.45, x0=150, x1=440, snow=True),
         # the busy southern city by the river (lower right)
         city(720, 1060, 600, 90, SONG, gate_x=900, towers=(730, 1050), banners=2, roofs_behind=3, seed=1404),
         river_across(630, 90, seed=1403, amp=8),
         path(rd, "none", stroke=P.EARTH, stroke_width="30", stroke_linecap="round"),
         rect(860, 612, 90, 20, P.WOOD, **ink(2)),
         supply_cart(560, 575, 0.28, load="sacks", ox=True),
         back_figure(400, 470, 0.25, PLAIN, "topknot", bundle="#C9B27E"),
         back_figure(700, 595, 0.3, CLOTH, "woman", step=1),
         rider(335, 430, 0.16, JIN, "jurchen"),
         sampan(430, 690, 0.4), junk(700, 705, 0.22, P.CANVAS_SAIL, 2), sampan(1000, 700, 0.35, facing=-1),
         willow(250, 650, 0.45)]
    return card(14, e)


def c14_jurchens_move() -> str:
    b = [sky("day", "#9DD0EE", "#EEF7F6"),
         rect(0, 520, W, 380, linear([(0, "#D8C9A0"), (1, "#C7B487")])),
         # the busy street: houses and shops on both sides
         house(150, 540, 260, 130), house(420, 520, 200, 110, wall_color="#EADCC0"),
         house(780, 520, 200, 110), house(1060, 540, 260, 130, wall_color="#EADCC0"),
         pagoda(600, 470, 70, 5),
         stall(300, 640, 200, P.SILK_JADE, "pots"), stall(930, 640, 200, P.SILK_RED, "fruit", seed=1411),
         crowd_row(160, 1080, 690, PLAIN, 0.6, "people", seed=1412, spears=False, color=P.PLAIN.light),
         crowd_row(-20, 1220, 770, CLOTH, 0.75, "people", seed=1413, spears=False, color="#C9D6CF"),
         # the Jurchen newcomers riding in
         rider(340, 880, 0.9, JIN, "jurchen", dress="coat", color=P.HORSE_CHESTNUT, arms=("wave", "down")),
         rider(620, 870, 0.78, JIN, "woman", dress="robe", color=P.HORSE_GREY),
         # townspeople going about their day
         figure(900, 900, 1.15, PLAIN, "topknot", arms=("hold", "down"), item="box", facing=-1, skin=P.SKIN2),
         figure(1080, 900, 1.2, CLOTH, "woman", arms=("fold", "down"), facing=-1),
         figure(780, 900, 0.75, PLAIN, "topknot", arms=("wave", "down"), child=True),
         figure(90, 900, 1.2, PLAIN, "topknot", arms=("hip", "down"), mood="o", look=1)]
    return doc(b)


def c14_jin_change() -> str:
    rows = []
    for (y, s_, xs) in ((560, 0.62, (330, 530, 730)), (690, 0.8, (250, 540, 830)), (860, 1.05, (170, 560))):
        for i, x in enumerate(xs):
            hat_ = "jurchen" if (i + int(y)) % 2 == 0 else "scholar"
            rows.append(figure(x, y - 10 * s_, s_ * 1.1, JIN, hat_, pose="sit", arms=("reach", "down"), item="brush", mood="flat",
                               skin=P.SKIN if i % 2 else P.SKIN2))
            rows.append(low_desk(x + 40 * s_, y + 16 * s_, 190 * s_, 60 * s_))
            rows.append(paper_sheet(x + 55 * s_, y - 50 * s_, 90 * s_, 26 * s_, 4))
    b = [rect(0, 0, W, 470, linear([(0, "#E9DFC8"), (1, "#F3EBD8")])),
         rect(0, 470, W, 430, linear([(0, "#C9A77A"), (1, "#9C7A50")])),
         *[line(0, 470 + k * 70, W, 470 + k * 70, "#9C7A50", 2, opacity="0.5") for k in range(1, 7)],
         rect(0, 0, W, 50, P.WOOD_DARK, **ink(3)),
         *[rect(x, 0, 36, 490, P.WOOD, **ink(3)) for x in (40, 420, 744, 1124)],
         *[g(rect(x + 30, 120, 220, 200, "#F8EFD8", **ink(3)),
             *[line(x + 30 + k * 44, 120, x + 30 + k * 44, 320, P.WOOD_DARK, 4) for k in range(1, 5)],
             *[line(x + 30, 120 + k * 50, x + 250, 120 + k * 50, P.WOOD_DARK, 4) for k in range(1, 4)]) for x in (100, 840)],
         rect(470, 130, 260, 170, "#E3D3AE", **ink(3)),
         *rows,
         # the examiner watching
         figure(1050, 890, 1.35, JIN, "song_official", arms=("fold", "fold"), facing=-1, mood="flat")]
    return doc(b)


def _script_scroll(x, y, w, h, kind) -> str:
    """A hanging scroll with one kind of 'writing' drawn as simple shapes (never real letters)."""
    out = [rect(x - w / 2, y, w, h, P.PAPER, **ink(3)), rect(x - w / 2 - 10, y - 14, w + 20, 16, P.WOOD, rx=6, **ink(3)),
           rect(x - w / 2 - 10, y + h - 2, w + 20, 16, P.WOOD, rx=6, **ink(3)), line(x, y - 14, x, y - 40, P.INK, 3)]
    cols = 4
    for c in range(cols):
        cx = x + w / 2 - 30 - c * (w - 60) / (cols - 1)
        for r_ in range(6):
            cy = y + 34 + r_ * (h - 70) / 5
            if kind == "squares":
                out.append(rect(cx - 9, cy - 9, 18, 18, "none", stroke="#6E6456", stroke_width="3"))
                out.append(line(cx - 9, cy, cx + 9, cy, "#6E6456", 3))
            elif kind == "dots":
                out.append(circle(cx, cy - 5, 5, "#6E6456"))
                out.append(line(cx - 8, cy + 6, cx + 8, cy + 6, "#6E6456", 3))
            else:
                out.append(polyline([(cx - 10, cy + 6), (cx - 4, cy - 8), (cx + 3, cy + 6), (cx + 10, cy - 8)], "#6E6456", 3))
    return g(*out)


def c14_three_scripts() -> str:
    b = [rect(0, 0, W, 640, linear([(0, "#D9CDB2"), (1, "#E9DFC8")])),
         rect(0, 640, W, 260, linear([(0, "#A57B50"), (1, "#7E5A38")])),
         rect(0, 0, W, 40, P.WOOD_DARK, **ink(3)),
         # the three kinds of writing hanging side by side
         _script_scroll(170, 110, 180, 380, "squares"),
         _script_scroll(400, 110, 180, 380, "dots"),
         _script_scroll(630, 110, 180, 380, "zigzag"),
         # the scholar copying at his desk
         figure(930, 760, 1.6, JIN, "scholar", pose="sit", arms=("reach", "down"), item="brush", facing=-1, mood="smile"),
         rect(380, 690, 800, 32, P.WOOD, rx=4, **ink(3)), rect(410, 722, 740, 178, P.WOOD_DARK, **ink(3)),
         rect(440, 746, 680, 154, "#4A2E16", rx=6),
         # the open book he is copying and his new page
         poly([(470, 690), (600, 696), (600, 660), (476, 652)], P.PAPER, **ink(3)),
         poly([(600, 696), (730, 690), (724, 652), (600, 660)], P.PAPER, **ink(3)),
         *[line(500 + k * 22, 660, 500 + k * 22, 684, "#8E8474", 3) for k in range(4)],
         *[polyline([(620 + k * 22, 680), (626 + k * 22, 664), (632 + k * 22, 680)], "#8E8474", 3) for k in range(4)],
         paper_sheet(810, 672, 110, 30, 4),
         rect(1040, 656, 50, 32, P.INK, rx=6), book_stack(440, 690, 0.7, 4, 1421)]
    return doc(b)


def c14_wanyan_liang() -> str:
    b = [interior(600, "#2F5C57", floor_color="#C29A66", pillars=(80, 1120), lanterns=False, beam=True),
         # open doors onto the new palace's golden roofs
         rect(330, 150, 540, 380, "#BFE3F2", **ink(3)),
         clip(rect(330, 150, 540, 380, "#000"), hall(600, 560, 380, 120, P.ROOF_GOLD, double=True, platform=True, outline=True),
              rolling(520, 10, P.GRASS, seed=1441, bottom=560)),
         rect(330, 150, 540, 380, "none", stroke=P.PILLAR, stroke_width="16"),
         hanging_lantern(230, 86, 1.0), hanging_lantern(970, 86, 1.0),
         # the chess game on the low table
         figure(330, 790, 1.45, JIN, "emperor_jin", pose="sit", arms=("hold", "down"), trim=P.GOLD, mood="smile"),
         teacup(362, 668, 0.9),
         figure(880, 790, 1.35, JIN, "scholar", pose="sit", arms=("point", "down"), facing=-1, mood="o", skin=P.SKIN2),
         rect(420, 720, 360, 26, P.WOOD, rx=6, **ink(3)), rect(440, 746, 24, 90, P.WOOD_DARK, **ink(3)),
         rect(736, 746, 24, 90, P.WOOD_DARK, **ink(3)),
         chess_board(600, 690, 300, 70),
         teapot(740, 712, 0.6), teacup(470, 716, 0.6)]
    return doc(b)


def _noble_back(x, y, s, kind) -> str:
    """A noble seen from behind: Jurchen fur cap and braid, or a Chinese winged official's hat."""
    if kind == "jurchen":
        return back_figure(x, y, s, JIN, "jurchen", walk=False)
    hy = -164
    wings = g(rect(-100, hy - 26, 200, 8, P.INK), ellipse(-100, hy - 22, 5, 6, P.INK), ellipse(100, hy - 22, 5, 6, P.INK),
              path(f"M-28 {hy - 6} C-28 {hy - 50} 28 {hy - 50} 28 {hy - 6} Z", P.INK))
    return g(back_figure(x, y, s, JIN, "topknot", walk=False), place(wings, x, y, s))


def c14_shizong() -> str:
    b = [sky("day", "#93C8EA", "#EAF4F6"),
         hall(600, 470, 640, 170, P.ROOF_GOLD, double=True, platform=False),
         rect(0, 470, W, 430, linear([(0, P.STONE), (1, P.STONE_DARK)])),
         rect(330, 470, 540, 90, "#DDD6CA", **ink(3)), *[line(340, 470 + k * 18, 860, 470 + k * 18, P.STONE_DARK, 2) for k in range(1, 5)],
         banner(300, 560, 0.9, JIN, "tall"), banner(900, 560, 0.9, JIN, "tall"),
         # Emperor Shizong holds up his new rules
         figure(600, 560, 1.25, JIN, "emperor_jin", arms=("up", "down"), item="open_scroll", trim=P.GOLD, mood="smile"),
         # the nobles, seen from behind: some in Jurchen dress, some in Chinese robes
         _noble_back(150, 900, 1.3, "jurchen"), _noble_back(390, 870, 1.2, "official"),
         _noble_back(820, 870, 1.2, "jurchen"), _noble_back(1060, 900, 1.3, "official"),
         _noble_back(610, 930, 1.35, "jurchen")]
    return doc(b)


def c14_fleeing_south() -> str:
    rd = smooth([(-40, 620), (300, 660), (640, 720), (1000, 800), (1260, 860)])
    b = [sky("dawn", "#F3B98E", "#FCE9CC"), sun(200, 330, 50, "#FFD9A0"),
         mountains(480, "#D7B8A8", seed=1461, n=6, hmin=60, hmax=140),
         rect(0, 478, W, 422, linear([(0, "#D6C99A"), (1, "#BFAE7C")])),
         willow(980, 560, 0.7), willow(1140, 580, 0.6),
         path(rd, "none", stroke="#D9C39A", stroke_width="150", stroke_linecap="round"),
         # people further along the road
         figure(180, 650, 0.5, PLAIN, "topknot", pose="walk", arms=("hold", "down"), item="box", mood="flat"),
         figure(260, 660, 0.5, CLOTH, "woman", pose="walk", mood="flat"),
         back_bundle(440, 720, 0.75, "#9DB3A6"),
         figure(440, 720, 0.75, PLAIN, "topknot", pose="walk", arms=("fold", "down"), mood="flat", skin=P.SKIN2),
         figure(520, 730, 0.55, PLAIN, "topknot", pose="walk", arms=("wave", "down"), child=True),
         # a family in front, and the poet with her box of books and scrolls
         back_bundle(260, 880, 1.15),
         figure(260, 880, 1.15, PLAIN, "topknot", pose="walk", arms=("fold", "down"), mood="flat"),
         back_bundle(900, 880, 1.05, "#C98F7A"),
         figure(900, 880, 1.05, CLOTH, "woman", pose="walk", arms=("down", "down"), mood="flat"),
         figure(1010, 900, 1.0, PLAIN, "topknot", pose="walk", arms=("wave", "down"), child=True, mood="o"),
         figure(610, 890, 1.3, SONG, "woman", pose="walk", arms=("hold", "hold"), mood="flat"),
         book_box(640, 778, 1.05)]
    return doc(b)


def c14_new_homes() -> str:
    b = [sky("day", "#8FCAEA", "#EAF5F2"), clouds(1471, 3, 60, 160, 0.8, 1.1),
         hills(420, "#8DBB5E", seed=1472, n=4, hmin=60, hmax=120, bottom=460),
         river_across(430, 60, seed=1473, amp=6),
         rect(0, 480, W, 80, "#9CC46A"),
         house(220, 540, 190, 95, roof_color=P.ROOF), house(470, 530, 160, 85, wall_color="#EADCC0"),
         house(900, 540, 200, 100), round_tree(690, 540, 0.45, P.LEAF, P.LEAF_DARK, "#7DB35F"),
         bamboo(1100, 560, 0.55, 4, seed=1474),
         rice_paddy(560, 900, seed=1475),
         # farmers planting rice shoots
         figure(260, 740, 1.1, SONG, "topknot", arms=("reach", "down"), bow=24, mood="smile"),
         figure(560, 780, 1.2, SONG, "woman", arms=("reach", "hold"), bow=28, mood="smile", skin=P.SKIN2),
         figure(880, 820, 1.3, SONG, "topknot", arms=("reach", "down"), bow=20, facing=-1, mood="smile"),
         *[ellipse(x, y - 4, 60 * s_, 10 * s_, "#8FC3D6", opacity="0.9") for x, y, s_ in ((260, 740, 1.1), (560, 780, 1.2),
                                                                                        (880, 820, 1.3))],
         *[ellipse(x, y - 4, 70 * s_, 14 * s_, "none", stroke="#DDF0F5", stroke_width="3") for x, y, s_ in
           ((260, 740, 1.1), (560, 780, 1.2), (880, 820, 1.3))],
         ]
    return doc(b)


def c14_song_trade() -> str:
    b = [sky("day", "#8CC6EA", "#ECF6F4"), clouds(1481, 3, 60, 150, 0.8, 1.1),
         hills(400, "#9DBE7A", seed=1482, n=4, hmin=40, hmax=90, bottom=430),
         water(420, P.WATER, P.WATER_DARK, h=160), ripples(1483, 10, 440, 570, P.WATER_LIGHT),
         junk(300, 520, 0.45, P.CANVAS_SAIL, 2), sampan(800, 560, 0.6), junk(1050, 500, 0.35, P.RED_SAIL, 2),
         rect(0, 570, W, 330, linear([(0, "#D7C094"), (1, "#C2A877")])),
         rect(0, 566, W, 16, P.WOOD, **ink(3)),
         stall(170, 720, 230, SONG.main, "silk"), stall(1040, 720, 230, JIN.main, "furs", seed=1484),
         crowd_row(280, 920, 700, PLAIN, 0.55, "people", seed=1485, spears=False, color=P.PLAIN.light),
         # the trade in the middle: cloth for furs, and a horse
         figure(420, 900, 1.35, SONG, "topknot", arms=("reach", "down"), item="silk", mood="smile"),
         horse(1000, 900, 0.8, P.HORSE_CHESTNUT, None, facing=-1),
         figure(740, 900, 1.35, JIN, "jurchen", arms=("reach", "down"), dress="coat", facing=-1, mood="smile", skin=P.SKIN2),
         fur_pelt(625, 740, 0.9),
         silk_pile(140, 890, 0.7, 4)]
    return doc(b)


def _fire_lance_up(hx, hy, s=1.0) -> str:
    """A fire lance held upright: the grip at (hx, hy), tip pointing straight up."""
    return fire_lance(hx, hy + 130 * s, s, rot=-90)


def c14_new_weapons() -> str:
    b = [sky("day", "#7FBDE6", "#E6F3F8"), clouds(1491, 3, 60, 200, 0.9, 1.3),
         mountains(560, "#A9BDD0", seed=1492, n=5, hmin=60, hmax=120),
         rect(0, 558, W, 100, "#B5C97E"),
         # the wall walk seen from behind the parapet
         rect(0, 620, W, 280, linear([(0, P.WALL_LIGHT), (1, P.WALL)])),
         *[rect(40 + k * 180, 560, 110, 64, P.WALL, **ink(3)) for k in range(7)],
         rect(0, 620, W, 12, P.WALL_SHADE),
         banner(120, 700, 1.2, SONG, "tall"),
         figure(1000, 760, 0.8, SONG, "song_helmet", arms=("spear", "down"), item="spear", dress="armour", facing=-1, mood="flat"),
         # the soldier proudly holds up his fire lance
         _fire_lance_up(540 + 48 * 1.7, 880 - 106 * 1.7, 1.6),
         figure(540, 880, 1.7, SONG, "song_helmet", arms=("spear", "hip"), dress="armour", mood="smile")]
    return doc(b)


def c14_fire_bombs() -> str:
    b = [sky("day", "#96C7E6", "#EEF4EE"),
         wall(-20, 1220, 470, 170),
         rect(0, 470, W, 430, linear([(0, "#D3BE8E"), (1, "#BFA674")])),
         rect(900, 330, 260, 140, P.WOOD_LIGHT, **ink(3)), roof(1030, 330, 300, 70),
         # the big trebuchet
         trebuchet(560, 760, 1.45),
         # stacks of clay bombs
         bomb_pile(180, 820, 26, 3), bomb_pile(330, 850, 22, 2), bomb_pile(960, 840, 26, 3),
         *[line(560 + 130 * 1.45, 760 - 230 * 1.45, x2, 770, ROPE_DARK, 6) for x2 in (720, 760, 800)],
         # Song workers checking the ropes
         figure(800, 870, 1.2, SONG, "topknot", arms=("up", "reach"), facing=-1, mood="o"),
         figure(1100, 870, 1.15, SONG, "topknot", arms=("hold", "down"), facing=-1, skin=P.SKIN2),
         bomb(1075, 780, 22)]
    return doc(b)


def c14_book_ends() -> str:
    b = [sky("dusk", "#3E3C6E", "#E79B6B"), moon(960, 150, 38), stars(1501, 14, 260),
         mountains(470, "#6D628E", seed=1502, n=6, hmin=60, hmax=130),
         rect(0, 468, W, 432, "#56704E"),
         river_band(470, 900, 140, 620, 600, 600, "#6F8FB8", "#3F5F8A", bend=80),
         ripples(1503, 14, 500, 880, "#F3C99A", x0=420, x1=780, o=0.6),
         # the northern city (left bank)
         city(-40, 380, 560, 130, JIN, gate_x=190, towers=(20, 350), banners=2, roofs_behind=3, seed=1504),
         # the southern city (right bank)
         city(820, 1240, 560, 130, SONG, gate_x=1010, towers=(850, 1180), banners=2, roofs_behind=3, seed=1505),
         banner(110, 460, 0.8, JIN, "tall"), banner(270, 460, 0.8, JIN, "swallow"),
         banner(930, 460, 0.8, SONG, "tall"), banner(1090, 460, 0.8, SONG, "swallow"),
         # lanterns glowing on both banks
         line(40, 640, 400, 660, P.INK, 3), line(800, 660, 1160, 640, P.INK, 3),
         *[hanging_lantern(60 + k * 80, 642 + k * 4, 0.75) for k in range(5)],
         *[hanging_lantern(820 + k * 80, 660 - k * 4, 0.75) for k in range(5)],
         sampan(600, 780, 0.55),
         hanging_lantern(600, 660, 0.5),
         path("M0 760 Q200 740 440 780 L470 900 L0 900 Z", "#3F5A3A"),
         path("M1200 760 Q1000 740 760 780 L730 900 L1200 900 Z", "#3F5A3A"),
         willow(140, 900, 0.8, "#6E8F4A", "#4E6E34"), willow(1080, 900, 0.8, "#6E8F4A", "#4E6E34"),
         glow(200, 520, 170, P.FIRE_IN, 0.28), glow(1010, 520, 170, P.FIRE_IN, 0.28)]
    return doc(b)


# ---------------------------------------------------------------- the fire-lance detour

def c14_fire_lance_1() -> str:
    b = [sky("day", "#A4C9E2", "#EEF2EA"), clouds(1511, 3, 60, 170, 0.8, 1.2),
         hills(500, "#A7BD84", seed=1512, n=4, hmin=40, hmax=80, bottom=520),
         # the parapet at the back of the wall walk
         rect(0, 480, W, 120, P.WALL, **ink(3)), *[rect(30 + k * 170, 430, 100, 54, P.WALL, **ink(3)) for k in range(7)],
         rect(0, 600, W, 300, linear([(0, P.WALL_LIGHT), (1, P.WALL)])),
         # a rack of finished lances
         *[fire_lance(990 + k * 36, 740, 0.62, rot=-84) for k in range(4)],
         rect(960, 680, 170, 16, P.WOOD_DARK, **ink(3)),
         # soldiers at the work tables
         figure(400, 790, 1.45, SONG, "song_helmet", arms=("reach", "down"), dress="armour", mood="smile"),
         figure(740, 790, 1.45, SONG, "song_helmet", arms=("reach", "down"), dress="armour", facing=-1, mood="o", skin=P.SKIN2),
         table(570, 880, 660, 110, P.WOOD_LIGHT),
         fire_lance(270, 730, 1.0), fire_lance(290, 752, 0.8, tube=P.BAMBOO),
         *[rect(360 + k * 70, 730, 56, 22, P.BAMBOO, rx=7, **ink(2)) for k in range(2)],
         circle(830, 728, 22, ROPE, **ink(2)), circle(830, 728, 9, ROPE_DARK),
         # Chen Gui directing the work
         figure(130, 890, 1.55, SONG, "song_helmet", arms=("point", "hip"), dress="armour", trim=P.GOLD_DARK, mood="smile")]
    return doc(b)


def c14_fire_lance_2() -> str:
    b = [rect(0, 0, W, 300, linear([(0, "#D8CCB0"), (1, "#E6DCC4")])),
         *[line(0, k * 70, W, k * 70, "#C9BC9C", 3) for k in range(1, 5)],
         # tools hanging on the wall: a saw, a mallet, a coil of cord
         g(rect(150, 80, 160, 36, "#9AA3AD", **ink(3)), rect(300, 76, 60, 44, P.WOOD, rx=8, **ink(3)),
           *[path(f"M{160 + k * 14} 116 l7 10 l7 -10", "none", stroke=P.INK, stroke_width="2") for k in range(10)]),
         g(rect(520, 70, 26, 120, P.WOOD, rx=6, **ink(3)), rect(490, 50, 86, 44, P.WOOD_DARK, rx=8, **ink(3))),
         circle(820, 130, 56, ROPE, **ink(3)), circle(820, 130, 32, ROPE_DARK, **ink(2)), circle(820, 130, 14, "#D8CCB0"),
         rect(0, 280, W, 40, P.WOOD_DARK, **ink(3)),
         # the bench top
         rect(0, 310, W, 590, linear([(0, P.WOOD_LIGHT), (1, P.WOOD)])),
         *[line(0, 360 + k * 90, W, 360 + k * 90 + 10, P.WOOD, 3, opacity="0.6") for k in range(6)],
         # spare bamboo tubes and cord
         g(rect(90, 410, 220, 44, P.BAMBOO, rx=14, **ink(3)), ellipse(310, 432, 11, 22, "#C9D98E", **ink(2)),
           line(150, 411, 150, 453, BAMBOO_DARK, 4), line(240, 411, 240, 453, BAMBOO_DARK, 4)),
         g(rect(380, 440, 180, 40, P.BAMBOO, rx=13, **ink(3)), ellipse(560, 460, 10, 20, "#C9D98E", **ink(2)),
           line(460, 441, 460, 479, BAMBOO_DARK, 4)),
         path("M700 470 q60 -40 120 0 q60 40 130 -6 q40 -26 90 4", "none", stroke=ROPE, stroke_width="9", stroke_linecap="round"),
         # the fire lance itself, big and clear
         fire_lance(40, 680, 2.1, rot=-4),
         path("M140 800 q40 30 90 10 q40 -16 80 6", "none", stroke=ROPE, stroke_width="8", stroke_linecap="round"),
         path("M760 800 q-30 -26 10 -40 q40 -10 60 14", "none", stroke=ROPE, stroke_width="8", stroke_linecap="round")]
    return doc(b)


def c14_fire_lance_3() -> str:
    sy = 480  # where the defenders stand
    b = [sky("winter", "#A9B6C2", "#E8E6DC"), clouds(1531, 3, 60, 170, 1.0, 1.3, "#DCE1E6", 0.9),
         rect(0, 560, W, 340, linear([(0, "#C1B58E"), (1, "#A99C72")])),
         # the Jin siege tower rolling in slowly, pushed by a crowd behind it
         crowd_row(20, 330, 800, JIN, 0.6, "soldier", seed=1532, spears=False),
         siege_tower(380, 860, 1.35, JIN, facing=1),
         *[path(f"M{x} 866 q-20 -10 -40 0", "none", stroke="#8E8464", stroke_width="5", stroke_linecap="round") for x in (250, 320, 400, 470)],
         # the town wall, with Song soldiers waiting with fire lances
         rect(720, sy - 40, 520, 480, P.WALL, **ink(3)),
         *[line(730, sy + 40 + k * 56, 1240, sy + 40 + k * 56, P.WALL_SHADE, 2, opacity="0.6") for k in range(7)],
         *[_fire_lance_up(x + 48 * 0.95, sy - 106 * 0.95, 0.75) for x in (800, 940, 1080)],
         *[figure(x, sy, 0.95, SONG, "song_helmet", arms=("spear", "down"), dress="armour", mood="flat", facing=1) for x in (800, 940, 1080)],
         rect(720, sy - 70, 520, 80, P.WALL, **ink(3)), *[rect(730 + k * 100, sy - 110, 60, 42, P.WALL, **ink(3)) for k in range(6)],
         rect(720, sy, 520, 12, P.WALL_SHADE)]
    return doc(b)


# ---------------------------------------------------------------- the fire-bombs detour

def c14_fire_bombs_1() -> str:
    b = [sky("smoke"), smoke(820, 420, 0.8, P.SMOKE_LIGHT, 0.5, seed=1541, lean=0.4),
         rect(0, 600, W, 300, linear([(0, "#B3A47E"), (1, "#9A8A66")])),
         # the Jin siege tower across the gap, with its own pile of bombs on top
         siege_tower(860, 760, 1.3, JIN, facing=-1),
         rect(760, 285, 200, 14, P.WOOD_DARK, **ink(2)), bomb_pile(860, 285, 16, 3),
         # the Song wall walk in front
         rect(0, 640, W, 260, linear([(0, P.WALL_LIGHT), (1, P.WALL)])),
         figure(200, 780, 1.35, SONG, "song_helmet", arms=("point", "down"), dress="armour", mood="o"),
         figure(460, 790, 1.3, SONG, "song_helmet", arms=("hold", "down"), dress="armour", mood="flat", skin=P.SKIN2),
         bomb(488, 680, 24),
         rect(0, 700, 640, 200, P.WALL, **ink(3)), *[rect(10 + k * 130, 660, 80, 44, P.WALL, **ink(3)) for k in range(5)],
         bomb_pile(560, 860, 24, 3), banner(60, 760, 1.05, SONG, "swallow")]
    return doc(b)


def c14_fire_bombs_2() -> str:
    b = [sky("day", "#9EC6DD", "#ECF0EA"),
         hills(420, "#9DBA80", seed=1551, n=4, hmin=40, hmax=90, bottom=440),
         water(430, P.WATER, P.WATER_DARK), ripples(1552, 16, 450, 880, P.WATER_LIGHT),
         # Jin boats upstream, lost in the white lime smoke
         junk(900, 560, 0.45, JIN.light, 2, JIN), junk(1110, 600, 0.4, JIN.light, 1, JIN, facing=-1),
         smoke(880, 560, 1.1, "#F4F4F0", 0.85, seed=1553, lean=0.3, puffs=5),
         smoke(1080, 580, 0.9, "#FFFFFF", 0.8, seed=1554, lean=-0.2, puffs=4),
         # a clay bomb flying toward the boats
         path("M520 480 Q700 300 860 420", "none", stroke="#FFFFFF", stroke_width="6", stroke_dasharray="14 16", opacity="0.8"),
         bomb(700, 360, 18),
         # the Song paddle-wheel ship with a trebuchet on deck
         trebuchet(340, 628, 0.6, arm_up=True),
         paddle_boat(380, 760, 0.95, SONG, wheels=3),
         wake(380, 780, 520)]
    return doc(b)


def c14_fire_bombs_3() -> str:
    b = [rect(0, 0, W, 640, linear([(0, "#7A5A3E"), (1, "#9C7A56")])),
         *[line(k * 100, 0, k * 100, 640, "#6A4C32", 4) for k in range(1, 12)],
         rect(0, 640, W, 260, linear([(0, "#8E6A48"), (1, "#6E5034")])),
         rect(0, 0, W, 46, P.WOOD_DARK, **ink(3)),
         hanging_lantern(600, 46, 0.8),
         # shelves stacked with bombs and bags
         shelf(40, 560, 300), shelf(40, 560, 470),
         bomb_pile(160, 300, 20, 3), bomb_pile(420, 300, 20, 3),
         *[leather_bag(90 + k * 80, 470, 0.9) for k in range(6)],
         # orange Song cloth hangings mark the storeroom
         rect(640, 60, 110, 220, SONG.main, **ink(3)), rect(640, 60, 110, 24, SONG.dark),
         rect(1040, 60, 110, 220, SONG.main, **ink(3)), rect(1040, 60, 110, 24, SONG.dark),
         # bundles of fire arrows and a floor pile of bombs
         arrow_bundle(700, 640, 1.2), arrow_bundle(790, 650, 1.1), arrow_bundle(1100, 640, 1.2),
         bomb_pile(260, 760, 30, 4),
         # the clerk counting on his tally board
         figure(930, 880, 1.45, SONG, "scholar", arms=("hold", "point"), facing=-1, mood="smile"),
         tally_board(890, 800, 0.9),
         leather_bag(560, 860, 1.3), leather_bag(650, 880, 1.1)]
    return doc(b)
