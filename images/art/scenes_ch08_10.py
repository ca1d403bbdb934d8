"""Scenes for chapters 8–10 (Da Qi and the generals, the Treaty of Shaoxing, Wanyan Liang's war).

One composition function per page (named after the page id) plus the three title cards.
Everything is built from the shared library (svg, palette, landscape, people, buildings, ships,
war, objects, cards); the few extra parts these chapters need (a trebuchet paddle-ship, light
Jin boats, grain sacks, a watchtower, a bookshelf, ...) live here so the library stays untouched.
"""

from __future__ import annotations

import math

from . import buildings as B
from . import cards as C
from . import landscape as L
from . import objects as O
from . import palette as P
from . import people as PE
from . import ships as S
from . import war as WR
from .palette import Side
from .svg import (H, W, circle, clip, document, ellipse, f, g, ink, line, linear, opacity, path, place, poly, polyline,
                  rect, rng, smooth)

# Da Qi, the Jin puppet state: a pale version of the Jin blue (its people are not Jin, but Jin's helpers).
QI = Side("qi", "#8DB6DE", "#4C77A8", "#CFE1F3")
SHADOW = "#1B2238"
GREY_HAIR = "#CFCAC2"
LIGHT_BEAM = "#FFF3C4"


# ================================================================ small helpers

def proj(lon, lat, box):
    """Same projection as objects.china_map: lon 95–132, lat 18–50 spread over box."""
    x0, y0, x1, y1 = box
    return (x0 + (lon - 95) / 37 * (x1 - x0), y0 + (50 - lat) / 32 * (y1 - y0))


def person(x, y, s=1.0, side=P.PLAIN, hat_="topknot", facing=1, behind=(), front=(), **kw) -> str:
    """A library figure plus extra parts drawn in the figure's own frame (feet at 0,0, facing right)."""
    return place(g(*behind, PE.figure(0, 0, 1, side, hat_, facing=1, **kw), *front), x, y, s, flip=facing < 0)


def cloak(pose="stand", color=P.SONG.dark) -> str:
    """A general's cloak hanging behind the shoulders (Yue Fei wears one)."""
    if pose == "ride":
        d = "M-14 -70 Q-52 -60 -80 -26 Q-56 -18 -32 -12 Q-22 -34 -10 -44 Z"
    elif pose == "kneel":
        d = "M-20 -80 Q-58 -50 -66 -4 L-20 -4 Z"
    else:
        d = "M-22 -132 Q-64 -96 -74 -28 Q-46 -20 -24 -30 Z"
    return path(d, color, **ink(3))


def yue_fei(x, y, s=1.0, facing=1, pose="stand", arms=("hip", "down"), mood="smile", item=None, **kw) -> str:
    """General Yue Fei: orange armour, Song helmet and a dark-orange general's cloak."""
    return person(x, y, s, P.SONG, "song_helmet", facing, behind=(cloak(pose),), pose=pose, arms=arms, mood=mood,
                  dress="armour", item=item, **kw)


def yue_fei_rider(x, y, s=1.0, facing=1, gallop=True, arms=("point", "down"), item=None) -> str:
    """Yue Fei on his white horse."""
    man = g(cloak("ride"), PE.figure(0, 0, 1, P.SONG, "song_helmet", "ride", arms, 1, "smile", "armour", item))
    return PE.horse(x, y, s, P.HORSE_WHITE, P.SONG, gallop, facing, man)


def shake_marks(cx, cy, r=40, color=P.INK) -> str:
    """Little arcs either side of a head: 'shaking the head — no'."""
    out = []
    for sgn in (-1, 1):
        for k, rr in enumerate((r, r + 14)):
            out.append(path(f"M{f(cx + sgn * rr)} {f(cy - 12 + k * 2)} Q{f(cx + sgn * (rr + 8))} {f(cy + 2)} {f(cx + sgn * rr)} {f(cy + 16 - k * 2)}",
                            "none", stroke=color, stroke_width="4", stroke_linecap="round"))
    return g(*out)


def old_head(hair=GREY_HAIR) -> str:
    """Grey hair with a bun and a short grey beard for a standing figure's head at (0, -160)."""
    return g(path("M-28 -160 C-30 -201 30 -201 28 -160 C19 -176 -19 -176 -28 -160 Z", hair, **ink(2)),
             circle(0, -194, 11, hair, **ink(2)),
             path("M-15 -140 Q-10 -118 0 -112 Q10 -118 15 -140 Q0 -133 -15 -140 Z", hair, **ink(2)))


def face_up(head_y=-160, look=4) -> str:
    """Repaint a figure's face (in its own frame) so the eyes look up and forward."""
    return g(ellipse(0, head_y + 8, 25, 17, P.SKIN),
             circle(-16 + look, head_y + 10, 5, P.CHEEK, opacity="0.55"), circle(16 + look, head_y + 10, 5, P.CHEEK, opacity="0.55"),
             circle(-9 + look, head_y - 4, 3.6, P.INK), circle(9 + look, head_y - 4, 3.6, P.INK),
             line(-5 + look, head_y + 13, 6 + look, head_y + 13, P.INK, 2.5))


def crown(x, y, s=1.0, kind="emperor_song", side=P.SONG, rot=0) -> str:
    """An emperor's hat on its own (held in the hands or set on a cushion)."""
    hb, hf = PE.hat(kind, 0, 0, side)
    return place(g(hb, hf), x, y, s, rot=rot)


def arm_pointer(x0, y0, x1, y1) -> str:
    """A thin wooden pointer stick."""
    return g(line(x0, y0, x1, y1, P.INK, 9), line(x0, y0, x1, y1, P.WOOD_LIGHT, 5))


def sack(x, y, s=1.0, color="#DCC9A0") -> str:
    """A tied sack of grain."""
    K = ink(3)
    return place(g(path("M-36 0 Q-48 -42 -24 -64 L-12 -74 L12 -74 L24 -64 Q48 -42 36 0 Z", color, **K),
                   path("M-14 -70 Q0 -62 14 -70", "none", stroke="#8A6A3E", stroke_width="5", stroke_linecap="round"),
                   path("M-12 -74 L-18 -90 M12 -74 L18 -90 M0 -74 L0 -92", "none", stroke="#C9A84E", stroke_width="5",
                        stroke_linecap="round"),
                   line(-20, -30, 20, -30, "#B8A27A", 3, opacity="0.7")), x, y, s)


def notice_board(x, base, s=1.0) -> str:
    K = ink(3)
    return place(g(rect(-70, -210, 14, 210, P.WOOD_DARK, **K), rect(56, -210, 14, 210, P.WOOD_DARK, **K),
                   rect(-90, -200, 180, 120, P.PAPER, **K),
                   *[line(60 - i * 24, -184, 60 - i * 24, -110 + (i % 2) * 14, "#B8AC95", 5) for i in range(6)],
                   path("M-104 -196 L0 -236 L104 -196 Z", P.ROOF, **K)), x, base, s)


def palisade(x0, x1, base, h=120, color=P.WOOD, step=30) -> str:
    """A fence of pointed wooden stakes."""
    out = [rect(x0, base - h * 0.55, x1 - x0, 12, P.WOOD_DARK, **ink(2))]
    n = max(1, int((x1 - x0) / step))
    stakes = []
    for i in range(n):
        sx = x0 + i * step + step / 2
        stakes.append(poly([(sx - step * 0.42, base), (sx - step * 0.42, base - h), (sx, base - h - 18),
                            (sx + step * 0.42, base - h), (sx + step * 0.42, base)], color, **ink(2.5)))
    return g(*stakes, *out)


def watchtower(x, base, s=1.0, roof_on=True) -> str:
    """A wooden watchtower on four legs with a platform, railing and ladder."""
    K = ink(3)
    out = [line(-70, 0, -52, -300, P.WOOD_DARK, 14), line(70, 0, 52, -300, P.WOOD_DARK, 14),
           line(-62, -40, 60, -150, P.WOOD, 8), line(62, -40, -60, -150, P.WOOD, 8),
           line(-58, -160, 56, -270, P.WOOD, 8), line(58, -160, -56, -270, P.WOOD, 8),
           rect(-90, -312, 180, 22, P.WOOD_LIGHT, **K)]
    out.append(rect(-84, -370, 168, 58, "none", stroke=P.WOOD_DARK, stroke_width="8"))
    for k in range(5):
        out.append(line(-84 + k * 42, -370, -84 + k * 42, -312, P.WOOD_DARK, 6))
    if roof_on:
        out.append(path("M-110 -374 Q0 -430 110 -374 L92 -366 Q0 -408 -92 -366 Z", P.ROOF, **K))
    out.append(WR.ladder(110, 0, 70, -300, 34, P.WOOD_LIGHT))
    return place(g(*out), x, base, s)


def log(x, y, s=1.0, length=260, rot=0) -> str:
    return place(g(rect(-length / 2, -16, length, 32, P.WOOD_LIGHT, rx=16, **ink(3)),
                   ellipse(length / 2 - 4, 0, 10, 16, "#D9B27A", **ink(2)), circle(length / 2 - 4, 0, 5, P.WOOD)), x, y, s, rot=rot)


def light_boat(x, y, s=1.0, facing=1, crew=3, seed=5, oars=True, mood_kind="jurchen") -> str:
    """A small, hastily built Jin boat of rough planks, with rowers and a blue pennant."""
    K = ink(3)
    out = [line(70, -40, 70, -200, P.WOOD_DARK, 6), poly([(70, -200), (140, -182), (70, -160)], P.JIN.main, **ink(2.5)),
           rect(70, -200, 10, 40, P.JIN.dark)]
    if crew:
        out.append(PE.crowd_row(-100, -100 + crew * 46, -50, P.JIN, 0.55, mood_kind, seed=seed, spears=False))
    out.append(path("M-140 -44 L140 -44 L112 8 L-116 8 Z", P.WOOD_LIGHT, **K))
    out.append(line(-128, -24, 126, -24, P.WOOD, 3))
    for k in range(-2, 3):
        out.append(line(k * 52, -40, k * 52 + 4, 4, P.WOOD, 2))
    if oars:
        for k in range(crew):
            ox = -70 + k * 46
            out.append(line(ox, -46, ox - 60, 22, P.WOOD_DARK, 6))
    return place(g(*out), x, y, s, flip=facing < 0)


def paddle_warship(x, y, s=1.0, facing=1, arm_up=False) -> str:
    """A Song paddle-wheel warship with a trebuchet on its top deck."""
    out = [S.paddle_boat(0, 0, 1, P.SONG, 1, 3, 520),
           rect(-160, -200, 260, 56, P.WOOD_LIGHT, **ink(3)),
           *[rect(-140 + k * 46, -186, 22, 26, P.WOOD_DARK, rx=3) for k in range(6)],
           rect(-184, -214, 308, 18, P.WOOD_DARK, **ink(3)),
           PE.crowd_row(30, 120, -232, P.SONG, 0.42, "song", seed=9, spears=False),
           rect(-176, -224, 292, 12, P.SONG.main, **ink(2)),
           WR.trebuchet(-60, -222, 0.46, 1, None, arm_up)]
    return place(g(*out), x, y, s, flip=facing < 0)


def bomb(x, y, r=20) -> str:
    """A round clay-shelled bomb with a lit fuse (a pili huoqiu)."""
    return g(circle(x, y, r, "#5B524C", **ink(3)), ellipse(x - r * 0.35, y - r * 0.35, r * 0.3, r * 0.2, "#8E857D"),
             line(x + r * 0.5, y - r * 0.8, x + r * 0.9, y - r * 1.5, P.INK, 3),
             circle(x + r * 0.95, y - r * 1.6, 7, P.FIRE), circle(x + r * 0.95, y - r * 1.6, 3.5, P.FIRE_IN))


def smoke_burst(cx, cy, s=1.0, seed=60) -> str:
    """A thick white cloud of lime smoke (soft round puffs)."""
    r = rng(seed)
    puffs = [(0, 0, 120), (-130, 30, 95), (130, 25, 100), (-70, -80, 90), (80, -85, 95), (0, -130, 80),
             (-200, 70, 70), (210, 70, 70), (-40, 80, 90), (70, 80, 85), (-150, -40, 70), (170, -40, 70)]
    back, front = [], []
    for dx, dy, rr in puffs:
        rr2 = rr * r.uniform(0.9, 1.1)
        back.append(circle(dx + 6, dy + 10, rr2, "#C9C4BC"))
        front.append(circle(dx, dy, rr2 * 0.94, "#F4F2EE"))
    hi = [circle(dx - rr * 0.3, dy - rr * 0.3, rr * 0.35, P.WHITE, opacity="0.8") for dx, dy, rr in puffs[:6]]
    return place(g(g(*back, opacity="0.95"), *front, *hi), cx, cy, s)


def dust(x, y, s=1.0, seed=70, color="#E3D3AE", o=0.75) -> str:
    r = rng(seed)
    out = []
    for i in range(6):
        out.append(ellipse(x + (i - 3) * 40 * s + r.uniform(-10, 10), y + r.uniform(-14, 6) * s, (40 + r.uniform(0, 30)) * s,
                           (22 + r.uniform(0, 12)) * s, color))
    return g(*out, opacity=f"{o}")


def thought_bubble(cx, cy, rx, ry, tail_to, content="") -> str:
    """A cloud-edged bubble holding a tiny picture, with little circles trailing to tail_to."""
    tx, ty = tail_to
    out = []
    n = 12
    for i in range(n):
        a = 2 * math.pi * i / n
        out.append(circle(cx + math.cos(a) * rx * 0.88, cy + math.sin(a) * ry * 0.86, min(rx, ry) * 0.32, P.WHITE, **ink(3)))
    out.append(ellipse(cx, cy, rx * 0.98, ry * 0.95, P.WHITE))
    for k, t in enumerate((0.45, 0.7, 0.88)):
        out.append(circle(cx + (tx - cx) * t, cy + (ty - cy) * t, 14 - k * 4, P.WHITE, **ink(2.5)))
    return g(*out, content)


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


def _doc(title, *body) -> str:
    return document(*body, title=title)


# ================================================================ chapter 8

def c08_peace_ideas() -> str:
    """Qin Hui points to a line across a map of China; Gaozong frowns and shakes his head."""
    body = [B.interior(600, pillars=(70, 1130), lanterns=False)]
    # map on an easel stand, between the two men
    box = (330, 250, 750, 560)
    body.append(g(line(380, 560, 350, 792, P.WOOD_DARK, 12), line(700, 560, 730, 792, P.WOOD_DARK, 12),
                  line(540, 560, 540, 770, P.WOOD_DARK, 10)))
    body.append(g(rect(box[0] - 14, box[1] - 14, box[2] - box[0] + 28, box[3] - box[1] + 28, P.PARCHMENT_EDGE, rx=6, **ink(3)),
                  O.china_map(1115, box, parchment=False, regions=False)))
    # Qin Hui's line: south stays south, north stays north
    ly = proj(0, 33.2, box)[1]
    body.append(line(box[0] + 6, ly, box[2] - 6, ly, P.INK, 9, stroke_dasharray="26 14", stroke_linecap="butt"))
    body.append(g(circle(box[0] + 70, ly - 60, 14, P.JIN.main, **ink(2)), circle(box[0] + 120, ly + 70, 14, P.SONG.main, **ink(2))))
    # Gaozong on his throne (right), frowning, shaking his head, a hand up: "no"
    body.append(B.throne(940, 760, 0.95, cushion=P.SONG.dark))
    body.append(PE.figure(940, 664, 1.05, P.SONG, "emperor_song", "sit", ("wave", "hip"), -1, "worried", trim=P.GOLD))
    body.append(shake_marks(940, 664 - 136 * 1.05, 40))
    # Qin Hui (left) with a pointer on the line
    qx, qy, qs = 190, 800, 1.2
    hx, hy = qx + 102 * qs, qy - 134 * qs
    body.append(PE.figure(qx, qy, qs, P.SONG, "song_official", "stand", ("point", "down"), 1, "smile"))
    body.append(arm_pointer(hx, hy, 470, ly + 4))
    body.append(circle(hx, hy, 9 * qs, P.SKIN, **ink(3)))
    return _doc("Qin Hui shows Gaozong a line across the map", *body)


def c08_peace_fails() -> str:
    """A Jin envoy drags his finger down a hanging map from the Huai to the Yangtze; Song officials say no."""
    body = [L.sky("day", top="#E9D8B8", bottom="#F4E9D2"), rect(0, 640, W, 260, "#9E7F58"),
            rect(0, 640, W, 14, "#7A5E3E")]
    # a tent-like meeting hall: plain felt walls with wooden posts
    for px in (40, 1160):
        body.append(rect(px - 22, 0, 44, 660, P.WOOD, **ink(3)))
    body.append(rect(0, 0, W, 40, P.WOOD_DARK, **ink(3)))
    body.append(wall_hanging(60, 40, 90, 260, P.JIN.main))
    zoom = (113.5, 37.0, 124.5, 29.0)
    box = (310, 120, 830, 640)
    hm, big = hanging_map(*box, year=None, zoom=zoom)
    body.append(hm)
    # the two rivers named in the story, made bold: the Huai (north) and the bigger Yangtze (south)
    hua = [proj(lo, la, big) for lo, la in ((113.2, 32.4), (115.4, 32.5), (117, 32.8), (118.6, 33.2), (119.4, 33.6), (120.3, 34.0))]
    yan = [proj(lo, la, big) for lo, la in ((112.6, 29.6), (114.3, 30.6), (116, 29.7), (117.5, 30.8), (118.8, 32), (120.3, 31.9),
                                            (121.7, 31.3))]
    body.append(clip(rect(box[0], box[1], box[2] - box[0], box[3] - box[1], "#000"),
                     path(smooth(yan), "none", stroke=P.WATER_DARK, stroke_width="30", stroke_linecap="round"),
                     path(smooth(yan), "none", stroke=P.WATER, stroke_width="18", stroke_linecap="round"),
                     path(smooth(hua), "none", stroke=P.WATER_DARK, stroke_width="14", stroke_linecap="round")))
    # the envoy's finger drags from the Huai down to the Yangtze
    a = proj(115.9, 32.5, big)
    b = proj(115.9, 29.9, big)
    body.append(O.arrow_path([a, (a[0] + 14, (a[1] + b[1]) / 2), (b[0] + 4, b[1] - 30)], P.JIN.main, 16, 40))
    # the envoy stands at the map, his pointing finger on the Yangtze
    es = 1.45
    ex, ey = b[0] - 102 * es - 6, b[1] + 134 * es
    body.append(PE.figure(ex, ey, es, P.JIN, "jurchen", "stand", ("point", "hip"), 1, "smile"))
    # Song officials on the right, shaking their heads
    body.append(PE.figure(850, 870, 1.1, P.SONG, "song_official", "stand", ("fold", "fold"), -1, "flat"))
    body.append(PE.figure(1070, 880, 1.25, P.SONG, "song_official", "stand", ("wave", "down"), -1, "worried"))
    body.append(shake_marks(1070, 880 - 152 * 1.25, 36))
    return _doc("A Jin envoy moves the border south on the map; the Song say no", *body)


def c08_da_qi() -> str:
    """Liu Yu is seated on a new throne by Jin generals; a few Chinese officials watch from the side."""
    body = [rect(0, 0, W, 620, linear([(0, "#E7DCC6"), (1, "#D6C6A6")])), rect(0, 620, W, 280, linear([(0, "#B9A27E"), (1, "#8E7656")]))]
    for k in range(1, 5):
        body.append(line(0, 620 + k * 60, W, 620 + k * 60, "#8E7656", 2, opacity="0.6"))
    body.append(rect(0, 0, W, 56, P.WOOD_DARK, **ink(3)))
    # new blue hangings: the Jin are in charge here
    for hx in (330, 790):
        body.append(wall_hanging(hx, 56, 80, 300, P.JIN.main))
    body.append(B.screen(600, 560, 520, 330))
    body.append(B.throne(600, 730, 1.1, color=P.GOLD, cushion=QI.dark))
    # Liu Yu: a Chinese emperor's hat, robe in Da Qi's pale blue, gold trim
    body.append(PE.figure(600, 620, 1.15, QI, "emperor_song", "sit", ("hip", "hip"), 1, "o", trim=P.GOLD))
    # two Jin generals settle him on the throne
    body.append(PE.figure(400, 790, 1.15, P.JIN, "jurchen_helmet", "stand", ("reach", "down"), 1, "smile", "armour"))
    body.append(PE.figure(800, 790, 1.15, P.JIN, "jurchen_helmet", "stand", ("reach", "spear"), -1, "smile", "armour", "spear"))
    # Chinese officials watching from the side
    body.append(PE.figure(1080, 800, 0.85, P.TEAL_CLOTH, "song_official", "stand", ("fold", "fold"), -1, "flat"))
    body.append(PE.figure(980, 890, 1.0, P.PLAIN, "song_official", "stand", ("fold", "fold"), -1, "worried"))
    body.append(PE.figure(120, 870, 1.0, P.TEAL_CLOTH, "song_official", "stand", ("fold", "fold"), 1, "flat"))
    return _doc("Liu Yu is made emperor of Da Qi by the Jin", *body)


def c08_life_in_qi() -> str:
    """A Da Qi official reads a notice; tax collectors carry grain away; young men line up to join the army."""
    body = [L.sky("day"), L.clouds(81, 3, 60, 150, 0.6, 0.9)]
    body.append(B.city(-20, 1220, 420, 150, gate_x=980, towers=(200,), gatehouse=True, outline=True))
    body.append(g(B.house(150, 470, 220, 90), B.house(480, 470, 200, 80), B.house(780, 470, 200, 90)))
    body.append(rect(0, 466, W, 434, linear([(0, "#D8C49A"), (1, "#C4AB7C")])))
    for k in range(1, 6):
        body.append(line(0, 466 + k * 80, W, 466 + k * 80, "#B49A6B", 3, opacity="0.5"))
    # the official on a little platform reads the notice aloud
    body.append(rect(90, 600, 260, 40, P.STONE, **ink(3)))
    body.append(notice_board(400, 640, 0.9))
    body.append(PE.figure(210, 604, 1.05, QI, "song_official", "stand", ("hold", "down"), 1, "flat", item="open_scroll"))
    # young men queue to join the army, a Qi soldier at the front of the line
    body.append(PE.figure(640, 800, 1.0, QI, "jurchen_helmet", "stand", ("spear", "down"), 1, "flat", "armour", "spear"))
    for i, (x, sk) in enumerate(((520, P.SKIN), (420, P.SKIN2), (320, P.SKIN))):
        body.append(PE.figure(x, 840 + i * 6, 1.0, P.PLAIN, "topknot", "stand", ("down", "down"), 1, "flat", "coat", skin=sk))
    # tax collectors carry sacks of grain away to the right
    body.append(g(sack(1110, 640, 0.9), sack(1060, 650, 0.9), sack(1150, 660, 0.9)))
    for x, y in ((880, 700), (1020, 760)):
        body.append(person(x, y, 1.0, QI, "topknot", 1, pose="walk", arms=("hold", "wave"), mood="smile", dress="coat",
                           front=(sack(-74, -132, 0.85),)))
    body.append(L.grass_tufts(82, 6, 860, 890, x0=0, x1=W))
    return _doc("Life in Da Qi: taxes and the army", *body)


def c08_western_front() -> str:
    """Song soldiers guard a narrow pass between steep mountains; Jin soldiers look up from the valley."""
    body = [L.sky("winter"), L.mountains(420, P.MTN_FAR, 83, 6, 180, 300, snow=True)]
    body.append(L.rolling(520, 10, "#AEB98F", 83))
    # two steep cliffs with a notch between them
    body.append(path("M-20 900 L-20 180 L120 110 L260 150 L380 230 L470 330 L520 420 L560 520 L600 900 Z", P.MTN_MID, **ink(3)))
    body.append(path("M1220 900 L1220 140 L1080 90 L940 160 L820 250 L740 360 L690 430 L660 520 L620 900 Z", P.ROCK, **ink(3)))
    body.append(path("M120 110 L160 260 L120 420 L200 600 L140 900 M1080 90 L1020 300 L1100 520 L1040 900", "none",
                     stroke="#5C6A80", stroke_width="6", stroke_linecap="round", opacity="0.7"))
    body.append(g(L.pine(60, 290, 0.45, snow=True), L.pine(1150, 250, 0.45, snow=True), L.pine(1000, 330, 0.4, snow=True)))
    # the pass: a wooden gate-fort in the notch, Song soldiers on top
    body.append(PE.crowd_row(500, 700, 420, P.SONG, 0.55, "song", seed=84, banners=2))
    body.append(rect(470, 420, 260, 110, P.WOOD, **ink(3)))
    for k in range(8):
        body.append(line(485 + k * 32, 430, 485 + k * 32, 520, P.WOOD_DARK, 4))
    body.append(B.gate(600, 530, 80, 90))
    # the valley floor
    body.append(path("M-10 910 L-10 770 Q300 740 600 770 Q900 800 1210 760 L1210 910 Z", "#A9B58A", **ink(3)))
    # a path zig-zags up from the valley
    body.append(polyline([(600, 900), (520, 800), (660, 720), (560, 640), (620, 530)], P.EARTH, 36))
    body.append(polyline([(600, 900), (520, 800), (660, 720), (560, 640), (620, 530)], "#D9BE8E", 20))
    # Jin soldiers in the valley, looking up
    body.append(PE.crowd_row(120, 420, 820, P.JIN, 0.6, "soldier", seed=85, banners=1))
    body.append(PE.figure(330, 900, 1.1, P.JIN, "jurchen_helmet", "stand", ("up", "down"), 1, "o", "armour", look=1))
    body.append(PE.figure(790, 900, 1.15, P.JIN, "jurchen_helmet", "stand", ("spear", "down"), -1, "worried", "armour", "spear"))
    body.append(L.rock(960, 900, 1.4), )
    return _doc("Song soldiers hold a mountain pass", *body)


def c08_xiangyang_falls() -> str:
    """Da Qi and Jin soldiers march through the gate of Xiangyang, a walled city beside a river."""
    body = [L.sky("smoke"), L.hills(430, "#B9C2A2", 86, 4, 40, 90)]
    body.append(WR.smoke(820, 260, 0.7, P.SMOKE_LIGHT, 0.6, seed=87, puffs=5))
    body.append(B.city(60, 1140, 520, 180, gate_x=760, towers=(250, 1040), open_=True, roofs_behind=3, seed=88))
    for bx, sd in ((230, QI), (290, P.JIN), (1020, P.JIN), (1080, QI)):
        body.append(PE.banner(bx, 320, 0.6, sd, "tall"))
    # the road along the river bank into the gate
    body.append(rect(0, 520, W, 120, "#D6BE8C"))
    body.append(rect(0, 520, W, 10, "#B99C66"))
    # the column: Qi soldiers (pale blue) and Jin soldiers (blue), marching right into the gate
    body.append(PE.crowd_row(712, 808, 500, QI, 0.36, "soldier", seed=79, spears=False))
    body.append(PE.crowd_row(520, 740, 522, QI, 0.5, "soldier", seed=89, spears=True))
    body.append(PE.crowd_row(300, 540, 560, P.JIN, 0.62, "jurchen", seed=90, banners=1))
    body.append(PE.figure(130, 650, 0.95, QI, "jurchen_helmet", "walk", ("banner", "down"), 1, "smile", "armour", "banner"))
    body.append(PE.figure(250, 655, 0.95, P.JIN, "jurchen_helmet", "walk", ("spear", "down"), 1, "smile", "armour", "spear"))
    # the Han River in front
    body.append(L.river_across(640, 300, seed=91, amp=8))
    body.append(L.ripples(92, 14, 690, 880))
    body.append(L.reeds(80, 900, 1.2, seed=93))
    body.append(L.reeds(1120, 900, 1.1, seed=94))
    return _doc("Da Qi takes Xiangyang", *body)


def c08_generals_push_back() -> str:
    """Yue Fei rides at the front of his army toward Xiangyang; soldiers on the wall raise Song flags again."""
    body = [L.sky("dawn"), L.sun(980, 150, 60)]
    body.append(B.city(560, 1240, 470, 170, gate_x=880, towers=(680, 1100), open_=True, roofs_behind=2, seed=95))
    # Song soldiers on the wall raise orange flags
    for bx in (640, 720, 1060, 1140):
        body.append(PE.banner(bx, 300, 0.55, P.SONG, "tall" if bx % 3 else "swallow"))
    body.append(PE.figure(990, 300, 0.55, P.SONG, "song_helmet", "stand", ("up", "up"), -1, "smile", "armour"))
    body.append(PE.figure(780, 300, 0.55, P.SONG, "song_helmet", "stand", ("banner", "up"), -1, "smile", "armour", "banner"))
    body.append(L.rolling(470, 20, P.GRASS, 96))
    body.append(L.road(880, 470, 500, 980, 80, "#D9C08E"))
    # the army behind Yue Fei
    body.append(PE.crowd_row(-20, 330, 600, P.SONG, 0.6, "song", seed=97, banners=2))
    body.append(PE.rider(90, 760, 0.6, P.SONG, "song_helmet", P.HORSE_CHESTNUT, False, 1, ("banner", "down"), "banner"))
    body.append(yue_fei_rider(430, 870, 1.05, 1, False, ("point", "down")))
    body.append(L.grass_tufts(98, 8, 860, 900))
    return _doc("Yue Fei takes Xiangyang back", *body)


def c08_outang() -> str:
    """A column marches away from a Song camp toward a Jin camp; Song officers watch from the gate."""
    body = [L.sky("day", top="#A9CBE0", bottom="#EEF3E6"), L.mountains(360, P.MTN_FAR, 99, 5, 80, 160, bottom=420)]
    body.append(L.rolling(360, 14, "#B7CF86", 100))
    # the Jin camp far away on the right
    for tx, tw in ((940, 90), (1040, 100), (1130, 90)):
        body.append(B.tent(tx, 420, tw, 70, P.JIN, outline=False))
    body.append(PE.banner(990, 420, 0.45, P.JIN, "swallow"))
    body.append(PE.banner(1090, 422, 0.45, P.JIN, "tall"))
    # the Song camp: orange tents behind a palisade with a gate
    body.append(g(B.tent(80, 590, 170, 150, P.SONG), B.tent(240, 580, 150, 130, P.SONG), B.tent(580, 580, 130, 120, P.SONG)))
    # the long road out of the gate, winding away to the Jin camp
    road = [(400, 600), (470, 760), (700, 810), (900, 700), (1000, 560), (1040, 430)]
    body.append(path(smooth(road), "none", stroke="#C9AE78", stroke_width="70", stroke_linecap="round"))
    body.append(path(smooth(road), "none", stroke="#DEC592", stroke_width="54", stroke_linecap="round"))
    body.append(palisade(-10, 340, 640, 100))
    body.append(palisade(470, 700, 640, 100))
    body.append(g(rect(330, 500, 24, 150, P.WOOD_DARK, **ink(3)), rect(460, 500, 24, 150, P.WOOD_DARK, **ink(3)),
                  rect(310, 484, 194, 28, P.WOOD, **ink(3))))
    body.append(PE.banner(342, 490, 0.45, P.SONG, "swallow"))
    # the column: Song soldiers leaving, smaller and smaller toward the Jin camp
    for (x0, x1, y, s_, sd) in ((1000, 1062, 468, 0.24, 100), (960, 1040, 560, 0.32, 101), (840, 990, 670, 0.42, 102),
                                 (360, 500, 640, 0.42, 99), (560, 860, 790, 0.56, 103), (430, 560, 740, 0.5, 98)):
        body.append(PE.crowd_row(x0, x1, y, P.SONG, s_, "song", seed=sd, outline=s_ > 0.3))
    # officers watch from the gate
    body.append(PE.figure(120, 890, 1.1, P.SONG, "song_official", "stand", ("fold", "fold"), 1, "flat"))
    body.append(PE.figure(290, 880, 1.15, P.SONG, "song_helmet", "stand", ("point", "hip"), 1, "worried", "armour"))
    body.append(L.grass_tufts(118, 6, 860, 900, x0=0, x1=W))
    return _doc("Li Qiong leads 30,000 soldiers over to the Jin", *body)


def c08_end_of_qi() -> str:
    """In a Jin palace, Emperor Xizong sits on his throne while Liu Yu bows low and hands back his crown."""
    body = [B.interior(620, wall_color="#2F4F6E", floor_color="#9C8A72", pillars=(90, 1110))]
    body.append(wall_hanging(380, 86, 90, 280, P.JIN.main))
    body.append(wall_hanging(700, 86, 90, 280, P.JIN.main))
    body.append(B.throne(900, 780, 1.0, cushion=P.JIN.dark))
    body.append(PE.figure(900, 680, 1.1, P.JIN, "emperor_jin", "sit", ("reach", "hip"), -1, "flat", trim=P.GOLD))
    # Liu Yu kneels, bowing, holding out his emperor's hat
    body.append(person(470, 820, 1.4, QI, "topknot", 1, front=(g(crown(98, -84, 0.85, "emperor_song", QI, rot=-10), transform="rotate(10 0 -10)"),),
                       pose="kneel", arms=("bow_arms", "hold"), mood="flat", bow=10))
    body.append(PE.figure(180, 760, 0.95, P.JIN, "jurchen_helmet", "stand", ("spear", "down"), 1, "flat", "armour", "spear"))
    return _doc("The Jin put an end to Da Qi", *body)


def c08_peace_talks() -> str:
    """Song and Jin officials sit across a low table with a scroll; generals argue at the back."""
    body = [rect(0, 0, W, 560, P.PLASTER), rect(0, 560, W, 340, linear([(0, "#C7A77A"), (1, "#A5865C")]))]
    for k in range(1, 5):
        body.append(line(0, 560 + k * 80, W, 560 + k * 80, "#95784F", 2, opacity="0.6"))
    # lattice windows and beams
    for wx in (170, 830):
        body.append(rect(wx, 110, 200, 220, "#F9F1DE", **ink(3)))
        for k in range(1, 5):
            body.append(line(wx + k * 40, 110, wx + k * 40, 330, P.WOOD_DARK, 4))
            body.append(line(wx, 110 + k * 44, wx + 200, 110 + k * 44, P.WOOD_DARK, 4))
    body.append(rect(0, 40, W, 30, P.WOOD_DARK, **ink(3)))
    body.append(rect(0, 540, W, 24, P.WOOD_DARK, **ink(3)))
    for px in (40, 600, 1160):
        body.append(rect(px - 18, 40, 36, 520, P.WOOD, **ink(3)))
    # generals argue at the back
    body.append(yue_fei(470, 600, 0.95, 1, arms=("point", "hip"), mood="worried"))
    body.append(PE.figure(330, 600, 0.95, P.SONG, "song_helmet", "stand", ("wave", "fold"), 1, "worried", "armour"))
    body.append(PE.figure(760, 600, 0.95, P.JIN, "jurchen_helmet", "stand", ("point", "hip"), -1, "worried", "armour"))
    # officials kneel at the low table
    body.append(g(mat(270, 850, 260), mat(930, 850, 260)))
    body.append(PE.figure(140, 850, 1.2, P.SONG, "scholar", "kneel", ("hold", "hold"), 1, "flat"))
    body.append(PE.figure(330, 850, 1.2, P.SONG, "song_official", "kneel", ("reach", "hold"), 1, "smile"))
    body.append(PE.figure(1010, 850, 1.2, P.JIN, "jurchen", "kneel", ("hold", "hold"), -1, "flat"))
    body.append(PE.figure(870, 850, 1.2, P.JIN, "jurchen", "kneel", ("reach", "hold"), -1, "smile"))
    body.append(low_table(600, 870, 420, 70, O.scroll(600, 770, 0.9, 300, 70, lines=8, seal=True)))
    return _doc("Peace talks in 1138", *body)


def c08_wuzhu_returns() -> str:
    """Wuzhu's horsemen ride north toward Kaifeng; on a hill behind them Yue Fei watches them go."""
    body = [L.sky("day", top="#9DC6E0", bottom="#F1E9D0"), L.clouds(104, 3, 70, 170, 0.6, 1.0)]
    body.append(L.mountains(420, P.MTN_FAR, 105, 5, 60, 120))
    body.append(L.rolling(420, 12, P.FIELD, 106))
    # Kaifeng's long walls on the horizon (Jin-held: blue banners)
    body.append(B.city(640, 1180, 440, 90, gate_x=900, towers=(720, 1100), banners=0, seed=107, roofs_behind=3))
    for bx in (700, 1080):
        body.append(PE.banner(bx, 330, 0.4, P.JIN, "tall"))
    # Wuzhu and his riders heading away to the city
    body.append(PE.crowd_row(520, 700, 520, P.JIN, 0.3, "jurchen", seed=108, outline=False))
    body.append(PE.rider(760, 600, 0.5, P.JIN, "jurchen_helmet", P.HORSE_BLACK, True, 1, ("banner", "down"), "banner"))
    body.append(PE.rider(660, 640, 0.5, P.JIN, "jurchen_helmet", P.HORSE_BROWN, True, 1))
    body.append(PE.rider(880, 610, 0.55, P.JIN, "jurchen", P.HORSE_GREY, True, 1, ("point", "down")))
    body.append(dust(610, 630, 1.0, 109))
    # the hill in front, with Yue Fei watching
    body.append(path("M-20 900 L-20 660 Q160 600 330 640 Q470 690 560 900 Z", P.GRASS_DARK, **ink(3)))
    body.append(L.grass_tufts(110, 5, 700, 880, x0=20, x1=480))
    body.append(PE.banner(70, 870, 0.95, P.SONG, "tall"))
    body.append(yue_fei(250, 860, 1.3, 1, arms=("hip", "down"), mood="flat", look=1))
    return _doc("Wuzhu goes back to Kaifeng", *body)


def c08_yancheng() -> str:
    """On a wide plain, Song horsemen led by Yue Fei charge toward a large Jin army. No one is hurt."""
    body = [L.sky("smoke", top="#A9A49C", bottom="#EBD8B0")]
    body.append(L.mountains(420, "#B9B4A8", 111, 4, 50, 90))
    body.append(rect(0, 420, W, 480, linear([(0, "#D8C98F"), (1, "#B9AA6E")])))
    # the big Jin army on the right: rows of helmets, spears and banners
    body.append(PE.crowd_row(680, 1220, 470, P.JIN, 0.38, "jurchen", seed=112, banners=3, outline=False, color=P.JIN.light))
    body.append(PE.crowd_row(720, 1220, 530, P.JIN, 0.5, "soldier", seed=113, banners=2, dense=0.8))
    body.append(PE.crowd_row(780, 1220, 610, P.JIN, 0.62, "jurchen", seed=114, banners=1))
    body.append(PE.rider(1030, 760, 0.62, P.JIN, "jurchen_helmet", P.HORSE_BLACK, False, -1, ("spear", "down"), "spear"))
    body.append(PE.rider(880, 780, 0.55, P.JIN, "jurchen_helmet", P.HORSE_GREY, False, -1))
    # Song cavalry thunder in from the left
    body.append(dust(150, 800, 1.6, 115))
    body.append(PE.rider(130, 660, 0.55, P.SONG, "song_helmet", P.HORSE_CHESTNUT, True, 1, ("banner", "down"), "banner"))
    body.append(PE.rider(60, 830, 0.7, P.SONG, "song_helmet", P.HORSE_BROWN, True, 1, ("spear", "down"), "spear"))
    body.append(yue_fei_rider(400, 820, 0.95, 1, True, ("point", "down")))
    body.append(dust(330, 850, 1.0, 116, o=0.6))
    body.append(L.grass_tufts(117, 8, 860, 900, color="#9C8E55"))
    return _doc("The Battle of Yancheng", *body)


def card08() -> str:
    """Title card: four Song generals on a hill look north toward a city with blue flags."""
    em = [L.sky("day", top="#A8D3EE", bottom="#F3E7C8"), L.mountains(560, P.MTN_FAR, 120, 5, 90, 170)]
    em.append(L.rolling(560, 10, "#C8D58E", 121))
    em.append(B.city(760, 1180, 580, 90, gate_x=960, towers=(820, 1110), seed=122, roofs_behind=2))
    for bx in (800, 900, 1020, 1120):
        em.append(PE.banner(bx, 470, 0.4, P.JIN, "tall" if bx % 200 else "swallow"))
    em.append(path("M0 820 L0 660 Q250 590 520 640 Q700 690 820 820 Z", P.GRASS_DARK, **ink(3)))
    em.append(PE.figure(170, 720, 0.95, P.SONG, "song_helmet", "stand", ("spear", "down"), 1, "flat", "armour", "spear"))
    em.append(PE.figure(280, 700, 0.95, P.SONG, "song_helmet", "stand", ("hip", "down"), 1, "smile", "armour"))
    em.append(yue_fei(400, 700, 1.0, 1, arms=("point", "down"), mood="smile"))
    em.append(PE.figure(585, 736, 0.95, P.SONG, "song_helmet", "stand", ("banner", "down"), 1, "smile", "armour", "banner"))
    return _doc("Chapter 8: Da Qi and the Song Generals", C.card(8, g(*em)))


# ================================================================ chapter 9

def brush(x, y, s=1.0, color=P.SONG.main, rot=0) -> str:
    """A writing brush lying down: a coloured handle and a black tip."""
    return place(g(rect(-120, -9, 200, 18, color, rx=8, **ink(3)), rect(64, -11, 20, 22, P.GOLD_DARK, rx=3, **ink(2)),
                   path("M84 -10 Q130 -8 150 0 Q130 8 84 10 Z", P.INK), circle(-118, 0, 6, P.GOLD, **ink(2))), x, y, s, rot=rot)


def book(x, y, s=1.0, cover=P.JIN.main) -> str:
    """An open thread-bound book (pages with a few grey lines only)."""
    K = ink(3)
    out = [path("M-130 -6 L0 6 L130 -6 L130 14 L0 26 L-130 14 Z", cover, **K),
           path("M-122 -74 Q-60 -86 0 -70 L0 8 Q-60 -8 -122 2 Z", P.PAPER, **K),
           path("M122 -74 Q60 -86 0 -70 L0 8 Q60 -8 122 2 Z", P.PAPER, **K)]
    for i in range(4):
        out.append(line(-100 + i * 24, -66 + i * 1.5, -100 + i * 24, -18, "#B8AC95", 4))
        out.append(line(28 + i * 24, -70 + i * 1.5, 28 + i * 24, -22, "#B8AC95", 4))
    return place(g(*out), x, y, s)


def oil_lamp(x, y, s=1.0) -> str:
    return place(g(WR.glow(0, -60, 90, P.FIRE_IN, 0.35), path("M-26 0 L26 0 L16 -20 L-16 -20 Z", P.COPPER, **ink(3)),
                   line(0, -20, 0, -40, P.COPPER, 8), ellipse(0, -44, 28, 9, P.COPPER, **ink(3)),
                   path("M0 -48 Q-10 -64 0 -84 Q10 -64 0 -48 Z", P.FIRE), path("M0 -50 Q-4 -60 0 -70 Q4 -60 0 -50 Z", P.FIRE_IN)), x, y, s)


def c09_peace_or_victory() -> str:
    """Gaozong holds a peace scroll in one hand and a report of Yue Fei's victory in the other."""
    body = [B.interior(640, wall_color="#6E2A20", pillars=(60, 1140), lanterns=False)]
    body.append(B.screen(600, 600, 640, 380))
    body.append(B.throne(600, 860, 1.45, cushion=P.SONG.dark))
    gx, gy, gs = 600, 722, 1.5
    body.append(PE.figure(gx, gy, gs, P.SONG, "emperor_song", "sit", ("reach", "reach"), 1, "worried", trim=P.GOLD))
    lh = (gx - 96 * gs, gy - 82 * gs)
    rh = (gx + 96 * gs, gy - 82 * gs)
    # peace: a rolled scroll tied with a jade ribbon
    body.append(place(g(rect(-22, -90, 44, 180, P.PAPER, rx=20, **ink(3)), ellipse(0, -90, 22, 9, "#E8DCC2", **ink(2)),
                        rect(-24, -14, 48, 22, P.SILK_JADE, **ink(2))), lh[0], lh[1] - 20, 1, rot=-12))
    body.append(circle(lh[0], lh[1], 13, P.SKIN, **ink(3)))
    # victory report: an open letter
    body.append(place(g(rect(-70, -100, 140, 150, P.PAPER, **ink(3)),
                        *[line(44 - i * 22, -80, 44 - i * 22, 20 - (i % 2) * 30, "#B8AC95", 5) for i in range(5)],
                        rect(-60, 10, 26, 26, "#C8402F", rx=3)), rh[0] + 10, rh[1] - 40, 1, rot=10))
    body.append(circle(rh[0], rh[1], 13, P.SKIN, **ink(3)))
    # two thoughts: a peace meeting (left) and Yue Fei's victory (right)
    peace = g(PE.figure(215, 300, 0.5, P.JIN, "jurchen", "stand", ("fold", "fold"), 1, "smile", bow=12),
              PE.figure(305, 300, 0.5, P.SONG, "song_official", "stand", ("fold", "fold"), -1, "smile", bow=12))
    body.append(thought_bubble(260, 230, 170, 120, (lh[0] + 20, lh[1] - 130), peace))
    win = g(path("M830 310 Q940 250 1060 310 Z", P.GRASS_DARK, **ink(2)), PE.banner(1010, 300, 0.5, P.SONG, "tall"),
            yue_fei_rider(925, 305, 0.42, 1, True, ("point", "down")))
    body.append(thought_bubble(945, 230, 170, 120, (rh[0] - 10, rh[1] - 160), win))
    return _doc("Gaozong must choose: peace or victory", *body)


def c09_yue_fei_called_back() -> str:
    """A messenger hands Yue Fei a scroll with the emperor's seal; his soldiers turn their horses south."""
    body = [L.sky("day", top="#B9CFE0", bottom="#F3E6C6"), L.mountains(430, P.MTN_FAR, 130, 5, 60, 130)]
    body.append(rect(0, 430, W, 470, linear([(0, "#D9C98F"), (1, "#C4B06F")])))
    body.append(g(B.tent(1010, 470, 130, 90, P.SONG), B.tent(1130, 480, 120, 80, P.SONG)))
    # riders in the distance, turning round to go back south (left)
    body.append(PE.rider(1130, 590, 0.48, P.SONG, "song_helmet", P.HORSE_GREY, False, 1))
    body.append(PE.rider(880, 610, 0.52, P.SONG, "song_helmet", P.HORSE_CHESTNUT, False, -1, ("banner", "down"), "banner"))
    body.append(PE.rider(1040, 650, 0.58, P.SONG, "song_helmet", P.HORSE_BROWN, False, -1))
    body.append(path("M985 700 Q930 720 870 700", "none", stroke=P.INK, stroke_width="6", stroke_linecap="round", opacity="0.6"))
    body.append(poly([(860, 696), (884, 686), (880, 712)], P.INK, opacity="0.6"))
    # the messenger's horse
    body.append(PE.horse(150, 760, 0.75, P.HORSE_BLACK, P.SONG, False, 1))
    # the messenger kneels and holds up the emperor's order
    body.append(PE.figure(340, 850, 1.35, P.SONG, "topknot", "kneel", ("bow_arms", "hold"), 1, "smile", bow=6))
    body.append(place(g(rect(-60, -40, 120, 80, P.PAPER, **ink(3)), rect(-72, -46, 14, 92, P.WOOD, rx=6, **ink(2)),
                        rect(58, -46, 14, 92, P.WOOD, rx=6, **ink(2)),
                        *[line(36 - i * 20, -26, 36 - i * 20, 14 - (i % 2) * 14, "#B8AC95", 4) for i in range(4)],
                        rect(-44, 2, 30, 30, "#C8402F", rx=3), circle(-29, 17, 7, P.GOLD)), 520, 730))
    # Yue Fei takes it
    body.append(yue_fei(660, 870, 1.4, -1, arms=("reach", "down"), mood="flat"))
    body.append(L.grass_tufts(131, 7, 860, 900, color="#A89A58"))
    return _doc("Yue Fei is called back", *body)


def c09_yue_fei_in_prison() -> str:
    """Yue Fei, without his armour, sits in a plain prison room with one small window, looking up at the light."""
    body = [rect(0, 0, W, 660, linear([(0, "#8C8680"), (1, "#A49D94")])), rect(0, 660, W, 240, linear([(0, "#7D746A"), (1, "#665E55")]))]
    r = rng(140)
    for row in range(8):
        yy = 40 + row * 80
        off = 0 if row % 2 else 90
        for k in range(8):
            xx = off + k * 180 + r.uniform(-8, 8)
            body.append(rect(xx, yy, 168, 70, "#9A938A", rx=8, opacity="0.45"))
    # the window, high on the wall, and its beam of light
    body.append(poly([(330, 200), (430, 200), (820, 780), (520, 800)], LIGHT_BEAM, opacity="0.35"))
    body.append(rect(314, 120, 132, 100, P.INK))
    body.append(rect(322, 128, 116, 84, linear([(0, "#8FC9EC"), (1, "#DDF1FA")])))
    body.append(L.cloud(390, 190, 0.35))
    for k in range(1, 3):
        body.append(line(322 + k * 39, 128, 322 + k * 39, 212, P.INK, 6))
    body.append(rect(304, 212, 152, 16, STONE_SILL, **ink(3)))
    # a little sparrow on the sill
    body.append(g(ellipse(420, 198, 18, 13, "#8A6A4A", **ink(2)), circle(432, 188, 9, "#8A6A4A", **ink(2)),
                  poly([(440, 186), (450, 189), (440, 192)], P.GOLD_DARK), circle(434, 186, 2, P.INK),
                  line(414, 210, 412, 216, P.INK, 2), line(424, 210, 426, 216, P.INK, 2)))
    # a plain bench, a mat and a bowl
    body.append(ellipse(690, 800, 230, 34, "#B99F6A", **ink(3)))
    body.append(g(rect(560, 700, 26, 80, P.WOOD_DARK, **ink(3)), rect(800, 700, 26, 80, P.WOOD_DARK, **ink(3)),
                  rect(530, 676, 320, 30, P.WOOD, rx=6, **ink(3))))
    body.append(g(path("M920 770 L1000 770 L990 800 L930 800 Z", "#A8886A", **ink(3)), ellipse(960, 770, 40, 8, "#8A6A4A")))
    # Yue Fei in a plain robe, sitting, looking up at the window
    body.append(person(690, 684, 1.5, P.SONG, "topknot", -1, front=(face_up(-144),), pose="sit", arms=("fold", "fold"), mood="flat"))
    body.append(g(*[line(560 + k * 40, 810 + (k % 3) * 8, 590 + k * 40, 800 + (k % 2) * 10, "#D9C27A", 4) for k in range(7)]))
    return _doc("Yue Fei in prison", *body)


STONE_SILL = "#B9B2A8"


def c09_treaty_of_shaoxing() -> str:
    """A map: the Huai River across China; north blue (Jin), south orange (Song); carts of silver and silk go north."""
    frame = (80, 70, 1120, 830)
    body = [rect(0, 0, W, H, "#6E4A2C")]
    hm, box = hanging_map(*frame, year=1142, zoom=(101.0, 43.0, 127.0, 22.0), rods=False)
    body.append(hm)
    inside = rect(frame[0], frame[1], frame[2] - frame[0], frame[3] - frame[1], "#000")
    hua = [proj(lo, la, box) for lo, la in ((111.5, 33.0), (113.2, 32.4), (115.4, 32.5), (117, 32.8), (118.6, 33.2), (119.4, 33.6),
                                           (120.3, 34.0))]
    body.append(clip(inside, path(smooth(hua), "none", stroke=P.WHITE, stroke_width="30", stroke_linecap="round"),
                     path(smooth(hua), "none", stroke=P.WATER_DARK, stroke_width="18", stroke_linecap="round")))
    # tribute goes north every year: carts of silver and silk on a road from Lin'an into Jin lands
    a = proj(119.6, 30.6, box)
    body.append(O.arrow_path([a, proj(117.4, 32.4, box), proj(116.0, 35.0, box), proj(115.6, 38.6, box)], P.GOLD, 22, 52))
    body.append(O.map_dot(*proj(120.2, 30.3, box), 14, P.SONG.dark))
    c1 = proj(117.0, 31.0, box)
    c2 = proj(115.9, 36.6, box)
    body.append(O.cart(c1[0] - 60, c1[1] + 30, 0.42, "chests", True, 1))
    body.append(O.cart(c2[0] - 150, c2[1] + 30, 0.42, "silk", True, 1))
    return _doc("The Treaty of Shaoxing: the Huai River border", *body)


def shelf(x0, y0, w, h, cols=3, rows=4, gap=(1, 2), color=P.SONG.main, dark=P.SONG.dark) -> str:
    """A tall archive shelf of scroll cubbies; the cubby at `gap` (col, row) stands empty."""
    K = ink(3)
    out = [rect(x0, y0, w, h, color, **K)]
    cw, ch = (w - 30) / cols, (h - 30) / rows
    for c in range(cols):
        for r_ in range(rows):
            cx, cy = x0 + 15 + c * cw + 8, y0 + 15 + r_ * ch + 8
            out.append(rect(cx, cy, cw - 16, ch - 16, "#4A2A12", **ink(2)))
            if (c, r_) == gap:
                out.append(rect(cx + 14, cy + 14, cw - 44, ch - 44, "none", stroke=P.PARCHMENT, stroke_width="5",
                                stroke_dasharray="16 12", rx=10))
                continue
            for k in range(3):
                for j in range(2 if k < 2 else 1):
                    sx = cx + 26 + k * (cw - 52) / 2
                    sy = cy + ch - 44 - j * 34
                    if k == 2:
                        sy = cy + ch - 62
                    out.append(circle(sx, sy, 16, P.PAPER, **ink(2)))
                    out.append(circle(sx, sy, 6, P.WOOD))
    out.append(rect(x0 - 10, y0 - 16, w + 20, 22, dark, **K))
    return g(*out)


def c09_a_shameful_treaty() -> str:
    """A Jin scholar reads an old book about a Jurchen life; an orange shelf has a gap where a scroll should be."""
    body = [rect(0, 0, 600, 660, linear([(0, "#C9D6E2"), (1, "#E6ECF1")])), rect(600, 0, 600, 660, linear([(0, "#EADCC0"), (1, "#F4EBD8")])),
            rect(0, 660, W, 240, linear([(0, "#B08C62"), (1, "#8E6C48")]))]
    # left: the Jin scholar's study
    body.append(rect(80, 120, 200, 180, "#F7F3EA", **ink(3)))
    for k in range(1, 4):
        body.append(line(80 + k * 50, 120, 80 + k * 50, 300, P.WOOD_DARK, 4))
    body.append(line(80, 210, 280, 210, P.WOOD_DARK, 4))
    body.append(wall_hanging(380, 60, 100, 240, P.JIN.main))
    body.append(mat(230, 856, 300))
    body.append(PE.figure(190, 856, 1.8, P.JIN, "jurchen", "kneel", ("hold", "hold"), 1, "smile", look=1))
    body.append(low_table(410, 880, 300, 80, book(405, 792, 0.95)))
    body.append(oil_lamp(530, 782, 0.85))
    # the divide
    body.append(rect(582, 0, 36, 700, P.PILLAR, **ink(3)))
    body.append(rect(572, 660, 56, 40, P.STONE, **ink(3)))
    # right: the Song archive shelf with a missing scroll
    body.append(shelf(720, 140, 380, 600, 3, 4, (1, 2)))
    body.append(ellipse(910, 760, 240, 20, "#7A5A3A", opacity="0.4"))
    return _doc("The treaty's words were not kept in Chinese records", *body)


def c09_peace_and_trade() -> str:
    """At a river crossing, traders with carts and boats swap goods between a blue-flagged and an orange-flagged bank."""
    body = [L.sky("day"), L.clouds(150, 3, 60, 140, 0.6, 0.9), L.mountains(300, P.MTN_FAR, 151, 5, 60, 120)]
    # the far (northern) bank: Jin flags, tents, a horse
    body.append(rect(0, 296, W, 104, "#B9CC86"))
    body.append(g(B.tent(180, 360, 110, 80, P.JIN, outline=False), B.tent(300, 368, 100, 70, P.JIN, outline=False)))
    for bx in (420, 980):
        body.append(PE.banner(bx, 380, 0.5, P.JIN, "swallow"))
    body.append(PE.horse(620, 390, 0.35, P.HORSE_GREY, P.JIN))
    body.append(O.cart(820, 392, 0.3, "chests", True, -1))
    body.append(PE.figure(720, 392, 0.4, P.JIN, "jurchen", "stand", ("wave", "down"), 1, "smile", "coat"))
    # the river
    body.append(L.water(400, h=300))
    body.append(L.ripples(152, 14, 420, 690))
    # a ferry in the middle of the river
    body.append(S.sampan(560, 540, 0.7, -1, True, P.WOOD_LIGHT,
                         PE.figure(0, 0, 1, P.PLAIN, "topknot", "stand", ("hold", "down"), 1, "smile", "coat")))
    body.append(O.silk_bolt(560, 490, 0.45, P.SILK_JADE))
    # the near (southern) bank
    body.append(path("M-10 910 L-10 690 Q300 670 600 690 Q900 710 1210 680 L1210 910 Z", "#A5C76A", **ink(3)))
    body.append(path("M780 700 L1210 690 L1210 740 L820 760 Z", "#C9A877"))
    for bx in (60, 1150):
        body.append(PE.banner(bx, 720, 0.7, P.SONG, "tall"))
    # a Jin trader has just crossed with furs; a Song trader offers silk; they swap
    body.append(S.sampan(980, 740, 0.9, -1, False))
    body.append(PE.figure(480, 860, 1.25, P.JIN, "jurchen", "stand", ("reach", "down"), 1, "smile", "coat"))
    body.append(place(g(ellipse(0, 0, 46, 26, "#8A5A36", **ink(3)), path("M-40 -6 Q0 -24 40 -6", "none", stroke="#A57A4E", stroke_width="6")),
                      480 + 96 * 1.25, 860 - 98 * 1.25 - 14))
    body.append(PE.figure(780, 860, 1.25, P.SONG, "topknot", "stand", ("reach", "down"), -1, "smile", item=None))
    body.append(O.silk_bolt(780 - 96 * 1.25 - 10, 860 - 98 * 1.25 + 10, 0.6, P.SILK_RED))
    body.append(O.silk_pile(930, 880, 0.55, 4))
    body.append(O.cart(230, 900, 0.45, "silk", False, 1))
    body.append(L.reeds(40, 900, 1.0, seed=153))
    return _doc("Trade starts again across the border", *body)


def c09_a_national_hero() -> str:
    """A painted wall shows Yue Fei in armour riding into battle; children and grown-ups look up at it."""
    body = [rect(0, 0, W, 640, "#E9D9BA"), rect(0, 640, W, 260, linear([(0, "#B78A5A"), (1, "#8E6440")]))]
    for k in range(1, 4):
        body.append(line(0, 640 + k * 80, W, 640 + k * 80, "#8E6440", 2, opacity="0.6"))
    fx0, fy0, fx1, fy1 = 150, 70, 1050, 520
    mural = [rect(fx0, fy0, fx1 - fx0, fy1 - fy0, linear([(0, "#F2DDB0"), (1, "#EAD3A0")])),
             L.mountains(380, "#C9B894", 160, 4, 80, 160, x0=fx0, x1=fx1),
             path(f"M{fx0} 520 L{fx0} 400 Q400 360 700 410 Q900 440 {fx1} 390 L{fx1} 520 Z", "#C8C08A"),
             PE.crowd_row(fx0, 470, 430, P.SONG, 0.45, "song", seed=161, banners=2, color=P.SONG.light),
             yue_fei_rider(640, 500, 0.95, 1, True, ("banner", "down"), "banner"),
             L.birds(850, 150, 3, 1.2, "#8A7A5A")]
    body.append(rect(fx0 - 26, fy0 - 26, fx1 - fx0 + 52, fy1 - fy0 + 52, P.WOOD_DARK, rx=8, **ink(3)))
    body.append(clip(rect(fx0, fy0, fx1 - fx0, fy1 - fy0, "#000"), g(*mural),
                     rect(fx0, fy0, fx1 - fx0, fy1 - fy0, P.PARCHMENT, opacity="0.22")))
    body.append(rect(fx0, fy0, fx1 - fx0, fy1 - fy0, "none", stroke=P.GOLD_DARK, stroke_width="6"))
    for px in (50, 1150):
        body.append(rect(px - 28, 0, 56, 670, P.PILLAR, **ink(3)))
    # visitors look up at the painting
    body.append(person(260, 880, 1.2, P.TEAL_CLOTH, "none", 1, front=(old_head(),), arms=("point", "down"), mood="smile"))
    body.append(PE.figure(420, 880, 1.25, P.PLAIN, "topknot", "stand", ("up", "down"), 1, "o", child=True))
    body.append(PE.figure(840, 880, 1.2, P.TEAL_CLOTH, "woman", "stand", ("hold", "down"), -1, "smile"))
    body.append(PE.figure(700, 880, 1.2, P.PLAIN, "topknot", "stand", ("up", "down"), 1, "o", child=True))
    body.append(PE.figure(990, 880, 1.2, P.PLAIN, "topknot", "stand", ("fold", "fold"), -1, "smile"))
    return _doc("Yue Fei, a national hero", *body)


def c09_whose_choice() -> str:
    """Qin Hui bows low before Emperor Gaozong in a quiet palace room."""
    body = [rect(0, 0, W, 640, linear([(0, "#E4CFA8"), (1, "#D8BF92")])), rect(0, 640, W, 260, linear([(0, "#9C7450"), (1, "#7A5636")]))]
    # a round moon window at dusk, with bamboo outside
    cx, cy, rr = 330, 320, 200
    win = g(rect(cx - rr, cy - rr, 2 * rr, 2 * rr, linear([(0, "#6C5B9E"), (1, "#F3A76B")])),
            circle(cx + 80, cy + 40, 40, P.SUN, opacity="0.8"),
            path(f"M{cx - rr} {cy + rr} L{cx - rr} {cy + rr - 60} Q{cx} {cy + rr - 100} {cx + rr} {cy + rr - 50} L{cx + rr} {cy + rr} Z", "#5E7A5A"),
            L.bamboo(cx - 110, cy + rr - 30, 0.9, 4, 170), L.bamboo(cx + 150, cy + rr - 20, 0.8, 3, 171))
    body.append(circle(cx, cy, rr + 24, P.WOOD_DARK, **ink(3)))
    body.append(clip(circle(cx, cy, rr, "#000"), win))
    body.append(circle(cx, cy, rr, "none", stroke=P.INK, stroke_width="3"))
    body.append(rect(0, 620, W, 24, P.WOOD_DARK, **ink(3)))
    # the emperor on a low dais
    body.append(rect(700, 700, 420, 70, "#8E3A28", **ink(3)))
    body.append(rect(680, 760, 460, 24, P.STONE, **ink(3)))
    body.append(B.screen(910, 700, 360, 300))
    body.append(rect(830, 670, 160, 36, P.SONG.dark, rx=14, **ink(3)))
    body.append(PE.figure(910, 690, 1.3, P.SONG, "emperor_song", "sit", ("hold", "hip"), -1, "flat", trim=P.GOLD))
    # Qin Hui bows low
    body.append(PE.figure(450, 830, 1.5, P.SONG, "song_official", "kneel", ("fold", "fold"), 1, "flat", bow=26))
    # incense: a thin curl of smoke
    body.append(g(rect(600, 780, 50, 50, P.COPPER, rx=6, **ink(3)),
                  path("M625 780 Q605 740 630 710 Q655 680 630 640 Q610 610 630 580", "none", stroke=P.SMOKE_LIGHT, stroke_width="6",
                       stroke_linecap="round", opacity="0.7")))
    return _doc("Qin Hui bows before Gaozong", *body)


def card09() -> str:
    """Title card: a long scroll on a table between a blue Jin brush and an orange Song brush, a river drawn across it."""
    em = [L.sky("dawn"), L.hills(600, "#B9CF8A", 180, 4, 40, 90)]
    em.append(path("M0 820 L0 640 Q600 580 1200 640 L1200 820 Z", P.GRASS_DARK, **ink(3)))
    # the table (seen a little from above)
    em.append(g(rect(180, 720, 34, 100, P.WOOD_DARK, **ink(3)), rect(986, 720, 34, 100, P.WOOD_DARK, **ink(3)),
                poly([(90, 700), (1110, 700), (1050, 430), (150, 430)], P.WOOD, **ink(3)),
                rect(90, 700, 1020, 30, P.WOOD_DARK, **ink(3))))
    # the scroll lying open, a river drawn across it; north tinted blue, south orange
    em.append(poly([(260, 660), (940, 660), (912, 460), (288, 460)], P.PAPER, **ink(3)))
    em.append(poly([(288, 462), (912, 462), (920, 540), (280, 540)], P.JIN.light, opacity="0.6"))
    em.append(poly([(278, 580), (922, 580), (938, 658), (262, 658)], P.SONG.light, opacity="0.6"))
    em.append(path("M284 560 Q380 520 470 552 Q570 590 650 548 Q750 510 840 556 Q890 578 926 556", "none", stroke=P.WATER_DARK,
                   stroke_width="18", stroke_linecap="round"))
    em.append(g(rect(238, 450, 30, 222, P.WOOD, rx=12, **ink(3)), rect(932, 450, 30, 222, P.WOOD, rx=12, **ink(3))))
    # the two brushes, one each side
    em.append(brush(168, 580, 0.9, P.JIN.main, rot=72))
    em.append(brush(1032, 580, 0.9, P.SONG.main, rot=108))
    return _doc("Chapter 9: The Treaty of Shaoxing", C.card(9, g(*em)))


# ================================================================ chapter 10

def c10_wanyan_liang() -> str:
    """Wanyan Liang in blue imperial robes lays his hand on a big map of all China, north and south."""
    body = [B.interior(700, wall_color="#2F4F6E", floor_color="#9C8A72", pillars=(40, 1160), lanterns=False)]
    frame = (80, 120, 960, 640)
    es, feet = 2.0, 880
    hand_y = feet - 198 * es
    lat_span = 24.0
    lat_top = 33.9 + (hand_y - frame[1]) / (frame[3] - frame[1]) * lat_span
    hm, box = hanging_map(*frame, year=1142, zoom=(99.0, lat_top, 127.0, lat_top - lat_span))
    body.append(hm)
    # his raised hand rests right on the border: over both the north and the south
    hand = proj(119.4, 33.9, box)
    body.append(PE.figure(hand[0] + 50 * es, feet, es, P.JIN, "emperor_jin", "stand", ("up", "hip"), -1, "smile", trim=P.GOLD))
    return _doc("Wanyan Liang dreams of ruling all of China", *body)


def c10_reason_for_war() -> str:
    """Jin officials read out an order in a village square; unhappy young men and their families listen."""
    body = [L.sky("winter"), L.hills(420, "#B8C4A8", 200, 4, 40, 80)]
    body.append(g(B.house(160, 470, 220, 100), B.house(980, 460, 240, 100)))
    body.append(L.willow(560, 470, 0.8))
    body.append(rect(0, 466, W, 434, linear([(0, "#CDB88E"), (1, "#B39D70")])))
    # the officials on the steps of the village hall (right)
    body.append(g(rect(760, 560, 420, 60, P.STONE, **ink(3)), rect(730, 610, 470, 40, P.STONE_DARK, **ink(3))))
    body.append(PE.figure(880, 566, 1.15, P.JIN, "jurchen", "stand", ("hold", "down"), -1, "flat", item="open_scroll"))
    body.append(PE.figure(1060, 566, 1.1, P.JIN, "jurchen_helmet", "stand", ("spear", "down"), -1, "flat", "armour", "spear"))
    body.append(PE.banner(1150, 566, 0.7, P.JIN, "tall"))
    # a family listens: two young men, a mother, a father, a child
    body.append(person(110, 860, 1.25, P.PLAIN, "none", 1, front=(old_head(),), arms=("fold", "fold"), mood="worried"))
    body.append(PE.figure(270, 870, 1.3, P.TEAL_CLOTH, "woman", "stand", ("hold", "down"), 1, "worried"))
    body.append(PE.figure(360, 880, 1.25, P.PLAIN, "topknot", "stand", ("down", "down"), 1, "flat", child=True))
    body.append(PE.figure(480, 870, 1.3, P.PLAIN, "topknot", "stand", ("fold", "fold"), 1, "worried", "coat", skin=P.SKIN2))
    body.append(PE.figure(620, 860, 1.25, P.PLAIN, "topknot", "stand", ("hip", "down"), 1, "flat", "coat"))
    body.append(L.grass_tufts(201, 6, 870, 900))
    return _doc("Wanyan Liang forces men into his army", *body)


def c10_song_gets_ready() -> str:
    """Song soldiers build wooden walls and watchtowers along a wide river; Gaozong reads a letter in a palace far behind."""
    body = [L.sky("day", top="#9CCBEA", bottom="#E8F3F4"), L.clouds(210, 2, 60, 120, 0.6, 0.8)]
    body.append(L.mountains(330, P.MTN_FAR, 211, 4, 80, 150))
    body.append(L.hills(380, "#A9C57A", 212, 3, 60, 140))
    # the palace far behind, with the emperor reading a letter on its terrace
    body.append(path("M700 420 Q760 330 960 320 Q1160 330 1220 420 Z", "#A9C57A"))
    body.append(B.hall(960, 330, 260, 80, P.ROOF_GOLD, double=False, steps=False))
    body.append(PE.figure(960, 312, 0.5, P.SONG, "emperor_song", "stand", ("hold", "down"), 1, "worried", trim=P.GOLD,
                          item="open_scroll"))
    # the riverbank where the soldiers work
    body.append(path("M-10 700 L-10 430 Q400 400 800 440 Q1000 460 1210 430 L1210 700 Z", "#B7CE84", **ink(3)))
    body.append(palisade(380, 1210, 640, 120))
    body.append(watchtower(270, 650, 0.9, roof_on=False))
    body.append(PE.figure(270, 650 - 312 * 0.9, 0.6, P.SONG, "song_helmet", "stand", ("point", "down"), 1, "smile", "armour"))
    # two soldiers carry a log; one hammers a stake
    body.append(PE.figure(560, 694, 1.0, P.SONG, "song_helmet", "walk", ("up", "down"), 1, "smile", "armour"))
    body.append(PE.figure(760, 694, 1.0, P.SONG, "song_helmet", "walk", ("up", "up"), 1, "smile", "armour"))
    body.append(log(660, 482, 1.0, 360, 0))
    body.append(PE.figure(950, 686, 1.0, P.SONG, "song_helmet", "stand", ("up", "down"), -1, "smile", "armour"))
    body.append(place(g(line(0, 0, 0, 70, P.WOOD_DARK, 8), rect(-24, -22, 48, 30, P.WOOD, rx=6, **ink(3))), 902, 468, rot=-20))
    body.append(g(log(120, 690, 0.7, 240, -4), log(130, 664, 0.7, 240, 3)))
    # the wide river in front
    body.append(L.water(704, h=196))
    body.append(L.ripples(213, 12, 730, 890))
    body.append(L.reeds(1100, 900, 1.1, seed=214))
    return _doc("The Song get ready along the Yangtze", *body)


def c10_invasion_begins() -> str:
    """A long Jin army led by Wanyan Liang on horseback marches south out of the gates of Kaifeng."""
    body = [L.sky("day", top="#B3CDE0", bottom="#F4E8CC"), L.clouds(225, 2, 60, 110, 0.6, 0.8)]
    body.append(B.city(360, 1240, 430, 170, gate_x=820, towers=(540, 1100), open_=True, roofs_behind=3, seed=220))
    for bx in (500, 580, 1060, 1140):
        body.append(PE.banner(bx, 222, 0.5, P.JIN, "tall" if bx % 3 else "swallow"))
    body.append(rect(0, 430, W, 470, linear([(0, "#D9C28A"), (1, "#C2A66C")])))
    # the road from the gate, winding down toward the viewer and off to the south
    road = [(820, 430), (790, 520), (640, 630), (420, 740), (200, 870)]
    body.append(path(smooth(road), "none", stroke="#E6D3A3", stroke_width="120", stroke_linecap="round"))
    for (x0, x1, y, s_, sd) in ((775, 865, 440, 0.28, 221), (740, 860, 500, 0.36, 226), (660, 830, 570, 0.44, 222),
                                 (540, 760, 650, 0.52, 223)):
        body.append(PE.crowd_row(x0, x1, y, P.JIN, s_, "soldier" if sd % 2 else "jurchen", seed=sd, banners=1 if sd in (222, 226) else 0,
                                 outline=s_ > 0.3))
    body.append(PE.rider(520, 790, 0.55, P.JIN, "jurchen_helmet", P.HORSE_BROWN, False, -1, ("banner", "down"), "banner"))
    # Wanyan Liang leads on a black horse
    body.append(PE.rider(310, 880, 0.95, P.JIN, "emperor_jin", P.HORSE_BLACK, False, -1, ("point", "down"), None, "robe", "smile", P.GOLD))
    body.append(L.leafy_tree(1080, 790, 0.8))
    body.append(L.grass_tufts(224, 6, 860, 900, color="#A8914E"))
    return _doc("Wanyan Liang marches out of Kaifeng", *body)


def c10_at_caishi() -> str:
    """Small Jin boats gather on the north bank; Song soldiers watch from the south bank."""
    body = [L.sky("dusk"), L.sun(880, 300, 50)]
    body.append(L.mountains(330, "#8A7FA8", 230, 5, 40, 90))
    body.append(rect(0, 330, W, 70, "#8E9A6E"))
    # the north bank: Jin tents, banners, soldiers and a crowd of light boats
    body.append(g(*[B.tent(x, 360, 70, 50, P.JIN, outline=False, flag=False) for x in (120, 220, 330, 990, 1100)]))
    body.append(PE.crowd_row(420, 820, 370, P.JIN, 0.3, "jurchen", seed=231, outline=False, banners=3))
    body.append(L.water(395, h=505))
    body.append(rect(0, 395, W, 505, linear([(0, "#F3A76B", 0.35), (0.4, "#F3A76B", 0.0)])))
    for i, (x, y, s_) in enumerate(((170, 440, 0.38), (330, 450, 0.4), (520, 440, 0.38), (700, 455, 0.42), (880, 440, 0.38),
                                      (1060, 452, 0.4), (420, 490, 0.48), (800, 500, 0.5))):
        body.append(light_boat(x, y, s_, 1 if i % 2 else -1, 2, seed=232 + i))
    body.append(L.ripples(233, 12, 560, 760, o=0.6))
    # the south bank in front: Song soldiers keep watch
    body.append(path("M-10 910 L-10 720 Q300 690 620 730 Q900 760 1210 720 L1210 910 Z", "#6F8F4A", **ink(3)))
    body.append(L.reeds(60, 760, 1.1, seed=234))
    body.append(L.reeds(1140, 760, 1.0, seed=235))
    body.append(PE.banner(980, 900, 1.0, P.SONG, "tall"))
    body.append(PE.figure(220, 900, 1.2, P.SONG, "song_helmet", "stand", ("point", "down"), 1, "flat", "armour"))
    body.append(PE.figure(470, 910, 1.25, P.SONG, "song_helmet", "stand", ("spear", "down"), 1, "flat", "armour", "spear"))
    # Yu Yunwen, the official in charge
    body.append(PE.figure(680, 900, 1.2, P.SONG, "song_official", "stand", ("fold", "fold"), 1, "flat"))
    return _doc("The two armies face each other at Caishi", *body)


def c10_battle_of_caishi() -> str:
    """A Song paddle-wheel ship with a trebuchet on its top deck moves toward small Jin boats."""
    body = [L.sky("day", top="#87BFE3", bottom="#E4F2F8"), L.clouds(240, 3, 70, 170, 0.7, 1.1)]
    body.append(L.mountains(380, P.MTN_FAR, 241, 5, 50, 110))
    body.append(rect(0, 376, W, 30, "#9BB57A"))
    body.append(L.water(400))
    body.append(L.waves(470, P.WATER_LIGHT, 8, 10, 4, 0.7))
    # the Jin boats on the right, small and light
    body.append(light_boat(900, 540, 0.62, -1, 3, seed=242))
    body.append(light_boat(1090, 600, 0.68, -1, 3, seed=243))
    body.append(light_boat(960, 720, 0.85, -1, 3, seed=244))
    # the Song paddle-wheel warship pushes forward
    body.append(paddle_warship(420, 760, 1.05, 1))
    body.append(S.wake(420, 770, 560))
    body.append(L.ripples(245, 10, 790, 890, s=1.2))
    return _doc("The Battle of Caishi", *body)


def c10_smoke_bombs() -> str:
    """A round bomb flies from a Song trebuchet and bursts into a white smoke cloud over the river near Jin boats."""
    body = [L.sky("day", top="#A7C4D8", bottom="#EEF2EA")]
    body.append(L.mountains(600, "#B9C4CF", 250, 5, 40, 100))
    body.append(L.water(600))
    body.append(L.ripples(251, 12, 620, 880, o=0.7))
    # Jin boats under the cloud (the crew are fine: the lime smoke only makes it hard to see)
    body.append(light_boat(1080, 700, 0.62, -1, 2, seed=253))
    body.append(light_boat(850, 790, 0.8, -1, 3, seed=252))
    body.append(smoke_burst(930, 440, 1.05, 254))
    # the bomb's path through the air, from the trebuchet's sling to the cloud
    body.append(path("M170 470 Q460 40 780 330", "none", stroke=P.WHITE, stroke_width="8", stroke_dasharray="2 22",
                     stroke_linecap="round", opacity="0.9"))
    body.append(bomb(530, 205, 28))
    # the Song ship's bow and trebuchet in the bottom-left corner
    body.append(place(g(path("M-300 0 L260 0 Q330 -6 360 -70 L-300 -70 Z", P.WOOD_DARK, **ink(3)),
                        rect(-300, -96, 600, 30, P.WOOD_LIGHT, **ink(3)),
                        WR.trebuchet(30, -96, 0.9, 1, P.SONG, True),
                        PE.banner(300, -90, 0.9, P.SONG, "swallow")), 260, 900))
    body.append(L.waves(880, P.WATER_LIGHT, 8, 9, 4, 0.8))
    return _doc("Smoke bombs at Caishi", *body)


def old_painting(x0, y0, w, h) -> str:
    """A faded old hand-scroll painting of a huge battle on a river (in soft sepia tones)."""
    inner = [rect(x0, y0, w, h, "#F1E2BE"),
             path(f"M{x0} {y0 + h * 0.5} Q{x0 + w * 0.3} {y0 + h * 0.4} {x0 + w * 0.55} {y0 + h * 0.48} Q{x0 + w * 0.8} {y0 + h * 0.55} {x0 + w} {y0 + h * 0.45} "
                  f"L{x0 + w} {y0 + h} L{x0} {y0 + h} Z", "#D8C7A0"),
             rect(x0, y0 + h * 0.62, w, h * 0.38, "#C9D3C8"),
             PE.crowd_row(x0, x0 + w * 0.6, y0 + h * 0.5, P.JIN, 0.26, "jurchen", seed=260, outline=False, banners=4, color="#9CB3C9"),
             PE.crowd_row(x0 + w * 0.02, x0 + w * 0.55, y0 + h * 0.6, P.JIN, 0.3, "soldier", seed=261, outline=False, banners=0, color="#A9BDD0"),
             S.junk(x0 + w * 0.72, y0 + h * 0.82, 0.35, P.RED_SAIL, 2, P.SONG),
             S.junk(x0 + w * 0.9, y0 + h * 0.9, 0.3, P.RED_SAIL, 2, P.SONG),
             light_boat(x0 + w * 0.3, y0 + h * 0.86, 0.35, 1, 2, seed=262), light_boat(x0 + w * 0.5, y0 + h * 0.92, 0.3, -1, 2, seed=263)]
    return g(clip(rect(x0, y0, w, h, "#000"), g(*inner, opacity="0.6")),
             rect(x0, y0, w, h, "none", stroke=P.PARCHMENT_EDGE, stroke_width="8"),
             rect(x0 - 22, y0 - 12, 22, h + 24, P.WOOD, rx=9, **ink(3)), rect(x0 + w, y0 - 12, 22, h + 24, P.WOOD, rx=9, **ink(3)))


def c10_how_big_a_battle() -> str:
    """A modern historian walks a riverbank with a notebook and a measuring tape; a faded old battle painting floats above."""
    body = [L.sky("day", top="#9FD0EE", bottom="#EAF6FB")]
    for cx, cy, s_ in ((200, 120, 1.3), (1000, 100, 1.4), (600, 60, 1.1)):
        body.append(L.cloud(cx, cy, s_, o=0.95))
    body.append(old_painting(200, 70, 800, 300))
    body.append(L.hills(480, "#9DC07A", 270, 4, 30, 70))
    body.append(L.water(480, h=130))
    body.append(L.ripples(271, 8, 500, 600, o=0.6))
    body.append(path("M-10 910 L-10 600 Q400 580 800 610 Q1000 625 1210 600 L1210 910 Z", P.GRASS, **ink(3)))
    body.append(path("M-10 910 L-10 760 Q500 730 1210 770 L1210 910 Z", "#D9C69A"))
    # the measuring tape, stretched from a stake along the path to the historian's hand
    body.append(g(rect(150, 700, 12, 90, P.WOOD_DARK, **ink(2)), circle(156, 700, 8, "#D8412F", **ink(2))))
    tape_end = (760, 708)
    body.append(line(160, 770, tape_end[0], tape_end[1], P.INK, 12))
    body.append(line(160, 770, tape_end[0], tape_end[1], P.GOLD, 8))
    for k in range(1, 12):
        t = k / 12
        tx, ty = 160 + (tape_end[0] - 160) * t, 770 + (tape_end[1] - 770) * t
        body.append(line(tx, ty - 4, tx, ty + 4, P.INK, 2))
    # the historian (a person of today) with glasses, a notebook and the tape reel
    hx, hy, hs = 820, 860, 1.35
    body.append(PE.figure(hx, hy, hs, P.TEAL_CLOTH, "glasses", "walk", ("hold", "reach"), 1, "smile", "modern"))
    body.append(place(g(rect(-34, -44, 68, 56, P.PAPER, **ink(3)), line(0, -44, 0, 12, P.INK, 2),
                        *[line(-26, -32 + k * 12, -6, -32 + k * 12, "#B8AC95", 3) for k in range(3)],
                        rect(6, -40, 24, 16, SKETCH_BLUE, opacity="0.6")), hx + 22 * hs, hy - 84 * hs, 1))
    body.append(g(circle(tape_end[0], tape_end[1], 20, P.GOLD_DARK, **ink(3)), circle(tape_end[0], tape_end[1], 7, P.INK)))
    body.append(L.grass_tufts(272, 6, 860, 900))
    return _doc("How big was the Battle of Caishi?", *body)


SKETCH_BLUE = "#9CC3EA"


def c10_death_of_wanyan_liang() -> str:
    """At night a Jin camp of blue tents stands quiet; a few officers talk together in the shadows by the largest tent."""
    body = [L.sky("night"), L.stars(280, 40, 380), L.moon(960, 150, 50)]
    body.append(L.hills(520, "#263352", 281, 4, 40, 100))
    body.append(rect(0, 520, W, 380, linear([(0, "#2E3D52"), (1, "#1E2838")])))
    dark = Side("jin_night", "#24528A", "#163660", "#5E86B8")
    for x, w, base in ((90, 150, 560), (260, 160, 570), (960, 160, 570), (1120, 150, 560)):
        body.append(B.tent(x, base, w, 110, dark))
    # the largest tent, a lamp glowing at its door
    body.append(B.tent(610, 680, 440, 330, dark))
    body.append(WR.glow(610, 640, 120, P.FIRE_IN, 0.35))
    body.append(PE.banner(400, 640, 0.8, dark, "swallow"))
    body.append(PE.banner(820, 640, 0.8, dark, "tall"))
    # officers talking quietly in the shadows
    officers = g(PE.figure(900, 840, 1.05, P.JIN, "jurchen_helmet", "stand", ("fold", "down"), -1, "flat", "armour", bow=6),
                 PE.figure(1040, 850, 1.05, P.JIN, "jurchen_helmet", "stand", ("hip", "down"), -1, "flat", "armour"),
                 PE.figure(780, 850, 1.05, P.JIN, "jurchen", "stand", ("fold", "fold"), 1, "flat", bow=6))
    body.append(officers)
    body.append(WR.glow(910, 740, 300, SHADOW, 0.6))
    body.append(WR.camp_fire(260, 800, 0.9))
    body.append(WR.glow(260, 760, 140, P.FIRE, 0.3))
    return _doc("A quiet night in the Jin camp", *body)


def c10_war_ends() -> str:
    """Jin soldiers march north away from the river; in a Song palace an older Gaozong sets his crown on a cushion."""
    # left: outdoors
    left = [L.sky("day", top="#A9CDE6", bottom="#F1EEDD"), L.mountains(300, P.MTN_FAR, 290, 3, 70, 130, x0=-40, x1=700),
            L.rolling(300, 10, "#B5CC86", 291, x1=700)]
    road = [(280, 790), (320, 620), (400, 470), (470, 330)]
    left.append(path(smooth(road), "none", stroke="#DCC596", stroke_width="60", stroke_linecap="round"))
    for (x0, x1, y, s_, sd) in ((430, 510, 360, 0.26, 292), (360, 470, 480, 0.34, 293), (290, 420, 610, 0.44, 294)):
        left.append(PE.crowd_row(x0, x1, y, P.JIN, s_, "jurchen", seed=sd, banners=1, outline=s_ > 0.3))
    left.append(L.river_across(760, 160, seed=295))
    left.append(L.ripples(296, 6, 790, 900, x1=640))
    left.append(PE.figure(150, 740, 0.9, P.JIN, "jurchen_helmet", "walk", ("banner", "down"), 1, "smile", "armour", "banner"))
    body = [clip(rect(0, 0, 620, H, "#000"), *left)]
    # right: inside the Song palace
    right = [rect(620, 0, 580, 640, linear([(0, "#5A2019"), (1, "#7A2E22")])), rect(620, 640, 580, 260, linear([(0, "#B78A5A"), (1, "#8E6440")])),
             B.screen(960, 620, 380, 300)]
    right.append(g(rect(1030, 760, 18, 110, P.WOOD_DARK, **ink(3)), rect(1136, 760, 18, 110, P.WOOD_DARK, **ink(3)),
                   rect(1006, 736, 172, 28, P.WOOD, rx=5, **ink(3)), rect(1016, 698, 152, 42, P.SILK_RED, rx=18, **ink(3))))
    right.append(person(860, 870, 1.4, P.SONG, "none", 1, front=(old_head(),), arms=("reach", "down"), mood="smile", trim=P.GOLD))
    right.append(crown(1022, 702, 0.95, "emperor_song", P.SONG))
    body.append(clip(rect(620, 0, 580, H, "#000"), *right))
    body.append(rect(598, 0, 44, H, P.PILLAR, **ink(3)))
    body.append(rect(592, 0, 56, 30, P.GOLD, **ink(3)))
    return _doc("The war ends and Gaozong steps down", *body)


def c10_peace_of_1165() -> str:
    """A Song official and a Jin official each sign a scroll at a table beside a river; boxes of silver are stacked nearby."""
    body = [L.sky("day", top="#9BCBE8", bottom="#EAF4F2"), L.mountains(380, P.MTN_FAR, 300, 4, 60, 120)]
    body.append(L.water(380, h=200))
    body.append(S.junk(950, 520, 0.45, P.CANVAS_SAIL, 2))
    body.append(L.ripples(301, 8, 400, 560, o=0.6))
    body.append(path("M-10 910 L-10 560 Q600 540 1210 570 L1210 910 Z", P.GRASS, **ink(3)))
    body.append(L.willow(1110, 620, 0.9))
    # the pavilion by the river
    body.append(rect(160, 720, 700, 40, P.STONE, **ink(3)))
    for px in (200, 820):
        body.append(rect(px - 14, 250, 28, 480, P.PILLAR, **ink(3)))
    body.append(B.roof(510, 260, 720, 130, P.ROOF))
    # the two officials sign
    body.append(PE.figure(330, 760, 1.2, P.SONG, "song_official", "stand", ("reach", "down"), 1, "smile", item=None))
    body.append(PE.figure(690, 760, 1.2, P.JIN, "jurchen", "stand", ("reach", "down"), -1, "smile"))
    body.append(B.table(510, 760, 300, 90, P.WOOD, O.scroll(510, 636, 0.8, 280, 60, lines=7, seal=True)))
    for hx, col in ((330 + 96 * 1.2, P.SONG.main), (690 - 96 * 1.2, P.JIN.main)):
        body.append(place(g(line(0, 6, 0, -46, col, 7), path("M-4 4 L4 4 L0 20 Z", P.INK)), hx, 760 - 98 * 1.2, 1))
    # boxes of silver stacked nearby
    body.append(g(O.chest(920, 870, 0.8), O.chest(1070, 880, 0.8), O.chest(995, 800, 0.75, open_=True)))
    body.append(O.ingot_pile(160, 880, 0.9, 6))
    return _doc("The peace of 1165", *body)


def card10() -> str:
    """Title card: Song paddle-wheel ships with orange flags on a wide river, a trebuchet on the nearest one."""
    em = [L.sky("day", top="#8FC9EC", bottom="#F2EBD2"), L.mountains(520, P.MTN_FAR, 310, 5, 80, 150)]
    em.append(L.hills(560, "#A9C57A", 311, 4, 20, 50))
    em.append(L.water(560))
    em.append(S.paddle_boat(1000, 640, 0.5, P.SONG, -1, 3))
    em.append(S.paddle_boat(240, 650, 0.45, P.SONG, 1, 3))
    em.append(paddle_warship(590, 760, 0.95, 1))
    em.append(S.wake(590, 770, 500))
    em.append(L.waves(800, P.WATER_LIGHT, 8, 10, 4, 0.8))
    return _doc("Chapter 10: Wanyan Liang's War", C.card(10, g(*em)))


# ================================================================ index

# (image path relative to images/, composition function), in story order.
SCENES = [
    ("ch08/title.svg", card08),
    ("ch08/c08-peace-ideas.svg", c08_peace_ideas),
    ("ch08/c08-peace-fails.svg", c08_peace_fails),
    ("ch08/c08-da-qi.svg", c08_da_qi),
    ("ch08/c08-life-in-qi.svg", c08_life_in_qi),
    ("ch08/c08-western-front.svg", c08_western_front),
    ("ch08/c08-xiangyang-falls.svg", c08_xiangyang_falls),
    ("ch08/c08-generals-push-back.svg", c08_generals_push_back),
    ("ch08/c08-outang.svg", c08_outang),
    ("ch08/c08-end-of-qi.svg", c08_end_of_qi),
    ("ch08/c08-peace-talks.svg", c08_peace_talks),
    ("ch08/c08-wuzhu-returns.svg", c08_wuzhu_returns),
    ("ch08/c08-yancheng.svg", c08_yancheng),
    ("ch09/title.svg", card09),
    ("ch09/c09-peace-or-victory.svg", c09_peace_or_victory),
    ("ch09/c09-yue-fei-called-back.svg", c09_yue_fei_called_back),
    ("ch09/c09-yue-fei-in-prison.svg", c09_yue_fei_in_prison),
    ("ch09/c09-treaty-of-shaoxing.svg", c09_treaty_of_shaoxing),
    ("ch09/c09-a-shameful-treaty.svg", c09_a_shameful_treaty),
    ("ch09/c09-peace-and-trade.svg", c09_peace_and_trade),
    ("ch09/c09-a-national-hero.svg", c09_a_national_hero),
    ("ch09/c09-whose-choice.svg", c09_whose_choice),
    ("ch10/title.svg", card10),
    ("ch10/c10-wanyan-liang.svg", c10_wanyan_liang),
    ("ch10/c10-reason-for-war.svg", c10_reason_for_war),
    ("ch10/c10-song-gets-ready.svg", c10_song_gets_ready),
    ("ch10/c10-invasion-begins.svg", c10_invasion_begins),
    ("ch10/c10-at-caishi.svg", c10_at_caishi),
    ("ch10/c10-battle-of-caishi.svg", c10_battle_of_caishi),
    ("ch10/c10-smoke-bombs.svg", c10_smoke_bombs),
    ("ch10/c10-how-big-a-battle.svg", c10_how_big_a_battle),
    ("ch10/c10-death-of-wanyan-liang.svg", c10_death_of_wanyan_liang),
    ("ch10/c10-war-ends.svg", c10_war_ends),
    ("ch10/c10-peace-of-1165.svg", c10_peace_of_1165),
]
