"""Treasure, tribute, documents and maps. Documents never carry characters: only grey lines."""

from __future__ import annotations

import math

from . import palette as P
from .palette import Side
from .svg import W, H, circle, clip, ellipse, f, g, ink, line, linear, path, place, poly, polyline, rect, rng, smooth


def chest(x, y, s=1.0, color=P.WOOD, open_=False, fill="silver") -> str:
    """A wooden chest with metal bands, bottom-centre at (x, y). open_ shows silver or silk inside."""
    K = ink(3)
    out = []
    if open_:
        out.append(path("M-80 -90 L80 -90 L70 -150 L-70 -150 Z", P.WOOD_DARK, **K))
        if fill == "silver":
            for k, (cx, cy) in enumerate(((-45, -92), (0, -98), (45, -92), (-22, -108), (24, -108))):
                out.append(ingot(cx, cy, 0.7))
        else:
            for k, c in enumerate((P.SILK_RED, P.SILK_JADE, P.GOLD)):
                out.append(rect(-70 + k * 46, -110, 44, 24, c, rx=10, **ink(2)))
    out.append(rect(-80, -90, 160, 90, color, rx=6, **K))
    for bx in (-50, 50):
        out.append(rect(bx - 7, -90, 14, 90, P.GOLD_DARK, **ink(2)))
    if not open_:
        out.append(path("M-84 -90 Q0 -130 84 -90 Z", color, **K))
        out.append(rect(-12, -98, 24, 26, P.GOLD, rx=3, **ink(2)))
    return place(g(*out), x, y, s)


def ingot(x, y, s=1.0, color=P.SILVER, dark=P.SILVER_DARK) -> str:
    """A boat-shaped silver ingot."""
    return place(g(path("M-30 -24 Q0 -10 30 -24 L22 0 Q0 6 -22 0 Z", color, **ink(3)), ellipse(0, -17, 13, 6, dark)), x, y, s)


def ingot_pile(x, y, s=1.0, n=6, color=P.SILVER, dark=P.SILVER_DARK) -> str:
    spots = [(-60, 0), (0, 0), (60, 0), (-30, -22), (30, -22), (0, -44), (-90, 0), (90, 0), (-60, -22), (60, -22)]
    return place(g(*[ingot(px, py, 1, color, dark) for px, py in spots[:n]]), x, y, s)


def silk_bolt(x, y, s=1.0, color=P.SILK_RED) -> str:
    """A rolled bolt of silk lying on its side."""
    light = {P.SILK_RED: "#F0A0B0", P.SILK_JADE: "#9ED8D2", P.GOLD: "#F8E08A"}.get(color, "#FFFFFF")
    return place(g(rect(-60, -36, 120, 36, color, rx=16, **ink(3)), ellipse(60, -18, 10, 18, light, **ink(2)),
                   line(-40, -28, 40, -28, light, 3, opacity="0.7")), x, y, s)


def silk_pile(x, y, s=1.0, n=6) -> str:
    cols = [P.SILK_RED, P.SILK_JADE, P.GOLD, P.SILK_JADE, P.SILK_RED, P.GOLD, P.SILK_RED]
    spots = [(-65, 0), (65, 0), (0, 0), (-32, -36), (32, -36), (0, -72), (-65, -36)]
    return place(g(*[silk_bolt(px, py, 1, cols[i]) for i, (px, py) in enumerate(spots[:n])]), x, y, s)


def coin(x, y, r=22, color=P.COPPER) -> str:
    return g(circle(x, y, r, color, **ink(3)), rect(x - r * 0.3, y - r * 0.3, r * 0.6, r * 0.6, "#5E3B1C"))


def coin_string(x, y, s=1.0, n=9) -> str:
    """A string of round coins with square holes, hanging in a loop."""
    out = [path(f"M0 0 Q{n * 6} {n * 14} {n * 16} 0", "none", stroke="#8A3A22", stroke_width="5")]
    for i in range(n):
        t = i / max(1, n - 1)
        cx = t * n * 16
        cy = 4 * n * 14 * t * (1 - t) / 2 * 1.6
        out.append(coin(cx, cy, 16))
    return place(g(*out), x, y, s)


def scroll(x, y, s=1.0, w=300, h=180, color=P.PAPER, lines=5, seal=True, roller=P.WOOD) -> str:
    """An open hand-scroll / letter, centre (x, y). Writing is only pale grey lines."""
    K = ink(3)
    out = [rect(-w / 2, -h / 2, w, h, color, **K)]
    for i in range(lines):
        lx = w / 2 - 36 - i * (w - 80) / max(1, lines - 1)
        out.append(line(lx, -h / 2 + 24, lx, h / 2 - 24 - (i % 3) * 18, "#B8AC95", 5))
    if seal:
        out.append(rect(-w / 2 + 22, h / 2 - 54, 30, 30, "#C8402F", rx=3))
    out.append(rect(-w / 2 - 16, -h / 2 - 10, 18, h + 20, roller, rx=8, **K))
    out.append(rect(w / 2 - 2, -h / 2 - 10, 18, h + 20, roller, rx=8, **K))
    return place(g(*out), x, y, s)


def rolled_scroll(x, y, s=1.0, color=P.PAPER, ribbon=P.SILK_RED) -> str:
    return place(g(rect(-70, -16, 140, 32, color, rx=14, **ink(3)), ellipse(70, 0, 8, 16, "#E8DCC2", **ink(2)),
                   rect(-8, -18, 16, 36, ribbon)), x, y, s)


def wax_ball(x, y, s=1.0) -> str:
    """A secret letter sealed in a ball of wax."""
    return place(g(circle(0, 0, 26, "#E8B84A", **ink(3)), ellipse(-8, -8, 8, 5, "#F8E3A0")), x, y, s)


def cup(x, y, s=1.0, color=P.GOLD) -> str:
    return place(g(path("M-20 -40 L20 -40 Q18 -12 0 -8 Q-18 -12 -20 -40 Z", color, **ink(3)), line(0, -8, 0, 0, P.INK, 4),
                   ellipse(0, 0, 14, 4, color, **ink(2))), x, y, s)


def seal_box(x, y, s=1.0, color=P.SILK_JADE) -> str:
    """The imperial jade seal on a cushion."""
    return place(g(rect(-60, -24, 120, 24, P.SILK_RED, rx=10, **ink(3)), rect(-30, -70, 60, 48, color, rx=4, **ink(3)),
                   path("M-16 -70 Q0 -100 16 -70 Z", color, **ink(3))), x, y, s)


def cart(x, y, s=1.0, load="chests", ox=True, facing=1) -> str:
    """An ox cart carrying tribute (chests or silk)."""
    K = ink(3)
    out = [rect(-120, -110, 220, 30, P.WOOD, **K), line(100, -95, 230, -80, P.WOOD_DARK, 7)]
    if load == "chests":
        out.append(chest(-60, -110, 0.55))
        out.append(chest(30, -110, 0.55))
        out.append(chest(-15, -158, 0.5))
    else:
        out.append(silk_pile(-10, -110, 0.7))
    out.append(circle(-40, -60, 52, P.WOOD_DARK, **K))
    out.append(circle(-40, -60, 36, "none", stroke=P.WOOD_LIGHT, stroke_width="4"))
    for k in range(6):
        a = k * math.pi / 3
        out.append(line(-40, -60, -40 + 36 * math.cos(a), -60 + 36 * math.sin(a), P.WOOD_LIGHT, 4))
    out.append(circle(-40, -60, 8, P.WOOD_LIGHT, **ink(2)))
    if ox:
        out.append(place(ox_(0, 0, 1), 290, 0))
    return place(g(*out), x, y, s, flip=(facing < 0))


def ox_(x, y, s=1.0, color="#8C6A4A") -> str:
    K = ink(3)
    out = []
    for lx in (-50, -30, 40, 60):
        out.append(rect(lx - 8, -70, 16, 70, color if lx in (-30, 60) else "#6E5238", **K))
    out.append(path("M-70 -130 Q0 -150 70 -130 L80 -70 L-70 -70 Q-80 -100 -70 -130 Z", color, **K))
    out.append(path("M60 -130 Q100 -140 110 -110 L112 -80 Q100 -70 88 -80 Q80 -100 60 -100 Z", color, **K))
    out.append(path("M84 -134 Q80 -158 96 -160 M100 -132 Q112 -150 124 -146", "none", stroke="#E9DCC0", stroke_width="7",
                    stroke_linecap="round"))
    out.append(circle(98, -112, 4, P.INK))
    return place(g(*out), x, y, s)


def desk_with_scroll(cx, base, s=1.0) -> str:
    K = ink(3)
    out = [rect(-140, -70, 20, 70, P.WOOD_DARK, **K), rect(120, -70, 20, 70, P.WOOD_DARK, **K), rect(-160, -86, 320, 18, P.WOOD, rx=4, **K),
           place(scroll(0, 0, 1, 220, 60, lines=6, seal=False), 0, -100, 1, sy=0.6),
           rect(100, -110, 30, 20, P.INK, rx=3), line(-110, -92, -80, -120, P.WOOD_DARK, 5)]
    return place(g(*out), cx, base, s)


# ---------------------------------------------------------------- maps

# (lon, lat) outlines, roughly, for a child's schematic map. Projection: lon 95–132, lat 18–50.
_COAST = [(132, 50), (131, 43), (129.5, 42.2), (128.6, 39.2), (129.4, 36.5), (129, 35.1), (126.5, 34.4), (126.3, 37),
          (125, 37.8), (124.4, 39.8), (122.3, 39.6), (121.3, 38.8), (121.9, 40.7), (120.8, 40.5), (119.3, 39.3),
          (117.8, 38.9), (118.8, 37.7), (119.6, 37.1), (122.4, 37.3), (120.5, 36.1), (119.2, 34.8), (120.8, 32.3),
          (121.9, 31.0), (121.9, 29.9), (121.5, 28.4), (120.2, 26.8), (119.4, 25.4), (117.5, 23.8), (114.3, 22.4),
          (111.1, 21.3), (110.0, 20.3), (108.2, 21.6), (106.5, 20.5), (105.5, 18)]
_YELLOW = [(96, 34.8), (101, 36), (103.8, 36.1), (105.5, 37.5), (106.5, 39.5), (108.5, 40.7), (110.7, 40.4), (111.2, 39),
           (110.5, 36.5), (110.3, 34.6), (112.5, 34.8), (114.3, 34.9), (116, 35.6), (117.5, 36.8), (118.8, 37.7)]
_YANGTZE = [(97, 33.5), (99.5, 29.5), (101.5, 27.2), (103.5, 28.5), (104.6, 28.8), (106.5, 29.6), (108.4, 30.7),
            (111.2, 30.7), (112.6, 29.6), (114.3, 30.6), (116, 29.7), (117.5, 30.8), (118.8, 32), (120.3, 31.9),
            (121.7, 31.3)]
_HUAI = [(113.2, 32.4), (115.4, 32.5), (117, 32.8), (118.6, 33.2), (119.4, 33.6), (120.3, 34.0)]

# Territories by year (very simplified). Each: (side-name, [(lon, lat), ...]).
_REGIONS = {
    1115: [
        ("liao", [(95, 50), (132, 50), (131, 43), (129.5, 42.2), (126, 41), (124.4, 39.8), (121.9, 40.7), (119.3, 39.3),
                  (117.8, 38.9), (116, 39), (114, 39.2), (112, 39.3), (111, 40.2), (108.5, 41.8), (104, 42), (97, 43)]),
        ("jurchen", [(125.5, 50), (132, 50), (131, 43), (129.5, 42.2), (126.5, 43), (125, 45.5)]),
        ("xia", [(97, 43), (104, 42), (108.5, 41.8), (111, 40.2), (110.2, 38.5), (108.8, 37.2), (106.5, 35.8), (104.5, 35.3),
                 (102, 36.2), (99, 38), (95, 39.5), (95, 42)]),
        ("song", [(119.3, 39.3), (117.8, 38.9), (118.8, 37.7), (119.6, 37.1), (122.4, 37.3), (120.5, 36.1), (119.2, 34.8), (120.8, 32.3),
                  (121.9, 31.0), (121.9, 29.9), (121.5, 28.4), (120.2, 26.8), (119.4, 25.4), (117.5, 23.8), (114.3, 22.4),
                  (111.1, 21.3), (110, 20.3), (108.2, 21.6), (106.5, 22.5), (104, 23), (102, 26), (101.5, 29), (102.5, 32),
                  (104.5, 35.3), (106.5, 35.8), (108.8, 37.2), (110.2, 38.5), (111, 40.2), (112, 39.3), (114, 39.2), (116, 39)]),
    ],
}
_REGIONS[1125] = [
    ("jin", _REGIONS[1115][0][1]),
    ("xia", _REGIONS[1115][2][1]),
    ("song", _REGIONS[1115][3][1]),
]
_NORTH_OF_HUAI = [(95, 50), (132, 50), (131, 43), (129.5, 42.2), (126, 41), (124.4, 39.8), (121.9, 40.7), (119.3, 39.3),
                  (117.8, 38.9), (118.8, 37.7), (119.6, 37.1), (122.4, 37.3), (120.5, 36.1), (119.2, 34.8), (120.3, 34.0),
                  (118.6, 33.2), (117, 32.8), (115.4, 32.5), (113.2, 32.4), (111, 33.2), (108, 33.6), (106, 34),
                  (104.5, 35.3), (106.5, 35.8), (108.8, 37.2), (110.2, 38.5), (111, 40.2), (108.5, 41.8), (104, 42), (97, 43)]
_SOUTH_OF_HUAI = [(120.3, 34.0), (120.8, 32.3), (121.9, 31.0), (121.9, 29.9), (121.5, 28.4), (120.2, 26.8), (119.4, 25.4),
                  (117.5, 23.8), (114.3, 22.4), (111.1, 21.3), (110, 20.3), (108.2, 21.6), (106.5, 22.5), (104, 23),
                  (102, 26), (101.5, 29), (102.5, 32), (104.5, 35.3), (106, 34), (108, 33.6), (111, 33.2), (113.2, 32.4),
                  (115.4, 32.5), (117, 32.8), (118.6, 33.2)]
_REGIONS[1142] = [("jin", _NORTH_OF_HUAI), ("xia", _REGIONS[1115][2][1]), ("song", _SOUTH_OF_HUAI)]
_REGIONS[1234] = [("mongol", _NORTH_OF_HUAI), ("mongol", _REGIONS[1115][2][1]), ("song", _SOUTH_OF_HUAI)]

_SIDE_COL = {"jin": P.JIN, "jurchen": P.JIN, "song": P.SONG, "liao": P.LIAO, "xia": P.XIA, "mongol": P.MONGOL}

# Places on the map (lon, lat)
PLACES = {
    "kaifeng": (114.3, 34.8), "hangzhou": (120.2, 30.3), "yanjing": (116.4, 39.9), "taiyuan": (112.5, 37.9),
    "huining": (126.9, 45.5), "datong": (113.3, 40.1), "nanjing": (118.8, 32.05), "xiangyang": (112.1, 32.0),
    "caishi": (118.5, 31.6), "zhongdu": (116.4, 39.9), "caizhou": (114.6, 33.0), "shandong": (120.5, 37.3),
    "liaodong": (122.5, 40.3), "yingtianfu": (115.6, 34.4), "xian": (108.9, 34.3), "wuhan": (114.3, 30.6),
    "huangtiandang": (119.0, 32.2), "yancheng": (114.0, 33.6), "zhuxianzhen": (114.2, 34.6),
}


def proj(lon, lat, box):
    """Where (lon, lat) falls on a `china_map` drawn in box: lon 95–132 and lat 50–18 span it."""
    x0, y0, x1, y1 = box
    return (x0 + (lon - 95) / 37 * (x1 - x0), y0 + (50 - lat) / 32 * (y1 - y0))


def map_point(name: str, box=(110, 110, 1090, 790)):
    """Pixel position of a named place for a map drawn in `box`."""
    return proj(*PLACES[name], box)


def china_map(year=1115, box=(110, 110, 1090, 790), parchment=True, regions=True, rivers=True, highlight=None,
              outline=True, sea=True, dim=None) -> str:
    """A schematic parchment map of the period (no labels). highlight: a side name whose region gets a thick border.
    dim: a list of side names to draw pale."""
    x0, y0, x1, y1 = box
    out = []
    shape = rect(x0, y0, x1 - x0, y1 - y0, "#000")
    inner = []
    land_col = P.PARCHMENT
    if sea:
        inner.append(rect(x0, y0, x1 - x0, y1 - y0, "#BFD9E4"))
    coast = [proj(lo, la, box) for lo, la in _COAST]
    land = coast + [(x0 - 10, y1 + 10), (x0 - 10, y0 - 10)]
    inner.append(poly(land, land_col))
    if regions and year in _REGIONS:
        for name, ring in _REGIONS[year]:
            side = _SIDE_COL[name]
            col = side.light if (dim and name in dim) else side.main
            ptsx = [proj(lo, la, box) for lo, la in ring]
            inner.append(path(smooth(ptsx, closed=True) if False else "M" + " L".join(f"{f(a)} {f(b)}" for a, b in ptsx) + "Z",
                              col, opacity="0.78", stroke=side.dark, stroke_width="5" if highlight == name else "3",
                              stroke_linejoin="round"))
    if rivers:
        for riv, w_ in ((_YELLOW, 8), (_YANGTZE, 9), (_HUAI, 5)):
            ptsx = [proj(lo, la, box) for lo, la in riv]
            inner.append(path(smooth(ptsx), "none", stroke="#FFFFFF", stroke_width=f(w_ + 5), opacity="0.7"))
            inner.append(path(smooth(ptsx), "none", stroke=P.WATER_DARK, stroke_width=f(w_)))
    inner.append(path("M" + " L".join(f"{f(a)} {f(b)}" for a, b in coast), "none", stroke="#7A6A4E", stroke_width="3",
                      stroke_linejoin="round"))
    # little mountain marks in the west
    for lo, la in ((99, 31), (101, 33.5), (98.5, 28.5), (103, 31), (100, 36.5), (110, 28), (116.5, 27.3)):
        mx, my = proj(lo, la, box)
        inner.append(path(f"M{f(mx - 22)} {f(my + 10)} L{f(mx)} {f(my - 18)} L{f(mx + 22)} {f(my + 10)}", "none", stroke="#8A7A5A",
                          stroke_width="4", stroke_linejoin="round", opacity="0.7"))
    out.append(clip(shape, *inner))
    if parchment:
        out.append(rect(x0, y0, x1 - x0, y1 - y0, "none", stroke=P.PARCHMENT_EDGE, stroke_width="14", rx=6))
        out.append(rect(x0 - 7, y0 - 7, x1 - x0 + 14, y1 - y0 + 14, "none", stroke=P.INK, stroke_width="3", rx=8))
    return g(*out)


def map_dot(x, y, r=16, color=P.INK, ring=P.GOLD) -> str:
    return g(circle(x, y, r + 8, ring, **ink(3)), circle(x, y, r, color))


def arrow_path(pts_, color, width=16, head=34) -> str:
    """A fat, friendly route/movement arrow along points (for maps)."""
    d = smooth(pts_)
    (ax, ay), (bx, by) = pts_[-2], pts_[-1]
    ang = math.atan2(by - ay, bx - ax)
    hx, hy = bx + math.cos(ang) * head * 0.7, by + math.sin(ang) * head * 0.7
    left = (bx + math.cos(ang + 2.4) * head * 0.8, by + math.sin(ang + 2.4) * head * 0.8)
    right = (bx + math.cos(ang - 2.4) * head * 0.8, by + math.sin(ang - 2.4) * head * 0.8)
    return g(path(d, "none", stroke=P.INK, stroke_width=f(width + 6)),
             path(d, "none", stroke=color, stroke_width=f(width)),
             poly([(hx, hy), left, right], color, **ink(3)))


def parchment_sheet(x, y, w, h, rot=0) -> str:
    """A blank parchment sheet with curled corners."""
    return place(g(rect(-w / 2, -h / 2, w, h, P.PARCHMENT, rx=10, **ink(3)),
                   path(f"M{f(w / 2 - 40)} {f(h / 2)} Q{f(w / 2 - 10)} {f(h / 2 - 10)} {f(w / 2)} {f(h / 2 - 40)}", "none",
                        stroke=P.PARCHMENT_EDGE, stroke_width="4")), x, y, 1, rot=rot)
