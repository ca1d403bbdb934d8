"""Siege machines, fire and smoke. Nothing gory: war is shown by fire, smoke, machines and crowds."""

from __future__ import annotations

import math

from . import palette as P
from .palette import Side
from .svg import circle, ellipse, f, g, ink, line, path, place, poly, polyline, rect, rng, smooth


def flame(x, y, s=1.0, seed=40) -> str:
    """One flame, base at (x, y), ~120 px tall at s=1."""
    r = rng(seed)
    k = r.uniform(0.85, 1.15)
    outer = f"M-40 0 Q-55 -40 -25 -70 Q-30 -40 -8 -45 Q-20 -90 10 -{int(120 * k)} Q5 -70 25 -62 Q40 -85 35 -100 Q70 -50 40 0 Z"
    mid = "M-24 0 Q-34 -30 -14 -50 Q-12 -30 2 -32 Q-4 -62 16 -80 Q16 -44 28 -40 Q40 -20 24 0 Z"
    inner = "M-10 0 Q-16 -20 -2 -34 Q2 -20 10 -22 Q16 -10 10 0 Z"
    return place(g(path(outer, P.FIRE_OUT), path(mid, P.FIRE), path(inner, P.FIRE_IN)), x, y, s)


def fire(x0, x1, y, s=1.0, seed=41) -> str:
    """A row of flames from x0 to x1 along y."""
    r = rng(seed)
    n = max(1, int((x1 - x0) / (60 * s)))
    out = []
    for i in range(n):
        out.append(flame(x0 + (i + 0.5) * (x1 - x0) / n + r.uniform(-10, 10), y + r.uniform(-6, 6), s * r.uniform(0.7, 1.2), seed + i))
    return g(*out)


def smoke(x, y, s=1.0, color=P.SMOKE, o=0.55, seed=42, lean=1.0, puffs=6) -> str:
    """A rising column of round smoke puffs from (x, y), leaning right by `lean`."""
    r = rng(seed)
    out = []
    for i in range(puffs):
        t = i / max(1, puffs - 1)
        rr = (30 + 50 * t) * s * r.uniform(0.85, 1.15)
        cx = x + (60 * t * t * lean + r.uniform(-10, 10)) * s * 3
        cy = y - (i * 70) * s
        out.append(circle(cx, cy, rr, color))
        out.append(circle(cx + rr * 0.6, cy + rr * 0.2, rr * 0.7, color))
    return g(*out, opacity=f"{o}")


def glow(x, y, r=200, color=P.FIRE, o=0.35) -> str:
    from .svg import radial
    return circle(x, y, r, radial([(0, color, o), (1, color, 0)]))


def trebuchet(x=0, y=0, s=1.0, facing=1, crew: Side | None = None, arm_up=False, load="stone") -> str:
    """A traction trebuchet: A-frame, long throwing arm, sling; pulling ropes at the short end.

    crew: a side whose light tint colours a small row of rope-pullers (or None).
    load: "stone", "bomb" (a round clay fire bomb with a lit fuse) or None (empty sling).
    """
    K = ink(3)
    out = []
    # frame
    out.append(poly([(-90, 0), (-14, -190), (14, -190), (90, 0), (66, 0), (0, -160), (-66, 0)], P.WOOD, **K))
    out.append(rect(-110, -14, 220, 18, P.WOOD_DARK, **K))
    out.append(line(-60, -60, 60, -60, P.WOOD_DARK, 8))
    # arm
    if arm_up:
        arm = [(-150, -330), (60, -130)]
    else:
        arm = [(-190, -150), (130, -230)]
    out.append(line(arm[0][0], arm[0][1], arm[1][0], arm[1][1], P.INK, 16))
    out.append(line(arm[0][0], arm[0][1], arm[1][0], arm[1][1], P.WOOD_LIGHT, 10))
    out.append(circle(0, -190, 12, P.WOOD_DARK, **K))
    # sling & stone
    sx, sy = arm[0]
    out.append(polyline([(sx, sy), (sx - 10, sy + 70)], P.INK, 3))
    if load == "stone":
        out.append(circle(sx - 10, sy + 80, 16, P.STONE_DARK, **K))
    elif load == "bomb":
        out.append(path(f"M{f(sx - 34)} {f(sy + 74)} Q{f(sx - 10)} {f(sy + 110)} {f(sx + 14)} {f(sy + 74)}", "none", stroke="#8A6A3E", stroke_width="6"))
        out.append(circle(sx - 10, sy + 78, 22, "#5A4A3E", **K))
        out.append(path(f"M{f(sx - 4)} {f(sy + 58)} q10 -14 2 -26", "none", stroke="#8A6A3E", stroke_width="3"))
        out.append(circle(sx - 2, sy + 30, 6, P.FIRE_IN))
        out.append(circle(sx - 2, sy + 30, 10, P.FIRE, opacity="0.5"))
    # ropes
    ex, ey = arm[1]
    for k in range(4):
        out.append(line(ex, ey, ex + 60 + k * 25, -10, "#C9B48A", 3))
    if crew is not None:
        from .people import crowd_row
        out.append(crowd_row(ex + 40, ex + 190, -20, crew, 0.45, "soldier", spears=False, seed=3))
    return place(g(*out), x, y, s, flip=(facing < 0))


def stone_ball(x, y, r=18, trail=True) -> str:
    out = []
    if trail:
        out.append(path(f"M{f(x)} {f(y)} q-60 30 -140 30", "none", stroke="#FFFFFF", stroke_width="6", opacity="0.5"))
    out.append(circle(x, y, r, P.STONE_DARK, **ink(3)))
    return g(*out)


def siege_tower(x=0, y=0, s=1.0, side: Side = P.JIN, facing=1) -> str:
    """A wheeled wooden siege tower covered in hides, with a plain banner on top."""
    from .people import banner
    K = ink(3)
    out = [poly([(-80, -30), (-60, -380), (60, -380), (80, -30)], P.WOOD, **K)]
    for k in range(1, 6):
        yy = -30 - k * 60
        w_ = 80 - (k * 60) * 20 / 350
        out.append(line(-w_, yy, w_, yy, P.WOOD_DARK, 5))
    out.append(poly([(-60, -380), (60, -380), (70, -330), (-70, -330)], "#B89B72", **K))
    out.append(rect(-76, -300, 30, 260, "#B89B72", **K))
    out.append(rect(-20, -250, 40, 60, P.WOOD_DARK, **ink(2)))
    for wx in (-50, 50):
        out.append(circle(wx, -26, 26, P.WOOD_DARK, **K))
        out.append(circle(wx, -26, 8, P.WOOD_LIGHT))
    out.append(place(banner(0, 0, 0.5, side, "tall"), 0, -380))
    return place(g(*out), x, y, s, flip=(facing < 0))


def ladder(x0, y0, x1, y1, w=40, color=P.WOOD) -> str:
    """A scaling ladder from the ground (x0, y0) leaning on a wall at (x1, y1)."""
    dx, dy = x1 - x0, y1 - y0
    L = math.hypot(dx, dy)
    nx, ny = -dy / L * w / 2, dx / L * w / 2
    out = [line(x0 + nx, y0 + ny, x1 + nx, y1 + ny, color, 7), line(x0 - nx, y0 - ny, x1 - nx, y1 - ny, color, 7)]
    n = int(L / 34)
    for i in range(1, n):
        t = i / n
        px, py = x0 + dx * t, y0 + dy * t
        out.append(line(px + nx, py + ny, px - nx, py - ny, color, 5))
    return g(*out)


def ram(x=0, y=0, s=1.0, facing=1) -> str:
    """A covered battering-ram cart (a roofed shed on wheels)."""
    K = ink(3)
    out = [path("M-130 -60 L0 -150 L130 -60 Z", "#B89B72", **K), rect(-120, -62, 240, 30, P.WOOD, **K),
           line(-100, -48, 180, -48, P.WOOD_DARK, 16), circle(185, -48, 12, P.STONE_DARK, **K)]
    for wx in (-80, 80):
        out.append(circle(wx, -22, 22, P.WOOD_DARK, **K))
    return place(g(*out), x, y, s, flip=(facing < 0))


def drum(x=0, y=0, s=1.0, color="#B5432F") -> str:
    """A big war drum on a wooden stand (e.g. Liang Hongyu's drum)."""
    K = ink(3)
    out = [line(-70, 0, -40, -120, P.WOOD_DARK, 10), line(70, 0, 40, -120, P.WOOD_DARK, 10),
           rect(-80, -210, 160, 110, color, rx=20, **K), ellipse(0, -155, 70, 50, "#F1E2BE", **K),
           ellipse(0, -155, 52, 36, "#E8D5A8")]
    for k in range(-3, 4):
        out.append(circle(k * 22, -206, 4, P.GOLD))
        out.append(circle(k * 22, -104, 4, P.GOLD))
    return place(g(*out), x, y, s)


def fire_arrow(x, y, ang=-20, s=1.0) -> str:
    """An arrow with a burning tip flying through the air (for fire attacks on ships)."""
    out = [line(-60, 0, 20, 0, P.WOOD_DARK, 4), path("M-60 0 l-14 -8 l4 8 l-4 8 Z", "#DDD"),
           place(g(path("M0 0 Q-10 -18 6 -30 Q4 -14 18 -10 Q22 0 10 4 Z", P.FIRE), path("M4 0 Q0 -8 8 -14 Q10 -6 14 -4 Z", P.FIRE_IN)), 24, 4, 1)]
    return place(g(*out, transform=f"rotate({f(ang)})"), x, y, s)


def fire_lance_burst(x, y, s=1.0, ang=-25) -> str:
    """The flame and sparks that shoot from a fire lance's tube (pointing at nobody)."""
    out = [path("M0 0 Q40 -30 120 -10 Q60 0 120 16 Q40 26 0 0 Z", P.FIRE), path("M0 0 Q30 -12 70 -4 Q30 4 70 10 Q30 12 0 0 Z", P.FIRE_IN)]
    r = rng(int(x + y))
    for _ in range(8):
        out.append(circle(r.uniform(40, 150), r.uniform(-30, 30), r.uniform(2, 5), P.FIRE_IN))
    return place(g(*out, transform=f"rotate({f(ang)})"), x, y, s)


def camp_fire(x, y, s=1.0) -> str:
    out = [line(-40, 0, 40, -14, P.WOOD_DARK, 10), line(-40, -14, 40, 0, P.WOOD_DARK, 10), flame(0, -6, 0.7, 9)]
    return place(g(*out), x, y, s)


def arrows_volley(x, y, n=9, s=1.0, ang=-15, seed=43) -> str:
    """A flight of arrows high in the sky (no targets shown)."""
    r = rng(seed)
    out = []
    for _ in range(n):
        ax, ay = x + r.uniform(-120, 120) * s, y + r.uniform(-50, 50) * s
        out.append(place(g(line(-40, 0, 30, 0, P.INK, 3), path("M30 0 l-10 -5 l0 10 Z", P.INK),
                           path("M-40 0 l-8 -6 m8 6 l-8 6", "none", stroke=P.INK, stroke_width="2"), transform=f"rotate({f(ang)})"), ax, ay, s))
    return g(*out)
