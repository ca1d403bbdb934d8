"""Sky, weather, land, water and plants."""

from __future__ import annotations

import math

from . import palette as P
from .svg import (W, H, reuse, clip, circle, ellipse, f, g, ink, line, linear, opacity, path, place, poly, polyline, rect,
                  rng, smooth)


# ---------------------------------------------------------------- sky & weather

def sky(kind: str = "day", top=None, bottom=None, h: float = H) -> str:
    """Full-width gradient sky. kind: day, dawn, dusk, night, winter, smoke."""
    t, b = P.SKIES[kind]
    return rect(0, 0, W, h, linear([(0, top or t), (1, bottom or b)]))


def sun(x, y, r=55, color=P.SUN, glow=True) -> str:
    parts = []
    if glow:
        parts.append(circle(x, y, r * 1.7, color, opacity="0.25"))
    parts.append(circle(x, y, r, color))
    return g(*parts)


def moon(x, y, r=40) -> str:
    return g(circle(x, y, r * 1.6, P.MOON, opacity="0.18"), circle(x, y, r, P.MOON),
             circle(x + r * 0.35, y - r * 0.2, r * 0.18, "#E4DDBD"), circle(x - r * 0.3, y + r * 0.35, r * 0.12, "#E4DDBD"))


def stars(seed=1, n=30, y_max=400, color=P.STAR) -> str:
    r = rng(seed)
    return g(*[circle(r.uniform(20, W - 20), r.uniform(15, y_max), r.choice([2, 2.5, 3, 4]), color) for _ in range(n)])


def cloud(x, y, s=1.0, color=P.CLOUD, o=0.9) -> str:
    d = ("M-90 20 C-120 20 -120 -15 -88 -18 C-85 -50 -40 -60 -20 -38 C-5 -70 55 -68 60 -30 "
         "C95 -35 110 5 85 20 Z")
    return place(path(d, color, opacity=f"{o}"), x, y, s)


def clouds(seed=2, n=4, y0=60, y1=220, s0=0.7, s1=1.3, color=P.CLOUD, o=0.9) -> str:
    r = rng(seed)
    out = []
    for i in range(n):
        x = (i + 0.5) * W / n + r.uniform(-80, 80)
        out.append(cloud(x, r.uniform(y0, y1), r.uniform(s0, s1), color, o))
    return g(*out)


def snowfall(seed=3, n=90, y0=0, y1=H, color=P.SNOW) -> str:
    r = rng(seed)
    return g(*[circle(r.uniform(0, W), r.uniform(y0, y1), r.choice([3, 4, 5, 6]), color, opacity="0.9") for _ in range(n)])


def rain(seed=4, n=70, color="#DDEBF5") -> str:
    r = rng(seed)
    out = []
    for _ in range(n):
        x, y = r.uniform(0, W + 100), r.uniform(0, H)
        out.append(line(x, y, x - 12, y + 34, color, 3, opacity="0.6"))
    return g(*out)


def birds(x, y, n=3, s=1.0, color=P.INK, seed=5) -> str:
    r = rng(seed)
    out = []
    for i in range(n):
        bx, by = x + i * 45 * s + r.uniform(-10, 10), y + r.uniform(-20, 20)
        w = 14 * s
        out.append(path(f"M{f(bx - w)} {f(by)} Q{f(bx - w / 2)} {f(by - w * 0.6)} {f(bx)} {f(by)} "
                        f"Q{f(bx + w / 2)} {f(by - w * 0.6)} {f(bx + w)} {f(by)}", "none",
                        stroke=color, stroke_width=f(3 * s)))
    return g(*out)


# ---------------------------------------------------------------- land

def ground(y, color=P.GRASS, color2=None, h=None) -> str:
    """A flat band of ground from y down to the bottom (or h tall)."""
    hh = (H - y) if h is None else h
    fill = color if color2 is None else linear([(0, color), (1, color2)])
    return rect(0, y, W, hh + 1, fill)


def rolling(y, amp=30, color=P.GRASS, seed=6, bottom=H, waves=3, x0=0, x1=W) -> str:
    """A rolling horizon line at about y, filled down to `bottom`."""
    r = rng(seed)
    n = waves * 2 + 1
    ptsl = []
    for i in range(n + 1):
        x = x0 + (x1 - x0) * i / n
        ptsl.append((x, y + r.uniform(-amp, amp) * (1 if i % 2 else 0.4)))
    d = smooth(ptsl)
    d += f"L{f(x1)} {f(bottom)} L{f(x0)} {f(bottom)} Z"
    return path(d, color)


def hills(y, color=P.GRASS_DARK, seed=7, n=4, hmin=60, hmax=140, bottom=H) -> str:
    """A row of rounded hills whose bases sit on y."""
    r = rng(seed)
    out = []
    step = W / n
    for i in range(n + 1):
        cx = i * step + r.uniform(-step * 0.3, step * 0.3)
        hh = r.uniform(hmin, hmax)
        wdt = r.uniform(step * 0.7, step * 1.1)
        out.append(path(f"M{f(cx - wdt)} {f(bottom)} L{f(cx - wdt)} {f(y)} "
                        f"C{f(cx - wdt * 0.5)} {f(y)} {f(cx - wdt * 0.45)} {f(y - hh)} {f(cx)} {f(y - hh)} "
                        f"C{f(cx + wdt * 0.45)} {f(y - hh)} {f(cx + wdt * 0.5)} {f(y)} {f(cx + wdt)} {f(y)} "
                        f"L{f(cx + wdt)} {f(bottom)} Z", color))
    out.append(rect(0, y - 1, W, bottom - y + 1, color))
    return g(*out)


def mountains(y, color=P.MTN_FAR, seed=8, n=5, hmin=120, hmax=260, snow=False, snow_color=P.SNOW,
              x0=-100, x1=W + 100, bottom=None) -> str:
    """A range of peaks standing on y. snow=True adds snow caps."""
    r = rng(seed)
    bottom = y + 2 if bottom is None else bottom
    peaks = []
    step = (x1 - x0) / n
    out = []
    caps = []
    for i in range(n):
        cx = x0 + (i + 0.5) * step + r.uniform(-step * 0.25, step * 0.25)
        hh = r.uniform(hmin, hmax)
        wl = r.uniform(step * 0.7, step * 1.2)
        wr = r.uniform(step * 0.7, step * 1.2)
        top = y - hh
        d = (f"M{f(cx - wl)} {f(bottom)} L{f(cx - wl * 0.15)} {f(top + hh * 0.06)} "
             f"Q{f(cx)} {f(top - 6)} {f(cx + wr * 0.15)} {f(top + hh * 0.06)} L{f(cx + wr)} {f(bottom)} Z")
        out.append(path(d, color))
        if snow:
            k = 0.32
            lx, rx_ = cx - wl * k, cx + wr * k
            ly = top + hh * k
            caps.append(path(
                f"M{f(cx - wl * 0.15)} {f(top + hh * 0.06)} Q{f(cx)} {f(top - 6)} {f(cx + wr * 0.15)} {f(top + hh * 0.06)} "
                f"L{f(rx_)} {f(ly)} L{f(cx + wr * 0.12)} {f(ly - hh * 0.06)} L{f(cx)} {f(ly + hh * 0.02)} "
                f"L{f(cx - wl * 0.14)} {f(ly - hh * 0.07)} L{f(lx)} {f(ly)} Z", snow_color))
        peaks.append(cx)
    return g(*out, *caps)


def field_rows(y0, y1, color=P.FIELD, line_color=P.EARTH, n=8, vanish=(600, 200)) -> str:
    """Ploughed field with rows converging to a vanishing point."""
    out = [rect(0, y0, W, y1 - y0, color)]
    vx, vy = vanish
    for i in range(-n, n + 1):
        xb = W / 2 + i * 160
        t = (y0 - vy) / (y1 - vy)
        xt = vx + (xb - vx) * t
        out.append(line(xt, y0, xb, y1, line_color, 4, opacity="0.6"))
    return g(*out)


def road(x_top, y_top, x_bot_l, x_bot_r, w_top=20, color=P.EARTH, y_bot=H) -> str:
    return poly([(x_top - w_top / 2, y_top), (x_top + w_top / 2, y_top), (x_bot_r, y_bot), (x_bot_l, y_bot)], color)


def grass_tufts(seed=9, n=14, y0=780, y1=880, color=P.GRASS_DARK, x0=0, x1=W, s=1.0) -> str:
    r = rng(seed)
    out = []
    for _ in range(n):
        x, y = r.uniform(x0, x1), r.uniform(y0, y1)
        k = s * r.uniform(0.7, 1.2)
        out.append(path(f"M{f(x - 14 * k)} {f(y)} Q{f(x - 10 * k)} {f(y - 20 * k)} {f(x - 18 * k)} {f(y - 34 * k)} "
                        f"Q{f(x - 2 * k)} {f(y - 18 * k)} {f(x)} {f(y - 40 * k)} Q{f(x + 4 * k)} {f(y - 18 * k)} "
                        f"{f(x + 18 * k)} {f(y - 32 * k)} Q{f(x + 10 * k)} {f(y - 16 * k)} {f(x + 14 * k)} {f(y)} Z", color))
    return g(*out)


def rock(x, y, s=1.0, color=P.ROCK, snow=False) -> str:
    d = "M-60 0 L-50 -35 L-20 -58 L20 -52 L52 -28 L62 0 Z"
    hi = "M-50 -35 L-20 -58 L20 -52 L0 -38 L-28 -30 Z"
    parts = [path(d, color, **ink(3)), path(hi, P.SNOW if snow else "#8A8E96")]
    return place(g(*parts), x, y, s)


# ---------------------------------------------------------------- water

def water(y, color=P.WATER, color2=P.WATER_DARK, h=None) -> str:
    hh = (H - y) if h is None else h
    return rect(0, y, W, hh + 1, linear([(0, color), (1, color2)]))


def ripples(seed=10, n=18, y0=600, y1=880, color=P.WATER_LIGHT, x0=0, x1=W, s=1.0, o=0.8) -> str:
    r = rng(seed)
    out = []
    for _ in range(n):
        x, y = r.uniform(x0, x1), r.uniform(y0, y1)
        t = (y - y0) / max(1, (y1 - y0))
        w = (30 + 50 * t) * s * r.uniform(0.7, 1.3)
        out.append(path(f"M{f(x - w)} {f(y)} Q{f(x - w / 2)} {f(y - 8 * s)} {f(x)} {f(y)} Q{f(x + w / 2)} {f(y + 8 * s)} {f(x + w)} {f(y)}",
                        "none", stroke=color, stroke_width=f(3 + 2 * t), opacity=f"{o}"))
    return g(*out)


def waves(y, color=P.WATER_LIGHT, amp=10, n=12, width=4, o=0.9) -> str:
    """A row of curling wave crests across the picture at y."""
    out = []
    step = W / n
    for i in range(n + 1):
        x = i * step
        out.append(path(f"M{f(x - step / 2)} {f(y)} Q{f(x - step / 4)} {f(y - amp * 2)} {f(x)} {f(y - amp)} "
                        f"Q{f(x - step / 8)} {f(y - amp * 0.2)} {f(x + step / 6)} {f(y)}",
                        "none", stroke=color, stroke_width=f(width), opacity=f"{o}"))
    return g(*out)


def river_band(y_far, y_near, w_far=80, w_near=700, cx_far=600, cx_near=600, color=P.WATER, color2=P.WATER_DARK,
               bend=120, ripple_seed=None, ripple_n=20, bank=None) -> str:
    """A river flowing from the far distance (y_far) toward the viewer (y_near).

    ripple_seed: add ripples clipped to the water. bank: colour of a thin bank edge line."""
    lf, rf = cx_far - w_far / 2, cx_far + w_far / 2
    ln, rn = cx_near - w_near / 2, cx_near + w_near / 2
    ym = (y_far + y_near) / 2
    d = (f"M{f(lf)} {f(y_far)} C{f(lf - bend)} {f(ym)} {f(ln + bend)} {f(ym)} {f(ln)} {f(y_near)} "
         f"L{f(rn)} {f(y_near)} C{f(rn + bend)} {f(ym)} {f(rf - bend)} {f(ym)} {f(rf)} {f(y_far)} Z")
    out = [path(d, linear([(0, color), (1, color2)]), **({"stroke": bank, "stroke_width": "6"} if bank else {}))]
    if ripple_seed is not None:
        out.append(clip(path(d, "#000"), ripples(ripple_seed, ripple_n, y_far + 10, y_near - 10, x0=min(ln, lf), x1=max(rn, rf))))
    return g(*out)


def river_across(y, h=120, color=P.WATER, color2=P.WATER_DARK, seed=11, amp=12) -> str:
    """A river running left↔right across the picture with wavy banks."""
    r = rng(seed)
    top = [(x, y + r.uniform(-amp, amp)) for x in range(-50, W + 101, 150)]
    bot = [(x, y + h + r.uniform(-amp, amp)) for x in range(W + 100, -51, -150)]
    d = smooth(top) + "L" + smooth(bot)[1:] + "Z"
    return path(d, linear([(0, color), (1, color2)]))


# ---------------------------------------------------------------- trees & plants

def pine(x, y, s=1.0, color=P.PINE, snow=False, outline=True) -> str:
    """A pine tree standing at (x, y); 220 px tall at s=1."""
    tiers = [(0, 110, 80), (-55, 90, 70), (-105, 70, 60), (-150, 45, 50)]
    out = [rect(-9, -40, 18, 40, P.TRUNK, **(ink(3) if outline else {}))]
    for dy, half, hgt in tiers:
        base = -40 + dy
        d = f"M{-half} {base} Q0 {base - 12} {half} {base} L0 {base - hgt - 30} Z"
        out.append(path(d, color, **(ink(3) if outline else {})))
        if snow:
            sd = (f"M{f(-half * 0.45)} {f(base - hgt * 0.55)} L0 {base - hgt - 30} L{f(half * 0.45)} {f(base - hgt * 0.55)} "
                  f"Q{f(half * 0.2)} {f(base - hgt * 0.45)} 0 {f(base - hgt * 0.58)} Q{f(-half * 0.2)} {f(base - hgt * 0.45)} Z")
            out.append(path(sd, P.SNOW))
            out.append(path(f"M{-half} {base} Q0 {base - 12} {half} {base} Q{f(half * 0.5)} {base - 14} 0 {base - 8} "
                            f"Q{f(-half * 0.5)} {base - 14} {-half} {base} Z", P.SNOW))
    return place(g(*out), x, y, s)


def forest(y, seed=12, n=12, s0=0.5, s1=0.9, x0=-40, x1=W + 40, snow=False, color=P.PINE, outline=True,
           jitter=30) -> str:
    """A row of pines along y (sorted back to front)."""
    r = rng(seed)
    trees = []
    for i in range(n):
        x = x0 + (x1 - x0) * (i + r.uniform(0.1, 0.9)) / n
        trees.append((y + r.uniform(-jitter, jitter), x, r.uniform(s0, s1)))
    trees.sort()
    one = reuse(pine(0, 0, 1, color, snow, outline))
    return g(*[place(one, x, yy, s) for yy, x, s in trees])


def leafy_tree(x, y, s=1.0, color=P.LEAF, dark=P.LEAF_DARK, blossom=None) -> str:
    """A round leafy tree, 240 px tall at s=1. blossom: colour of dots (e.g. pink) or None."""
    out = [path("M-12 0 L-9 -90 Q-30 -120 -45 -125 L-38 -132 Q-15 -122 -2 -105 L2 -140 L10 -140 L10 -100 "
                "Q25 -120 40 -128 L45 -120 Q22 -108 12 -85 L12 0 Z", P.TRUNK, **ink(3))]
    out.append(path(smooth([(-100, -150), (-80, -215), (-20, -245), (45, -235), (100, -180), (95, -130), (40, -110),
                            (-40, -108), (-95, -125)], closed=True), color, **ink(3)))
    out.append(path(smooth([(-60, -175), (-30, -215), (20, -222), (60, -195), (20, -185), (-20, -170)], closed=True), "#7DB35F"))
    out.append(path("M-70 -140 Q-40 -128 -10 -135 M30 -135 Q55 -128 80 -145", "none", stroke=dark, stroke_width="5",
                    stroke_linecap="round"))
    if blossom:
        r = rng(int(x * 7 + y))
        for _ in range(12):
            out.append(circle(r.uniform(-80, 80), r.uniform(-225, -125), 6, blossom))
    return place(g(*out), x, y, s)


def willow(x, y, s=1.0, color="#86B85A", dark="#5E8F3C") -> str:
    out = [path("M-14 0 Q-6 -80 -16 -150 L6 -150 Q8 -80 14 0 Z", P.TRUNK, **ink(3))]
    out.append(ellipse(0, -175, 95, 55, color, **ink(3)))
    for i in range(-5, 6):
        xx = i * 17
        out.append(path(f"M{xx} -160 Q{xx + 6} -100 {xx - 4} {-60 - abs(i) * 6}", "none", stroke=dark, stroke_width="6",
                        stroke_linecap="round"))
    return place(g(*out), x, y, s)


def bamboo(x, y, s=1.0, n=5, seed=13) -> str:
    r = rng(seed)
    out = []
    for i in range(n):
        bx = (i - n / 2) * 18 + r.uniform(-5, 5)
        hh = r.uniform(200, 300)
        lean = r.uniform(-20, 20)
        out.append(line(bx, 0, bx + lean, -hh, P.BAMBOO, 9))
        for k in range(1, 5):
            t = k / 5
            jx, jy = bx + lean * t, -hh * t
            out.append(line(jx - 6, jy, jx + 6, jy, "#557A33", 3))
            side = 1 if (k + i) % 2 else -1
            out.append(path(f"M{f(jx)} {f(jy)} Q{f(jx + side * 25)} {f(jy - 18)} {f(jx + side * 50)} {f(jy - 6)} "
                            f"Q{f(jx + side * 25)} {f(jy - 2)} {f(jx)} {f(jy)} Z", "#5E9B3A"))
    return place(g(*out), x, y, s)


def reeds(x, y, s=1.0, n=7, color="#8FA85A", seed=14) -> str:
    r = rng(seed)
    out = []
    for i in range(n):
        bx = (i - n / 2) * 10
        hh = r.uniform(60, 110)
        lean = r.uniform(-18, 18)
        out.append(path(f"M{f(bx)} 0 Q{f(bx + lean * 0.3)} {f(-hh * 0.5)} {f(bx + lean)} {f(-hh)}", "none", stroke=color,
                        stroke_width="4"))
        if i % 2 == 0:
            out.append(ellipse(bx + lean, -hh - 8, 4, 12, "#8A6A3E", transform=f"rotate({f(lean)} {f(bx + lean)} {f(-hh - 8)})"))
    return place(g(*out), x, y, s)


def lotus_leaves(y, seed=15, n=5, x0=100, x1=1100) -> str:
    r = rng(seed)
    return g(*[ellipse(r.uniform(x0, x1), y + r.uniform(-20, 20), r.uniform(25, 40), 9, "#5E9B4A") for _ in range(n)])
