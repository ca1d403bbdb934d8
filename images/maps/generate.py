#!/usr/bin/env python3
"""Generate the "Map through time" SVGs for The Jin–Song Wars.

Usage (from anywhere; Python 3.11+, standard library only, no network):

    python3 images/maps/generate.py                # writes images/maps/<year>.svg
    python3 images/maps/generate.py --extract DIR  # re-copy the Natural Earth subset from DIR

The map data is read only from ``images/maps/data/`` (a subset of Natural Earth, public
domain, copied once with ``--extract``).  The output is deterministic: running the script
twice gives byte-identical files.

History: every border and arrow below comes from a fact in the story's source text
(``jin-song-wars-for-kids.txt``); the comment next to each one says which.  Where the source
says nothing (far west, far south, the steppe, Manchuria, exact lines between rivers), the
shapes are rough guesses, and the map's caption in ``story/maps.toml`` says so.
"""

from __future__ import annotations

import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")

# --------------------------------------------------------------------------------------
# Canvas and projection: equirectangular with true scale at 35° N (so shapes look like
# an ordinary atlas map), 36 px per degree of latitude.  View ≈ 94.2–134.8 E, 22.8–47.8 N.
# --------------------------------------------------------------------------------------
W, H = 1200, 900
LON0, LAT0 = 114.5, 35.3          # centre of the canvas
SCALE = 36.0                      # px per degree of latitude
KX = math.cos(math.radians(35.0))  # px per degree of longitude = SCALE * KX
VIEW = (LON0 - W / 2 / (SCALE * KX), LON0 + W / 2 / (SCALE * KX),
        LAT0 - H / 2 / SCALE, LAT0 + H / 2 / SCALE)
KM_PER_PX = 111.32 / SCALE


def proj(lon: float, lat: float) -> tuple[float, float]:
    return (W / 2 + (lon - LON0) * SCALE * KX, H / 2 + (LAT0 - lat) * SCALE)


# --------------------------------------------------------------------------------------
# Colours: the side colours are the palette of images/STYLE.md (main / dark / light).
# --------------------------------------------------------------------------------------
SIDES = {
    "jin": ("Jin (Jurchens)", "#2E6DB4", "#1D4A80", "#9CC3EA"),
    "song": ("Song", "#E8862A", "#B45F14", "#F7C48C"),
    "liao": ("Liao (Khitans)", "#7B4FA3", "#54337A", "#C7AEDE"),
    "xia": ("Western Xia", "#B8333F", "#7F1F2A", "#E9A0A6"),
    "mongol": ("Mongols", "#2F8F4E", "#1E6135", "#A3D6AE"),
}
INK = "#2A2320"
LAND = "#F4ECD6"
SEA = "#CFE5F2"
COAST = "#7FA9C6"
RIVER = "#5A9FD0"
RIVER_BIG = "#2F6E9F"       # WATER_DARK in STYLE.md
RIVER_TEXT = "#1F5A86"
BATTLE = "#FFD45C"          # SUN in STYLE.md
FILL_OPACITY = 0.5
FONT = "Andika"


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def n(v: float) -> str:
    r = round(v, 1)
    if r == int(r):
        return str(int(r))
    return f"{r:.1f}"


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def dp(pts, tol):
    """Douglas–Peucker simplification of a list of (x, y)."""
    if len(pts) < 3:
        return list(pts)
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = pts[a]
        bx, by = pts[b]
        dx, dy = bx - ax, by - ay
        L = math.hypot(dx, dy)
        best, bi = -1.0, -1
        for i in range(a + 1, b):
            px, py = pts[i]
            if L == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / L
            if d > best:
                best, bi = d, i
        if best > tol and bi > 0:
            keep[bi] = True
            stack.append((a, bi))
            stack.append((bi, b))
    return [p for p, k in zip(pts, keep) if k]


def clip_ring(ring, x0, y0, x1, y1):
    """Sutherland–Hodgman clip of a closed ring to a rectangle."""
    def clip(pts, inside, inter):
        out = []
        if not pts:
            return out
        prev = pts[-1]
        for cur in pts:
            if inside(cur):
                if not inside(prev):
                    out.append(inter(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(inter(prev, cur))
            prev = cur
        return out

    def ix(x):
        return lambda p, q: (x, p[1] + (q[1] - p[1]) * (x - p[0]) / (q[0] - p[0]))

    def iy(y):
        return lambda p, q: (p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1]), y)

    pts = ring
    pts = clip(pts, lambda p: p[0] >= x0, ix(x0))
    pts = clip(pts, lambda p: p[0] <= x1, ix(x1))
    pts = clip(pts, lambda p: p[1] >= y0, iy(y0))
    pts = clip(pts, lambda p: p[1] <= y1, iy(y1))
    return pts


def ring_area(pts):
    a = 0.0
    for i in range(len(pts)):
        x1, y1 = pts[i - 1]
        x2, y2 = pts[i]
        a += x1 * y2 - x2 * y1
    return abs(a) / 2


def inside_box(p, m=30):
    return -m <= p[0] <= W + m and -m <= p[1] <= H + m


def split_line(pts, m=30):
    """Keep the parts of a projected polyline that are on (or near) the canvas."""
    parts, cur = [], []
    for i, p in enumerate(pts):
        ok = inside_box(p, m) or (i > 0 and inside_box(pts[i - 1], m)) or (
            i + 1 < len(pts) and inside_box(pts[i + 1], m))
        if ok:
            cur.append(p)
        elif cur:
            parts.append(cur)
            cur = []
    if cur:
        parts.append(cur)
    return [c for c in parts if len(c) > 1]


def path_d(rings, closed):
    out = []
    for r in rings:
        s = "M" + " ".join(f"{n(x)},{n(y)}" for x, y in r)
        out.append(s + ("Z" if closed else ""))
    return "".join(out)


def lines_of(feature):
    g = feature["geometry"]
    if g["type"] == "LineString":
        return [g["coordinates"]]
    if g["type"] == "MultiLineString":
        return g["coordinates"]
    if g["type"] == "Polygon":
        return g["coordinates"]
    if g["type"] == "MultiPolygon":
        return [r for poly in g["coordinates"] for r in poly]
    return []


# --------------------------------------------------------------------------------------
# Extraction of the Natural Earth subset (run once; not needed to regenerate the maps)
# --------------------------------------------------------------------------------------
LICENSE = """# Natural Earth data — licence note

The files in this folder (`land.geojson`, `rivers.geojson`, `lakes.geojson`) are a subset of
Natural Earth (naturalearthdata.com): `ne_50m_land`, `ne_10m_rivers_lake_centerlines` and
`ne_10m_lakes`, cut to East Asia (longitude 90–140 E, latitude 18–55 N), coordinates rounded to
3 decimals.

Natural Earth is in the **public domain**: no permission is needed to use, change or ship it.
Credit, as Natural Earth asks and as the maps themselves show:

> Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.

Coastlines, rivers and lakes are today's. The 12th–13th century rivers and coasts were
different (the Yellow River flowed into the Huai River from 1128); the maps' captions say so.
"""

EXTRACT_BOX = (90.0, 140.0, 18.0, 55.0)


def extract(src):
    os.makedirs(DATA, exist_ok=True)
    x0, x1, y0, y1 = EXTRACT_BOX

    def hits(f):
        pts = [p for l in lines_of(f) for p in l]
        return (max(p[0] for p in pts) >= x0 and min(p[0] for p in pts) <= x1 and
                max(p[1] for p in pts) >= y0 and min(p[1] for p in pts) <= y1)

    for name in ("land", "rivers", "lakes"):
        with open(os.path.join(src, name + ".geojson"), encoding="utf-8") as fh:
            fc = json.load(fh)
        feats = [f for f in fc["features"] if hits(f)]
        if name == "rivers":
            feats = [f for f in feats if f["properties"].get("name")]
        out = {"type": "FeatureCollection", "features": feats}
        with open(os.path.join(DATA, name + ".geojson"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, separators=(",", ":"))
            fh.write("\n")
        print(f"{name}: {len(feats)} features")
    with open(os.path.join(DATA, "LICENSE-NATURAL-EARTH.md"), "w", encoding="utf-8") as fh:
        fh.write(LICENSE)


if __name__ == "__main__" and len(sys.argv) > 2 and sys.argv[1] == "--extract":
    extract(sys.argv[2])
    sys.exit(0)


# --------------------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------------------
def load(name):
    with open(os.path.join(DATA, name + ".geojson"), encoding="utf-8") as fh:
        return json.load(fh)["features"]


def chain(lines, tol=0.03):
    """Join line pieces end to end into one long polyline (greedy, deterministic)."""
    pieces = [[tuple(p) for p in l] for l in lines]
    pieces.sort(key=len, reverse=True)
    out = pieces.pop(0)
    grew = True
    while grew and pieces:
        grew = False
        for i, pc in enumerate(pieces):
            def close(a, b):
                return abs(a[0] - b[0]) < tol and abs(a[1] - b[1]) < tol
            if close(out[-1], pc[0]):
                out = out + pc[1:]
            elif close(out[-1], pc[-1]):
                out = out + pc[::-1][1:]
            elif close(out[0], pc[-1]):
                out = pc[:-1] + out
            elif close(out[0], pc[0]):
                out = pc[::-1][:-1] + out
            else:
                continue
            pieces.pop(i)
            grew = True
            break
    return out


def nearest(line, pt):
    return min(range(len(line)), key=lambda i: (line[i][0] - pt[0]) ** 2 + (line[i][1] - pt[1]) ** 2)


def sub(line, a, b):
    """The part of ``line`` between the vertices nearest to points a and b (a → b)."""
    i, j = nearest(line, a), nearest(line, b)
    return line[i:j + 1] if i <= j else line[j:i + 1][::-1]


RIVERS = load("rivers")
LAND_F = load("land")
LAKES = load("lakes")


def river_lines(names, lon_max=121.0):
    out = []
    for f in RIVERS:
        if f["properties"].get("name") in names:
            for l in lines_of(f):
                if min(p[0] for p in l) < lon_max:
                    out.append(l)
    return out


# The four story rivers, chained from the data (today's courses).
YELLOW = chain(river_lines({"Huang"}))
if YELLOW[0][0] > YELLOW[-1][0]:
    YELLOW = YELLOW[::-1]                     # source → sea
HUAI = chain(river_lines({"Huai", "Hudi"}))
if HUAI[0][0] > HUAI[-1][0]:
    HUAI = HUAI[::-1]
# The data set stops the Yangtze at Zhenjiang; the last few km to the estuary are drawn by hand.
YANGTZE_END = [(119.78, 32.22), (119.92, 32.08), (120.06, 31.93)]
YANGTZE = chain(river_lines({"Jinsha", "Chang Jiang", "Yangtze"}))
if YANGTZE[0][0] > YANGTZE[-1][0]:
    YANGTZE = YANGTZE[::-1]
YANGTZE = YANGTZE + YANGTZE_END
HAN = chain(river_lines({"Han"}, lon_max=118))
if HAN[0][0] > HAN[-1][0]:
    HAN = HAN[::-1]
STORY_RIVERS = {"Huang", "Huai", "Hudi", "Jinsha", "Chang Jiang", "Yangtze", "Han"}

# --------------------------------------------------------------------------------------
# Border lines (lon, lat).  All are hand-drawn guesses unless built from a river.
# --------------------------------------------------------------------------------------
# T: where Song, Liao/Jin and Western Xia met, on the Yellow River in north-west Shanxi.
T = YELLOW[nearest(YELLOW, (111.15, 39.4))]
TONGGUAN = YELLOW[nearest(YELLOW, (110.27, 34.637))]   # the great bend of the Yellow River

# Song–Western Xia line in the north-west (approximate; the source gives no line).
XIA_SONG = [T, (110.6, 39.0), (109.8, 38.3), (108.8, 37.8), (107.8, 37.3), (106.8, 36.9),
            (106.0, 36.5), (105.2, 36.3), (104.3, 36.5), (103.5, 36.7), (102.6, 37.0),
            (101.6, 37.4), (100.9, 37.3)]
# Western edge of Song (and later Jin) lands towards Tibet and Dali (approximate).
TRI = (103.2, 33.6)       # where Jin, Song and the Tibetan lands met after 1142
SONG_WEST = [(100.9, 37.3), (100.6, 36.3), (101.2, 35.4), (102.4, 34.6), TRI, (103.3, 32.3),
             (102.8, 31.0), (102.5, 29.8), (103.0, 28.6), (104.0, 27.9), (104.6, 27.0),
             (105.0, 25.8), (105.6, 24.6), (106.0, 23.5), (106.4, 22.3), (106.6, 20.0)]
W_CHAIN = XIA_SONG + SONG_WEST[1:]
# Western Xia's southern and northern edges (approximate).
XIA_SOUTH = [(100.9, 37.3), (99.8, 38.0), (98.5, 38.8), (97.3, 39.3), (95.8, 39.6),
             (94.5, 39.7), (90.0, 39.7)]
XIA_NORTH = [T, (110.9, 39.9), (109.8, 40.6), (108.5, 41.3), (106.8, 41.9), (104.5, 42.3),
             (101.0, 42.4), (97.5, 42.4), (94.5, 42.2), (90.0, 42.0)]
# How far west the Liao (then the Jin) reached on the steppe (approximate).
LIAO_WEST = [(101.0, 42.4), (100.0, 44.5), (99.5, 47.5), (99.5, 55.0)]
# Goryeo (Korea): its northern edge; Korea is not part of any side on these maps.
KOREA_N = [(123.6, 39.45), (124.35, 39.95), (125.3, 40.25), (126.3, 40.1), (127.3, 39.95),
           (127.9, 39.8), (128.8, 39.5)]
NE_SEA = [(131.0, 40.5), (137.0, 43.0), (140.0, 50.0), (140.0, 55.0)]
# The first Jin lands of 1115, "in what is now Northeast China" (approximate).
JIN1115_EDGE = [(123.0, 55.0), (123.6, 48.5), (124.3, 46.6), (124.6, 45.1), (125.3, 44.0),
                (126.3, 43.1), (127.0, 41.8), (127.4, 40.5), (127.3, 39.95)]

# Sea routes that close the polygons (they are clipped to land, so only their ends matter).
BOHAI = [(119.8, 38.55), (121.0, 38.35)]
SONG_SEA_N = [(123.0, 37.0), (124.0, 34.5)]
SOUTH_SEA = [(123.5, 31.0), (122.6, 27.5), (120.6, 25.7), (119.6, 24.4), (117.5, 22.6),
             (113.0, 21.0), (108.0, 19.5), (106.6, 20.0)]
JIN_SEA_N = [(122.8, 38.6)]
HUAI_MOUTH_SEA = (120.8, 34.3)

# --- Song's northern border, date by date (each runs west → east, ends in the sea) -----
# Before 1122: the old Song–Liao line south of Yanjing and Datong (approximate).  The Liao
# had held the Sixteen Prefectures (with Yanjing and Datong) since 938.
B1005 = [T, (111.8, 39.3), (112.6, 39.15), (113.1, 39.25), (113.8, 39.35), (114.5, 39.25),
         (115.2, 39.0), (115.9, 38.95), (116.7, 38.9), (117.3, 38.85), (117.8, 38.9),
         (118.4, 38.85)]
# 1123: "Only seven areas, including Yanjing, would be returned to the Song."  The bulge
# around Yanjing is a guess at those seven areas.
B1123 = B1005[:7] + [(115.3, 39.6), (115.5, 40.3), (116.2, 40.75), (117.2, 40.85),
                     (118.0, 40.4), (118.3, 39.8), (118.45, 39.2), (118.9, 38.95)]
# 1126: the Song recognised Jin control over Taiyuan, Zhongshan and Hejian (approximate).
B1126 = [T, (111.3, 38.7), (111.5, 38.0), (111.9, 37.4), (112.7, 37.2), (113.4, 37.55),
         (113.9, 38.0), (114.5, 38.1), (115.3, 38.05), (116.0, 37.95), (116.8, 38.1),
         (117.4, 38.4), (117.9, 38.7), (118.4, 38.85)]
# 1127: the Jin demanded "all provinces north of the Yellow River".  The line follows the
# Yellow River (today's course) down to Kaifeng, then a hand-drawn line north-east, because
# before 1128 the river reached the sea further north, through Hebei.
B1127 = (sub(YELLOW, T, (114.6, 34.95)) +
         [(115.4, 35.6), (115.9, 36.3), (116.5, 37.2), (117.3, 38.0), (117.9, 38.4), (118.6, 38.7)])
# 1142: Treaty of Shaoxing: "the Huai River ... was set as the border".  East of the Huai's
# source the line IS the Huai (from the data, down to Hongze Lake, then its old lower course
# to the sea by hand).  West of the Huai's source the source text is silent: the line
# through the mountains north of Xiangyang to the west is a guess.
B_WEST = [TRI, (104.3, 34.1), (105.2, 34.2), (106.0, 34.3), (106.9, 34.2), (107.8, 33.8),
          (108.8, 33.6), (109.8, 33.3), (110.8, 33.1), (111.6, 32.75), (112.5, 32.45),
          (113.3, 32.4)]
HUAI_OLD_MOUTH = [(118.95, 33.3), (119.15, 33.55), (119.5, 33.85), (119.9, 34.15), HUAI_MOUTH_SEA]
B1142 = B_WEST + sub(HUAI, HUAI[0], (118.8, 33.1)) + HUAI_OLD_MOUTH
# 1234: "The Song provided supplies to the Mongols in return for parts of Henan."  Which
# parts is not said: the bulge north of the Huai around Caizhou is a guess.
B1234 = (B_WEST + [(113.3, 33.2), (114.0, 33.55), (115.0, 33.6), (115.8, 33.3)] +
         sub(HUAI, (116.2, 32.55), (118.8, 33.1)) + HUAI_OLD_MOUTH)

# The Mongols' southern edge in 1208 and 1215 (approximate; the source only says they
# attacked in 1211 and that the Jin "lost territory").
MONGOL_S_1208 = [(108.5, 41.3), (110.5, 41.7), (112.5, 42.2), (114.5, 42.8), (116.5, 43.7),
                 (118.5, 45.0), (119.8, 46.5), (120.5, 47.8), (121.0, 55.0)]
MONGOL_S_1215 = [(110.9, 39.9), (112.0, 40.6), (113.5, 40.95), (115.5, 41.25), (117.5, 41.45),
                 (119.5, 41.85), (121.0, 42.6), (122.3, 43.8), (123.4, 45.3), (124.3, 47.0),
                 (125.0, 55.0)]

LIAO_LAST = [(101.0, 42.4), (104.5, 42.3), (106.8, 41.9), (108.5, 41.3), (110.3, 41.4),
             (111.6, 42.2), (112.0, 44.0), (110.8, 45.8), (106.0, 46.3), (101.5, 45.6),
             (100.0, 44.5)]


def idx(line, pt):
    for i, p in enumerate(line):
        if abs(p[0] - pt[0]) < 1e-9 and abs(p[1] - pt[1]) < 1e-9:
            return i
    raise ValueError(pt)


def song_poly(B):
    i = idx(W_CHAIN, B[0])
    sea = (BOHAI + SONG_SEA_N if B[-1][1] > 37 else [(122.5, 33.6)]) + SOUTH_SEA
    return B + sea + W_CHAIN[i + 1:][::-1]


def north_poly(B, north=None):
    """Everything north of border B: the Jin (or, in 1234, the Mongol) lands."""
    i = idx(W_CHAIN, B[0])
    sea = BOHAI + JIN_SEA_N if B[-1][1] > 37 else [(123.5, 34.6), (124.0, 37.3)] + JIN_SEA_N
    ring = B + sea + KOREA_N + NE_SEA
    if north is None:
        j = idx(XIA_NORTH, LIAO_WEST[0])
        ring += [LIAO_WEST[-1]] + LIAO_WEST[::-1][1:] + XIA_NORTH[:j][::-1]
    else:
        j = idx(XIA_NORTH, north[0])
        ring += [north[-1]] + north[::-1][1:] + XIA_NORTH[:j][::-1]
    return ring + W_CHAIN[1:i]


def liao_1115():
    j = idx(XIA_NORTH, LIAO_WEST[0])
    k = idx(KOREA_N, JIN1115_EDGE[-1])
    return (B1005 + BOHAI + JIN_SEA_N + KOREA_N[:k + 1] + JIN1115_EDGE[::-1][1:] +
            [LIAO_WEST[-1]] + LIAO_WEST[::-1][1:] + XIA_NORTH[:j][::-1])


def jin_1115():
    k = idx(KOREA_N, JIN1115_EDGE[-1])
    return JIN1115_EDGE + KOREA_N[k + 1:] + NE_SEA


def xia_poly():
    return XIA_NORTH + XIA_SOUTH[::-1][1:] + XIA_SONG[::-1][1:-1]


def mongol_poly(south):
    j = idx(XIA_NORTH, south[0])
    return south + [(94.5, 55.0)] + XIA_NORTH[j:9][::-1]


def mongol_1234():
    k = idx(SONG_WEST, TRI)
    ring = (B1234 + [(123.5, 34.6), (124.0, 37.3)] + JIN_SEA_N + KOREA_N + NE_SEA +
            [(90.0, 55.0)] + XIA_SOUTH[::-1] + SONG_WEST[1:k])
    return ring


def fought_huai_yangtze():
    """Between the Huai and the Yangtze (raided in 1129–31, lost for a while in 1161)."""
    huai = sub(HUAI, HUAI[0], (118.8, 33.1)) + HUAI_OLD_MOUTH
    yz = sub(YANGTZE, (115.1, 29.85), YANGTZE[-1])
    return (huai + [(121.6, 33.3), (122.3, 31.3), (121.5, 31.55), (120.8, 31.85)] + yz[::-1] +
            [(114.7, 31.0), (113.9, 32.0)])


def fought_shaanxi():
    """Shaanxi and eastern Gansu, fought over in 1130 (Wuzhu near Xi'an, then into Gansu)."""
    k = idx(SONG_WEST, TRI)
    river = sub(YELLOW, TONGGUAN, T)
    return (XIA_SONG + SONG_WEST[1:k + 1] + B_WEST[1:9] + [(110.3, 34.2)] + river[:-1])


def jin_core_1215():
    """Jin lands south of the Yellow River, where the court fled in 1214."""
    i = idx(W_CHAIN, TRI)
    river = sub(YELLOW, T, YELLOW[-1])
    return (W_CHAIN[:i] + B1142 + [(121.6, 34.6), (122.4, 35.8), (123.2, 37.3), (122.0, 38.1),
                                   (120.3, 38.2), (119.4, 38.0)] + river[::-1][:-1])


# --------------------------------------------------------------------------------------
# Places.  Coordinates are those of the modern city named in the comment.
# --------------------------------------------------------------------------------------
CITIES = {
    # key: (label, lon, lat)
    "kaifeng": ("Kaifeng", 114.31, 34.80),         # Kaifeng, Henan
    "linan": ("Lin'an (Hangzhou)", 120.16, 30.27),  # Hangzhou, Zhejiang
    "hangzhou": ("Hangzhou", 120.16, 30.27),       # Hangzhou (called Lin'an from 1133)
    "yanjing": ("Yanjing", 116.35, 39.87),         # Beijing (old city, south-west Beijing)
    "zhongdu": ("Zhongdu", 116.35, 39.87),         # Beijing: Yanjing renamed, Jin capital from 1153
    "huining": ("Huining", 126.96, 45.55),         # Acheng district of Harbin, Heilongjiang
    "taiyuan": ("Taiyuan", 112.55, 37.87),         # Taiyuan, Shanxi
    "yangzhou": ("Yangzhou", 119.41, 32.39),       # Yangzhou, Jiangsu
    "jiankang": ("Jiankang", 118.78, 32.06),  # Nanjing, Jiangsu
    "xiangyang": ("Xiangyang", 112.14, 32.04),     # Xiangyang, Hubei
    "caishi": ("Caishi", 118.45, 31.62),           # Caishi, south of Ma'anshan, Anhui
    "caizhou": ("Caizhou", 114.36, 33.01),         # Runan county, Henan
    "yingtianfu": ("Yingtianfu", 115.65, 34.41),   # Shangqiu, Henan
    "datong": ("Datong", 113.30, 40.08),           # Datong, Shanxi
    "daming": ("Daming", 115.15, 36.28),           # Daming county, Hebei
    "luoyang": ("Luoyang", 112.45, 34.62),         # Luoyang, Henan
    "xian": ("Xi'an", 108.94, 34.34),              # Xi'an, Shaanxi
    "zhongshan": ("Zhongshan", 114.99, 38.52),     # Dingzhou, Hebei
    "hejian": ("Hejian", 116.10, 38.44),           # Hejian, Hebei
    "shaoxing": ("Shaoxing", 120.58, 30.00),       # Shaoxing, Zhejiang
    "ningbo": ("Ningbo", 121.55, 29.87),           # Ningbo, Zhejiang
    "wenzhou": ("Wenzhou", 120.70, 28.00),         # Wenzhou, Zhejiang
    "hongzhou": ("Hongzhou", 115.86, 28.68),       # Nanchang, Jiangxi
    "shangjing": ("Liao Supreme Capital", 119.38, 43.97),  # Lindong, Bairin Left Banner, Inner Mongolia
    "pingzhou": ("Pingzhou", 118.87, 39.88),       # Lulong county, Hebei
    "shunchang": ("Shunchang", 115.81, 32.89),     # Fuyang, Anhui
    "sizhou": ("Sizhou", 118.52, 33.00),           # Xuyi, Jiangsu (old Sizhou lies under Hongze Lake)
    "chuzhou": ("Chuzhou", 118.31, 32.30),         # Chuzhou, Anhui
    "luzhou": ("Luzhou (Hefei)", 117.23, 31.82),   # Hefei, Anhui
    "suzhou": ("Suzhou", 120.62, 31.30),           # Suzhou, Jiangsu
}

# --------------------------------------------------------------------------------------
# SVG building.  P() is the projection in use: the main map's, or a close-up inset's.
# --------------------------------------------------------------------------------------
_PROJ = [proj]


def P(lon, lat):
    return _PROJ[0](lon, lat)


def text(x, y, s, size=16, fill=INK, weight=None, anchor="start", halo=True, italic=False,
         rotate=None, spacing=None, halo_w=None):
    a = [f'x="{n(x)}"', f'y="{n(y)}"', f'font-family="{FONT}"', f'font-size="{n(size)}"',
         f'fill="{fill}"']
    if weight:
        a.append(f'font-weight="{weight}"')
    if italic:
        a.append('font-style="italic"')
    if anchor != "start":
        a.append(f'text-anchor="{anchor}"')
    if spacing:
        a.append(f'letter-spacing="{n(spacing)}"')
    if halo:
        hw = halo_w if halo_w is not None else max(3.5, size / 5)
        a.append(f'stroke="#FFFFFF" stroke-width="{n(hw)}" stroke-linejoin="round" '
                 f'paint-order="stroke"')
    if rotate:
        a.append(f'transform="rotate({n(rotate)} {n(x)} {n(y)})"')
    return f'<text {" ".join(a)}>{esc(s)}</text>'


def star(cx, cy, r_out, r_in, points=5, rot=-90):
    pts = []
    for k in range(points * 2):
        r = r_out if k % 2 == 0 else r_in
        a = math.radians(rot + k * 180 / points)
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return " ".join(f"{n(x)},{n(y)}" for x, y in pts)


def capital_mark(x, y):
    return (f'<polygon points="{star(x, y, 10.5, 4.5)}" fill="{INK}" '
            f'stroke="#FFFFFF" stroke-width="1.8" stroke-linejoin="round"/>')


def city_mark(x, y):
    return f'<circle cx="{n(x)}" cy="{n(y)}" r="4.8" fill="{INK}" stroke="#FFFFFF" stroke-width="1.8"/>'


def battle_mark(x, y, r=14):
    return (f'<polygon points="{star(x, y, r, r * 0.5, 8, -90)}" fill="{BATTLE}" '
            f'stroke="{INK}" stroke-width="1.6" stroke-linejoin="round"/>')


def smooth(pts):
    """Catmull-Rom spline through pts as cubic Bézier segments: list of (c1, c2, p)."""
    segs = []
    for i in range(len(pts) - 1):
        p0 = pts[i - 1] if i > 0 else pts[i]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[i + 2] if i + 2 < len(pts) else pts[i + 1]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        segs.append((c1, c2, p2))
    return segs


def arrow(route, color, dashed=False, width=6.0, head=26.0):
    """A curved arrow through the (lon, lat) route with a drawn (polygon) arrowhead."""
    pts = [P(*p) for p in route]
    segs = smooth(pts)
    c1, c2, end = segs[-1]
    tx, ty = end[0] - c2[0], end[1] - c2[1]
    L = math.hypot(tx, ty) or 1.0
    ux, uy = tx / L, ty / L
    back = head * 0.75          # the shaft stops inside the head, so the tip stays sharp
    segs[-1] = (c1, (c2[0] - ux * back, c2[1] - uy * back), (end[0] - ux * back, end[1] - uy * back))
    d = f"M{n(pts[0][0])},{n(pts[0][1])}" + "".join(
        f"C{n(a[0])},{n(a[1])} {n(b[0])},{n(b[1])} {n(p[0])},{n(p[1])}" for a, b, p in segs)
    hw = head * 0.5
    bx, by = end[0] - ux * head, end[1] - uy * head
    poly = (f"{n(end[0])},{n(end[1])} {n(bx - uy * hw)},{n(by + ux * hw)} "
            f"{n(bx + uy * hw)},{n(by - ux * hw)}")
    dash = ' stroke-dasharray="13 8"' if dashed else ""
    return (f'<path d="{d}" fill="none" stroke="#FFFFFF" stroke-width="{n(width + 5)}" '
            f'stroke-linecap="round" stroke-opacity="0.9"/>'
            f'<path d="{d}" fill="none" stroke="{color}" stroke-width="{n(width)}" '
            f'stroke-linecap="round"{dash}/>'
            f'<polygon points="{poly}" fill="{color}" stroke="#FFFFFF" stroke-width="2.5" '
            f'stroke-linejoin="round" paint-order="stroke"/>')


def build_base():
    """Land, lakes and rivers, projected, clipped to the canvas and simplified."""
    m = 40
    land_rings = []
    for f in LAND_F:
        for ring in lines_of(f):
            pts = [proj(*p) for p in ring]
            pts = clip_ring(pts, -m, -m, W + m, H + m)
            if len(pts) < 3:
                continue
            pts = dp(pts + [pts[0]], 0.85)[:-1]
            if len(pts) < 3 or ring_area(pts) < 10:
                continue
            land_rings.append(pts)
    lake_rings = []
    for f in LAKES:
        for ring in lines_of(f)[:1]:
            pts = [proj(*p) for p in ring]
            if not any(inside_box(p, 0) for p in pts):
                continue
            pts = dp(pts + [pts[0]], 0.6)[:-1]
            if len(pts) < 3 or ring_area(pts) < 12:
                continue
            lake_rings.append(pts)
    minor = []
    for f in RIVERS:
        name = f["properties"].get("name")
        if not name or name in STORY_RIVERS:
            continue
        if f["properties"].get("featurecla") == "Lake Centerline":
            continue
        for l in lines_of(f):
            for part in split_line([proj(*p) for p in l]):
                part = dp(part, 1.25)
                if len(part) > 1 and math.hypot(part[-1][0] - part[0][0], part[-1][1] - part[0][1]) > 12:
                    minor.append(part)
    major = []
    for line in (YELLOW, HUAI, YANGTZE, HAN):
        for part in split_line([proj(*p) for p in line]):
            major.append(dp(part, 0.6))
    return land_rings, lake_rings, minor, major


BASE = build_base()


def pattern_defs(pairs):
    out = []
    for a, b in pairs:
        ca, cb = SIDES[a][1], SIDES[b][1]
        out.append(
            f'<pattern id="fo-{a}-{b}" patternUnits="userSpaceOnUse" width="18" height="18" '
            f'patternTransform="rotate(45)">'
            f'<rect width="18" height="18" fill="{LAND}"/>'
            f'<rect width="9" height="18" fill="{ca}" fill-opacity="{FILL_OPACITY + 0.1}"/>'
            f'<rect x="9" width="9" height="18" fill="{cb}" fill-opacity="{FILL_OPACITY + 0.1}"/>'
            f'</pattern>')
    return "".join(out)


def territory(k, ring, side, fought=None):
    """One territory: an opaque land-coloured base (so later shapes cover earlier ones), then
    the side's colour, semi-transparent.  Returns (defs, body)."""
    pts = dp([proj(*p) for p in ring] + [proj(*ring[0])], 0.5)[:-1]
    d = path_d([pts], True)
    if fought:
        a, b = fought
        return "", (f'<path d="{d}" fill="url(#fo-{a}-{b})" stroke="{SIDES[a][2]}" '
                    f'stroke-width="1.8" stroke-dasharray="7 4" stroke-linejoin="round"/>')
    name, main, dark, light = SIDES[side]
    return (f'<path id="t{k}" d="{d}"/>',
            f'<use xlink:href="#t{k}" fill="{LAND}"/>'
            f'<use xlink:href="#t{k}" fill="{main}" fill-opacity="{FILL_OPACITY}" stroke="{dark}" '
            f'stroke-width="2.2" stroke-linejoin="round"/>')


POS = {  # label offsets from the dot: dx, dy, anchor
    "r": (1, 0, "start"), "l": (-1, 0, "end"), "t": (0, -1, "middle"), "b": (0, 1, "middle"),
    "tr": (0.8, -0.8, "start"), "tl": (-0.8, -0.8, "end"), "br": (0.8, 0.8, "start"),
    "bl": (-0.8, 0.8, "end"),
}


def label_city(key, spec):
    """spec: pos ('r','l','t','b','tr','tl','br','bl'), capital, dx, dy, name, line2, note."""
    label, lon, lat = CITIES[key]
    label = spec.get("name", label)
    x, y = P(lon, lat)
    cap = spec.get("capital", False)
    out = [capital_mark(x, y) if cap else city_mark(x, y)]
    if spec.get("hide_label"):
        return out[0]
    size = 18 if cap else 16
    weight = "bold" if cap else None
    ux, uy, anchor = POS[spec.get("pos", "r")]
    off = 13 if cap else 10
    tx = x + ux * off + spec.get("dx", 0)
    ty = y + (uy * (off + (size * 0.75 if uy > 0 else 3)) if uy else size * 0.35) + spec.get("dy", 0)
    yy = ty
    if spec.get("line2") and uy < 0:          # above the dot: stack the lines upwards
        out.append(text(tx, ty - size * 0.95, label, size=size, weight=weight, anchor=anchor))
        out.append(text(tx, ty, spec["line2"], size=size - 2.5, weight=weight, anchor=anchor))
    else:
        out.append(text(tx, ty, label, size=size, weight=weight, anchor=anchor))
        if spec.get("line2"):
            yy += size * 0.95
            out.append(text(tx, yy, spec["line2"], size=size - 2.5, weight=weight, anchor=anchor))
    if spec.get("note"):
        yy += 16.5
        out.append(text(tx, yy, spec["note"], size=14, anchor=anchor, italic=True,
                        fill="#3F3631"))
    return "".join(out)


def legend(spec):
    rows = [("side", s) for s in spec["sides"]]
    rows.append(("other", None))
    rows += [("fought", pair) for pair in spec.get("fought", [])]
    if spec.get("old_border"):
        rows.append(("oldborder", None))
    if spec.get("capitals"):
        rows.append(("capital", None))
    rows.append(("city", None))
    if spec.get("arrows"):
        rows.append(("arrow", None))
    if spec.get("dashed"):
        rows.append(("dashed", None))
    if spec.get("battles"):
        rows.append(("battle", None))
    row_h, fs = 27, 16.5
    wbox = 270
    hbox = 42 + row_h * len(rows) + 2
    x0, y0 = W - 12 - wbox, H - 12 - hbox
    out = [f'<rect x="{n(x0)}" y="{n(y0)}" width="{wbox}" height="{hbox}" rx="10" '
           f'fill="#FFFFFF" fill-opacity="0.94" stroke="{INK}" stroke-width="1.5"/>',
           text(x0 + 14, y0 + 28, "Key", size=20, weight="bold", halo=False)]
    y = y0 + 40
    for kind, val in rows:
        sx, sy = x0 + 14, y + 2
        tx, ty = x0 + 64, y + 18
        label = ""
        if kind == "side":
            name, main, dark, light = SIDES[val]
            out.append(f'<rect x="{sx}" y="{n(sy)}" width="38" height="20" rx="3" fill="{LAND}"/>'
                       f'<rect x="{sx}" y="{n(sy)}" width="38" height="20" rx="3" fill="{main}" '
                       f'fill-opacity="{FILL_OPACITY}" stroke="{dark}" stroke-width="2"/>')
            label = (name.split(" (")[0] + " (no land left)") if val in spec.get("gone", ()) else name
        elif kind == "other":
            out.append(f'<rect x="{sx}" y="{n(sy)}" width="38" height="20" rx="3" fill="{LAND}" '
                       f'stroke="#9A8F7E" stroke-width="1.5"/>')
            label = "Other peoples"
        elif kind == "fought":
            a, b = val
            out.append(f'<rect x="{sx}" y="{n(sy)}" width="38" height="20" rx="3" '
                       f'fill="url(#fo-{a}-{b})" stroke="{SIDES[a][2]}" stroke-width="1.5" '
                       f'stroke-dasharray="5 3"/>')
            label = "Fought over"
        elif kind == "oldborder":
            out.append(f'<path d="M{sx},{n(sy + 10)}h38" stroke="{SIDES["jin"][2]}" '
                       f'stroke-width="2.5" stroke-dasharray="5 4"/>')
            label = spec["old_border"]
        elif kind == "capital":
            out.append(capital_mark(sx + 19, sy + 10))
            label = "Capital city"
        elif kind == "city":
            out.append(city_mark(sx + 19, sy + 10))
            label = "Town or city"
        elif kind == "arrow":
            out.append(legend_arrow(sx, sy + 10, False))
            label = spec.get("arrow_label", "Army on the march")
        elif kind == "dashed":
            out.append(legend_arrow(sx, sy + 10, True))
            label = spec.get("dashed_label", "Retreat or escape")
        elif kind == "battle":
            out.append(battle_mark(sx + 19, sy + 10, 11))
            label = "Battle or siege"
        out.append(text(tx, ty, label, size=fs, halo=False))
        y += row_h
    return "".join(out)


def legend_arrow(x, y, dashed):
    dash = ' stroke-dasharray="6 4"' if dashed else ""
    return (f'<path d="M{x},{n(y)}H{x + 26}" stroke="{INK}" stroke-width="4"{dash}/>'
            f'<polygon points="{x + 40},{n(y)} {x + 25},{n(y - 8)} {x + 25},{n(y + 8)}" '
            f'fill="{INK}"/>')


def title_box(year, subtitle):
    lines = subtitle.split("\n")
    h = 100 + 26 * len(lines)
    wbox = max(236, 24 + max(len(s) for s in lines) * 10.2)
    out = [f'<rect x="12" y="12" width="{n(wbox)}" height="{h}" rx="12" fill="#FFFFFF" '
           f'fill-opacity="0.93" stroke="{INK}" stroke-width="1.5"/>',
           text(26, 88, str(year), size=84, weight="bold", halo=False)]
    for i, s in enumerate(lines):
        out.append(text(27, 120 + 26 * i, s, size=20, halo=False, fill="#3A322D"))
    return "".join(out)


def scale_bar():
    L = 500 / KM_PER_PX
    x0, y0 = 24, H - 42
    out = [f'<rect x="12" y="{H - 78}" width="{n(L + 110)}" height="66" rx="8" fill="#FFFFFF" '
           f'fill-opacity="0.85"/>',
           f'<rect x="{x0}" y="{y0}" width="{n(L / 2)}" height="8" fill="{INK}"/>',
           f'<rect x="{n(x0 + L / 2)}" y="{y0}" width="{n(L / 2)}" height="8" fill="#FFFFFF" '
           f'stroke="{INK}" stroke-width="1.5"/>',
           text(x0, y0 - 6, "0", size=13, halo=False),
           text(x0 + L, y0 - 6, "500 km", size=13, halo=False, anchor="middle"),
           text(x0, y0 + 26, "Made with Natural Earth", size=12.5, halo=False, fill="#4A403A")]
    nx, ny = x0 + L + 58, y0 - 14
    out.append(f'<polygon points="{n(nx)},{n(ny - 14)} {n(nx - 9)},{n(ny + 12)} {n(nx)},{n(ny + 6)} '
               f'{n(nx + 9)},{n(ny + 12)}" fill="{INK}"/>')
    out.append(text(nx, ny + 32, "N", size=16, weight="bold", anchor="middle", halo=False))
    return "".join(out)


RIVER_CHAINS = {"yellow": (YELLOW, "Yellow River"), "huai": (HUAI, "Huai River"),
                "yangtze": (YANGTZE, "Yangtze River"), "han": (HAN, "Han River")}


def river_label(which, lon, lat_hint=None, side=-1, size=16, text_=None, gap=None):
    """Write a river's name along the river near longitude ``lon``: the angle is taken from
    the river line itself; side=-1 puts the words above (north of) the line, +1 below."""
    line, name = RIVER_CHAINS[which]
    name = text_ or name
    pts = [P(*p) for p in line]
    if lat_hint is None:
        i = min(range(len(line)), key=lambda k: abs(line[k][0] - lon))
    else:
        i = nearest(line, (lon, lat_hint))
    half = len(name) * size * 0.27

    def walk(step):
        j, acc = i, 0.0
        while 0 <= j + step < len(pts) and acc < half:
            acc += math.hypot(pts[j + step][0] - pts[j][0], pts[j + step][1] - pts[j][1])
            j += step
        return pts[j]

    a, b = walk(-1), walk(1)
    if a[0] > b[0]:
        a, b = b, a
    ang = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
    cx, cy = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    L = math.hypot(b[0] - a[0], b[1] - a[1]) or 1
    nx, ny = (b[1] - a[1]) / L, -(b[0] - a[0]) / L   # normal pointing up-ish
    g = gap if gap is not None else size * 0.55
    if side > 0:
        g = -(g + size * 0.7)
    x, y = cx + nx * g, cy + ny * g
    return text(x, y + size * 0.0, name, size=size, fill=RIVER_TEXT, italic=True, weight="bold",
                anchor="middle", rotate=ang, halo_w=4.5)


def region_label(name, lon, lat, side=None, size=30, sub=None, color=None, spacing=3):
    x, y = P(lon, lat)
    col = color or (SIDES[side][2] if side else "#6E6458")
    out = [text(x, y, name, size=size, weight="bold", fill=col, anchor="middle",
                spacing=spacing, halo_w=5)]
    if sub:
        out.append(text(x, y + 21, sub, size=16, fill=col, anchor="middle", italic=True,
                        halo_w=4))
    return "".join(out)


def note(lon, lat, s, color=INK, size=16, anchor="middle", weight="bold"):
    x, y = P(lon, lat)
    lines = s.split("\n")
    return "".join(text(x, y + i * (size + 2), t, size=size, fill=color, anchor=anchor,
                        weight=weight if i == 0 else None, halo_w=4.5)
                   for i, t in enumerate(lines))


def water_label(lon, lat, s, rot=0, size=15):
    x, y = P(lon, lat)
    return text(x, y, s, size=size, fill=RIVER_TEXT, italic=True, weight="bold",
                anchor="middle", rotate=rot, halo_w=4)


def old_border(line, side="jin"):
    pts = [proj(*p) for p in line]
    return (f'<path d="{path_d([pts], False)}" fill="none" stroke="{SIDES[side][2]}" '
            f'stroke-width="2.5" stroke-dasharray="5 4"/>')


def overlay(m):
    """Arrows, battles, cities and words: drawn with the current projection P."""
    def get(key):
        v = m.get(key, [])
        return v() if callable(v) else v     # insets pass lambdas: words placed with their P

    out = []
    out.extend(get("regions"))
    out.extend(get("rivers"))
    for a in m.get("arrows", []):
        route, side = a[0], a[1]
        dashed = a[2] if len(a) > 2 else False
        out.append(arrow(route, SIDES[side][2], dashed))
    for b in m.get("battles", []):
        out.append(battle_mark(*P(*b)))
    for key, spec in m.get("cities", []):
        out.append(label_city(key, spec))
    out.extend(get("notes"))
    return out


def render(m):
    land_rings, lake_rings, minor, major = BASE
    defs, terr = [], []
    for k, item in enumerate(m["territories"]):
        ring, side = item[0], item[1]
        fought = item[2] if len(item) > 2 else None
        d, body = territory(k, ring, side, fought)
        defs.append(d)
        terr.append(body)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           f'viewBox="0 0 {W} {H}" width="{W}" height="{H}">',
           f'<title>{esc(m["title"])}</title>',
           "<defs>",
           f'<path id="land" d="{path_d(land_rings, True)}"/>',
           '<clipPath id="landclip"><use xlink:href="#land"/></clipPath>',
           pattern_defs(m.get("fought_pairs", [])),
           "".join(defs),
           '<g id="terr" clip-path="url(#landclip)">' + "".join(terr) + "</g>",
           '<g id="water">'
           f'<use xlink:href="#land" fill="none" stroke="{COAST}" stroke-width="1"/>'
           f'<path d="{path_d(lake_rings, True)}" fill="{SEA}" stroke="{COAST}" stroke-width="0.8"/>'
           f'<path d="{path_d(minor, False)}" fill="none" stroke="{RIVER}" stroke-width="1" '
           f'stroke-linejoin="round" stroke-opacity="0.8"/>'
           f'<path d="{path_d(major, False)}" fill="none" stroke="#FFFFFF" stroke-width="5.5" '
           f'stroke-linejoin="round" stroke-linecap="round" stroke-opacity="0.85"/>'
           f'<path d="{path_d(major, False)}" fill="none" stroke="{RIVER_BIG}" stroke-width="3" '
           f'stroke-linejoin="round" stroke-linecap="round"/>'
           "</g>",
           "</defs>",
           f'<rect width="{W}" height="{H}" fill="{SEA}"/>',
           f'<use xlink:href="#land" fill="{LAND}"/>',
           '<use xlink:href="#terr"/>',
           '<use xlink:href="#water"/>']
    out.extend(m.get("extra", []))
    inset = m.get("inset")
    if inset:
        (lo0, la0, lo1, la1) = inset["box"]
        x0, y0 = proj(lo0, la1)
        x1, y1 = proj(lo1, la0)
        out.append(f'<rect x="{n(x0)}" y="{n(y0)}" width="{n(x1 - x0)}" height="{n(y1 - y0)}" '
                   f'fill="none" stroke="{INK}" stroke-width="2" stroke-dasharray="6 4"/>')
    out.extend(overlay(m))
    if inset:
        out.append(render_inset(m, inset))
    out.append(title_box(m["year"], m["subtitle"]))
    out.append(scale_bar())
    out.append(legend(m["legend"]))
    out.append("</svg>")
    return "\n".join(o for o in out if o) + "\n"


INSET_FRAME = (862, 128, 326, 430)   # x, y, width, height of the close-up box


def render_inset(m, inset):
    lo0, la0, lo1, la1 = inset["box"]
    fx, fy, fw, fh = INSET_FRAME
    x0, y0 = proj(lo0, la1)
    x1, y1 = proj(lo1, la0)
    k = min(fw / (x1 - x0), fh / (y1 - y0))
    # centre the region in the frame
    ox = fx + (fw - (x1 - x0) * k) / 2
    oy = fy + (fh - (y1 - y0) * k) / 2

    def iproj(lon, lat):
        x, y = proj(lon, lat)
        return (ox + (x - x0) * k, oy + (y - y0) * k)

    _PROJ[0] = iproj
    try:
        body = overlay(inset)
    finally:
        _PROJ[0] = proj
    tr = f"translate({n(ox)} {n(oy)}) scale({k:.4f}) translate({n(-x0)} {n(-y0)})"
    return "".join([
        f'<clipPath id="insetclip"><rect x="{fx}" y="{fy}" width="{fw}" height="{fh}"/></clipPath>',
        f'<rect x="{fx - 3}" y="{fy - 3}" width="{fw + 6}" height="{fh + 6}" rx="6" fill="#FFFFFF"/>',
        '<g clip-path="url(#insetclip)">',
        f'<rect x="{fx}" y="{fy}" width="{fw}" height="{fh}" fill="{SEA}"/>',
        f'<g transform="{tr}"><use xlink:href="#land" fill="{LAND}"/><use xlink:href="#terr"/>'
        f'<use xlink:href="#water"/></g>',
        *body,
        "</g>",
        f'<rect x="{fx}" y="{fy}" width="{fw}" height="{fh}" fill="none" stroke="{INK}" '
        f'stroke-width="2"/>',
        f'<rect x="{fx}" y="{fy}" width="{n(len(inset["title"]) * 9.6 + 20)}" height="28" '
        f'fill="{INK}"/>',
        text(fx + 10, fy + 20, inset["title"], size=17, weight="bold", fill="#FFFFFF",
             halo=False),
    ])


# --------------------------------------------------------------------------------------
# The maps
# --------------------------------------------------------------------------------------
def RIV(yellow=118.3, huai=114.5, yangtze=110.9, han=109.6):
    out = []
    if yellow:
        out.append(river_label("yellow", yellow))
    if huai:
        out.append(river_label("huai", huai))
    if yangtze:
        out.append(river_label("yangtze", yangtze))
    if han:
        out.append(river_label("han", han, size=15))
    return out


MAPS = []


def add(**m):
    MAPS.append(m)


JD, SD, MD, LD = SIDES["jin"][2], SIDES["song"][2], SIDES["mongol"][2], SIDES["liao"][2]
XIA = (xia_poly(), "xia")
XIA_LABEL = region_label("WESTERN XIA", 103.6, 40.6, "xia", 22, spacing=2)
KOREA_LABEL = region_label("Korea", 127.2, 37.4, None, 17, spacing=1)
SONG_LABEL = region_label("SONG", 112.4, 26.9, "song", 46)

# 1115 — Aguda founds the Jin; the Liao still rule the north.
add(year=1115, title="1115: the Jin are born",
    subtitle="Aguda starts the Jin empire",
    territories=[(song_poly(B1005), "song"), XIA, (liao_1115(), "liao"), (jin_1115(), "jin")],
    regions=[region_label("LIAO", 111.5, 43.0, "liao", 40, "Khitan empire"),
             region_label("JIN", 130.4, 46.3, "jin", 34, "Jurchen lands"),
             SONG_LABEL, XIA_LABEL, KOREA_LABEL,
             note(116.3, 41.35, "Sixteen Prefectures", LD, 15)],
    rivers=RIV(),
    cities=[("kaifeng", {"capital": True, "pos": "r"}),
            ("huining", {"capital": True, "pos": "b"}),
            ("shangjing", {"capital": True, "pos": "r"}),
            ("yanjing", {"pos": "r"}), ("datong", {"pos": "l"}),
            ("taiyuan", {"pos": "r"}), ("xiangyang", {"pos": "l"}),
            ("hangzhou", {"pos": "r"}), ("yangzhou", {"pos": "r"})],
    legend={"sides": ["jin", "song", "liao", "xia"], "capitals": True})

# 1123 — Jin have taken most Liao lands; the Song get Yanjing and six more areas by treaty.
add(year=1123, title="1123: the Liao fall apart",
    subtitle="The Jin take the Liao lands;\nthe Song get Yanjing",
    territories=[(song_poly(B1123), "song"), XIA, (north_poly(B1123), "jin"),
                 (LIAO_LAST, "liao")],
    regions=[region_label("JIN", 121.0, 44.4, "jin", 46),
             region_label("LIAO", 108.9, 43.75, "liao", 26, "last emperor"),
             SONG_LABEL, XIA_LABEL, KOREA_LABEL,
             note(116.8, 41.35, "given to Song 1123", SD, 15)],
    rivers=RIV(),
    cities=[("kaifeng", {"capital": True}),
            ("huining", {"capital": True, "pos": "b"}),
            ("yanjing", {"pos": "l"}), ("datong", {"pos": "l"}),
            ("pingzhou", {"pos": "r"}),
            ("shangjing", {"pos": "r", "name": "Liao Supreme Capital",
                           "note": "taken by the Jin"}),
            ("taiyuan", {"pos": "r"}), ("xiangyang", {"pos": "l"}),
            ("hangzhou", {"pos": "r"})],
    legend={"sides": ["jin", "song", "liao", "xia"], "capitals": True})

# 1125 — Liao gone; Jin retake the Sixteen Prefectures and attack with two armies.
add(year=1125, title="1125–1126: the first Jin attack",
    subtitle="Two Jin armies march south",
    territories=[(song_poly(B1005), "song"), XIA, (north_poly(B1005), "jin")],
    regions=[region_label("JIN", 121.0, 44.4, "jin", 46), SONG_LABEL, XIA_LABEL, KOREA_LABEL],
    rivers=RIV(),
    arrows=[([(113.3, 40.08), (113.05, 39.1), (112.7, 38.3)], "jin"),
            ([(118.8, 41.4), (116.35, 39.87), (115.6, 38.3), (114.9, 36.5), (114.4, 35.25)], "jin")],
    battles=[(112.55, 37.87), (114.31, 34.80)],
    notes=[note(112.45, 39.0, "Western army\nNov 1125", JD, 16, anchor="end"),
           note(116.2, 38.85, "Eastern army\nDec 1125 – Jan 1126", JD, 16, anchor="start")],
    cities=[("kaifeng", {"capital": True, "pos": "r", "dx": 4, "note": "besieged Jan 1126"}),
            ("huining", {"capital": True, "pos": "b"}),
            ("yanjing", {"pos": "r", "dy": 4}), ("datong", {"pos": "l"}),
            ("taiyuan", {"pos": "l", "dx": -6, "note": "besieged"}),
            ("luoyang", {"pos": "l"}), ("xiangyang", {"pos": "l"}),
            ("hangzhou", {"pos": "r"})],
    legend={"sides": ["jin", "song", "xia"], "capitals": True, "arrows": True, "battles": True})

# 1126 — three prefectures to Jin; Taiyuan falls; second siege of Kaifeng.
add(year=1126, title="1126: the second Jin attack",
    subtitle="Taiyuan falls; Kaifeng\nis attacked again",
    territories=[(song_poly(B1126), "song"), XIA, (north_poly(B1126), "jin")],
    extra=[old_border(B1005)],
    regions=[region_label("JIN", 121.0, 44.4, "jin", 46), SONG_LABEL, XIA_LABEL, KOREA_LABEL,
             ],
    rivers=RIV(),
    arrows=[([(112.45, 37.6), (112.2, 36.2), (112.6, 35.1), (113.9, 34.78)], "jin"),
            ([(116.4, 39.6), (116.1, 38.44), (115.3, 36.6), (114.45, 35.25)], "jin")],
    battles=[(112.55, 37.87), (114.31, 34.80)],
    notes=[note(118.9, 39.2, "3 prefectures\ngiven to Jin", JD, 16, anchor="start"),
           note(111.85, 36.2, "Western army\nDec 1126", JD, 16, anchor="end"),
           note(116.2, 35.55, "Eastern army\nDec 1126", JD, 16, anchor="start")],
    cities=[("kaifeng", {"capital": True, "pos": "b", "dy": 3, "note": "besieged Dec 1126"}),
            ("huining", {"capital": True, "pos": "b"}),
            ("yanjing", {"pos": "r"}), ("datong", {"pos": "r"}),
            ("taiyuan", {"pos": "l", "dx": -6, "note": "falls Sep 1126"}),
            ("zhongshan", {"pos": "l"}), ("hejian", {"pos": "r"}),
            ("luoyang", {"pos": "l"}), ("xiangyang", {"pos": "l"}),
            ("hangzhou", {"pos": "r"})],
    legend={"sides": ["jin", "song", "xia"], "capitals": True, "arrows": True, "battles": True,
            "old_border": "Border before 1126"})

# 1127 — Kaifeng falls; Jin demand all lands north of the Yellow River; the court moves south.
add(year=1127, title="1127: Kaifeng falls, the Song court moves south",
    subtitle="Kaifeng falls; the Song\ncourt moves south",
    territories=[(song_poly(B1127), "song"), XIA, (north_poly(B1127), "jin")],
    regions=[region_label("JIN", 121.0, 44.4, "jin", 46), SONG_LABEL, XIA_LABEL, KOREA_LABEL],
    rivers=RIV(),
    arrows=[([(114.45, 35.15), (115.3, 37.4), (116.35, 39.87), (118.5, 41.2), (121.7, 42.8),
              (124.3, 44.4), (126.35, 45.3)], "jin", True),
            ([(115.75, 34.2), (117.6, 33.45), (118.95, 32.72)], "song", True)],
    battles=[(114.31, 34.80)],
    notes=[note(119.7, 41.15, "Captured emperors\ntaken to Huining", JD, 16, anchor="start"),
           note(117.0, 34.85, "Song court\nmoves south", SD, 16, anchor="start")],
    cities=[("kaifeng", {"pos": "l", "dx": -6, "note": "falls Jan 1127"}),
            ("huining", {"capital": True, "pos": "r"}),
            ("yingtianfu", {"pos": "b", "dy": 2}),
            ("yangzhou", {"capital": True, "pos": "r", "dx": 2, "note": "court, late 1127"}),
            ("yanjing", {"pos": "l"}), ("taiyuan", {"pos": "l"}), ("daming", {"pos": "l"}),
            ("xiangyang", {"pos": "l"}), ("hangzhou", {"pos": "r"})],
    legend={"sides": ["jin", "song", "xia"], "capitals": True, "dashed": True,
            "dashed_label": "Captives, court moving", "battles": True})

# 1130 — Wuzhu's chase south; Jin take Kaifeng; Shaanxi and the Huai–Yangtze fought over.
WUZHU = [(118.3, 34.6), (118.05, 33.2), (117.9, 32.3), (118.4, 31.72), (118.78, 32.06), (119.55, 31.35),
         (120.12, 30.4), (120.6, 30.02), (121.35, 29.9)]
WUZHU_BACK = [(120.3, 30.5), (120.62, 31.3), (120.1, 31.85), (119.55, 32.15)]
ESCAPE = [(121.75, 29.75), (122.4, 29.1), (122.0, 28.25), (120.95, 27.98)]
add(year=1130, title="1129–1130: Wuzhu's chase",
    subtitle="Wuzhu chases the\nSong emperor",
    fought_pairs=[("jin", "song")],
    territories=[(song_poly(B1142), "song"), XIA, (north_poly(B1142), "jin"),
                 (fought_huai_yangtze(), "jin", ("jin", "song")),
                 (fought_shaanxi(), "jin", ("jin", "song"))],
    regions=[region_label("JIN", 119.0, 44.4, "jin", 46), SONG_LABEL, XIA_LABEL],
    rivers=RIV(huai=116.45),
    arrows=[(WUZHU, "jin"), (ESCAPE, "song", True),
            ([(114.6, 33.9), (115.1, 31.5), (115.8, 29.15)], "jin")],
    battles=[(114.31, 34.80), (108.94, 34.34)],
    notes=[note(121.3, 27.3, "Emperor escapes\nby ship", SD, 16),
           note(118.65, 35.0, "Wuzhu", JD, 17, anchor="start")],
    cities=[("kaifeng", {"pos": "l", "dx": -6, "note": "Jin take it 1130"}),
            ("huining", {"capital": True, "pos": "b"}),
            ("daming", {"pos": "l", "note": "Da Qi capital"}),
            ("hongzhou", {"pos": "l", "note": "taken by a Jin army"}),
            ("wenzhou", {"pos": "l"}),
            ("xian", {"pos": "l", "dx": -6}),
            ("xiangyang", {"pos": "l"})],
    inset={"box": (118.2, 29.6, 121.9, 32.7), "title": "Close-up: Wuzhu's chase",
           "rivers": lambda: [water_label(121.25, 31.72, "Yangtze River", -22)],
           "arrows": [(WUZHU, "jin"), (WUZHU_BACK, "jin", True)],
           "cities": [("jiankang", {"pos": "t", "line2": "(Nanjing)"}),
                      ("yangzhou", {"pos": "r"}),
                      ("hangzhou", {"pos": "l", "note": "Jin take it Jan 1130"}),
                      ("shaoxing", {"pos": "b"}),
                      ("ningbo", {"pos": "b"}), ("suzhou", {"pos": "r"})],
           "notes": lambda: [note(118.6, 31.4, "Wuzhu\n1129–30", JD, 17, anchor="start"),
                             note(120.95, 30.95, "Jin go\nback north", JD, 15, anchor="start"),
                             note(121.8, 29.35, "Emperor escapes\nby ship", SD, 15,
                                  anchor="end")]},
    legend={"sides": ["jin", "song", "xia"], "fought": [("jin", "song")], "capitals": True,
            "arrows": True, "dashed": True})

# 1142 — Treaty of Shaoxing: the Huai River is the border.
add(year=1142, title="1142: peace on the Huai River",
    subtitle="Peace: the Huai River\nis the border",
    territories=[(song_poly(B1142), "song"), XIA, (north_poly(B1142), "jin")],
    regions=[region_label("JIN", 118.0, 42.8, "jin", 50), SONG_LABEL, XIA_LABEL, KOREA_LABEL],
    rivers=RIV(huai=None) + [river_label("huai", 115.6, size=18, text_="Huai River border")],
    cities=[("kaifeng", {"pos": "l"}),
            ("huining", {"capital": True, "pos": "b"}),
            ("linan", {"capital": True, "pos": "r", "name": "Lin'an", "line2": "(Hangzhou)"}),
            ("yanjing", {"pos": "r"}), ("taiyuan", {"pos": "l"}), ("xian", {"pos": "t", "dy": -4}),
            ("jiankang", {"pos": "bl", "line2": "(Nanjing)", "dx": -2}),
            ("yangzhou", {"pos": "r"}),
            ("xiangyang", {"pos": "l"})],
    legend={"sides": ["jin", "song", "xia"], "capitals": True})

# 1161 — Wanyan Liang's march; Battle of Caishi.
LIANG = [(114.6, 34.65), (116.2, 33.75), (117.3, 33.3), (118.5, 32.95), (119.3, 32.55)]
LIANG_CAISHI = [(117.3, 33.3), (117.55, 32.4), (118.3, 31.72)]
add(year=1161, title="1161: Wanyan Liang's war",
    subtitle="Wanyan Liang attacks;\nthe battle of Caishi",
    fought_pairs=[("jin", "song")],
    territories=[(song_poly(B1142), "song"), XIA, (north_poly(B1142), "jin"),
                 (fought_huai_yangtze(), "jin", ("jin", "song"))],
    regions=[region_label("JIN", 118.0, 42.8, "jin", 50), SONG_LABEL, XIA_LABEL],
    rivers=RIV(huai=114.2),
    arrows=[(LIANG, "jin"), (LIANG_CAISHI, "jin")],
    battles=[(118.45, 31.62)],
    notes=[note(116.3, 35.0, "Wanyan Liang\nOct 1161", JD, 16, anchor="start")],
    cities=[("kaifeng", {"pos": "l"}),
            ("zhongdu", {"capital": True, "pos": "r"}),
            ("xiangyang", {"pos": "l"})],
    inset={"box": (117.0, 29.9, 120.7, 33.6), "title": "Close-up: Caishi",
           "rivers": lambda: [river_label("yangtze", 117.6, side=1)],
           "arrows": [(LIANG, "jin"), (LIANG_CAISHI, "jin")],
           "battles": [(118.45, 31.62)],
           "cities": [("caishi", {"pos": "b", "note": "Song win, Nov 1161"}),
                      ("jiankang", {"pos": "r", "line2": "(Nanjing)"}),
                      ("yangzhou", {"pos": "r", "note": "Jin camp"}),
                      ("linan", {"capital": True, "pos": "l", "name": "Lin'an",
                                 "line2": "(Hangzhou)"})],
           "notes": lambda: [note(120.6, 33.2, "Wanyan Liang\nOct–Dec 1161", JD, 16,
                                  anchor="end")]},
    legend={"sides": ["jin", "song", "xia"], "fought": [("jin", "song")], "capitals": True,
            "arrows": True, "battles": True})

# 1208 — after the 1206–08 war the border is unchanged; the Mongols grow in the north.
add(year=1208, title="1208: peace again, and the Mongols",
    subtitle="Peace again; the\nMongols grow strong",
    territories=[(song_poly(B1142), "song"), XIA, (north_poly(B1142, MONGOL_S_1208), "jin"),
                 (mongol_poly(MONGOL_S_1208), "mongol")],
    regions=[region_label("JIN", 122.0, 43.4, "jin", 46),
             region_label("MONGOLS", 110.6, 44.9, "mongol", 36),
             SONG_LABEL, XIA_LABEL, KOREA_LABEL,
             note(120.9, 34.05, "1206–1208: war,\nbut the border\nstays on the Huai", INK, 15,
                  anchor="start")],
    rivers=RIV(),
    cities=[("kaifeng", {"pos": "l"}),
            ("zhongdu", {"capital": True, "pos": "r"}),
            ("linan", {"capital": True, "pos": "r", "name": "Lin'an", "line2": "(Hangzhou)"}),
            ("xiangyang", {"pos": "l"})],
    legend={"sides": ["jin", "song", "mongol", "xia"], "capitals": True})

# 1215 — Mongols attack (1211); Jin move capital to Kaifeng (1214).
add(year=1215, title="1215: the Mongols attack the Jin",
    subtitle="The Mongols attack; the\nJin court flees to Kaifeng",
    fought_pairs=[("jin", "mongol")],
    territories=[(song_poly(B1142), "song"), XIA,
                 (north_poly(B1142, MONGOL_S_1215), "jin", ("jin", "mongol")),
                 (jin_core_1215(), "jin"),
                 (mongol_poly(MONGOL_S_1215), "mongol")],
    regions=[region_label("JIN", 108.6, 35.35, "jin", 42),
             region_label("MONGOLS", 107.8, 44.3, "mongol", 32),
             SONG_LABEL, XIA_LABEL, KOREA_LABEL],
    rivers=RIV(),
    arrows=[([(111.6, 45.6), (112.3, 43.0), (113.1, 40.45)], "mongol"),
            ([(116.8, 45.6), (116.5, 43.0), (116.35, 40.3)], "mongol"),
            ([(116.1, 39.5), (114.9, 37.6), (114.4, 35.25)], "jin", True)],
    notes=[note(117.2, 44.4, "Mongols attack\n1211", MD, 17, anchor="start"),
           note(114.25, 38.0, "Jin court\nmoves 1214", JD, 16, anchor="end")],
    cities=[("kaifeng", {"capital": True, "pos": "r", "dx": 2, "note": "Jin capital 1214"}),
            ("zhongdu", {"pos": "r", "note": "besieged"}),
            ("linan", {"capital": True, "pos": "r", "name": "Lin'an", "line2": "(Hangzhou)"}),
            ("datong", {"pos": "l"}),
            ("xiangyang", {"pos": "l"})],
    legend={"sides": ["jin", "song", "mongol", "xia"], "fought": [("jin", "mongol")],
            "capitals": True, "arrows": True, "dashed": True, "dashed_label": "Jin court moves"})

# 1234 — Mongols took Kaifeng (1233); the Jin end at Caizhou (1234).
M_KAIFENG = [(113.8, 36.6), (114.1, 35.6), (114.28, 35.05)]
J_FLEE = [(114.5, 34.6), (114.65, 33.8), (114.45, 33.22)]
M_CAIZHOU = [(113.8, 34.5), (113.7, 33.55), (114.15, 33.1)]
S_CAIZHOU = [(112.35, 32.15), (113.25, 32.45), (114.1, 32.9)]
add(year=1234, title="1234: the end of the Jin",
    subtitle="The Mongols and the\nSong end the Jin",
    territories=[(song_poly(B1234), "song"), (mongol_1234(), "mongol")],
    regions=[region_label("MONGOLS", 114.0, 42.0, "mongol", 46), SONG_LABEL],
    rivers=RIV(huai=None, han=109.0, yellow=118.3),
    arrows=[(M_KAIFENG, "mongol"), (J_FLEE, "jin", True), (M_CAIZHOU, "mongol"),
            (S_CAIZHOU, "song")],
    battles=[(114.31, 34.80), (114.36, 33.01)],
    notes=[note(116.55, 33.55, "Song gain:\npart of Henan", SD, 16, anchor="start")],
    cities=[("linan", {"capital": True, "pos": "r", "name": "Lin'an", "line2": "(Hangzhou)"}),
            ("zhongdu", {"pos": "r"})],
    inset={"box": (111.8, 31.7, 116.2, 35.8), "title": "Close-up: Kaifeng and Caizhou",
           "rivers": lambda: [river_label("huai", 115.2, side=1),
                              river_label("yellow", 112.5)],
           "arrows": [(M_KAIFENG, "mongol"), (J_FLEE, "jin", True), (M_CAIZHOU, "mongol"),
                      (S_CAIZHOU, "song")],
           "battles": [(114.31, 34.80), (114.36, 33.01)],
           "cities": [("kaifeng", {"pos": "r", "dx": 6, "note": "taken 1233"}),
                      ("caizhou", {"pos": "r", "dx": 6, "note": "Jin end, 1234"}),
                      ("xiangyang", {"pos": "br"})],
           "notes": lambda: [note(113.9, 35.3, "Mongols", MD, 17, anchor="end"),
                             note(114.9, 33.9, "Jin court\nflees 1233", JD, 15, anchor="start"),
                             note(113.55, 33.9, "Mongols", MD, 15, anchor="end"),
                             note(112.75, 32.95, "Song army\n(Meng Gong)", SD, 15,
                                  anchor="middle")]},
    legend={"sides": ["song", "mongol", "jin"], "gone": ["jin"], "capitals": True,
            "arrows": True, "dashed": True, "battles": True})


def main(argv):
    for m in MAPS:
        path = os.path.join(HERE, f"{m['year']}.svg")
        svg = render(m)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(svg)
        print(f"{m['year']}.svg  {len(svg.encode('utf-8')) / 1024:.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
