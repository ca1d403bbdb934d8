"""City walls, gates, towers, halls, houses, tents, yurts and interiors."""

from __future__ import annotations

from . import palette as P
from .palette import Side
from .people import banner
from .svg import W, H, circle, ellipse, f, g, ink, line, linear, path, place, poly, rect, rng


def roof(cx, y, w, h, color=P.ROOF, dark=None, ridge=True, outline=True) -> str:
    """A Chinese roof with upturned eaves. (cx, y) = middle of the eave line; w = eave width."""
    dark = dark or (P.ROOF_DARK if color == P.ROOF else P.ROOF_GOLD_DARK if color == P.ROOF_GOLD else color)
    K = ink(3) if outline else {}
    lt = (cx - w / 2 - 22, y - 20)
    rt = (cx + w / 2 + 22, y - 20)
    rl = (cx - w * 0.33, y - h)
    rr = (cx + w * 0.33, y - h)
    d = (f"M{f(lt[0])} {f(lt[1])} Q{f(cx - w / 2 + 6)} {f(y + 6)} {f(cx - w / 2 + 44)} {f(y)} L{f(cx + w / 2 - 44)} {f(y)} "
         f"Q{f(cx + w / 2 - 6)} {f(y + 6)} {f(rt[0])} {f(rt[1])} Q{f(cx + w * 0.4)} {f(y - h * 0.3)} {f(rr[0])} {f(rr[1])} "
         f"L{f(rl[0])} {f(rl[1])} Q{f(cx - w * 0.4)} {f(y - h * 0.3)} {f(lt[0])} {f(lt[1])} Z")
    out = [path(d, color, **K)]
    n = max(3, int(w / 36))
    d_ = []
    for i in range(1, n):
        t = i / n
        xb = cx - w / 2 + 40 + (w - 80) * t
        xt = rl[0] + (rr[0] - rl[0]) * t
        d_.append(f"M{f(xt)} {f(y - h + 6)}L{f(xb)} {f(y - 6)}")
    out.append(path("".join(d_), "none", stroke=dark, stroke_width="3", opacity="0.7"))
    out.append(path(f"M{f(cx - w / 2 + 30)} {f(y - 2)} L{f(cx + w / 2 - 30)} {f(y - 2)}", "none", stroke=dark, stroke_width="6"))
    if ridge:
        out.append(rect(rl[0] - 6, rl[1] - 10, rr[0] - rl[0] + 12, 14, dark, rx=4, **K))
        for sx, xx in ((-1, rl[0] - 6), (1, rr[0] + 6)):
            out.append(path(f"M{f(xx)} {f(rl[1] - 10)} q{f(sx * 14)} -4 {f(sx * 16)} -22 q{f(-sx * 10)} 6 {f(-sx * 16)} 8 Z", dark, **K))
    return g(*out)


def crenels(x0, x1, y, color=P.WALL, size=26, outline=True, shade=P.WALL_SHADE) -> str:
    """Merlons along a wall top at y."""
    out = []
    n = max(1, int((x1 - x0) / (size * 1.8)))
    step = (x1 - x0) / n
    K = ink(3) if outline else {}
    d_ = []
    for i in range(n):
        xx = x0 + i * step + step * 0.2
        d_.append(f"M{f(xx)} {f(y - size)}h{f(step * 0.6)}v{f(size + 2)}h{f(-step * 0.6)}Z")
    out.append(path("".join(d_), color, **K))
    out.append(rect(x0, y - 4, x1 - x0, 8, shade))
    return g(*out)


def wall(x0, x1, base, height=170, color=P.WALL, shade=P.WALL_SHADE, light=P.WALL_LIGHT, outline=True,
         layers=True) -> str:
    """A straight rammed-earth wall seen from the front, with crenellations."""
    top = base - height
    K = ink(3) if outline else {}
    out = [poly([(x0 - 10, base), (x0, top), (x1, top), (x1 + 10, base)], color, **K)]
    if layers and int(height / 28) > 1:
        d_ = "".join(f"M{f(x0 + 4)} {f(top + k * 28)}H{f(x1 - 4)}" for k in range(1, int(height / 28)))
        out.append(path(d_, "none", stroke=shade, stroke_width="2", opacity="0.55"))
    out.append(rect(x0 - 10, base - 18, x1 - x0 + 20, 18, shade))
    out.append(crenels(x0, x1, top, color, 26 * min(1, height / 170), outline, shade))
    out.append(rect(x0, top - 1, x1 - x0, 6, light))
    return g(*out)


def gate(cx, base, w=110, h=130, open_=False, color=P.WOOD, dark="#221A16") -> str:
    """An arched gate opening in a wall (doors shut or open)."""
    K = ink(3)
    d = f"M{f(cx - w / 2)} {f(base)} L{f(cx - w / 2)} {f(base - h + w / 2)} A{f(w / 2)} {f(w / 2)} 0 0 1 {f(cx + w / 2)} {f(base - h + w / 2)} L{f(cx + w / 2)} {f(base)} Z"
    out = [path(d, P.STONE_DARK, **K)]
    d2 = f"M{f(cx - w / 2 + 10)} {f(base)} L{f(cx - w / 2 + 10)} {f(base - h + w / 2)} A{f(w / 2 - 10)} {f(w / 2 - 10)} 0 0 1 {f(cx + w / 2 - 10)} {f(base - h + w / 2)} L{f(cx + w / 2 - 10)} {f(base)} Z"
    if open_:
        out.append(path(d2, dark))
        out.append(poly([(cx - w / 2 + 10, base), (cx - w / 2 + 10, base - h + w / 2), (cx - w / 2 + 34, base - h + w / 2 + 16), (cx - w / 2 + 34, base - 4)], color, **ink(2)))
        out.append(poly([(cx + w / 2 - 10, base), (cx + w / 2 - 10, base - h + w / 2), (cx + w / 2 - 34, base - h + w / 2 + 16), (cx + w / 2 - 34, base - 4)], color, **ink(2)))
    else:
        out.append(path(d2, color, **ink(2)))
        out.append(line(cx, base - h + 12, cx, base, P.WOOD_DARK, 4))
        for k in range(4):
            yy = base - h + w / 2 + k * (h - w / 2) / 4 + 10
            for sx in (-1, 1):
                for j in range(1, 3):
                    out.append(circle(cx + sx * j * (w / 2 - 10) / 3, yy, 4, P.GOLD_DARK))
    return g(*out)


def pavilion(cx, base, w=220, h=90, roof_color=P.ROOF, storeys=1, wall_color=P.PLASTER,
             outline=True) -> str:
    """A gate-tower pavilion / small hall: red pillars, plaster wall, curved roof(s)."""
    out = []
    K = ink(3) if outline else {}
    y = base
    for s_ in range(storeys):
        ww = w * (1 - 0.12 * s_)
        out.append(rect(cx - ww / 2, y - h, ww, h, wall_color, **K))
        n = 4
        for i in range(n + 1):
            px = cx - ww / 2 + 8 + (ww - 16) * i / n
            out.append(rect(px - 6, y - h, 12, h, P.PILLAR, **ink(2) if outline else {}))
        for i in range(n):
            px = cx - ww / 2 + 8 + (ww - 16) * (i + 0.5) / n
            out.append(rect(px - 14, y - h * 0.75, 28, h * 0.45, P.ROOF_DARK, rx=3))
            out.append(line(px, y - h * 0.75, px, y - h * 0.3, P.WOOD_LIGHT, 2))
        out.append(rect(cx - ww / 2 - 6, y - 10, ww + 12, 10, P.STONE, **K))
        out.append(roof(cx, y - h, ww + 40, h * 0.62, roof_color, outline=outline))
        y = y - h - h * 0.5
    return g(*out)


def tower(cx, base, w=130, h=200, color=P.WALL, outline=True, roof_color=None) -> str:
    """A square wall tower (bastion), crenellated or with a small roofed lookout."""
    out = [wall(cx - w / 2, cx + w / 2, base, h, color, outline=outline)]
    if roof_color:
        out.append(pavilion(cx, base - h, w * 0.8, h * 0.35, roof_color, outline=outline))
    return g(*out)


def city(x0, x1, base, height=170, side: Side | None = None, gate_x=None, towers=(), open_=False, gatehouse=True,
         banners=0, outline=True, color=P.WALL, seed=30, roofs_behind=0) -> str:
    """A city wall across x0..x1 with towers, a gate with a gate-tower, and optional banners.

    roofs_behind: number of grey roofs peeking over the wall (the city inside).
    """
    r = rng(seed)
    out = []
    if roofs_behind:
        for i in range(roofs_behind):
            rx_ = x0 + (x1 - x0) * (i + 0.5) / roofs_behind + r.uniform(-30, 30)
            k = min(1.0, height / 170)
            rw = r.uniform(120, 190) * k
            yy = base - height + r.uniform(-10, 25) * k
            out.append(rect(rx_ - rw / 2 + 20 * k, yy - 10 * k, rw - 40 * k, 30 * k, P.PLASTER, **(ink(2) if outline else {})))
            out.append(roof(rx_, yy - 10 * k, rw, r.uniform(40, 60) * k, P.ROOF, outline=outline))
    out.append(wall(x0, x1, base, height, color, outline=outline))
    for tx in towers:
        out.append(tower(tx, base + 4, 120, height + 40, color, outline))
    if gate_x is not None:
        out.append(gate(gate_x, base, 110 * height / 170, 130 * height / 170, open_))
        if gatehouse:
            out.append(pavilion(gate_x, base - height, 240 * height / 170, 80 * height / 170, outline=outline))
    if side is not None and banners:
        places = list(towers) or [x0 + (x1 - x0) * (k + 0.5) / banners for k in range(banners)]
        for k in range(banners):
            bx = places[k % len(places)] + (k // len(places)) * 40 - 20
            out.append(banner(bx, base - height - (40 if towers else 0), 0.55 * height / 170, side, "tall" if k % 2 == 0 else "swallow"))
    return g(*out)


def wall_side(x_near, base_near, h_near, x_far, base_far, h_far, color=P.WALL_SHADE, outline=True) -> str:
    """A wall receding in perspective (for a corner view)."""
    K = ink(3) if outline else {}
    out = [poly([(x_near, base_near), (x_near, base_near - h_near), (x_far, base_far - h_far), (x_far, base_far)], color, **K)]
    n = int(abs(x_far - x_near) / 40)
    for i in range(n):
        t0, t1 = i / n, (i + 0.55) / n
        xa, xb = x_near + (x_far - x_near) * t0, x_near + (x_far - x_near) * t1
        ya = base_near - h_near + ((base_far - h_far) - (base_near - h_near)) * t0
        yb = base_near - h_near + ((base_far - h_far) - (base_near - h_near)) * t1
        hh = 24 * (h_near + (h_far - h_near) * t0) / 170
        out.append(poly([(xa, ya), (xa, ya - hh), (xb, yb - hh), (xb, yb)], color, **K))
    return g(*out)


def hall(cx, base, w=520, h=160, roof_color=P.ROOF_GOLD, double=True, platform=True, steps=True, outline=True,
         doors_open=False) -> str:
    """A palace hall on a stone terrace with red pillars and a (double) sweeping roof."""
    K = ink(3) if outline else {}
    out = []
    y = base
    if platform:
        ph = h * 0.35
        out.append(rect(cx - w / 2 - 50, base - ph, w + 100, ph, P.STONE, **K))
        for k in range(1, 3):
            out.append(line(cx - w / 2 - 50, base - ph * k / 3, cx + w / 2 + 50, base - ph * k / 3, P.STONE_DARK, 2))
        out.append(rect(cx - w / 2 - 56, base - ph - 8, w + 112, 10, "#E9E4DA", **K))
        if steps:
            sw = w * 0.28
            out.append(poly([(cx - sw / 2, base - ph), (cx + sw / 2, base - ph), (cx + sw / 2 + 20, base), (cx - sw / 2 - 20, base)], "#DDD6CA", **K))
            for k in range(1, 6):
                yy = base - ph + ph * k / 6
                out.append(line(cx - sw / 2 - 20 * k / 6, yy, cx + sw / 2 + 20 * k / 6, yy, P.STONE_DARK, 2))
        y = base - ph - 8
    out.append(rect(cx - w / 2, y - h, w, h, P.PLASTER, **K))
    n = 6
    for i in range(n + 1):
        px = cx - w / 2 + 14 + (w - 28) * i / n
        out.append(rect(px - 9, y - h, 18, h, P.PILLAR, **(ink(2) if outline else {})))
    for i in range(n):
        px = cx - w / 2 + 14 + (w - 28) * (i + 0.5) / n
        dw = (w - 28) / n - 30
        if doors_open and i in (n // 2 - 1, n // 2):
            out.append(rect(px - dw / 2, y - h * 0.8, dw, h * 0.8, "#2B211C"))
        else:
            out.append(rect(px - dw / 2, y - h * 0.8, dw, h * 0.8, P.PILLAR, opacity="0.85"))
            for k in range(1, 4):
                out.append(line(px - dw / 2 + 4, y - h * 0.8 + h * 0.2 * k, px + dw / 2 - 4, y - h * 0.8 + h * 0.2 * k, P.GOLD, 2))
            out.append(line(px, y - h * 0.8, px, y, "#7E2C1E", 2))
    out.append(rect(cx - w / 2 - 4, y - h - 16, w + 8, 20, "#3E7B6E", **K))
    out.append(rect(cx - w / 2 - 4, y - h - 16, w + 8, 6, P.GOLD))
    if double:
        out.append(roof(cx, y - h - 10, w + 90, h * 0.45, roof_color, ridge=False, outline=outline))
        out.append(rect(cx - w * 0.36, y - h - h * 0.55 - 36, w * 0.72, 36, P.PILLAR, **K))
        out.append(roof(cx, y - h - h * 0.55 - 30, w * 0.9, h * 0.55, roof_color, outline=outline))
    else:
        out.append(roof(cx, y - h - 10, w + 90, h * 0.6, roof_color, outline=outline))
    return g(*out)


def house(cx, base, w=170, h=90, roof_color=P.ROOF, wall_color=P.PLASTER, outline=True, window=True) -> str:
    K = ink(3) if outline else {}
    out = [rect(cx - w / 2, base - h, w, h, wall_color, **K)]
    out.append(rect(cx - 18, base - h * 0.7, 36, h * 0.7, P.WOOD, **(ink(2) if outline else {})))
    if window:
        for sx in (-1, 1):
            wx = cx + sx * w * 0.3
            out.append(rect(wx - 16, base - h * 0.72, 32, 28, P.WOOD_DARK, **(ink(2) if outline else {})))
            out.append(line(wx, base - h * 0.72, wx, base - h * 0.72 + 28, P.WOOD_LIGHT, 2))
            out.append(line(wx - 16, base - h * 0.72 + 14, wx + 16, base - h * 0.72 + 14, P.WOOD_LIGHT, 2))
    out.append(roof(cx, base - h, w + 40, h * 0.6, roof_color, outline=outline))
    return g(*out)


def pagoda(cx, base, w=120, storeys=7, color=P.PLASTER, roof_color=P.ROOF, outline=True) -> str:
    out = []
    y = base
    K = ink(3) if outline else {}
    for i in range(storeys):
        ww = w * (1 - i * 0.09)
        hh = 60 if i == 0 else 40
        out.append(rect(cx - ww / 2, y - hh, ww, hh, color, **K))
        out.append(rect(cx - 10, y - hh * 0.7, 20, hh * 0.6, P.ROOF_DARK))
        out.append(roof(cx, y - hh, ww + 40, 26, roof_color, ridge=False, outline=outline))
        y -= hh + 22
    out.append(line(cx, y + 20, cx, y - 40, P.GOLD_DARK, 6))
    for k in range(3):
        out.append(circle(cx, y - 6 - k * 12, 7, P.GOLD, **(ink(2) if outline else {})))
    return g(*out)


def tent(cx, base, w=160, h=120, side: Side = P.JIN, outline=True, flag=True) -> str:
    """An army tent: ridge tent seen from the front, in the side's colour, with a door flap."""
    K = ink(3) if outline else {}
    out = [poly([(cx - w / 2, base), (cx, base - h), (cx + w / 2, base)], side.main, **K)]
    out.append(poly([(cx - w * 0.18, base), (cx, base - h * 0.62), (cx + w * 0.18, base)], side.dark, **(ink(2) if outline else {})))
    out.append(poly([(cx, base - h * 0.62), (cx + w * 0.18, base), (cx + w * 0.3, base - h * 0.05)], side.light, **(ink(2) if outline else {})))
    out.append(line(cx, base - h, cx, base - h - 30, P.WOOD_DARK, 5))
    if flag:
        out.append(poly([(cx, base - h - 30), (cx + 34, base - h - 22), (cx, base - h - 12)], side.light, **(ink(2) if outline else {})))
    return g(*out)


def yurt(cx, base, w=200, h=130, band: str = P.JIN.main, felt=P.FELT, outline=True, smoke=False) -> str:
    """A round felt tent of the steppe and forest peoples."""
    K = ink(3) if outline else {}
    wall_h = h * 0.45
    out = [rect(cx - w / 2, base - wall_h, w, wall_h, felt, **K)]
    out.append(path(f"M{f(cx - w / 2 - 8)} {f(base - wall_h)} Q{f(cx - w * 0.3)} {f(base - h)} {f(cx)} {f(base - h)} "
                    f"Q{f(cx + w * 0.3)} {f(base - h)} {f(cx + w / 2 + 8)} {f(base - wall_h)} Z", felt, **K))
    out.append(rect(cx - w / 2, base - wall_h - 2, w, 14, band, **(ink(2) if outline else {})))
    for k in range(-3, 4):
        out.append(line(cx + k * w / 8, base - wall_h + 14, cx + k * w / 8 * 1.05, base - 4, "#CFC3A8", 2))
    out.append(rect(cx - 20, base - wall_h * 0.9, 40, wall_h * 0.9, P.WOOD, **(ink(2) if outline else {})))
    out.append(rect(cx - 20, base - wall_h * 0.9, 40, 8, band))
    out.append(ellipse(cx, base - h + 4, w * 0.12, 8, "#CFC3A8", **(ink(2) if outline else {})))
    if smoke:
        out.append(path(f"M{f(cx)} {f(base - h)} q-20 -40 10 -70 q30 -30 0 -80", "none", stroke=P.SMOKE_LIGHT, stroke_width="14",
                        opacity="0.6"))
    return g(*out)


def hut(cx, base, w=150, h=80, outline=True, snow=False) -> str:
    """A log house of the northern forests."""
    K = ink(3) if outline else {}
    out = [rect(cx - w / 2, base - h, w, h, P.WOOD_LIGHT, **K)]
    for k in range(1, 5):
        out.append(line(cx - w / 2, base - h + k * h / 5, cx + w / 2, base - h + k * h / 5, P.WOOD, 3))
    out.append(rect(cx - 16, base - h * 0.65, 32, h * 0.65, P.WOOD_DARK, **(ink(2) if outline else {})))
    out.append(poly([(cx - w / 2 - 20, base - h + 4), (cx, base - h - h * 0.7), (cx + w / 2 + 20, base - h + 4)], P.WOOD_DARK, **K))
    if snow:
        out.append(path(f"M{f(cx - w / 2 - 22)} {f(base - h + 2)} L{f(cx)} {f(base - h - h * 0.72)} L{f(cx + w / 2 + 22)} {f(base - h + 2)} "
                        f"Q{f(cx + w / 4)} {f(base - h - 14)} {f(cx)} {f(base - h - 8)} Q{f(cx - w / 4)} {f(base - h - 14)} {f(cx - w / 2 - 22)} {f(base - h + 2)} Z",
                        P.SNOW, **ink(2)))
    return g(*out)


# ---------------------------------------------------------------- interiors & furniture

def interior(floor_y=640, wall_color="#7A2E22", floor_color="#B78A5A", pillars=(120, 1080), beam=True, lanterns=True,
             panel=None) -> str:
    """A palace interior: back wall, floor, red pillars, a beam and hanging lanterns."""
    out = [rect(0, 0, W, floor_y, linear([(0, "#5A2019"), (1, wall_color)])),
           rect(0, floor_y, W, H - floor_y, linear([(0, floor_color), (1, "#8E6440")]))]
    for k in range(1, 6):
        yy = floor_y + (H - floor_y) * (k / 6) ** 1.3
        out.append(line(0, yy, W, yy, "#8E6440", 2, opacity="0.6"))
    for k in range(-6, 7):
        out.append(line(W / 2 + k * 60, floor_y, W / 2 + k * 200, H, "#8E6440", 2, opacity="0.5"))
    if panel:
        out.append(panel)
    if beam:
        out.append(rect(0, 40, W, 46, "#3E7B6E", **ink(3)))
        out.append(rect(0, 48, W, 8, P.GOLD))
        out.append(rect(0, 72, W, 6, P.GOLD))
    for px in pillars:
        out.append(rect(px - 30, 0, 60, floor_y + 30, P.PILLAR, **ink(3)))
        out.append(rect(px - 40, floor_y + 20, 80, 24, P.STONE, **ink(3)))
        out.append(rect(px - 30, 86, 60, 14, P.GOLD, **ink(2)))
    if lanterns:
        for lx in (pillars[0] + 160, pillars[-1] - 160):
            out.append(line(lx, 86, lx, 150, P.INK, 3))
            out.append(ellipse(lx, 190, 34, 44, "#E4572E", **ink(3)))
            out.append(ellipse(lx, 190, 14, 30, P.FIRE_IN, opacity="0.6"))
            out.append(rect(lx - 20, 142, 40, 10, P.INK))
            out.append(rect(lx - 20, 228, 40, 10, P.INK))
            out.append(line(lx, 238, lx, 262, P.GOLD, 4))
    return g(*out)


def screen(cx, base, w=420, h=260, frame=P.WOOD_DARK, panels=3) -> str:
    """A folding screen painted with mountains (a classic throne backdrop)."""
    out = [rect(cx - w / 2, base - h, w, h, frame, **ink(3))]
    pw = (w - 20) / panels
    for i in range(panels):
        x0 = cx - w / 2 + 10 + i * pw
        out.append(rect(x0 + 4, base - h + 12, pw - 8, h - 24, "#EFE3C4"))
        mx = x0 + pw / 2
        out.append(poly([(x0 + 6, base - 40), (mx - 20, base - h * 0.6), (mx + 10, base - h * 0.45), (mx + 30, base - h * 0.7),
                         (x0 + pw - 6, base - 40)], "#9DB3A6"))
        out.append(circle(mx + 20, base - h * 0.8, 12, "#E2A04A"))
    return g(*out)


def throne(cx, base, s=1.0, color=P.GOLD, cushion=P.SONG.main) -> str:
    """A wide imperial chair on a dais (no figure); the seat is at about base-120*s."""
    K = ink(3)
    out = [rect(-150, -40, 300, 40, "#8E3A28", **K), rect(-170, -10, 340, 14, P.STONE, **K),
           path("M-110 -40 L-110 -250 Q-110 -280 -80 -280 L80 -280 Q110 -280 110 -250 L110 -40 Z", color, **K),
           path("M-90 -250 Q0 -270 90 -250 L90 -130 L-90 -130 Z", P.GOLD_DARK, **ink(2)),
           rect(-120, -130, 240, 40, cushion, rx=10, **K),
           rect(-130, -170, 30, 130, color, rx=8, **K), rect(100, -170, 30, 130, color, rx=8, **K),
           circle(-115, -175, 12, P.GOLD_DARK, **ink(2)), circle(115, -175, 12, P.GOLD_DARK, **ink(2))]
    return place(g(*out), cx, base, s)


def table(cx, base, w=260, h=90, color=P.WOOD, top=None) -> str:
    K = ink(3)
    out = [rect(cx - w / 2 + 14, base - h, 16, h, P.WOOD_DARK, **K), rect(cx + w / 2 - 30, base - h, 16, h, P.WOOD_DARK, **K),
           rect(cx - w / 2, base - h - 16, w, 18, color, rx=4, **K)]
    if top:
        out.append(top)
    return g(*out)


def brazier(cx, base, s=1.0) -> str:
    K = ink(3)
    out = [path("M-40 -60 L40 -60 L30 -20 L-30 -20 Z", P.COPPER, **K), line(-25, -20, -32, 0, P.INK, 5), line(25, -20, 32, 0, P.INK, 5),
           path("M-30 -60 Q-20 -100 -5 -80 Q0 -120 12 -82 Q26 -100 30 -60 Z", P.FIRE, **ink(2)),
           path("M-12 -60 Q-4 -84 2 -68 Q10 -86 14 -60 Z", P.FIRE_IN)]
    return place(g(*out), cx, base, s)


def stall(cx, base, w=200, h=150, awning="#C8553D", goods=True, seed=60) -> str:
    """A market stall: two posts, a striped cloth awning and a counter (empty if goods=False)."""
    K = ink(3)
    r = rng(seed)
    out = [rect(cx - w / 2 + 6, base - h, 12, h, P.WOOD_DARK, **K), rect(cx + w / 2 - 18, base - h, 12, h, P.WOOD_DARK, **K)]
    out.append(rect(cx - w / 2, base - 60, w, 60, P.WOOD, **K))
    out.append(rect(cx - w / 2 - 6, base - 66, w + 12, 12, P.WOOD_LIGHT, **K))
    aw = f"M{f(cx - w / 2 - 20)} {f(base - h + 30)} L{f(cx - w / 2 + 10)} {f(base - h - 10)} L{f(cx + w / 2 - 10)} {f(base - h - 10)} L{f(cx + w / 2 + 20)} {f(base - h + 30)} Z"
    out.append(path(aw, awning, **K))
    for k in range(1, 5):
        t = k / 5
        out.append(line(cx - w / 2 + 10 + (w - 20) * t, base - h - 10, cx - w / 2 - 20 + (w + 40) * t, base - h + 30, "#FFFFFF", 6, opacity="0.5"))
    if goods:
        for k in range(4):
            gx = cx - w / 2 + 30 + k * (w - 60) / 3
            out.append(circle(gx, base - 78, 14, r.choice([P.FIRE, "#D94F6A", "#9BC45A", P.GOLD]), **ink(2)))
    return g(*out)
