"""One composition per picture.

Each scene is a function decorated with ``@scene(path, alt)``: ``path`` is where the SVG is
written (relative to ``images/``) and ``alt`` is the page's alt text it was drawn from (so
``generate.py --check`` can tell when a writer changed the brief). A scene returns a list of
SVG snippets, back to front. See images/README.md for how to add one.
"""

from __future__ import annotations

from . import buildings as B
from . import landscape as L
from . import objects as O
from . import palette as P
from . import people as F
from . import ships as S
from . import war as X
from .cards import card
from .svg import H, W, circle, clip, ellipse, f, g, ink, line, linear, opacity, path, place, poly, rect, rng, smooth

SCENES: dict[str, tuple] = {}


def scene(out_path: str, alt: str):
    def deco(fn):
        if out_path in SCENES:
            raise ValueError(f"duplicate scene {out_path}")
        SCENES[out_path] = (fn, alt)
        return fn
    return deco


# ------------------------------------------------------------------ shared scene helpers

def jin_rider(x, y, s=0.6, gallop=False, facing=1, color=P.HORSE_BROWN, hat="jurchen_helmet", arms=("down", "down"),
              item=None, dress="armour", mood="smile"):
    return F.rider(x, y, s, P.JIN, hat, color, gallop, facing, arms, item, dress, mood)


def song_soldier(x, y, s=0.7, facing=1, arms=("spear", "down"), item="spear", mood="smile", pose="stand"):
    return F.figure(x, y, s, P.SONG, "song_helmet", pose, arms, facing, mood, "armour", item)


def jin_soldier(x, y, s=0.7, facing=1, arms=("spear", "down"), item="spear", mood="smile", pose="stand"):
    return F.figure(x, y, s, P.JIN, "jurchen_helmet", pose, arms, facing, mood, "armour", item)


def official(x, y, s=0.8, facing=1, arms=("fold", "fold"), mood="smile", pose="stand", item=None, side=P.SONG, bow=0):
    return F.figure(x, y, s, side, "song_official", pose, arms, facing, mood, "robe", item, bow=bow)


def song_emperor(x, y, s=0.9, facing=1, arms=("down", "down"), mood="smile", pose="stand", item=None):
    return F.figure(x, y, s, P.SONG, "emperor_song", pose, arms, facing, mood, "robe", item, trim=P.GOLD)


def jin_emperor(x, y, s=0.9, facing=1, arms=("down", "down"), mood="smile", pose="stand", item=None):
    return F.figure(x, y, s, P.JIN, "emperor_jin", pose, arms, facing, mood, "robe", item, trim=P.GOLD)


def kaifeng(base=520, height=190, side=P.SONG, banners=4, open_=False, x0=-20, x1=1220, gate_x=600, towers=(120, 1080),
            roofs=5, outline=True):
    """The great walls of Kaifeng seen from outside."""
    return B.city(x0, x1, base, height, side, gate_x, towers, open_, True, banners, outline, roofs_behind=roofs)


# ------------------------------------------------------------------ cover

@scene("cover.svg", "Jin horsemen in blue and Song soldiers in orange face each other across a wide river under an evening sky.")
def cover():
    """Hero composition: one big Jin horseman (left) and one big Song soldier (right) on either bank,
    their armies small behind them, the river between. Top 22 % kept calm for the title."""
    out = [L.sky("dusk", "#6E62A2", "#F8BC80"),
           L.sun(600, 395, 64, "#FFE2A6"),
           L.mountains(440, "#A493B8", seed=81, n=6, hmin=70, hmax=170),
           L.mountains(470, "#8A86AC", seed=82, n=5, hmin=40, hmax=100),
           L.ground(460, "#8FA86A"),
           L.river_band(462, 905, 150, 560, 600, 620, color="#F1C48E", color2=P.WATER_DARK, bend=40, ripple_seed=83,
                        ripple_n=18),
           # far armies on each bank
           F.crowd_row(20, 420, 500, P.JIN, 0.3, "jurchen", seed=86, banners=3, outline=False),
           F.crowd_row(800, 1180, 505, P.SONG, 0.3, "song", seed=87, banners=3, outline=False),
           S.junk(640, 560, 0.22, P.RED_SAIL, 2, P.SONG, facing=-1),
           # near banks
           path("M-20 900 L-20 600 C120 590 260 600 330 640 C370 700 360 800 330 900 Z", "#7E9A57", **ink(3)),
           path("M1220 900 L1220 610 C1080 600 940 610 880 650 C840 720 850 820 900 900 Z", "#86A25B", **ink(3)),
           F.banner(70, 700, 1.0, P.JIN, "tall"),
           jin_rider(150, 890, 1.0, facing=1, color=P.HORSE_GREY, item="spear", arms=("spear", "down")),
           F.banner(1150, 720, 1.0, P.SONG, "tall"),
           song_soldier(1020, 890, 1.25, facing=-1, arms=("spear", "hip")),
           L.reeds(360, 900, 1.3, seed=88), L.reeds(860, 900, 1.2, seed=89)]
    return out


# ------------------------------------------------------------------ title cards (STYLE.md §7)

def card_land(sky="day", horizon=600, color=P.GRASS, seed=100):
    return [L.sky(sky, h=800), L.clouds(seed, 3, 230, 330, 0.6, 0.9)]


@scene("ch01/title.svg", "The title card: a Jurchen rider on a horse looks out from a hilltop over wide lands to the south, where distant city walls stand under dark clouds.")
def card01():
    em = [L.sky("winter", "#8D9BB0", "#E6EDF2", h=800),
          L.cloud(780, 300, 1.4, "#6F7688", 0.9), L.cloud(980, 330, 1.2, "#5F6677", 0.9), L.cloud(640, 340, 0.9, "#7D8496", 0.8),
          L.mountains(520, P.MTN_FAR, seed=101, n=5, hmin=60, hmax=140),
          L.ground(510, "#B9C58F"),
          B.city(640, 1100, 540, 70, P.SONG, 870, (660, 1080), banners=2, outline=False, roofs_behind=3),
          L.rolling(610, 15, "#A5B981", 102),
          path("M-20 900 L-20 560 C150 520 380 540 560 640 C640 690 700 800 720 900 Z", "#7FA34D", **ink(3)),
          L.forest(600, 103, 4, 0.35, 0.5, -20, 260, snow=True),
          jin_rider(330, 700, 0.85, facing=1, color=P.HORSE_BROWN, hat="jurchen", dress="coat", arms=("point", "down")),
          L.grass_tufts(104, 8, 740, 800, x0=0, x1=600)]
    return [card(1, g(*em))]


@scene("ch02/title.svg", "The title card: a small ship with orange sails crosses a stormy sea toward a distant shore, where Jin riders in blue wait on the beach.")
def card02():
    em = [L.sky("winter", "#5E6E86", "#C9D3DE", h=800),
          L.cloud(300, 280, 1.5, "#4E5A6E", 0.9), L.cloud(900, 300, 1.3, "#56627A", 0.8),
          L.rain(21, 40),
          path("M700 470 C820 440 1000 430 1220 450 L1220 520 L700 520 Z", P.SAND),
          L.forest(470, 22, 6, 0.25, 0.35, 900, 1200, color=P.PINE_DARK, outline=False),
          L.water(500, "#4A7FA8", "#24506F"),
          F.rider(900, 508, 0.3, P.JIN, "jurchen_helmet", P.HORSE_BROWN), F.rider(980, 505, 0.3, P.JIN, "jurchen_helmet", P.HORSE_GREY),
          F.rider(1060, 510, 0.3, P.JIN, "jurchen_helmet", P.HORSE_BLACK),
          F.banner(1120, 500, 0.4, P.JIN, "tall"),
          L.waves(560, "#CFE3F0", 12, 10), L.waves(640, "#CFE3F0", 16, 8),
          S.junk(420, 730, 0.85, "#F0A55A", 2, P.SONG, 1, 0, length=420),
          L.waves(760, "#E8F2F8", 20, 7, 6), L.waves(800, "#E8F2F8", 22, 6, 6)]
    return [card(2, g(*em))]


@scene("ch03/title.svg", "The title card: a sealed treaty scroll lies on a table, torn in two, with a blue half on one side and an orange half on the other.")
def card03():
    em = [rect(0, 0, W, 800, linear([(0, "#5A2019"), (1, "#7A2E22")])),
          rect(0, 560, W, 240, P.WOOD, **ink(3)), rect(0, 560, W, 16, P.WOOD_LIGHT),
          L.ground(800, P.WOOD_DARK)]
    half = lambda col, d: path(d, col, **ink(4))
    left = g(half(P.PAPER, "M-260 -110 L-10 -110 L-30 -60 L0 -20 L-25 30 L-5 110 L-260 110 Z"),
             *[line(-220 + k * 44, -80, -220 + k * 44, 70 - (k % 2) * 30, "#B8AC95", 6) for k in range(5)],
             rect(-290, -130, 36, 260, P.JIN.main, rx=14, **ink(4)), rect(-250, 40, 46, 46, "#C8402F", rx=4))
    right = g(half(P.PAPER, "M260 -110 L20 -110 L0 -60 L30 -20 L5 30 L25 110 L260 110 Z"),
              *[line(60 + k * 44, -80, 60 + k * 44, 70 - (k % 2) * 30, "#B8AC95", 6) for k in range(5)],
              rect(254, -130, 36, 260, P.SONG.main, rx=14, **ink(4)), rect(200, 40, 46, 46, "#C8402F", rx=4))
    em += [place(left, 560, 470, 1.2, rot=-6), place(right, 680, 480, 1.2, rot=5),
           rect(0, 0, 180, 800, P.JIN.main, opacity="0.55"), rect(1020, 0, 180, 800, P.SONG.main, opacity="0.55")]
    return [card(3, g(*em))]


@scene("ch04/title.svg", "The title card: two columns of Jin riders in blue march south through hills toward the far-off walls of a great Song city with orange flags.")
def card04():
    em = [L.sky("day", h=800), L.clouds(41, 3, 230, 300, 0.6, 0.8),
          B.city(380, 820, 400, 70, P.SONG, 600, (400, 800), banners=2, outline=False, roofs_behind=3),
          L.hills(420, "#A9C77C", 42, 4, 40, 90),
          L.hills(520, "#93B866", 43, 3, 60, 140)]
    for i in range(5):
        t = i / 4
        em.append(jin_rider(140 + 180 * t, 820 - 230 * t, 0.5 - 0.28 * t, facing=1, color=[P.HORSE_BROWN, P.HORSE_GREY, P.HORSE_BLACK][i % 3]))
        em.append(jin_rider(1060 - 180 * t, 820 - 230 * t, 0.5 - 0.28 * t, facing=-1, color=[P.HORSE_GREY, P.HORSE_CHESTNUT, P.HORSE_BROWN][i % 3]))
    em.append(F.banner(260, 760, 0.6, P.JIN, "swallow"))
    em.append(F.banner(940, 760, 0.6, P.JIN, "swallow"))
    return [card(4, g(*em))]


@scene("ch05/title.svg", "The title card: the walls of Kaifeng at dusk, with blue Jin banners now flying where orange Song flags used to be.")
def card05():
    em = [L.sky("dusk", h=800), L.sun(930, 470, 60, "#FFC878"),
          kaifeng(640, 260, P.JIN, 0, towers=(150, 1050), roofs=5),
          F.banner(150, 420, 0.9, P.JIN, "tall"), F.banner(1050, 420, 0.9, P.JIN, "tall"),
          F.banner(420, 380, 0.7, P.JIN, "swallow"), F.banner(780, 380, 0.7, P.JIN, "swallow"),
          rect(0, 640, W, 160, "#6E6A4C"), L.ripples(51, 8, 680, 780, color="#8C8A6A")]
    return [card(5, g(*em))]


@scene("ch06/title.svg", "The title card: an empty Song throne in an orange hall, with a painting brush, a small horse statue and a map of the north laid beside it.")
def card06():
    em = [rect(0, 0, W, 800, linear([(0, "#B4621E"), (1, "#E8862A")])),
          rect(0, 600, W, 200, "#8E5A2E"),
          rect(80, 0, 70, 640, P.PILLAR, **ink(3)), rect(1050, 0, 70, 640, P.PILLAR, **ink(3)),
          B.screen(600, 560, 520, 300),
          B.throne(600, 660, 1.05, P.GOLD, P.SONG.main),
          B.table(240, 760, 240, 80),
          place(O.china_map(1142, (0, 0, 300, 200), parchment=True), 120, 560, 0.62),
          B.table(960, 760, 240, 80),
          line(880, 660, 960, 640, P.WOOD_DARK, 8), path("M872 662 l-20 6 l14 12 Z", P.INK),
          place(F.horse(0, 0, 1, "#C9A23A", mane="#9C7A22"), 1030, 664, 0.36)]
    return [card(6, g(*em))]


@scene("ch07/title.svg", "The title card: a line of Song boats with orange sails travels down a wide canal toward the south, past green rice fields.")
def card07():
    em = [L.sky("day", h=800), L.clouds(71, 3, 230, 300),
          L.ground(420, "#8CC06A"),
          path("M560 420 L640 420 L1000 800 L160 800 Z", linear([(0, P.WATER_LIGHT), (1, P.WATER)])),
          L.willow(460, 470, 0.45), L.willow(760, 470, 0.45), L.willow(300, 600, 0.7), L.willow(930, 600, 0.7)]
    for k in range(6):
        yy = 440 + k * 50
        em.append(line(0, yy, 470 - (yy - 420) * 0.9, yy, "#6FA352", 4))
        em.append(line(730 + (yy - 420) * 0.9, yy, W, yy, "#6FA352", 4))
    em += [S.junk(575, 470, 0.13, P.SONG.main, 1, P.SONG), S.junk(640, 540, 0.2, P.SONG.main, 1, P.SONG),
           S.junk(520, 640, 0.3, P.SONG.main, 2, P.SONG), S.junk(700, 790, 0.46, P.SONG.main, 2, P.SONG)]
    return [card(7, g(*em))]


# ------------------------------------------------------------------ chapter 1: Before the Storm

@scene("ch01/c01-two-empires.svg", "Two armies stand on opposite banks of a wide river: Jin riders in blue on one side, Song soldiers in orange on the other. Nobody is fighting yet.")
def c01_two_empires():
    out = [L.sky("day"), L.clouds(11, 4, 50, 170),
           L.mountains(330, P.MTN_FAR, seed=12, n=6, hmin=80, hmax=170),
           L.ground(320, P.GRASS),
           L.river_band(320, 905, 60, 520, 600, 590, bend=60, ripple_seed=13, bank="#8FB55A"),
           F.crowd_row(40, 380, 420, P.JIN, 0.35, "jurchen", seed=16, banners=2),
           F.crowd_row(820, 1170, 430, P.SONG, 0.35, "song", seed=17, banners=2)]
    for i, (x, y, s, c) in enumerate(((90, 620, 0.6, P.HORSE_GREY), (250, 720, 0.72, P.HORSE_BROWN), (60, 860, 0.85, P.HORSE_BLACK))):
        out.append(jin_rider(x, y, s, facing=1, color=c, item="spear" if i == 1 else None, arms=("spear", "down") if i == 1 else ("down", "down")))
    out.append(F.banner(380, 640, 0.8, P.JIN, "tall"))
    out.append(F.banner(830, 640, 0.8, P.SONG, "tall"))
    out.append(song_soldier(960, 640, 0.75, facing=-1))
    out.append(song_soldier(1100, 700, 0.85, facing=-1, arms=("spear", "hip")))
    out.append(song_soldier(930, 860, 1.0, facing=-1))
    out.append(L.reeds(370, 880, 1.2, seed=18))
    out.append(L.reeds(840, 890, 1.1, seed=19))
    return out


@scene("ch01/c01-jurchen-tribes.svg", "Several small groups of Jurchen families with their horses, spread out across wide open country in north-east Asia. Each group stands a little apart from the others.")
def c01_jurchen_tribes():
    out = [L.sky("winter", "#9FC4E0", "#E6EFF4"), L.clouds(21, 3, 60, 160, 0.7, 1.0),
           L.mountains(390, P.MTN_FAR, seed=22, n=5, hmin=100, hmax=200, snow=True),
           L.forest(400, 23, 16, 0.22, 0.32, snow=True, outline=False, color=P.PINE),
           L.rolling(400, 12, "#C6D6A0", 24), L.rolling(520, 25, "#B3C985", 25, waves=2)]

    def family(x, y, s, seed, horse_col, yurt_band=None):
        parts = []
        if yurt_band:
            parts.append(B.yurt(x - 70 * s, y - 10 * s, 200 * s, 130 * s, P.JIN.main, outline=True))
        parts.append(F.horse(x + 230 * s, y - 6 * s, s * 0.85, horse_col, facing=-1, graze=(seed % 2 == 0)))
        parts.append(F.figure(x - 10 * s, y + 4 * s, s, P.JIN, "jurchen", "stand", ("wave", "down"), 1, "smile", "coat"))
        parts.append(F.figure(x + 80 * s, y + 8 * s, s, P.JIN, "woman", "stand", ("down", "hold"), -1, "smile", "robe"))
        parts.append(F.figure(x + 36 * s, y + 24 * s, s, P.TEAL_CLOTH, "child", "stand", ("up", "down"), 1, "smile", child=True))
        return g(*parts)

    out.append(family(150, 500, 0.4, 1, P.HORSE_GREY, True))
    out.append(family(830, 490, 0.36, 2, P.HORSE_BROWN, True))
    out.append(family(470, 660, 0.55, 3, P.HORSE_CHESTNUT))
    out.append(family(80, 870, 0.78, 4, P.HORSE_BROWN))
    out.append(family(860, 880, 0.8, 5, P.HORSE_BLACK, False))
    out.append(L.birds(560, 190, 4, 1.2))
    out.append(L.grass_tufts(26, 16, 620, 890, "#8FA86A"))
    return out


@scene("ch01/c01-liao-empire.svg", "A Khitan ruler on a fine horse, with Khitan hunters around him, looks over a huge grassy land. Far off, small groups of Jurchens watch.")
def c01_liao_empire():
    out = [L.sky("day", "#7FBCE6", "#E8F4F8"), L.clouds(31, 5, 60, 200, 0.8, 1.4),
           L.mountains(420, "#B9C6D4", seed=32, n=7, hmin=40, hmax=90),
           L.ground(410, P.STEPPE),
           L.rolling(470, 10, "#BDBE72", 33),
           L.rolling(560, 14, "#B0B468", 34),
           B.yurt(560, 500, 90, 60, P.LIAO.main, outline=False), B.yurt(650, 505, 80, 54, P.LIAO.main, outline=False),
           L.birds(300, 150, 3, 1.0)]
    # far-off Jurchens, tiny, watching
    for x in (880, 960, 1040):
        out.append(F.figure(x, 470, 0.16, P.JIN, "jurchen", "stand", ("down", "down"), -1, dress="coat"))
    out.append(F.horse(1100, 470, 0.14, P.HORSE_BROWN, facing=-1))
    out.append(F.figure(760, 520, 0.18, P.JIN, "jurchen", "stand", ("wave", "down"), -1, dress="coat"))
    # the hill the hunters stand on
    out.append(path("M-20 900 L-20 600 C200 560 480 580 700 680 C800 730 860 820 880 900 Z", "#9DB062", **ink(3)))
    out.append(F.rider(430, 690, 0.62, P.LIAO, "khitan", P.HORSE_CHESTNUT, facing=1, arms=("bow_arms", "down"), item="bow", dress="coat"))
    out.append(F.rider(90, 720, 0.6, P.LIAO, "khitan", P.HORSE_BLACK, facing=1, dress="coat", arms=("spear", "down"), item="spear"))
    # the ruler on a fine white horse, gold trim
    ruler = F.figure(0, 0, 1, P.LIAO, "khitan", "ride", ("point", "down"), 1, "smile", "robe", trim=P.GOLD)
    out.append(F.horse(270, 880, 1.0, P.HORSE_WHITE, P.LIAO, facing=1, rider=ruler, mane="#C9C2B6"))
    # falcon on the ruler's hand-side
    out.append(F.figure(640, 880, 0.75, P.LIAO, "khitan", "stand", ("wave", "down"), -1, "smile", "coat"))
    # a hunting falcon on the hunter's raised hand
    out.append(place(path("M-14 0 q-4 -30 14 -40 q16 -4 18 12 l16 10 l-18 2 q4 18 -10 22 Z", "#8A6A4A", **ink(2.5)), 596, 740, 1.1))
    out.append(circle(600, 712, 3, P.INK))
    out.append(F.banner(60, 900, 1.1, P.LIAO, "swallow"))
    return out


@scene("ch01/c01-song-south.svg", "A border line across the land: Khitan riders of the Liao on the north side, Song officials in orange robes on the south side, standing calmly apart.")
def c01_song_south():
    out = [L.sky("day"), L.clouds(41, 3, 60, 150),
           L.mountains(360, P.MTN_FAR, seed=42, n=5, hmin=80, hmax=180),
           L.ground(350, "#C3C67C"),
           # south: greener land (diagonal split)
           path("M-20 900 L-20 700 L1220 380 L1220 900 Z", P.GRASS),
           B.house(1060, 470, 150, 70), L.leafy_tree(950, 480, 0.4), B.pagoda(1110, 470, 70, 5)]
    # border marker posts along the diagonal
    for i in range(9):
        t = i / 8
        x, y = -10 + t * 1230, 705 - t * 320
        s = 1.1 - 0.6 * t
        out.append(place(g(rect(-12, -70, 24, 70, P.STONE, rx=4, **ink(3)), rect(-12, -70, 24, 14, "#E9E4DA", rx=4)), x, y, s))
    out.append(path(smooth([(-20, 708), (400, 604), (800, 498), (1220, 384)]), "none", stroke="#8A6A3E", stroke_width="5",
                    stroke_dasharray="18 16", opacity="0.8"))
    out.append(F.banner(120, 560, 0.7, P.LIAO, "swallow"))
    out.append(F.rider(300, 560, 0.55, P.LIAO, "khitan", P.HORSE_BLACK, facing=1, dress="coat"))
    out.append(F.rider(470, 500, 0.45, P.LIAO, "khitan", P.HORSE_GREY, facing=1, dress="coat", arms=("spear", "down"), item="spear"))
    out.append(F.rider(160, 660, 0.6, P.LIAO, "khitan", P.HORSE_CHESTNUT, facing=1, dress="coat"))
    out.append(official(800, 790, 0.85, facing=-1))
    out.append(official(960, 840, 0.95, facing=-1, arms=("hold", "fold"), item="scroll"))
    out.append(official(1110, 800, 0.8, facing=-1, arms=("hip", "down")))
    out.append(F.banner(690, 780, 0.7, P.SONG, "tall"))
    out.append(L.grass_tufts(43, 12, 820, 890, x0=600, x1=1200))
    return out


@scene("ch01/c01-silk-and-silver.svg", "A line of Song carts in orange, piled with rolls of silk and chests of silver, rolls north toward Khitan riders waiting at the border.")
def c01_silk_and_silver():
    out = [L.sky("dawn"), L.sun(1040, 260, 50),
           L.mountains(430, "#C9B59C", seed=51, n=5, hmin=60, hmax=160),
           L.ground(420, "#D8C58E"),
           L.road(980, 420, -200, 700, 60, "#E8D6A6"),
           L.rolling(470, 10, "#CDB97F", 52)]
    # Khitan riders waiting at the border, far right
    out.append(place(g(rect(-14, -90, 28, 90, P.STONE, rx=4, **ink(3))), 900, 470, 0.8))
    out.append(F.banner(1140, 480, 0.55, P.LIAO, "swallow"))
    out.append(F.rider(1010, 480, 0.32, P.LIAO, "khitan", P.HORSE_BLACK, facing=-1, dress="coat"))
    out.append(F.rider(1090, 490, 0.34, P.LIAO, "khitan", P.HORSE_GREY, facing=-1, dress="coat", arms=("wave", "down")))
    # the carts coming up the road toward them (near = big)
    loads = ("silk", "chests", "silk")
    for i, (x, y, s) in enumerate(((700, 540, 0.42), (440, 650, 0.6), (110, 820, 0.85))):
        out.append(O.cart(x, y, s, load=loads[i], facing=1))
        out.append(F.figure(x + 330 * s, y + 10 * s, s * 0.9, P.SONG, "topknot", "walk", ("reach", "down"), 1, "smile", "coat"))
    out.append(official(1040, 880, 0.8, facing=-1, arms=("hold", "down"), item="scroll"))
    out.append(L.grass_tufts(53, 10, 840, 895, "#B5A46E"))
    return out


@scene("ch01/c01-aguda-unites.svg", "Wanyan Aguda, a Jurchen leader, stands in the middle of a crowd of Jurchen chieftains who raise their hands to show they will follow him.")
def c01_aguda_unites():
    out = [L.sky("winter", "#A9C6DE", "#EEF3F6"),
           L.forest(420, 61, 14, 0.4, 0.7, snow=True),
           L.ground(420, P.SNOW), L.rolling(430, 8, P.SNOW_SHADE, 62)]
    out.append(F.crowd_row(-10, 1210, 520, P.JIN, 0.55, "jurchen", seed=63, spears=False))
    out.append(path("M400 900 C420 760 520 700 600 700 C680 700 780 760 800 900 Z", "#C7D3DD", **ink(3)))
    out.append(F.banner(470, 720, 1.0, P.JIN, "tall"))
    out.append(F.banner(730, 720, 1.0, P.JIN, "tall"))
    chiefs = ((120, 800, 0.8, -0), (290, 860, 0.95, 0), (910, 860, 0.95, 0), (1080, 800, 0.8, 0))
    for i, (x, y, s, _) in enumerate(chiefs):
        facing = 1 if x < 600 else -1
        arms = ("up", "up") if i % 2 == 0 else ("up", "down")
        out.append(F.figure(x, y, s, P.JIN, "jurchen", "stand", arms, facing, "smile", "coat"))
    out.append(F.figure(600, 760, 1.15, P.JIN, "jurchen", "stand", ("wave", "hip"), 1, "smile", "coat", trim=P.GOLD))
    out.append(L.snowfall(64, 40))
    return out


@scene("ch01/c01-golden-jin.svg", "Wanyan Aguda in a blue robe sits on a simple throne, with a golden banner behind him. Jurchen warriors in blue bow to their new emperor.")
def c01_golden_jin():
    out = [rect(0, 0, W, H, linear([(0, "#6E5A44"), (1, "#9C8266")]))]
    # a big timber hall: log walls and posts
    for k in range(10):
        out.append(line(0, 40 + k * 56, W, 40 + k * 56, "#5E4A36", 4, opacity="0.5"))
    out.append(rect(0, 560, W, 340, linear([(0, "#B69770"), (1, "#8E6E4A")])))
    for px in (90, 1110):
        out.append(rect(px - 32, 0, 64, 600, P.WOOD, **ink(3)))
    out.append(rect(0, 20, W, 40, P.WOOD_DARK, **ink(3)))
    # golden banner behind the throne
    out.append(place(g(line(0, 0, 0, -420, P.WOOD_DARK, 10), circle(0, -426, 12, P.GOLD, **ink(2)),
                       path("M0 -410 L200 -410 L200 -150 L160 -120 L120 -150 L80 -120 L40 -150 L0 -130 Z", P.GOLD, **ink(4)),
                       rect(0, -410, 200, 22, P.GOLD_DARK)), 500, 520, 1.1))
    out.append(path("M300 660 L900 660 L940 710 L260 710 Z", "#8E6440", **ink(3)))
    # simple wooden throne with furs
    out.append(path("M420 670 L420 330 Q600 290 780 330 L780 670 Z", P.WOOD, **ink(3)))
    out.append(path("M436 380 Q600 356 764 380 L764 450 L436 450 Z", "#A07850", **ink(2)))
    out.append(jin_emperor(600, 690, 1.45, pose="sit", arms=("wave", "hip")))
    # warriors bowing
    for x, y, s_, fc in ((130, 860, 1.15, 1), (360, 900, 1.3, 1), (840, 900, 1.3, -1), (1070, 860, 1.15, -1)):
        out.append(F.figure(x, y, s_, P.JIN, "jurchen_helmet", "kneel", ("fold", "fold"), fc, "smile", "armour", bow=18))
    return out


@scene("ch01/c01-three-powers.svg", "A simple picture map with three areas: the Liao in the north, the Jin in blue in the north-east, and the Song in orange in the south. A Jin rider and a Song messenger look toward each other.")
def c01_three_powers():
    box = (150, 60, 1050, 700)
    out = [rect(0, 0, W, H, "#E9D9B4"), rect(0, 760, W, 140, "#C9A87A"),
           O.china_map(1115, box, dim=["xia"])]
    out.append(F.figure(230, 900, 1.3, P.SONG, "scholar", "walk", ("wave", "hold"), 1, "smile", "coat", "scroll"))
    out.append(jin_rider(900, 900, 1.0, facing=-1, hat="jurchen", dress="coat", color=P.HORSE_GREY, arms=("wave", "down")))
    return out


@scene("ch01/c01-jurchen-life-1.svg", "A Jurchen chieftain in a plain blue coat stands outside his home in the far north, talking with a few men of his tribe.")
def c01_jurchen_life_1():
    out = [L.sky("winter"), L.clouds(71, 3, 60, 160, 0.8, 1.1),
           L.mountains(380, P.MTN_FAR, seed=72, n=5, hmin=90, hmax=180, snow=True),
           L.forest(420, 73, 14, 0.35, 0.55, snow=True),
           L.ground(430, P.SNOW), L.rolling(470, 6, P.SNOW_SHADE, 74),
           B.hut(820, 620, 340, 170, snow=True),
           L.pine(1120, 660, 1.0, snow=True), L.pine(560, 560, 0.7, snow=True),
           B.yurt(380, 600, 200, 130, P.JIN.main, smoke=True),
           X.camp_fire(600, 800, 1.0)]
    out.append(F.figure(760, 860, 1.2, P.JIN, "jurchen", "stand", ("point", "down"), -1, "smile", "coat"))
    out.append(F.figure(420, 820, 0.95, P.JIN, "jurchen", "stand", ("down", "down"), 1, "smile", "coat"))
    out.append(F.figure(260, 860, 1.0, P.JIN, "jurchen", "stand", ("hip", "down"), 1, "o", "coat"))
    out.append(F.figure(110, 800, 0.85, P.JIN, "jurchen", "stand", ("spear", "down"), 1, "smile", "coat", "spear"))
    out.append(L.snowfall(75, 50))
    return out


@scene("ch01/c01-jurchen-life-2.svg", "A Jurchen warrior on horseback in a blue coat holds a bow, riding across open grassland.")
def c01_jurchen_life_2():
    out = [L.sky("day", "#6FB2E2", "#D8EEF8"), L.clouds(81, 3, 80, 220, 1.0, 1.6),
           L.mountains(560, P.MTN_FAR, seed=82, n=6, hmin=60, hmax=120),
           L.ground(550, P.GRASS), L.rolling(620, 14, "#96BC5E", 83),
           L.grass_tufts(84, 30, 640, 900, P.GRASS_DARK, s=1.2)]
    out.append(jin_rider(560, 860, 1.2, gallop=True, facing=1, hat="jurchen", dress="coat", color=P.HORSE_CHESTNUT,
                         arms=("bow_arms", "down"), item="bow"))
    for k in range(4):
        out.append(line(80 + k * 30, 600 + k * 40, 200 + k * 30, 600 + k * 40, "#FFFFFF", 5, opacity="0.6"))
    out.append(L.birds(900, 160, 3, 1.3))
    return out


# ------------------------------------------------------------------ more shared backgrounds

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


def fur_rug(cx, cy, w=420, h=90, color="#A57A4E"):
    return path(f"M{f(cx - w / 2)} {f(cy)} Q{f(cx - w / 2 - 20)} {f(cy - h / 2)} {f(cx - w / 2 + 20)} {f(cy - h / 2)} L{f(cx + w / 2 - 20)} {f(cy - h / 2)} "
                f"Q{f(cx + w / 2 + 20)} {f(cy - h / 2)} {f(cx + w / 2)} {f(cy)} Q{f(cx + w / 2 + 20)} {f(cy + h / 2)} {f(cx + w / 2 - 20)} {f(cy + h / 2)} "
                f"L{f(cx - w / 2 + 20)} {f(cy + h / 2)} Q{f(cx - w / 2 - 20)} {f(cy + h / 2)} {f(cx - w / 2)} {f(cy)} Z", color, **ink(3))


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


def sea_sky(kind="winter", horizon=430):
    return [L.sky(kind), L.water(horizon, "#6C8CA6", "#3D617E")]


# ------------------------------------------------------------------ chapter 2: An Alliance by Sea

@scene("ch02/c02-huizong-chance.svg", "Emperor Huizong of the Song, in orange robes, stands in his palace reading a letter, while an official points to a map of lands in the north.")
def c02_huizong_chance():
    out = [B.interior(640, pillars=(80, 1120), lanterns=False)]
    # a map on a stand
    out.append(rect(640, 150, 470, 330, P.WOOD_DARK, **ink(4)))
    out.append(O.china_map(1115, (660, 170, 1090, 460), dim=["xia"], highlight="liao"))
    out.append(line(700, 480, 680, 700, P.WOOD_DARK, 10))
    out.append(line(1050, 480, 1070, 700, P.WOOD_DARK, 10))
    # the Sixteen Prefectures: a ring on the map
    px, py = O.map_point("yanjing", (660, 170, 1090, 460))
    out.append(ellipse(px - 20, py - 4, 60, 34, "none", stroke="#FFFFFF", stroke_width="8", stroke_dasharray="10 8"))
    out.append(official(830, 900, 1.75, facing=1, arms=("point", "down"), mood="o"))
    out.append(song_emperor(330, 900, 2.0, facing=1, arms=("hold", "hold"), item="open_scroll", mood="o"))
    return out


@scene("ch02/c02-talks-by-sea.svg", "A Song ship with orange sails crosses a grey sea. On deck, a messenger holds a sealed letter tightly and looks toward the far coast.")
def c02_talks_by_sea():
    out = [L.sky("winter", "#8C9AAA", "#D7DEE5"),
           L.cloud(900, 120, 1.6, "#B5BFCA", 0.9), L.cloud(300, 90, 1.2, "#C2CAD3", 0.8),
           L.water(470, "#6F8BA3", "#3A5D7A"),
           # far coast on the left
           path("M-20 470 L-20 430 C60 420 120 400 200 420 C260 430 300 450 340 470 Z", "#7E8E7A"),
           L.waves(520, "#C9D7E2", 8, 14, 3), L.waves(600, "#C9D7E2", 10, 12, 4)]
    ship = S.junk(0, 0, 1, P.SONG.main, 2, P.SONG, facing=-1, length=700)
    out.append(place(ship, 700, 820, 1.15))
    # the messenger standing on deck
    out.append(F.figure(560, 750, 1.35, P.SONG, "scholar", "stand", ("hold", "hold"), -1, "flat", "robe", "scroll"))
    out.append(L.waves(810, "#E3ECF3", 18, 8, 6))
    out.append(L.waves(870, "#E3ECF3", 20, 6, 6))
    out.append(L.birds(180, 300, 3, 1.0))
    return out


@scene("ch02/c02-deal-1120.svg", "A Song envoy in orange and a Jin envoy in blue sit across a low table, each holding one half of a sealed agreement.")
def c02_deal_1120():
    out = [rect(0, 0, W, H, linear([(0, "#E9D7B0"), (1, "#D5BD8E")])),
           # tent cloth folds
           *[path(f"M{x} 0 Q{x + 60} 300 {x} 620", "none", stroke="#C8AE7E", stroke_width="6") for x in range(100, 1200, 200)],
           rect(0, 620, W, 280, "#A98A5C"),
           fur_rug(600, 800, 1100, 170, "#B9875A"),
           B.brazier(600, 600, 1.0)]
    out.append(F.figure(250, 860, 1.9, P.SONG, "song_official", "sit", ("reach", "down"), 1, "smile", "robe"))
    out.append(F.figure(950, 860, 1.9, P.JIN, "jurchen", "sit", ("reach", "down"), -1, "smile", "coat"))
    # low table
    out.append(rect(400, 760, 400, 28, P.WOOD, rx=5, **ink(3)))
    out.append(rect(420, 786, 24, 70, P.WOOD_DARK, **ink(3)))
    out.append(rect(756, 786, 24, 70, P.WOOD_DARK, **ink(3)))
    out.append(O.cup(520, 760, 1.0))
    out.append(O.cup(680, 760, 1.0))
    # two halves of the agreement, each with a red seal, held up toward each other
    out.append(place(g(rect(-100, -75, 100, 150, P.PAPER, **ink(3)), line(-70, -50, -70, 40, "#B8AC95", 6), line(-40, -50, -40, 20, "#B8AC95", 6),
                       circle(-16, 44, 18, "#C8402F")), 470, 600, 1, rot=-8))
    out.append(place(g(rect(0, -75, 100, 150, P.PAPER, **ink(3)), line(30, -50, 30, 40, "#B8AC95", 6), line(60, -50, 60, 20, "#B8AC95", 6),
                       circle(16, 44, 18, "#C8402F")), 730, 600, 1, rot=8))
    return out


@scene("ch02/c02-jin-change-minds.svg", "Jin riders in blue gallop through the open gate of a big Liao city, their banners flying.")
def c02_jin_change_minds():
    out = [L.sky("day", "#86C1E8", "#E3F2F8"), L.clouds(201, 3, 50, 130),
           B.city(-20, 1220, 520, 260, P.LIAO, 700, (260, 1140), open_=True, banners=0, roofs_behind=4),
           F.banner(260, 240, 0.8, P.LIAO, "swallow"), F.banner(1140, 240, 0.8, P.LIAO, "swallow"),
           L.ground(520, "#D8C58E"),
           poly([(640, 520), (760, 520), (900, 900), (380, 900)], "#E6D3A3")]
    out.append(jin_rider(700, 560, 0.4, gallop=True, facing=1, color=P.HORSE_GREY))
    out.append(F.banner(640, 600, 0.7, P.JIN, "swallow"))
    out.append(jin_rider(540, 680, 0.6, gallop=True, facing=1, color=P.HORSE_BLACK, arms=("banner", "down"), item="banner"))
    out.append(jin_rider(280, 800, 0.8, gallop=True, facing=1, color=P.HORSE_BROWN, arms=("spear", "down"), item="spear"))
    out.append(jin_rider(760, 900, 0.95, gallop=True, facing=1, color=P.HORSE_CHESTNUT, hat="jurchen", dress="coat", arms=("wave", "down")))
    for k in range(5):
        out.append(circle(60 + k * 70, 860 - k * 20, 40 - k * 4, "#E6D3A3", opacity="0.7"))
    return out


@scene("ch02/c02-song-delays.svg", "A Song army in orange marches north along a dusty road toward the far-off walls of Yanjing.")
def c02_song_delays():
    out = [L.sky("dawn", "#E8C48E", "#F6E6C4"),
           L.mountains(360, "#C8B79A", seed=211, n=6, hmin=50, hmax=120),
           L.ground(350, "#D9C28A"),
           B.city(520, 700, 362, 30, P.LIAO, 610, (530, 690), banners=2, outline=False, gatehouse=True),
           L.road(610, 360, 200, 1000, 24, "#EBD9A8")]
    rows = [(360, 0.1), (400, 0.16), (450, 0.22), (520, 0.3), (610, 0.42), (730, 0.58)]
    for i, (y, s) in enumerate(rows):
        t = (y - 360) / 540
        half = 20 + 380 * t
        out.append(F.crowd_row(610 - half, 610 + half, y, P.SONG, s, "song", seed=212 + i, banners=1 if i >= 2 else 0,
                               outline=s > 0.2))
    out.append(song_soldier(300, 900, 1.0, facing=1, arms=("banner", "down"), item="banner"))
    out.append(song_soldier(920, 900, 1.0, facing=-1))
    for k in range(6):
        out.append(circle(120 + k * 190, 880, 60, "#E8D6A6", opacity="0.55"))
    return out


@scene("ch02/c02-tong-guan-fails.svg", "The Song general Tong Guan, in orange armor, rides away from the walls of Yanjing with his tired soldiers following him.")
def c02_tong_guan_fails():
    out = [L.sky("winter", "#9AA4B0", "#DCE0E3"),
           B.city(640, 1240, 470, 170, P.LIAO, 940, (700, 1180), banners=3, outline=True, roofs_behind=3),
           L.ground(470, "#B8AE86"), L.rolling(520, 10, "#ADA27A", 221)]
    out.append(F.crowd_row(560, 900, 560, P.SONG, 0.35, "song", seed=222, spears=True))
    out.append(song_soldier(620, 720, 0.7, facing=-1, mood="flat", arms=("down", "down"), item=None))
    out.append(song_soldier(820, 790, 0.85, facing=-1, mood="worried", arms=("spear", "down")))
    out.append(song_soldier(1000, 870, 1.0, facing=-1, mood="flat", arms=("down", "down"), item=None))
    general = F.figure(0, 0, 1, P.SONG, "song_helmet", "ride", ("down", "down"), 1, "worried", "armour")
    out.append(F.horse(330, 880, 1.0, P.HORSE_GREY, P.SONG, facing=-1, rider=general))
    out.append(F.banner(520, 860, 0.9, P.SONG, "swallow", wave=10))
    return out


@scene("ch02/c02-jin-take-yanjing.svg", "Jin soldiers in blue lead carts piled with goods out through the gate of Yanjing, while a line of city people walks beside them. No one is hurt.")
def c02_jin_take_yanjing():
    out = [L.sky("day", "#9DCBEA", "#E6F2F7"), L.clouds(231, 3, 60, 150),
           B.city(-40, 560, 500, 230, P.JIN, 300, (40,), open_=True, banners=2, roofs_behind=2),
           L.ground(500, "#CDBB86"),
           poly([(240, 500), (360, 500), (1220, 760), (1220, 900), (700, 900)], "#E0CD9C")]
    out.append(O.cart(560, 610, 0.45, "chests"))
    out.append(jin_soldier(770, 620, 0.45, facing=1))
    out.append(O.cart(760, 780, 0.65, "silk"))
    out.append(jin_soldier(1060, 790, 0.65, facing=1, arms=("wave", "down"), item=None))
    # a line of city people walking beside the carts (in front)
    for i, (x, y, s) in enumerate(((330, 720, 0.55), (430, 780, 0.62), (530, 840, 0.7), (640, 900, 0.78))):
        out.append(F.figure(x, y, s, [P.PLAIN, P.TEAL_CLOTH][i % 2], ["topknot", "woman"][i % 2], "walk", ("down", "hold"), 1, "flat",
                            "robe", "silk" if i == 1 else None))
    out.append(jin_soldier(140, 880, 0.85, facing=1))
    return out


@scene("ch02/c02-hard-talks.svg", "Aguda in blue sits with his arms folded, frowning, as a Song envoy in orange unrolls a long list in front of him.")
def c02_hard_talks():
    out = [jin_hall(620, posts=(40, 1160)), fur_rug(820, 800, 620, 130)]
    out.append(F.banner(1020, 620, 1.5, P.JIN, "tall"))
    out.append(B.throne(840, 760, 1.25, P.WOOD_LIGHT, P.JIN.main))
    out.append(F.figure(840, 780, 1.7, P.JIN, "emperor_jin", "sit", ("cross", "cross"), -1, "cross", "robe", trim=P.GOLD))
    out.append(F.figure(260, 900, 1.7, P.SONG, "song_official", "stand", ("reach", "hold"), 1, "smile", "robe"))
    # the long list, unrolling from the envoy's hands down across the floor
    out.append(path("M330 640 C380 600 470 610 500 650 L470 660 C450 640 380 636 350 660 Z", P.PAPER, **ink(3)))
    out.append(path("M380 650 L470 650 C480 720 470 790 520 860 L640 880 L560 900 L420 900 C400 800 400 720 380 650 Z", P.PAPER, **ink(3)))
    for k in range(7):
        out.append(line(410 + k * 6, 680 + k * 30, 450 + k * 8, 680 + k * 30, "#B8AC95", 5))
    out.append(ellipse(620, 884, 26, 14, P.PAPER, **ink(3)))
    return out


@scene("ch02/c02-treaty-1123.svg", "Song soldiers in orange march through the gate into Yanjing. The streets are quiet and the market stalls stand empty.")
def c02_treaty_1123():
    out = [L.sky("winter", "#B5C4D2", "#E9EEF2"),
           B.wall(-20, 1220, 430, 200), B.gate(600, 430, 150, 180, open_=True),
           B.pavilion(600, 230, 300, 90),
           L.ground(430, "#CDBE9A"),
           poly([(500, 430), (700, 430), (1000, 900), (200, 900)], "#DDD0B2")]
    for k in range(6):
        y = 460 + k * 80
        out.append(line(600 - (y - 430) * 0.63, y, 600 + (y - 430) * 0.63, y, "#C9BB98", 3))
    out.append(F.crowd_row(540, 660, 470, P.SONG, 0.3, "song", seed=241, spears=True))
    out.append(song_soldier(560, 600, 0.6, facing=1, mood="flat"))
    out.append(song_soldier(650, 640, 0.65, facing=-1, mood="flat"))
    out.append(F.banner(500, 600, 0.7, P.SONG, "tall"))
    # empty stalls on both sides of the street
    out.append(B.stall(200, 640, 220, 170, "#8C7B64", goods=False))
    out.append(B.stall(1000, 640, 220, 170, "#8C7B64", goods=False))
    out.append(B.stall(80, 860, 260, 200, "#A0826A", goods=False))
    out.append(B.stall(1120, 860, 260, 200, "#A0826A", goods=False))
    out.append(song_soldier(480, 880, 0.95, facing=1, mood="o"))
    out.append(song_soldier(730, 900, 1.0, facing=-1, mood="flat"))
    # a few leaves blowing along the empty street
    for x, y in ((820, 760), (880, 720), (300, 800)):
        out.append(ellipse(x, y, 10, 5, "#B88A4A", transform=f"rotate(30 {x} {y})"))
    return out


# ------------------------------------------------------------------ chapter 3: The Alliance Breaks

@scene("ch03/c03-zhang-jue.svg", "Zhang Jue, a man in an official's robe, opens the gate of the walled city of Pingzhou and waves in Song soldiers in orange.")
def c03_zhang_jue():
    out = [L.sky("day", "#92C6E6", "#E2F1F7"), L.clouds(301, 3, 50, 140),
           L.mountains(420, P.MTN_FAR, seed=302, n=5, hmin=60, hmax=140),
           B.city(-40, 760, 560, 300, None, 420, (40, 720), open_=True, roofs_behind=0),
           L.ground(560, "#C9C08A"),
           poly([(350, 560), (490, 560), (1220, 760), (1220, 900), (900, 900)], "#E0D2A2")]
    # Zhang Jue at the open gate, waving
    out.append(F.figure(560, 700, 1.2, P.TEAL_CLOTH, "scholar", "stand", ("wave", "down"), 1, "smile", "robe"))
    # Song soldiers arriving from the right
    out.append(F.crowd_row(860, 1220, 640, P.SONG, 0.42, "song", seed=303, banners=2))
    out.append(song_soldier(800, 800, 0.85, facing=-1, arms=("wave", "down"), item=None))
    out.append(song_soldier(960, 860, 0.95, facing=-1))
    out.append(song_soldier(1110, 900, 1.05, facing=-1, arms=("banner", "down"), item="banner"))
    return out


@scene("ch03/c03-defector-rule.svg", "A Jin envoy in blue holds up a treaty scroll and points at it, while a worried Song official in orange listens.")
def c03_defector_rule():
    out = [B.interior(660, wall_color="#8A3A2A", pillars=(60, 1140), lanterns=False),
           B.screen(600, 640, 560, 360)]
    out.append(F.figure(330, 900, 2.0, P.JIN, "jurchen", "stand", ("up", "point"), 1, "cross", "coat"))
    # the treaty scroll held up high in the envoy's raised hand
    out.append(O.scroll(520, 400, 1.0, 230, 150, lines=5))
    out.append(F.figure(880, 900, 1.9, P.SONG, "song_official", "stand", ("fold", "fold"), -1, "worried", "robe"))
    return out


@scene("ch03/c03-nine-more.svg", "Taizong, the Jin emperor, in blue robes, sits on his throne holding a Song letter, looking unsure. Two Jin princes in armor stand beside him.")
def c03_nine_more():
    out = [jin_hall(620, posts=(70, 1130)),
           F.banner(600, 620, 1.6, P.JIN, "square"),
           B.throne(600, 700, 1.2, P.WOOD_LIGHT, P.JIN.main)]
    out.append(jin_emperor(600, 720, 1.4, pose="sit", arms=("hold", "hold"), mood="worried", item="open_scroll"))
    # question marks are text, so the unsure look is shown by the face and a tilted head of the princes
    out.append(F.figure(260, 880, 1.55, P.JIN, "jurchen_helmet", "stand", ("hip", "down"), 1, "flat", "armour"))
    out.append(F.figure(940, 880, 1.55, P.JIN, "jurchen_helmet", "stand", ("spear", "hip"), -1, "flat", "armour", "spear"))
    return out


@scene("ch03/c03-warrior-princes.svg", "Two Jin princes, Zonghan and Zongwang, in blue armor, stand before the Jin emperor's throne and shake their heads firmly.")
def c03_warrior_princes():
    out = [jin_hall(560, posts=(200, 1000)),
           path("M380 580 L820 580 L860 620 L340 620 Z", "#8E6440", **ink(3)),
           B.throne(600, 590, 0.8, P.WOOD_LIGHT, P.JIN.main),
           jin_emperor(600, 600, 0.9, pose="sit", arms=("hold", "down"), mood="o")]
    for x, fc in ((330, 1), (870, -1)):
        out.append(F.figure(x, 900, 2.1, P.JIN, "jurchen_helmet", "stand", ("cross", "cross"), fc, "cross", "armour"))
        # "shaking head" motion arcs either side of the head
        hy = 900 - 160 * 2.1
        for sgn in (-1, 1):
            cx = x + sgn * 95
            out.append(path(f"M{f(cx)} {f(hy - 40)} Q{f(cx + sgn * 22)} {f(hy)} {f(cx)} {f(hy + 40)}", "none", stroke=P.INK, stroke_width="6"))
            out.append(path(f"M{f(cx + sgn * 22)} {f(hy - 26)} Q{f(cx + sgn * 38)} {f(hy)} {f(cx + sgn * 22)} {f(hy + 26)}", "none", stroke=P.INK,
                            stroke_width="5"))
    return out


@scene("ch03/c03-western-xia-peace.svg", "A Jin envoy in blue and a Tangut envoy of the Western Xia shake hands in a tent, with their horses waiting outside.")
def c03_western_xia_peace():
    out = [L.sky("day", "#9FD0EE", "#EAF5F9"), L.ground(520, "#C9C387"),
           L.mountains(520, "#D2BE9A", seed=311, n=5, hmin=60, hmax=150),
           L.ground(515, "#C9C387")]
    # horses outside, seen through the open tent door
    out.append(F.horse(560, 640, 0.55, P.HORSE_BROWN, P.JIN, facing=-1, graze=True))
    out.append(F.horse(700, 650, 0.55, P.HORSE_GREY, P.XIA, facing=1))
    # tent interior frame: big curtains on both sides and a roof edge
    out.append(path("M-20 -20 L1220 -20 L1220 900 L1000 900 C960 600 900 360 800 200 L400 200 C300 360 240 600 200 900 L-20 900 Z", "#E6D9BC", **ink(4)))
    out.append(path("M-20 -20 L1220 -20 L1220 120 Q600 240 -20 120 Z", P.XIA.main, **ink(4)))
    for x in (80, 1120):
        out.append(line(x, 120, x, 900, "#CBB991", 8))
    out.append(rect(0, 820, W, 80, "#A98A5C"))
    out.append(F.figure(360, 890, 1.75, P.JIN, "jurchen", "stand", ("reach", "down"), 1, "smile", "coat"))
    out.append(F.figure(840, 890, 1.75, P.XIA, "tangut", "stand", ("reach", "down"), -1, "smile", "robe"))
    return out


@scene("ch03/c03-end-of-liao.svg", "Jin riders in blue lead Tianzuo, the last Liao emperor, away on horseback. His fine robes are dusty. No one is hurt.")
def c03_end_of_liao():
    out = [L.sky("winter", "#B7C3CF", "#ECEFF1"),
           L.mountains(430, "#B4BFCB", seed=321, n=5, hmin=80, hmax=180, snow=True),
           L.ground(420, "#D8D3BF"), L.rolling(500, 14, "#CBC5AE", 322),
           L.forest(440, 323, 8, 0.25, 0.35, x0=800, x1=1220, snow=True, outline=False)]
    out.append(jin_rider(1000, 560, 0.45, facing=-1, color=P.HORSE_BLACK, arms=("spear", "down"), item="spear"))
    # Tianzuo: purple robe with gold trim, dust spots, head low
    king = F.figure(0, 0, 1, P.LIAO, "khitan", "ride", ("down", "down"), 1, "flat", "robe", trim=P.GOLD)
    out.append(F.horse(700, 780, 0.95, P.HORSE_WHITE, P.LIAO, facing=-1, rider=king, mane="#C9C2B6"))
    # the leading rider holds the rope
    out.append(jin_rider(260, 840, 0.95, facing=-1, color=P.HORSE_BROWN, arms=("down", "reach")))
    out.append(path("M420 650 Q470 700 560 640", "none", stroke="#8A6A3E", stroke_width="5"))
    out.append(jin_rider(1080, 900, 0.9, facing=-1, color=P.HORSE_GREY, arms=("banner", "down"), item="banner"))
    return out


@scene("ch03/c03-why-it-broke.svg", "A modern historian sits at a desk piled with old books and scrolls, studying a map of the Song, Jin and Liao lands.")
def c03_why_it_broke():
    out = [modern_room(620)]
    out.append(F.figure(600, 700, 1.7, P.Side("modern", "#5C7A9A", "#3E5670", "#B8C8D8"), "glasses", "sit", ("reach", "hold"), 1, "o", "modern"))
    # desk with map and piles
    out.append(rect(140, 640, 920, 40, P.WOOD, **ink(4)))
    out.append(rect(170, 680, 40, 220, P.WOOD_DARK, **ink(3)))
    out.append(rect(990, 680, 40, 220, P.WOOD_DARK, **ink(3)))
    out.append(place(O.china_map(1115, (0, 0, 600, 420), dim=["xia"]), 420, 596, 0.6, sy=0.3))
    out.append(book_pile(250, 640, 1.2, 5, 331))
    out.append(book_pile(960, 640, 1.0, 3, 332))
    out.append(O.rolled_scroll(940, 560, 0.8))
    out.append(O.rolled_scroll(260, 505, 0.7, ribbon=P.JIN.main))
    out.append(place(g(rect(-8, -140, 16, 140, "#666", **ink(2)), path("M-60 -140 L60 -140 L30 -190 L-30 -190 Z", "#3FA7A0", **ink(3))), 1080, 640))
    return out


@scene("ch03/c03-road-to-war.svg", "Jin horsemen in blue gather on a hill at dawn, looking south toward the orange flags of Song towns far away.")
def c03_road_to_war():
    out = [L.sky("dawn", "#F4A36E", "#FCE3B8"), L.sun(960, 430, 70, "#FFE08A"),
           L.mountains(470, "#D9A88A", seed=341, n=6, hmin=40, hmax=110),
           L.ground(460, "#BFB27F"), L.rolling(500, 10, "#B1A572", 342)]
    for x, y, s in ((780, 520, 0.3), (1010, 540, 0.38), (1140, 500, 0.24)):
        out.append(B.city(x - 90 * s / 0.22, x + 90 * s / 0.22, y, 150 * s, P.SONG, None, (), banners=3, outline=False,
                          roofs_behind=2, seed=int(x)))
    out.append(path("M-20 900 L-20 560 C200 520 420 540 620 620 C720 660 800 780 820 900 Z", "#7E8F55", **ink(3)))
    out.append(F.crowd_row(20, 420, 600, P.JIN, 0.42, "jurchen", seed=343, banners=3))
    out.append(jin_rider(200, 760, 0.8, facing=1, color=P.HORSE_BLACK, arms=("point", "down")))
    out.append(jin_rider(480, 800, 0.9, facing=1, color=P.HORSE_BROWN, arms=("spear", "down"), item="spear"))
    out.append(jin_rider(70, 900, 0.95, facing=1, color=P.HORSE_GREY, arms=("banner", "down"), item="banner"))
    return out


# ------------------------------------------------------------------ chapter 4: The First Invasion

def jin_tents(rows, seed=400):
    """Rows of Jin army tents: rows = [(y, scale, x0, x1), ...] back to front."""
    r = rng(seed)
    out = []
    for i, (y, s, x0, x1) in enumerate(rows):
        n = max(1, int((x1 - x0) / (190 * s)))
        for k in range(n):
            x = x0 + (k + 0.5) * (x1 - x0) / n + r.uniform(-20, 20) * s
            out.append(B.tent(x, y + r.uniform(-6, 6) * s, 160 * s, 120 * s, P.JIN, outline=s > 0.35, flag=(k % 2 == 0)))
    return g(*out)


@scene("ch04/c04-two-armies.svg", "A long column of Jin riders in blue, led by Zonghan, winds through mountain passes toward a walled city with orange flags.")
def c04_two_armies():
    out = [L.sky("winter", "#9DB8D0", "#E4ECF2"), L.clouds(401, 2, 60, 120, 0.8, 1.0),
           L.mountains(360, "#B5C2D0", seed=402, n=5, hmin=120, hmax=230, snow=True),
           L.ground(358, "#C9C7B0"),
           B.city(860, 1120, 380, 70, P.SONG, 990, (870, 1110), banners=3, outline=False, roofs_behind=2),
           L.mountains(520, "#8C9CAE", seed=403, n=4, hmin=160, hmax=300, x0=-200, x1=700, bottom=905),
           path("M-20 900 L-20 430 C120 470 260 520 300 600 C340 700 260 800 240 900 Z", "#7A8796", **ink(3)),
           path("M1220 900 L1220 560 C1100 560 980 600 940 660 C900 740 960 820 1000 900 Z", "#7A8796", **ink(3))]
    # the winding pass road
    road = [(330, 900), (420, 760), (700, 690), (600, 560), (820, 470), (960, 395)]
    out.append(path(smooth(road), "none", stroke="#CDBE9A", stroke_width="70"))
    out.append(path(smooth(road), "none", stroke="#DCCFAF", stroke_width="50"))
    # riders from far (leader, Zonghan, with a banner) to near
    spots = [(905, 430, 0.16), (830, 470, 0.19), (700, 520, 0.23), (620, 570, 0.27), (660, 640, 0.33), (560, 700, 0.4),
             (420, 760, 0.5), (360, 880, 0.62)]
    for i, (x, y, s) in enumerate(spots):
        col = [P.HORSE_BROWN, P.HORSE_GREY, P.HORSE_BLACK, P.HORSE_CHESTNUT][i % 4]
        fc = 1
        if i == 0:
            out.append(F.rider(x, y, s, P.JIN, "jurchen_helmet", P.HORSE_WHITE, False, 1, ("banner", "down"), "banner", "armour",
                               trim=P.GOLD))
        else:
            out.append(jin_rider(x, y, s, facing=fc, color=col, item="spear" if i % 3 == 0 else None,
                                 arms=("spear", "down") if i % 3 == 0 else ("down", "down")))
    return out


@scene("ch04/c04-wang-bing.svg", "Wang Bing, a Song commander in orange armor, stands on the wall of Taiyuan with his soldiers, looking out at Jin tents in blue all around the city.")
def c04_wang_bing():
    out = [L.sky("winter", "#A7B6C6", "#E3E8EC"),
           L.mountains(330, "#A3AFBE", seed=411, n=6, hmin=80, hmax=180, snow=True),
           L.ground(320, "#CFC6A6"),
           jin_tents([(360, 0.22, 300, 1200), (410, 0.3, 380, 1220), (480, 0.4, 520, 1220), (570, 0.5, 700, 1220)], 412),
           F.banner(900, 560, 0.5, P.JIN, "swallow"), F.banner(1100, 600, 0.55, P.JIN, "tall")]
    # the wall walk in the foreground, running across the bottom-left
    out.append(poly([(-20, 620), (560, 560), (1220, 760), (1220, 900), (-20, 900)], P.WALL_LIGHT, **ink(3)))
    out.append(poly([(-20, 900), (-20, 760), (560, 690), (1220, 880), (1220, 900)], P.WALL, **ink(3)))
    for k in range(9):
        t = k / 8
        x = -20 + t * 1240
        y = (760 + (690 - 760) * (x + 20) / 580) if x < 560 else (690 + (880 - 690) * (x - 560) / 660)
        out.append(rect(x - 30, y - 70, 60, 70, P.WALL, **ink(3)))
    out.append(song_soldier(120, 700, 1.0, facing=1, arms=("spear", "down")))
    out.append(F.figure(330, 690, 1.35, P.SONG, "song_helmet", "stand", ("point", "hip"), 1, "flat", "armour", trim=P.GOLD))
    out.append(song_soldier(520, 660, 0.95, facing=1, arms=("bow_arms", "down"), item="bow"))
    out.append(F.banner(620, 660, 1.0, P.SONG, "tall"))
    return out


@scene("ch04/c04-eastern-army.svg", "Guo Yaoshi, a general, rides out of the gate of Yanjing to greet Zongwang and his Jin army in blue. Townspeople watch quietly from the walls.")
def c04_eastern_army():
    out = [L.sky("winter", "#B9C7D3", "#EEF1F3"),
           B.city(-40, 640, 540, 270, None, 320, (40, 600), open_=True, roofs_behind=0),
           F.crowd_row(60, 580, 280, P.PLAIN, 0.4, "people", seed=421, spears=False),
           L.ground(540, "#D3C9A6"),
           F.crowd_row(720, 1220, 560, P.JIN, 0.42, "jurchen", seed=422, banners=3)]
    guo = F.figure(0, 0, 1, P.SONG, "song_helmet", "ride", ("wave", "down"), 1, "smile", "armour")
    out.append(F.horse(420, 800, 0.95, P.HORSE_BROWN, P.SONG, facing=1, rider=guo))
    zw = F.figure(0, 0, 1, P.JIN, "jurchen_helmet", "ride", ("wave", "down"), 1, "smile", "armour", trim=P.GOLD)
    out.append(F.horse(900, 860, 1.05, P.HORSE_BLACK, P.JIN, facing=-1, rider=zw))
    out.append(jin_soldier(1150, 900, 0.9, facing=-1, arms=("banner", "down"), item="banner"))
    return out


@scene("ch04/c04-new-emperor.svg", "In a palace hall, Huizong in orange robes steps down from the throne as his son Qinzong steps up to take his place. Officials bow low.")
def c04_new_emperor():
    out = [B.interior(600, pillars=(70, 1130)),
           B.screen(600, 460, 460, 300)]
    # dais with steps
    out.append(rect(330, 460, 540, 40, "#8E3A28", **ink(3)))
    for k in range(4):
        out.append(rect(300 - k * 30, 500 + k * 35, 600 + k * 60, 35, P.STONE if k % 2 else "#DDD6CA", **ink(3)))
    out.append(B.throne(600, 480, 0.8, P.GOLD, P.SONG.main))
    out.append(song_emperor(380, 610, 1.25, facing=-1, arms=("down", "wave"), mood="smile").replace("", "") if False else
               F.figure(380, 610, 1.25, P.SONG, "emperor_song", "walk", ("down", "wave"), -1, "smile", "robe", trim=P.GOLD, beard=True))
    out.append(F.figure(820, 570, 1.2, P.SONG, "emperor_song", "walk", ("fold", "fold"), -1, "flat", "robe", trim=P.GOLD))
    for x, fc in ((150, 1), (330, 1), (880, -1), (1060, -1)):
        out.append(official(x, 880, 1.0, facing=fc, pose="kneel", bow=22, mood="flat"))
    return out


@scene("ch04/c04-huizong-flees.svg", "At dawn, Huizong in orange robes rides out of a gate of Kaifeng with a few riders, heading south. Behind him rise the city walls with orange flags.")
def c04_huizong_flees():
    out = [L.sky("dawn", "#EFA27C", "#FBE2BE"), L.sun(180, 360, 60, "#FFE39A"),
           kaifeng(450, 230, P.SONG, 4, open_=True, gate_x=720, towers=(140, 1140), roofs=5),
           L.ground(450, "#C7B78A"),
           poly([(660, 450), (780, 450), (1220, 780), (1220, 900), (900, 900)], "#DCCBA0")]
    hz = F.figure(0, 0, 1, P.SONG, "emperor_song", "ride", ("down", "down"), 1, "worried", "robe", trim=P.GOLD, beard=True)
    out.append(song_soldier(0, 0, 0.01) if False else "")
    out.append(F.rider(820, 560, 0.45, P.SONG, "song_helmet", P.HORSE_BLACK, True, 1, ("spear", "down"), "spear"))
    out.append(F.horse(780, 760, 0.85, P.HORSE_WHITE, P.SONG, gallop=True, facing=1, rider=hz, mane="#C9C2B6"))
    out.append(F.rider(420, 700, 0.65, P.SONG, "song_helmet", P.HORSE_BROWN, True, 1, ("banner", "down"), "banner"))
    out.append(F.rider(1040, 880, 0.9, P.SONG, "song_helmet", P.HORSE_CHESTNUT, True, 1))
    for k in range(5):
        out.append(circle(560 + k * 40, 720 + k * 30, 40, "#E6D3A3", opacity="0.6"))
    return out


@scene("ch04/c04-kaifeng-surrounded.svg", "The huge walls of Kaifeng, ringed by Jin tents and banners in blue. A Jin rider carries a scroll with the terms toward the city gate.")
def c04_kaifeng_surrounded():
    out = [L.sky("winter", "#A8B5C4", "#E2E7EC"),
           kaifeng(400, 230, P.SONG, 4, towers=(120, 1080), roofs=6),
           L.ground(400, "#C9C0A0"),
           jin_tents([(470, 0.32, -20, 430), (470, 0.32, 770, 1220), (580, 0.45, -20, 380), (590, 0.45, 820, 1220),
                      (740, 0.65, -60, 330), (760, 0.65, 870, 1260)], 431),
           poly([(560, 400), (640, 400), (760, 900), (440, 900)], "#DCD0AE")]
    for x, y in ((300, 560), (900, 560), (200, 760), (1000, 780)):
        out.append(F.banner(x, y, 0.75, P.JIN, "swallow"))
    out.append(F.rider(600, 640, 0.7, P.JIN, "jurchen_helmet", P.HORSE_GREY, False, -1, ("up", "down"), None))
    out.append(O.rolled_scroll(566, 432, 0.45))
    return out


@scene("ch04/c04-huge-price.svg", "A huge pile of treasure outside Kaifeng's gate: chests of silver and gold, rolls of silk, and a long line of horses, mules, cattle and camels.")
def c04_huge_price():
    out = [L.sky("day", "#A2CDEA", "#E8F4F8"),
           kaifeng(430, 240, P.SONG, 2, gate_x=330, towers=(40, 640), x0=-40, x1=700, roofs=3),
           L.ground(430, "#CDBF91")]
    # line of animals walking away to the right, far to near
    animals = [(760, 480, 0.22, "camel"), (850, 510, 0.26, "horse"), (950, 545, 0.3, "ox"), (1060, 585, 0.34, "mule"),
               (1160, 630, 0.4, "camel")]
    for x, y, s, kind in animals:
        if kind == "camel":
            out.append(F.camel(x, y, s * 1.2, facing=1))
        elif kind == "ox":
            out.append(O.ox_(x, y, s * 1.3))
        elif kind == "mule":
            out.append(F.horse(x, y, s, "#8C7B6A", facing=1, mane="#5A4C40"))
        else:
            out.append(F.horse(x, y, s, P.HORSE_CHESTNUT, facing=1))
    # the treasure pile
    out.append(O.chest(250, 760, 1.0, open_=True))
    out.append(O.chest(520, 790, 1.1, open_=True, fill="silk"))
    out.append(O.chest(390, 660, 0.8, color=P.WOOD_DARK))
    out.append(O.ingot_pile(150, 880, 1.0, 6, P.GOLD, P.GOLD_DARK))
    out.append(O.silk_pile(720, 890, 1.1, 6))
    out.append(O.ingot_pile(420, 890, 1.1, 6))
    out.append(O.coin_string(900, 720, 1.2, 11))
    out.append(O.silk_pile(1020, 900, 0.9, 4))
    return out


@scene("ch04/c04-court-argues.svg", "In a palace hall, Song officials in orange robes argue in two groups. Li Gang points toward the city walls, while Emperor Qinzong listens from his throne.")
def c04_court_argues():
    out = [B.interior(600, pillars=(60, 1140), lanterns=False)]
    # an open window showing the city wall
    out.append(rect(800, 140, 260, 250, "#BFD7E6", **ink(4)))
    out.append(clip(rect(800, 140, 260, 250, "#000"), B.wall(780, 1080, 340, 90, outline=True), F.banner(930, 250, 0.35, P.SONG, "tall"),
                    L.ground(340, "#CDBF91")))
    out.append(rect(800, 140, 260, 250, "none", stroke=P.WOOD_DARK, stroke_width="14"))
    out.append(B.throne(560, 560, 0.8, P.GOLD, P.SONG.main))
    out.append(song_emperor(560, 580, 0.95, pose="sit", arms=("hip", "hip"), mood="worried"))
    # two arguing groups
    out.append(official(170, 820, 1.15, facing=1, arms=("wave", "fold"), mood="o"))
    out.append(official(330, 870, 1.2, facing=1, arms=("reach", "fold"), mood="cross"))
    out.append(official(80, 900, 1.25, facing=1, arms=("fold", "fold"), mood="worried"))
    out.append(official(830, 880, 1.3, facing=1, arms=("point", "up"), mood="cross"))
    out.append(official(1010, 840, 1.15, facing=-1, arms=("up", "fold"), mood="o"))
    out.append(official(1120, 900, 1.2, facing=-1, arms=("fold", "fold"), mood="flat"))
    return out


@scene("ch04/c04-siege-ends.svg", "Jin soldiers in blue march away from Kaifeng with loaded carts, while Song people in orange watch quietly from the top of the city wall.")
def c04_siege_ends():
    out = [L.sky("day", "#B2D3EA", "#EEF5F8"), L.clouds(441, 3, 60, 160, 0.7, 1.0),
           L.mountains(380, "#B9C4D0", seed=442, n=5, hmin=50, hmax=110),
           L.ground(370, "#CFC49C"),
           poly([(-20, 470), (100, 450), (640, 380), (680, 380), (380, 470)], "#E0D4AE")]
    # the Jin column leaving toward the far left
    for i, (x, y, s) in enumerate(((600, 395, 0.16), (480, 410, 0.2), (330, 430, 0.26), (150, 455, 0.32))):
        out.append(O.cart(x, y, s, "chests" if i % 2 else "silk", facing=-1))
        out.append(jin_soldier(x + 80 * s, y + 4, s * 1.1, facing=-1, arms=("spear", "down")))
    out.append(F.crowd_row(360, 700, 420, P.JIN, 0.18, "jurchen", seed=443, outline=False))
    # the wall top in the foreground with Song people watching
    out.append(poly([(-20, 620), (1220, 560), (1220, 900), (-20, 900)], P.WALL_LIGHT, **ink(3)))
    out.append(B.crenels(-20, 1220, 600, P.WALL, 40))
    out.append(F.figure(260, 860, 1.2, P.SONG, "topknot", "stand", ("down", "down"), -1, "flat", "robe"))
    out.append(F.figure(470, 880, 1.3, P.SONG, "woman", "stand", ("fold", "fold"), -1, "flat", "robe"))
    out.append(F.figure(640, 880, 0.95, P.SONG, "child", "stand", ("down", "down"), -1, "o", "robe", child=True))
    out.append(song_soldier(860, 860, 1.2, facing=-1, mood="flat"))
    out.append(F.figure(1060, 870, 1.25, P.SONG, "song_official", "stand", ("fold", "fold"), -1, "flat", "robe"))
    return out


@scene("ch04/c04-fire-bombs-1.svg", "A wooden trebuchet, a big throwing machine with a long arm, stands inside a city wall. Song soldiers in orange load a small round fire bomb into its sling.")
def c04_fire_bombs_1():
    out = [L.sky("day", "#A9CDE6", "#E5F1F6"),
           B.wall(-20, 1220, 470, 250), L.ground(470, "#CDBF91"),
           B.house(1060, 470, 180, 80), ]
    out.append(X.trebuchet(620, 760, 1.45, facing=1, arm_up=False, load="bomb"))
    # the sling hangs low on the left; the bomb is being placed in it
    out.append(song_soldier(180, 870, 1.15, facing=1, arms=("reach", "reach"), item=None))
    out.append(song_soldier(440, 880, 1.15, facing=-1, arms=("reach", "down"), item=None))
    out.append(song_soldier(1000, 880, 1.1, facing=-1, arms=("up", "down"), item=None, mood="o"))
    out.append(O.chest(820, 880, 0.7, open_=False))
    return out


@scene("ch04/c04-fire-bombs-2.svg", "At the walls of Kaifeng, Song defenders in orange throw fire bombs from the wall, while a tall wooden Jin siege tower with blue banners stands outside. Flames and smoke, no one hurt.")
def c04_fire_bombs_2():
    out = [L.sky("smoke"),
           X.smoke(380, 560, 1.1, P.SMOKE, 0.5, seed=461), X.smoke(720, 520, 0.9, P.SMOKE_LIGHT, 0.55, seed=462),
           L.ground(640, "#BFB08A")]
    # Kaifeng's wall on the right, defenders on top
    out.append(B.wall(700, 1240, 760, 420))
    out.append(F.crowd_row(720, 1220, 330, P.SONG, 0.45, "song", seed=463, spears=False))
    out.append(song_soldier(820, 345, 0.8, facing=-1, arms=("up", "down"), item=None, mood="o"))
    out.append(song_soldier(1050, 345, 0.8, facing=-1, arms=("up", "down"), item=None))
    # fire bombs flying out in arcs
    for (x0, y0, x1, y1) in ((800, 160, 520, 240), (1020, 170, 600, 420)):
        out.append(path(f"M{x0} {y0} Q{(x0 + x1) / 2} {min(y0, y1) - 120} {x1} {y1}", "none", stroke="#FFD166", stroke_width="5",
                        stroke_dasharray="10 14", opacity="0.9"))
        out.append(circle(x1, y1, 16, "#5A4A3E", **ink(3)))
        out.append(X.flame(x1 + 4, y1 - 10, 0.35, int(x1)))
    # the Jin siege tower outside, with blue banners
    out.append(X.siege_tower(420, 820, 1.3, P.JIN, facing=1))
    out.append(F.banner(200, 820, 1.0, P.JIN, "tall"))
    out.append(X.fire(300, 560, 820, 0.9, 464))
    out.append(X.glow(430, 800, 260))
    return out


# ------------------------------------------------------------------ chapter 5: The Fall of Kaifeng

@scene("ch05/c05-deal-broken.svg", "A Song army in orange marches north under gray skies, past fields, toward hills where blue Jin banners wait.")
def c05_deal_broken():
    out = [L.sky("winter", "#8E99A6", "#D3D9DE"), L.cloud(300, 120, 1.6, "#7D8794", 0.8), L.cloud(850, 90, 1.8, "#737D8A", 0.8),
           L.hills(380, "#8FA172", 501, 4, 60, 140),
           L.ground(370, "#B9B98A"),
           L.field_rows(440, 900, "#C9C08C", "#A9A070", 10, (600, 300))]
    for x in (180, 520, 860, 1080):
        out.append(F.banner(x, 340, 0.55, P.JIN, "swallow"))
    # the marching column: a diagonal from front-left to back-right
    out.append(poly([(-20, 900), (300, 900), (900, 420), (820, 420)], "#D9CFA6"))
    for i, (x, y, s) in enumerate(((820, 440, 0.2), (720, 500, 0.26), (600, 570, 0.33), (470, 650, 0.42))):
        out.append(F.crowd_row(x - 70 * s / 0.2, x + 70 * s / 0.2, y, P.SONG, s, "song", seed=502 + i, banners=1, outline=s > 0.3))
    out.append(song_soldier(260, 800, 0.95, facing=1, arms=("spear", "down")))
    out.append(song_soldier(100, 900, 1.1, facing=1, arms=("banner", "down"), item="banner"))
    return out


@scene("ch05/c05-taiyuan-falls.svg", "Jin soldiers in blue pour through the broken gate of Taiyuan, while tired Song defenders in orange lower their flag on the wall.")
def c05_taiyuan_falls():
    out = [L.sky("smoke", "#9A938C", "#E0CFB4"), X.smoke(200, 260, 0.8, P.SMOKE, 0.45, seed=511),
           B.city(-40, 1240, 600, 300, None, 600, (120, 1080), open_=True, gatehouse=False, roofs_behind=0),
           L.ground(600, "#C4B68E")]
    # broken gate: a fallen door leaning outward
    out.append(poly([(500, 600), (560, 470), (610, 480), (560, 610)], P.WOOD, **ink(3)))
    # the lowering flag on the wall, and tired defenders
    out.append(place(g(line(0, 0, 0, -200, P.WOOD_DARK, 7),
                       path("M0 -110 L80 -100 L74 -40 L0 -50 Z", P.SONG.main, **ink(3))), 860, 300))
    out.append(F.figure(800, 300, 0.75, P.SONG, "song_helmet", "stand", ("reach", "down"), 1, "flat", "armour"))
    out.append(F.figure(960, 300, 0.7, P.SONG, "song_helmet", "stand", ("down", "down"), -1, "flat", "armour"))
    out.append(F.figure(330, 300, 0.7, P.SONG, "song_helmet", "stand", ("down", "down"), 1, "flat", "armour"))
    # Jin soldiers pouring through the gate toward the viewer
    out.append(F.crowd_row(520, 690, 620, P.JIN, 0.42, "jurchen", seed=512))
    out.append(jin_soldier(460, 760, 0.85, facing=-1))
    out.append(jin_soldier(720, 780, 0.9, facing=1, arms=("banner", "down"), item="banner"))
    out.append(jin_soldier(260, 900, 1.05, facing=-1))
    out.append(jin_soldier(930, 900, 1.1, facing=1))
    return out


@scene("ch05/c05-peace-side.svg", "Emperor Qinzong in orange sits on his throne reading a letter with bad news, while officials in orange robes crowd around him.")
def c05_peace_side():
    out = [B.interior(620, wall_color="#7A3A2A", pillars=(40, 1160)),
           B.screen(600, 620, 620, 380),
           B.throne(600, 760, 1.4, P.GOLD, P.SONG.main)]
    out.append(song_emperor(600, 780, 1.5, pose="sit", arms=("hold", "hold"), mood="worried", item="open_scroll"))
    out.append(official(220, 860, 1.35, facing=1, arms=("fold", "fold"), mood="worried"))
    out.append(official(380, 900, 1.2, facing=1, arms=("reach", "down"), mood="o", bow=10))
    out.append(official(980, 860, 1.35, facing=-1, arms=("fold", "fold"), mood="worried"))
    out.append(official(820, 900, 1.2, facing=-1, arms=("fold", "fold"), mood="flat", bow=10))
    return out


@scene("ch05/c05-qinzong-mistake.svg", "A map-like picture: small groups of Song soldiers in orange march away from Kaifeng in different directions, leaving only a few guards on its walls.")
def c05_qinzong_mistake():
    out = [rect(0, 0, W, H, P.PARCHMENT), rect(18, 18, W - 36, H - 36, "none", stroke=P.PARCHMENT_EDGE, stroke_width="14", rx=10)]
    # roads radiating out of the city
    cx, cy = 600, 450
    ends = [(120, 140), (1080, 120), (1120, 760), (100, 780), (600, 860), (1140, 440)]
    for ex, ey in ends:
        out.append(line(cx, cy, ex, ey, "#D8C08A", 36))
    out.append(path("M-20 620 C300 560 500 700 800 640 C1000 600 1100 660 1220 640", "none", stroke=P.WATER, stroke_width="22"))
    # Kaifeng from above: a square wall with a few guards
    out.append(rect(cx - 150, cy - 130, 300, 260, P.WALL, **ink(4)))
    out.append(rect(cx - 120, cy - 100, 240, 200, "#E9DDC0", **ink(3)))
    for k in range(3):
        out.append(rect(cx - 90 + k * 60, cy - 60, 40, 30, P.ROOF, **ink(2)))
        out.append(rect(cx - 90 + k * 60, cy + 20, 40, 30, P.ROOF, **ink(2)))
    for gx, gy in ((cx, cy - 130), (cx + 150, cy), (cx - 150, cy + 40)):
        out.append(F.figure(gx, gy + 20, 0.28, P.SONG, "song_helmet", "stand", ("spear", "down"), 1, "worried", "armour", "spear"))
    # groups marching away along the roads, with arrows
    for ex, ey in ends[:5]:
        t = 0.62
        gx, gy = cx + (ex - cx) * t, cy + (ey - cy) * t
        out.append(F.crowd_row(gx - 60, gx + 60, gy, P.SONG, 0.3, "song", seed=int(gx), spears=True))
        t2 = 0.88
        out.append(O.arrow_path([(cx + (ex - cx) * 0.75, cy + (ey - cy) * 0.75), (cx + (ex - cx) * t2, cy + (ey - cy) * t2)], P.SONG.main, 12, 30))
    return out


@scene("ch05/c05-second-siege.svg", "Two Jin armies in blue, with banners, arrive from different directions and meet outside the walls of Kaifeng.")
def c05_second_siege():
    out = [L.sky("winter", "#9FAEBF", "#DCE3E9"), L.snowfall(521, 30, 0, 500),
           kaifeng(360, 170, P.SONG, 3, towers=(200, 1000), roofs=3, x0=60, x1=1140),
           L.ground(360, "#E6E7E2"), L.rolling(420, 8, "#D9DBD4", 522)]
    # army from the left
    for i, (x, y, s) in enumerate(((120, 520, 0.45), (190, 690, 0.65))):
        out.append(jin_rider(x, y, s, facing=1, color=[P.HORSE_BROWN, P.HORSE_GREY, P.HORSE_BLACK][i], arms=("banner", "down") if i == 1 else ("down", "down"),
                             item="banner" if i == 1 else None))
    out.append(F.crowd_row(-20, 300, 470, P.JIN, 0.3, "jurchen", seed=523, banners=2))
    # army from the right
    for i, (x, y, s) in enumerate(((1080, 520, 0.45), (1010, 690, 0.65))):
        out.append(jin_rider(x, y, s, facing=-1, color=[P.HORSE_CHESTNUT, P.HORSE_BROWN, P.HORSE_GREY][i], arms=("banner", "down") if i == 1 else ("down", "down"),
                             item="banner" if i == 1 else None))
    out.append(F.crowd_row(900, 1220, 470, P.JIN, 0.3, "soldier", seed=524, banners=2))
    # the two leaders meet in the middle
    out.append(jin_rider(400, 880, 0.95, facing=1, color=P.HORSE_WHITE, arms=("wave", "down")))
    out.append(jin_rider(810, 880, 0.95, facing=-1, color=P.HORSE_BLACK, arms=("wave", "down"), hat="jurchen", dress="coat"))
    return out


@scene("ch05/c05-walls-broken.svg", "Jin soldiers in blue climb over a broken part of Kaifeng's wall, while Song officials in orange carry chests of treasure out of a palace gate. No one is hurt.")
def c05_walls_broken():
    out = [L.sky("smoke", "#8D8884", "#D8C6AA"), X.smoke(300, 250, 0.8, P.SMOKE, 0.4, seed=531)]
    # broken wall in the back-left: a gap with a slope of rubble
    out.append(B.wall(-20, 260, 500, 260))
    out.append(B.wall(520, 760, 500, 260))
    out.append(poly([(250, 500), (260, 330), (300, 360), (330, 300), (380, 340), (420, 310), (470, 350), (530, 320), (530, 500)], P.WALL_SHADE, **ink(3)))
    out.append(poly([(180, 520), (300, 380), (460, 400), (600, 520)], "#B89C72", **ink(3)))
    for x, y in ((280, 420), (350, 395), (420, 420), (500, 450)):
        out.append(circle(x, y, 14, P.WALL_LIGHT, **ink(2)))
    out.append(jin_soldier(330, 410, 0.5, facing=1, arms=("up", "down"), item=None))
    out.append(jin_soldier(430, 420, 0.5, facing=-1, arms=("banner", "down"), item="banner"))
    out.append(jin_soldier(240, 470, 0.45, facing=1))
    out.append(L.ground(500, "#C9BC98"))
    # palace gate on the right, officials carrying chests out
    out.append(rect(760, 260, 460, 300, P.PILLAR, **ink(3)))
    out.append(B.roof(990, 260, 520, 90, P.ROOF_GOLD))
    out.append(rect(900, 340, 180, 220, "#2B211C", **ink(3)))
    out.append(rect(740, 540, 500, 30, P.STONE, **ink(3)))
    for x, y, s, fc in ((640, 760, 1.0, -1), (880, 820, 1.1, -1), (440, 880, 1.2, -1)):
        out.append(official(x, y, s, facing=fc, arms=("hold", "hold"), mood="worried"))
        out.append(O.chest(x + 4 * s, y - 36 * s, 0.5 * s))
    out.append(official(1100, 900, 1.25, facing=-1, arms=("hold", "hold"), mood="flat", item="silver"))
    return out


@scene("ch05/c05-taken-north.svg", "A long line of carts and walking people in orange Song court robes travels north across bare, cold land, with Jin riders in blue beside them. No one is hurt.")
def c05_taken_north():
    out = [L.sky("winter", "#A9B5C2", "#E5EAEE"),
           L.mountains(360, "#BCC7D2", seed=541, n=6, hmin=60, hmax=140, snow=True),
           L.ground(350, "#D7D3C4"), L.snowfall(542, 60, 0, 900),
           poly([(560, 360), (600, 360), (1220, 700), (1220, 840)], "#E6E3D8")]
    line_ = [(600, 375, 0.12, "cart"), (680, 400, 0.15, "walk"), (760, 430, 0.19, "cart"), (850, 470, 0.23, "walk"),
             (950, 520, 0.29, "walk"), (1050, 580, 0.36, "cart")]
    for x, y, s, k in line_:
        if k == "cart":
            out.append(O.cart(x, y, s, "chests", ox=True, facing=-1))
        else:
            out.append(F.figure(x, y, s * 1.6, P.SONG, "song_official", "walk", ("down", "down"), -1, "flat", "robe"))
            out.append(F.figure(x + 50 * s, y + 4, s * 1.5, P.SONG, "woman", "walk", ("fold", "fold"), -1, "flat", "robe"))
    out.append(F.figure(620, 820, 1.05, P.SONG, "song_official", "walk", ("down", "down"), -1, "flat", "robe"))
    out.append(F.figure(800, 860, 1.0, P.SONG, "woman", "walk", ("fold", "fold"), -1, "flat", "robe"))
    out.append(jin_rider(300, 700, 0.75, facing=-1, color=P.HORSE_BROWN, arms=("spear", "down"), item="spear"))
    out.append(jin_rider(1060, 900, 0.95, facing=-1, color=P.HORSE_GREY, hat="jurchen", dress="coat"))
    return out


@scene("ch05/c05-captivity.svg", "Qinzong, now in plain clothes, sits quietly in a simple wooden room far in the north. A Jin official in blue hands him a scroll naming him a duke.")
def c05_captivity():
    out = [rect(0, 0, W, H, linear([(0, "#7A5E42"), (1, "#9E7F5C")]))]
    for k in range(12):
        out.append(line(0, 30 + k * 52, W, 30 + k * 52, "#6A4F36", 5, opacity="0.6"))
    out.append(rect(0, 640, W, 260, "#8E6E4A"))
    # small window with snow outside
    out.append(rect(780, 140, 240, 200, "#D7E3EC", **ink(5)))
    out.append(clip(rect(780, 140, 240, 200, "#000"), L.pine(860, 360, 0.6, snow=True), L.pine(970, 380, 0.8, snow=True),
                    L.snowfall(551, 14, 140, 340)))
    out.append(line(900, 140, 900, 340, P.WOOD_DARK, 8))
    # a plain bench
    out.append(rect(180, 700, 360, 26, P.WOOD_LIGHT, **ink(3)))
    out.append(rect(200, 724, 24, 90, P.WOOD_DARK, **ink(3)))
    out.append(rect(496, 724, 24, 90, P.WOOD_DARK, **ink(3)))
    out.append(F.figure(360, 720, 1.55, P.PLAIN, "topknot", "sit", ("reach", "down"), 1, "flat", "robe"))
    out.append(F.figure(820, 880, 1.75, P.JIN, "jurchen", "stand", ("reach", "down"), -1, "smile", "robe"))
    out.append(O.scroll(590, 520, 0.55, 200, 140))
    return out


@scene("ch05/c05-why-song-lost.svg", "Emperor Huizong in orange robes paints a picture of birds in a garden, while far away on a plain, Jin horsemen in blue ride past Song foot soldiers.")
def c05_why_song_lost():
    out = [L.sky("day", "#A6D2EC", "#ECF6F9"), L.clouds(561, 2, 40, 100, 0.6, 0.8),
           L.mountains(300, P.MTN_FAR, seed=563, n=6, hmin=40, hmax=90),
           L.ground(295, "#C8C590"),
           # far plain: Jin horsemen ride past Song foot soldiers
           F.crowd_row(640, 1180, 440, P.SONG, 0.38, "song", seed=562, spears=True),
           jin_rider(420, 420, 0.3, gallop=True, facing=1), jin_rider(640, 380, 0.28, gallop=True, facing=1, color=P.HORSE_GREY),
           jin_rider(860, 370, 0.26, gallop=True, facing=1, color=P.HORSE_BLACK), jin_rider(1060, 360, 0.24, gallop=True, facing=1),
           # garden wall across the middle
           rect(-20, 480, 1240, 90, P.PLASTER, **ink(3)), B.roof(600, 480, 1300, 40, P.ROOF, ridge=False),
           rect(0, 570, W, 330, "#9CC27A")]
    out.append(L.leafy_tree(110, 760, 1.0, blossom="#F2A6B8"))
    out.append(L.rock(1100, 860, 1.3))
    # painting table with a silk painting of birds
    out.append(B.table(720, 890, 560, 120))
    out.append(rect(470, 700, 500, 70, "#F4ECD8", **ink(3)))
    out.append(path("M490 750 Q640 720 780 735 Q860 742 950 720", "none", stroke="#7A5A3A", stroke_width="5"))
    for bx, by in ((560, 726), (700, 716), (860, 722)):
        out.append(ellipse(bx, by, 16, 10, "#6E9BD0", **ink(2)))
        out.append(circle(bx + 12, by - 8, 7, "#6E9BD0", **ink(2)))
        out.append(path(f"M{bx + 18} {by - 8} l8 2 l-8 3 Z", P.GOLD))
    out.append(F.figure(330, 890, 1.8, P.SONG, "emperor_song", "stand", ("reach", "down"), 1, "smile", "robe", "brush", trim=P.GOLD,
                        beard=True))
    return out


# ------------------------------------------------------------------ chapter 6: Why Did the Song Fail?

MODERN = P.Side("modern", "#5C7A9A", "#3E5670", "#B8C8D8")
KID_RED = P.Side("kid", "#D9534F", "#A33A37", "#F2B5B3")
KID_GREEN = P.Side("kid2", "#4FA36B", "#357A4C", "#B5DDC0")


@scene("ch06/c06-a-big-question.svg", "A girl and a boy sit at a table covered with old scrolls and books, looking at a map of China with the north shaded blue and the south shaded orange.")
def c06_a_big_question():
    out = [modern_room(600)]
    out.append(F.figure(250, 720, 1.6, KID_RED, "ponytail", "sit", ("reach", "chin"), 1, "o", "modern", child=False))
    out.append(F.figure(960, 720, 1.6, KID_GREEN, "short_hair", "sit", ("point", "down"), -1, "smile", "modern"))
    out.append(rect(100, 700, 1000, 36, P.WOOD_LIGHT, **ink(4)))
    out.append(rect(130, 736, 36, 170, P.WOOD, **ink(3)))
    out.append(rect(1034, 736, 36, 170, P.WOOD, **ink(3)))
    # the map, propped up on the table
    out.append(O.china_map(1142, (420, 420, 780, 690), dim=["xia"]))
    out.append(book_pile(230, 700, 0.9, 3, 601))
    out.append(O.rolled_scroll(900, 684, 0.8))
    out.append(O.rolled_scroll(1000, 650, 0.6, ribbon=P.JIN.main))
    return out


@scene("ch06/c06-old-accounts.svg", "An old scholar writes in a long scroll by lamplight; behind him, faded in a cloud, Song officials in orange robes whisper together in a palace hall.")
def c06_old_accounts():
    out = [rect(0, 0, W, H, linear([(0, "#2A2440"), (1, "#4A3A48")])),
           rect(0, 640, W, 260, "#5A4634"),
           X.glow(330, 560, 420, P.FIRE_IN, 0.35)]
    # the memory cloud with whispering officials
    cl = g(path(smooth([(480, 330), (540, 150), (700, 90), (880, 110), (1040, 160), (1120, 300), (1060, 430), (860, 470), (640, 460), (520, 420)],
                       closed=True), "#F0E4C8", opacity="0.55"),
           opacity(g(rect(560, 190, 480, 210, "#B5432F", opacity="0.4"),
                     official(650, 440, 0.85, facing=1, arms=("fold", "fold"), mood="flat", bow=8),
                     official(760, 440, 0.85, facing=-1, arms=("reach", "down"), mood="o", bow=10),
                     official(920, 440, 0.85, facing=-1, arms=("fold", "fold"), mood="smile", bow=8)), 0.6))
    out.append(cl)
    for cx, cy, r in ((450, 470, 26), (410, 520, 16), (385, 555, 10)):
        out.append(circle(cx, cy, r, "#F0E4C8", opacity="0.55"))
    # scholar at a low desk with a long scroll
    out.append(F.figure(300, 780, 1.55, P.PLAIN, "scholar", "sit", ("reach", "down"), 1, "smile", "robe", "brush", beard=True))
    out.append(rect(320, 730, 520, 30, P.WOOD, rx=4, **ink(3)))
    out.append(rect(340, 760, 24, 110, P.WOOD_DARK, **ink(3)))
    out.append(rect(800, 760, 24, 110, P.WOOD_DARK, **ink(3)))
    out.append(path("M420 722 L760 722 L780 734 L980 800 L960 830 L760 744 L420 744 Z", P.PAPER, **ink(3)))
    for k in range(8):
        out.append(line(470 + k * 34, 726, 470 + k * 34, 740, "#8A8070", 4))
    # oil lamp
    out.append(path("M170 720 L230 720 L220 740 L180 740 Z", P.COPPER, **ink(3)))
    out.append(rect(190, 740, 20, 120, P.WOOD_DARK, **ink(2)))
    out.append(X.flame(200, 722, 0.35, 7))
    return out


@scene("ch06/c06-painter-emperor.svg", "Emperor Huizong in orange robes paints birds on silk in a beautiful garden, while far beyond the garden wall a small column of smoke rises over a town.")
def c06_painter_emperor():
    out = [L.sky("day", "#97CBEA", "#E9F5F9"),
           L.mountains(360, P.MTN_FAR, seed=611, n=5, hmin=40, hmax=100),
           L.ground(355, "#C9C791"),
           B.house(1000, 400, 90, 40, outline=False), B.house(1080, 405, 80, 36, outline=False), B.house(930, 410, 70, 34, outline=False),
           X.smoke(1010, 360, 0.35, P.SMOKE, 0.6, seed=612, puffs=5),
           rect(-20, 420, 1240, 80, P.PLASTER, **ink(3)), B.roof(600, 420, 1320, 34, P.ROOF, ridge=False),
           rect(0, 500, W, 400, "#A7CB80"),
           ellipse(950, 760, 250, 70, P.WATER, **ink(3)), L.lotus_leaves(760, 611, 5, 760, 1140)]
    out.append(L.leafy_tree(700, 620, 1.1, blossom="#F2A6B8"))
    out.append(L.rock(1130, 640, 1.2))
    # a tall silk hanging on a stand, with two birds on a branch
    out.append(line(180, 860, 180, 260, P.WOOD_DARK, 10))
    out.append(line(520, 860, 520, 260, P.WOOD_DARK, 10))
    out.append(rect(160, 250, 380, 16, P.WOOD, **ink(3)))
    out.append(rect(200, 266, 300, 460, "#F6EED9", **ink(3)))
    out.append(path("M210 560 Q320 520 400 540 Q450 550 490 520", "none", stroke="#7A5A3A", stroke_width="7"))
    out.append(path("M330 532 q20 -40 50 -52", "none", stroke="#7A5A3A", stroke_width="5"))
    for bx, by, c in ((300, 510, "#6E9BD0"), (420, 500, "#D9834F")):
        out.append(ellipse(bx, by, 30, 19, c, **ink(3)))
        out.append(circle(bx + 22, by - 16, 13, c, **ink(3)))
        out.append(circle(bx + 26, by - 19, 3, P.INK))
        out.append(path(f"M{bx + 34} {by - 18} l14 4 l-14 5 Z", P.GOLD, **ink(1.5)))
        out.append(path(f"M{bx - 28} {by} l-26 12 l4 -16 Z", c, **ink(2)))
    for fx, fy in ((240, 600), (460, 580), (260, 640)):
        out.append(circle(fx, fy, 9, "#F2A6B8"))
    out.append(F.figure(700, 900, 1.75, P.SONG, "emperor_song", "stand", ("point", "down"), -1, "smile", "robe", trim=P.GOLD, beard=True))
    out.append(line(590, 590, 560, 560, P.WOOD_DARK, 6))
    out.append(path("M556 556 l-10 -14 l14 4 Z", P.INK))
    return out


@scene("ch06/c06-a-modern-view.svg", "A modern historian sits in a library with a laptop and a stack of old Chinese books, pointing at a chart of the Song army.")
def c06_a_modern_view():
    out = [modern_room(620)]
    # the chart on an easel: rows of little orange soldier blocks and bars
    out.append(rect(430, 90, 360, 300, P.PAPER, **ink(4)))
    for k, n in enumerate((7, 5, 3, 6)):
        y = 130 + k * 62
        out.append(rect(460, y, 28, 34, P.SONG.main, rx=6, **ink(2)))
        out.append(rect(500, y + 6, 36 * n, 22, [P.SONG.main, P.SONG.light, P.SONG.dark, P.SONG.main][k], **ink(2)))
    out.append(line(470, 390, 440, 560, P.WOOD_DARK, 8))
    out.append(line(750, 390, 780, 560, P.WOOD_DARK, 8))
    out.append(F.figure(300, 760, 1.6, MODERN, "glasses", "sit", ("point", "down"), 1, "smile", "modern"))
    out.append(rect(80, 740, 760, 34, P.WOOD_LIGHT, **ink(4)))
    out.append(rect(110, 774, 30, 130, P.WOOD, **ink(3)))
    out.append(rect(780, 774, 30, 130, P.WOOD, **ink(3)))
    out.append(F._item("laptop", (360, 738), MODERN)[1])
    # stack of old thread-bound books (plain covers)
    for k in range(5):
        out.append(rect(560 - k * 3, 716 - k * 24, 190, 24, ["#4A5C7A", "#6B4A3A", "#3E6462", "#7A5A3A", "#5A4A6A"][k], rx=2, **ink(3)))
        out.append(line(580 - k * 3, 716 - k * 24, 580 - k * 3, 740 - k * 24, "#E9DCC0", 2))
    return out


@scene("ch06/c06-too-sure.svg", "Song officials in orange robes stand proudly around a table map, pushing many little soldier pieces toward a mountain kingdom in the west.")
def c06_too_sure():
    out = [B.interior(560, pillars=(60, 1140), lanterns=True)]
    out.append(official(300, 610, 1.1, facing=1, arms=("hip", "hip"), mood="smile"))
    out.append(official(600, 580, 1.05, facing=1, arms=("up", "hip"), mood="smile"))
    out.append(official(900, 610, 1.1, facing=-1, arms=("hip", "fold"), mood="smile"))
    # the table map seen from above at a slant
    out.append(poly([(140, 600), (1060, 600), (1160, 860), (40, 860)], P.WOOD, **ink(4)))
    out.append(poly([(180, 614), (1020, 614), (1100, 840), (100, 840)], P.PARCHMENT, **ink(3)))
    # the western mountain kingdom (Western Xia), crimson, on the left
    out.append(poly([(190, 620), (420, 620), (380, 836), (110, 836)], P.XIA.light, opacity="0.9"))
    for mx, my in ((230, 700), (300, 760), (200, 800), (330, 680)):
        out.append(poly([(mx - 34, my + 24), (mx, my - 30), (mx + 34, my + 24)], "#9A8A72", **ink(2)))
    out.append(path("M600 620 C640 700 560 760 620 836", "none", stroke=P.WATER, stroke_width="12"))
    # many little orange soldier pieces pushed westward
    r = rng(621)
    for k in range(16):
        px = 480 + (k % 8) * 60 + r.uniform(-8, 8)
        py = 680 + (k // 8) * 80 + r.uniform(-8, 8)
        out.append(g(rect(px - 12, py - 30, 24, 30, P.SONG.main, rx=6, **ink(2)), circle(px, py - 36, 9, P.SONG.light, **ink(2))))
    out.append(O.arrow_path([(560, 800), (460, 760), (400, 730)], P.SONG.main, 14, 34))
    out.append(F.figure(1060, 900, 1.3, P.SONG, "song_official", "stand", ("reach", "hip"), -1, "smile", "robe"))
    return out


@scene("ch06/c06-asking-too-much.svg", "A Song messenger in orange unrolls a long list of demands before frowning Jin leaders in blue, while behind them rows of Jin horsemen grow larger.")
def c06_asking_too_much():
    out = [L.sky("winter", "#A4B4C4", "#E4EAEE"), L.ground(360, "#C9C39C")]
    # rows of horsemen, small far away and larger nearer (behind the leaders, on the right)
    for i, (y, s, x0) in enumerate(((380, 0.16, 520), (430, 0.22, 560), (500, 0.3, 620))):
        for k in range(int((1240 - x0) / (170 * s / 0.3 * 0.55))):
            x = x0 + k * 170 * s / 0.3 * 0.55
            out.append(jin_rider(x, y, s, facing=-1, color=[P.HORSE_BROWN, P.HORSE_GREY, P.HORSE_BLACK][(k + i) % 3]))
    out.append(F.banner(700, 500, 0.8, P.JIN, "tall"))
    out.append(F.banner(1150, 520, 0.9, P.JIN, "swallow"))
    out.append(F.figure(780, 880, 1.55, P.JIN, "jurchen_helmet", "stand", ("cross", "cross"), -1, "cross", "armour"))
    out.append(F.figure(1030, 900, 1.6, P.JIN, "emperor_jin", "stand", ("cross", "cross"), -1, "cross", "robe", trim=P.GOLD))
    out.append(F.figure(230, 880, 1.5, P.SONG, "song_official", "stand", ("reach", "hold"), 1, "smile", "robe"))
    out.append(path("M320 610 C380 590 430 600 450 630 L420 640 C410 620 360 620 340 640 Z", P.PAPER, **ink(3)))
    out.append(path("M360 630 L430 630 C440 700 420 780 480 860 L590 880 L520 900 L380 900 C370 800 370 700 360 630 Z", P.PAPER, **ink(3)))
    for k in range(8):
        out.append(line(388 + k * 5, 660 + k * 28, 420 + k * 7, 660 + k * 28, "#B8AC95", 5))
    return out


@scene("ch06/c06-no-horses.svg", "A split picture: on one side wide grassy plains full of running horses; on the other side a Song stable in orange colours with only two horses in it.")
def c06_no_horses():
    left = g(L.sky("day", "#88C4EA", "#E3F2F8"), L.mountains(420, P.MTN_FAR, seed=631, n=4, hmin=60, hmax=120),
             L.ground(410, P.GRASS), L.rolling(480, 12, "#9BC063", 632))
    r = rng(633)
    horses = []
    cols = [P.HORSE_BROWN, P.HORSE_GREY, P.HORSE_BLACK, P.HORSE_CHESTNUT, P.HORSE_WHITE]
    for k in range(11):
        y = 470 + (k % 4) * 110 + r.uniform(-20, 20)
        x = 40 + (k * 97) % 520 + r.uniform(-10, 10)
        s = 0.2 + (y - 450) / 1400
        horses.append((y, x, s, cols[k % 5]))
    horses.sort()
    left = g(left, *[F.horse(x, y, s, c, gallop=True, facing=1) for y, x, s, c in horses])
    right = g(rect(600, 0, 600, H, "#F3D9B6"),
              rect(600, 560, 600, 340, "#C9A877"),
              # stable: orange walls and beams, two stalls occupied, the rest empty
              rect(630, 230, 540, 350, "#F0B070", **ink(4)),
              B.roof(900, 230, 600, 110, P.ROOF),
              *[rect(640 + k * 106, 260, 14, 320, P.SONG.dark, **ink(2)) for k in range(6)],
              rect(630, 440, 540, 16, P.SONG.dark, **ink(2)),
              F.horse(700, 620, 0.55, P.HORSE_BROWN, facing=1), F.horse(820, 620, 0.55, P.HORSE_GREY, facing=1),
              rect(950, 540, 200, 40, "#D9C28A", **ink(2)))
    out = [clip(rect(0, 0, 600, H, "#000"), left), clip(rect(600, 0, 600, H, "#000"), right),
           rect(590, 0, 20, H, P.INK)]
    return out


@scene("ch06/c06-li-gang-horses.svg", "On an open field, Jin horsemen in blue with big iron shields ride forward, while Song foot soldiers in orange spread out and step back. No one is hurt.")
def c06_li_gang_horses():
    out = [L.sky("day", "#9BC9E6", "#E4F1F7"), L.clouds(641, 3, 50, 140),
           L.ground(420, "#B9BE82"), L.rolling(480, 10, "#ADB276", 642)]
    # Jin heavy cavalry riding forward (toward the right), with shields
    for i, (x, y, s) in enumerate(((160, 560, 0.5), (380, 640, 0.62), (120, 800, 0.8), (420, 880, 0.95))):
        out.append(F.rider(x, y, s, P.JIN, "jurchen_helmet", [P.HORSE_BLACK, P.HORSE_GREY, P.HORSE_BROWN, P.HORSE_CHESTNUT][i], True, 1,
                           ("hold", "down"), "shield"))
    # Song foot soldiers spreading out and stepping back (to the right)
    for x, y, s, fc in ((820, 560, 0.55, -1), (980, 620, 0.6, 1), (720, 700, 0.7, -1), (1120, 720, 0.75, 1), (900, 860, 0.9, -1)):
        out.append(F.figure(x, y, s, P.SONG, "song_helmet", "walk", ("spear", "down"), fc, "o", "armour", "spear"))
    for k in range(3):
        out.append(line(640, 600 + k * 40, 700, 600 + k * 40, "#FFFFFF", 5, opacity="0.7"))
    return out


@scene("ch06/c06-what-do-you-think.svg", "Three signposts stand at a crossroads: one shows a palace, one shows a table map, and one shows a horse. A group of children stand in front of them, thinking.")
def c06_what_do_you_think():
    out = [L.sky("day", "#9FD0EE", "#EAF6FA"), L.clouds(651, 3, 50, 150),
           L.ground(420, P.GRASS),
           poly([(560, 420), (640, 420), (900, 900), (300, 900)], "#E6D3A3"),
           poly([(-20, 520), (600, 470), (1220, 520), (1220, 580), (600, 520), (-20, 580)], "#E6D3A3"),
           L.leafy_tree(120, 500, 0.6), L.leafy_tree(1080, 500, 0.65)]
    # the signpost with three picture boards
    out.append(rect(588, 180, 24, 420, P.WOOD_DARK, **ink(3)))
    boards = [(-1, 220), (1, 320), (-1, 420)]
    for k, (d, y) in enumerate(boards):
        x0 = 600 if d > 0 else 360
        out.append(path(f"M{x0} {y} L{x0 + 240} {y} L{x0 + 240 + 40 * d if d > 0 else x0 + 240} {y + 40} L{x0 + 240} {y + 80} L{x0} {y + 80} "
                        + (f"L{x0 - 40} {y + 40} Z" if d < 0 else "Z"), P.WOOD_LIGHT, **ink(3)))
        cx, cy = x0 + 120, y + 40
        if k == 0:
            out.append(place(g(rect(-50, -10, 100, 36, P.PILLAR, **ink(2)), B.roof(0, -10, 110, 30, P.ROOF_GOLD)), cx, cy + 6, 0.9))
        elif k == 1:
            out.append(place(O.china_map(1142, (-70, -32, 70, 32), parchment=False, rivers=False), 0, 0, 1) if False else
                       g(rect(cx - 70, cy - 30, 140, 60, P.PARCHMENT, **ink(2)), poly([(cx - 64, cy - 24), (cx + 60, cy - 24), (cx + 60, cy - 4), (cx - 64, cy + 2)], P.JIN.main),
                         poly([(cx - 64, cy + 2), (cx + 60, cy - 4), (cx + 60, cy + 24), (cx - 64, cy + 24)], P.SONG.main)))
        else:
            out.append(F.horse(cx - 10, cy + 34, 0.3, P.HORSE_BROWN, facing=1))
    kids = [(300, 860, KID_RED, "ponytail", ("chin", "down")), (470, 900, KID_GREEN, "short_hair", ("chin", "hip")),
            (760, 900, P.SONG, "child", ("point", "down")), (930, 860, P.JIN, "child", ("chin", "down"))]
    for x, y, side, hair, arms in kids:
        out.append(F.figure(x, y, 1.45, side, hair, "stand", arms, 1 if x < 600 else -1, "o" if arms[0] != "point" else "smile",
                            "modern" if hair != "child" else "robe", child=True))
    return out


# ------------------------------------------------------------------ chapter 7: The Move South

def song_ship_row(items):
    return g(*[S.junk(x, y, s, P.SONG.main, 2, P.SONG, facing=fc) for x, y, s, fc in items])


@scene("ch07/c07-jin-not-ready.svg", "Jin leaders in blue stand around a large map of China in a tent, looking surprised at how much of the north is now coloured blue.")
def c07_jin_not_ready():
    out = [rect(0, 0, W, H, linear([(0, "#D9C9A4"), (1, "#C4B088")])),
           *[path(f"M{x} 0 Q{x + 50} 280 {x} 560", "none", stroke="#B59E74", stroke_width="6") for x in range(80, 1200, 180)],
           path("M-20 -20 L1220 -20 L1220 90 Q600 180 -20 90 Z", P.JIN.main, **ink(4)),
           rect(0, 560, W, 340, "#9C8462")]
    # the big map hanging on a frame
    out.append(rect(300, 150, 600, 420, P.WOOD_DARK, **ink(4)))
    out.append(O.china_map(1142, (320, 170, 880, 550), dim=["xia"], highlight="jin"))
    out.append(F.figure(170, 880, 1.55, P.JIN, "jurchen_helmet", "stand", ("up", "down"), 1, "o", "armour"))
    out.append(F.figure(450, 900, 1.5, P.JIN, "jurchen", "stand", ("point", "hip"), 1, "o", "coat"))
    out.append(F.figure(770, 900, 1.5, P.JIN, "jurchen", "stand", ("up", "up"), -1, "o", "robe", trim=P.GOLD))
    out.append(F.figure(1040, 880, 1.55, P.JIN, "jurchen_helmet", "stand", ("hip", "down"), -1, "o", "armour"))
    return out


@scene("ch07/c07-da-chu.svg", "Zhang Bangchang sits stiffly on a throne while Jin officers in blue stand behind him; through a window, villagers with farm tools gather on a hillside.")
def c07_da_chu():
    out = [B.interior(640, wall_color="#7E3526", pillars=(60, 1140), lanterns=False)]
    # the window on the right with the hillside outside
    out.append(rect(760, 140, 320, 260, "#BFE0F2", **ink(4)))
    out.append(clip(rect(760, 140, 320, 260, "#000"),
                    path("M740 420 L740 300 C820 250 960 240 1100 290 L1100 420 Z", "#9CC27A", **ink(2)),
                    *[F.figure(x, y, 0.3, P.PLAIN, "topknot", "stand", (a, "down"), -1, "cross", "coat", it)
                      for x, y, a, it in ((840, 330, "spear", "hoe"), (900, 320, "wave", None), (960, 318, "spear", "rake"),
                                          (1020, 326, "spear", "hoe"), (880, 370, "up", None), (990, 372, "spear", "rake"))]))
    out.append(rect(760, 140, 320, 260, "none", stroke=P.WOOD_DARK, stroke_width="14"))
    out.append(line(920, 140, 920, 400, P.WOOD_DARK, 8))
    out.append(F.figure(240, 700, 1.3, P.JIN, "jurchen_helmet", "stand", ("spear", "down"), 1, "flat", "armour", "spear"))
    out.append(F.figure(640, 700, 1.3, P.JIN, "jurchen_helmet", "stand", ("hip", "down"), -1, "flat", "armour"))
    out.append(B.throne(440, 800, 1.2, P.GOLD, "#8C7B64"))
    out.append(F.figure(440, 820, 1.45, P.TEAL_CLOTH, "emperor_song", "sit", ("down", "down"), 1, "flat", "robe", trim=P.GOLD, beard=True))
    return out


@scene("ch07/c07-zhao-gou-escapes.svg", "A young Song prince in orange rides with a few guards along a country road at dusk, looking back over his shoulder toward the north.")
def c07_zhao_gou_escapes():
    out = [L.sky("dusk"), L.sun(1000, 420, 50, "#FFC27A"),
           L.hills(450, "#7D7A9A", 701, 4, 60, 130),
           L.ground(450, "#8E8A6E"),
           path("M-20 620 C300 560 700 600 1220 520 L1220 600 C700 680 300 640 -20 700 Z", "#C9B48A"),
           L.leafy_tree(1080, 560, 0.8, color="#5E7A4A"), L.willow(160, 560, 0.7, "#6E8A56", "#4E6A3A")]
    prince = F.figure(0, 0, 1, P.SONG, "scholar", "ride", ("down", "down"), 1, "worried", "robe", trim=P.GOLD, look=-1)
    out.append(F.rider(960, 700, 0.75, P.SONG, "song_helmet", P.HORSE_BROWN, False, 1, ("banner", "down"), "banner"))
    out.append(F.rider(240, 720, 0.8, P.SONG, "song_helmet", P.HORSE_BLACK, False, 1, ("spear", "down"), "spear"))
    out.append(F.horse(600, 820, 1.15, P.HORSE_WHITE, P.SONG, facing=1, rider=prince, mane="#C9C2B6"))
    out.append(L.grass_tufts(702, 10, 800, 900, "#6F7A52"))
    out.append(L.birds(600, 200, 3, 1.0, "#3A3350"))
    return out


@scene("ch07/c07-end-of-da-chu.svg", "Zhang Bangchang takes off a crown and places it on a table in an empty palace hall, while Song officials in orange watch from the doorway.")
def c07_end_of_da_chu():
    out = [B.interior(640, wall_color="#6E2E22", pillars=(80, 700), lanterns=False)]
    # doorway on the right with officials peeking
    out.append(rect(820, 160, 320, 500, "#F3D9A6", **ink(4)))
    out.append(official(900, 660, 1.05, facing=-1, arms=("fold", "fold"), mood="o"))
    out.append(official(1060, 680, 1.1, facing=-1, arms=("hip", "down"), mood="flat"))
    out.append(rect(800, 140, 360, 30, P.WOOD_DARK, **ink(3)))
    out.append(rect(800, 140, 30, 520, P.PILLAR, **ink(3)))
    out.append(rect(1130, 140, 30, 520, P.PILLAR, **ink(3)))
    # table with the crown being set down
    out.append(B.table(520, 860, 320, 110))
    out.append(F.figure(300, 880, 1.6, P.TEAL_CLOTH, "topknot", "stand", ("reach", "down"), 1, "flat", "robe", trim=P.GOLD, beard=True))
    out.append(place(g(path("M-40 0 L-44 -50 L-20 -30 L0 -60 L20 -30 L44 -50 L40 0 Z", P.GOLD, **ink(3)), rect(-44, -8, 88, 12, P.GOLD_DARK, **ink(2))),
                     500, 740))
    return out


@scene("ch07/c07-zong-ze-begs.svg", "General Zong Ze in orange armour kneels before young Emperor Gaozong, pointing north toward the walls of Kaifeng in the distance.")
def c07_zong_ze_begs():
    out = [L.sky("day", "#A3CFEA", "#EAF5F9"), L.clouds(711, 3, 50, 130),
           kaifeng(430, 60, P.SONG, 2, x0=40, x1=520, gate_x=280, towers=(60, 500), roofs=2, outline=False),
           L.ground(430, "#C7C592"), L.rolling(480, 10, "#BBB985", 712),
           rect(560, 620, 660, 280, P.STONE, **ink(3)), rect(560, 610, 660, 16, "#E9E4DA", **ink(3))]
    out.append(F.figure(930, 860, 1.55, P.SONG, "emperor_song", "stand", ("down", "hip"), -1, "flat", "robe", trim=P.GOLD))
    out.append(F.figure(620, 860, 1.55, P.SONG, "song_helmet", "kneel", ("up", "fold"), -1, "worried", "armour", beard=True))
    out.append(O.arrow_path([(520, 560), (420, 500), (330, 470)], "#FFFFFF", 10, 26))
    out.append(F.banner(1160, 620, 1.0, P.SONG, "tall"))
    return out


@scene("ch07/c07-southern-song-begins.svg", "Boats with orange flags carry the Song court down a long, straight canal lined with willow trees, heading south.")
def c07_southern_song_begins():
    out = [L.sky("day", "#9ED0EE", "#EAF6FA"), L.clouds(721, 4, 50, 150),
           L.ground(440, "#A9CB7E"),
           rect(0, 560, W, 150, linear([(0, P.WATER_LIGHT), (1, P.WATER)])),
           rect(0, 550, W, 14, "#C9B48A"), rect(0, 704, W, 14, "#C9B48A"),
           L.ground(716, "#9CC27A")]
    for x in (60, 280, 500, 720, 940, 1160):
        out.append(L.willow(x, 560, 0.75))
    out.append(S.junk(200, 690, 0.42, P.CANVAS_SAIL, 1, P.SONG, facing=1, length=420))
    out.append(S.junk(560, 690, 0.5, P.CANVAS_SAIL, 2, P.SONG, facing=1, length=460))
    out.append(S.junk(960, 690, 0.42, P.CANVAS_SAIL, 1, P.SONG, facing=1, length=420))
    out.append(L.ripples(722, 10, 600, 700, s=0.8))
    for x in (120, 420, 780, 1080):
        out.append(L.willow(x, 890, 1.0))
    out.append(L.grass_tufts(723, 10, 820, 900, "#7FA34D"))
    return out


@scene("ch07/c07-escape-on-horseback.svg", "Emperor Gaozong gallops on a horse along a road with a few orange-clad guards, while far behind, a cloud of dust shows Jin riders in blue.")
def c07_escape_on_horseback():
    out = [L.sky("day", "#9CCBE8", "#E8F4F8"), L.clouds(731, 3, 50, 150),
           L.hills(420, "#A6C07E", 732, 4, 40, 100), L.ground(420, "#C2BE8A"),
           poly([(-20, 470), (300, 440), (1220, 720), (1220, 860), (-20, 520)], "#E0D0A2")]
    # dust cloud far behind, with small Jin riders
    for k in range(6):
        out.append(circle(40 + k * 50, 440 - (k % 2) * 20, 50 + k * 4, "#E6D6AA", opacity="0.8"))
    for x, y in ((90, 470), (170, 462), (240, 470)):
        out.append(jin_rider(x, y, 0.16, gallop=True, facing=1))
    out.append(F.rider(560, 660, 0.6, P.SONG, "song_helmet", P.HORSE_BROWN, True, 1, ("banner", "down"), "banner"))
    gz = F.figure(0, 0, 1, P.SONG, "emperor_song", "ride", ("down", "down"), 1, "worried", "robe", trim=P.GOLD, look=-1)
    out.append(F.horse(820, 820, 1.0, P.HORSE_CHESTNUT, P.SONG, gallop=True, facing=1, rider=gz))
    out.append(F.rider(380, 820, 0.8, P.SONG, "song_helmet", P.HORSE_GREY, True, 1))
    for k in range(4):
        out.append(line(180 + k * 40, 700 + k * 40, 280 + k * 40, 700 + k * 40, "#FFFFFF", 6, opacity="0.6"))
    return out


@scene("ch07/c07-wuzhu-crosses.svg", "Wuzhu in blue armour stands in a boat crossing a very wide river, with many more Jin boats behind him and a walled city on the far bank.")
def c07_wuzhu_crosses():
    out = [L.sky("winter", "#A9BCCD", "#E6ECF0"),
           L.hills(330, "#9FB094", 741, 5, 20, 60),
           B.city(300, 900, 330, 50, P.SONG, 600, (320, 880), banners=2, outline=False, roofs_behind=3),
           L.water(330, "#7FA9C8", "#3E739C"),
           L.ripples(742, 20, 360, 880)]
    boats = [(200, 400, 0.18), (420, 390, 0.16), (700, 410, 0.2), (950, 395, 0.17), (120, 470, 0.26), (520, 480, 0.28),
             (860, 470, 0.26), (1100, 490, 0.3), (300, 580, 0.38), (1000, 600, 0.4)]
    for x, y, s in boats:
        out.append(S.sampan(x, y, s * 1.6, facing=1, cover=False, color=P.WOOD))
        out.append(F.crowd_row(x - 70 * s * 1.6, x + 60 * s * 1.6, y - 40 * s * 1.6, P.JIN, 0.5 * s * 1.6, "jurchen", seed=int(x), spears=True,
                               outline=s > 0.3))
        out.append(F.banner(x + 90 * s * 1.6, y - 20 * s, 0.35 * s * 1.6 / 0.5, P.JIN, "triangle"))
    # Wuzhu's boat in front
    out.append(S.sampan(620, 820, 1.5, facing=1, cover=False, color=P.WOOD))
    out.append(F.figure(600, 770, 1.3, P.JIN, "jurchen_helmet", "stand", ("point", "hip"), 1, "smile", "armour", trim=P.GOLD))
    out.append(F.banner(800, 790, 0.9, P.JIN, "tall"))
    out.append(jin_soldier(420, 790, 0.9, facing=1, arms=("spear", "down")))
    out.append(L.waves(860, P.WATER_LIGHT, 10, 10, 5))
    return out


@scene("ch07/c07-battle-near-ningbo.svg", "Song soldiers in orange hold a line across a coastal road near a town, blocking Jin soldiers in blue, while a small group rides away behind them.")
def c07_battle_near_ningbo():
    out = [L.sky("day", "#9ACBEA", "#E6F3F8"), L.clouds(751, 3, 40, 120),
           L.water(380, "#5FA3CF", "#3D7BA8"), L.waves(420, P.WATER_LIGHT, 6, 10, 3),
           path("M-20 900 L-20 380 L700 380 C800 420 860 520 900 600 C940 700 980 800 1000 900 Z", "#C3C18E"),
           B.house(420, 420, 120, 50, outline=False), B.house(560, 425, 110, 46, outline=False), B.pagoda(660, 430, 50, 5, outline=False),
           poly([(440, 430), (520, 430), (560, 900), (160, 900)], "#E0D0A2")]
    # a small group riding away behind the Song line (toward the town)
    out.append(F.rider(470, 470, 0.2, P.SONG, "emperor_song", P.HORSE_WHITE, True, -1, trim=P.GOLD))
    out.append(F.rider(520, 480, 0.2, P.SONG, "song_helmet", P.HORSE_BROWN, True, -1))
    out.append(F.rider(420, 485, 0.2, P.SONG, "song_helmet", P.HORSE_BLACK, True, -1))
    # the Song line across the road, facing the viewer's left-front where the Jin come from
    out.append(F.crowd_row(140, 800, 600, P.SONG, 0.55, "song", seed=752, spears=True, banners=3))
    for x in (200, 360, 520, 680):
        out.append(song_soldier(x, 760, 0.9, facing=-1, arms=("hold", "spear"), item="shield"))
    # Jin soldiers held back in the foreground left
    out.append(jin_soldier(60, 900, 1.1, facing=1))
    out.append(jin_soldier(880, 900, 1.1, facing=-1, arms=("spear", "hip")))
    out.append(F.banner(980, 900, 1.0, P.JIN, "tall"))
    return out


@scene("ch07/c07-emperor-at-sea.svg", "Song ships with orange sails sail past small green islands on a blue sea; far behind, a few Jin boats with blue flags turn back toward the shore.")
def c07_emperor_at_sea():
    out = [L.sky("day", "#7FC0EA", "#E2F2FA"), L.sun(1050, 120, 50), L.clouds(761, 3, 60, 180),
           path("M-20 360 L-20 330 C80 320 200 330 300 360 Z", "#8FA878"),
           L.water(360, "#4FA0D6", "#2A6A9E"),
           path("M620 400 C660 340 760 330 820 400 Z", "#6FAE5A", **ink(2)), L.leafy_tree(720, 370, 0.25),
           path("M950 430 C990 380 1080 380 1120 430 Z", "#7DBA63", **ink(2)),
           path("M300 470 C340 420 420 410 470 470 Z", "#6FAE5A", **ink(2)),
           L.waves(480, P.WATER_LIGHT, 6, 12, 3)]
    for x, y in ((120, 380), (200, 385)):
        out.append(S.sampan(x, y, 0.18, facing=-1, cover=False))
        out.append(F.banner(x - 10, y - 10, 0.18, P.JIN, "triangle"))
    out.append(S.junk(760, 560, 0.42, P.SONG.main, 2, P.SONG, facing=1))
    out.append(S.junk(300, 720, 0.62, P.SONG.main, 2, P.SONG, facing=1, crew=3, crew_side=P.SONG))
    out.append(S.junk(900, 870, 0.75, P.SONG.main, 3, P.SONG, facing=1))
    out.append(L.waves(800, "#D5EAF6", 12, 8, 5))
    return out


@scene("ch07/c07-trapped-on-the-yangtze.svg", "Tall Song warships with orange sails block a wide river, while small Jin boats with blue flags wait along the southern bank.")
def c07_trapped_on_the_yangtze():
    out = [L.sky("winter", "#9FB6CA", "#E1E9EF"),
           L.hills(300, "#98AE8E", 771, 4, 30, 80),
           L.water(300, "#6A9CC2", "#35709C"), L.ripples(772, 14, 320, 640)]
    for x, y, s in ((200, 470, 0.55), (620, 500, 0.62), (1040, 470, 0.55)):
        out.append(S.warship(x, y, s, P.SONG, facing=1 if x < 600 else -1, sail=P.SONG.main))
    # southern bank in front, with small Jin boats tied up
    out.append(path("M-20 900 L-20 700 C200 680 500 700 700 690 C900 680 1100 700 1220 690 L1220 900 Z", "#B9B58A", **ink(3)))
    for x in (150, 420, 700, 980):
        out.append(S.sampan(x, 700, 0.55, facing=1, cover=False, color=P.WOOD))
        out.append(F.banner(x + 60, 690, 0.45, P.JIN, "triangle"))
    out.append(jin_soldier(300, 880, 0.9, facing=1, mood="worried"))
    out.append(jin_soldier(820, 900, 0.95, facing=-1, mood="flat", arms=("hip", "down"), item=None))
    out.append(L.reeds(560, 900, 1.2, seed=773))
    out.append(L.bamboo(1120, 900, 0.9, 4, 774))
    return out


@scene("ch07/c07-fire-arrows.svg", "At night, Jin archers in blue on the riverbank shoot glowing fire arrows toward tall Song ships with orange sails, which are catching fire. No one is hurt.")
def c07_fire_arrows():
    out = [L.sky("night"), L.stars(781, 40, 300), L.moon(160, 110, 36),
           L.water(380, "#24345E", "#141D38")]
    out.append(S.warship(820, 560, 0.75, P.SONG, facing=-1, sail=P.SONG.main, crew=False))
    out.append(S.warship(350, 520, 0.5, P.SONG, facing=1, sail=P.SONG.main, crew=False))
    out.append(X.glow(820, 360, 360, P.FIRE, 0.45))
    out.append(X.fire(700, 960, 330, 1.0, 782))
    out.append(X.fire(300, 420, 330, 0.6, 783))
    out.append(X.smoke(860, 200, 0.8, P.SMOKE, 0.5, seed=784))
    out.append(path("M-20 900 L-20 700 C300 660 600 680 1220 720 L1220 900 Z", "#2E3A2E", **ink(3)))
    for x, y, ang in ((560, 520, -18), (660, 470, -22), (480, 430, -26), (740, 420, -20)):
        out.append(X.fire_arrow(x, y, ang, 1.0))
    for x, y, s in ((160, 860, 1.0), (380, 880, 1.05), (600, 860, 0.95)):
        out.append(jin_soldier(x, y, s, facing=1, arms=("bow_arms", "down"), item="bow"))
    out.append(F.banner(60, 860, 0.9, P.JIN, "tall"))
    return out


@scene("ch07/c07-linan-capital.svg", "A bird's-eye view of Lin'an: a walled city beside a big lake, with flooded rice fields around it and the sea in the distance, and orange Song flags on the walls.")
def c07_linan_capital():
    out = [L.sky("day", "#A5D3EE", "#EAF6FA", h=200),
           L.water(160, "#6FB0DA", "#4F94C6", h=80),
           rect(0, 230, W, 670, "#9CC27A")]
    # flooded rice-field patchwork
    r = rng(791)
    for row in range(6):
        y = 240 + row * 110
        for col in range(9):
            x = col * 140 - (row % 2) * 60
            out.append(rect(x + 6, y + 6, 128, 98, r.choice(["#B7DCD0", "#A8D3C6", "#9CC98A", "#B5D88E"]), rx=8))
    # West Lake on the left
    out.append(path(smooth([(60, 420), (160, 330), (340, 340), (440, 430), (420, 600), (300, 700), (140, 680), (50, 560)], closed=True),
                    P.WATER, **ink(4)))
    out.append(L.ripples(792, 8, 420, 660, x0=100, x1=400))
    out.append(path("M140 600 L360 420", "none", stroke="#C9B48A", stroke_width="10"))
    # the walled city seen from above (a slanted rectangle)
    wall_ = [(520, 330), (1100, 300), (1160, 760), (560, 820)]
    out.append(poly(wall_, P.WALL, **ink(5)))
    inner = [(550, 360), (1080, 332), (1130, 736), (585, 790)]
    out.append(poly(inner, "#E9DEC4", **ink(3)))
    for i in range(4):
        for j in range(3):
            x = 600 + i * 120 + j * 12
            y = 390 + j * 130 + i * -6
            out.append(rect(x, y, 90, 56, P.PLASTER, **ink(2)))
            out.append(poly([(x - 6, y + 4), (x + 45, y - 26), (x + 96, y + 4)], P.ROOF, **ink(2)))
    out.append(line(560, 560, 1140, 530, "#C9B48A", 14))
    for bx, by in ((520, 330), (1100, 300), (1160, 760), (560, 820), (830, 315), (860, 790)):
        out.append(F.banner(bx, by, 0.4, P.SONG, "tall"))
    out.append(path("M1180 240 C1100 400 1200 600 1160 900", "none", stroke=P.WATER, stroke_width="26"))
    return out


@scene("ch07/c07-linan-grew-big.svg", "A busy street in Lin'an with shops, crowds, carts and boats on a canal, and families with bundles arriving through a city gate.")
def c07_linan_grew_big():
    out = [L.sky("day", "#A9D4EE", "#ECF7FA"),
           B.wall(-20, 1220, 330, 180), B.gate(900, 330, 120, 140, open_=True), B.pavilion(900, 150, 260, 70),
           F.banner(770, 150, 0.45, P.SONG, "tall"), F.banner(1030, 150, 0.45, P.SONG, "tall"),
           rect(0, 330, W, 330, "#D9CCAA")]
    # families arriving through the gate
    out.append(F.figure(880, 420, 0.45, P.PLAIN, "topknot", "walk", ("hold", "down"), -1, "smile", "coat", "bundle"))
    out.append(F.figure(940, 430, 0.42, P.TEAL_CLOTH, "woman", "walk", ("hold", "down"), -1, "smile", "robe", "bundle"))
    out.append(F.figure(990, 440, 0.42, P.PLAIN, "child", "walk", ("wave", "down"), -1, "smile", "robe", child=True))
    # shops along the street
    out.append(B.house(140, 470, 220, 110, P.ROOF))
    out.append(B.stall(380, 520, 200, 150, "#C8553D"))
    out.append(B.house(620, 500, 200, 100, P.ROOF))
    out.append(F.crowd_row(200, 760, 560, P.PLAIN, 0.45, "people", seed=801, spears=False))
    out.append(O.cart(860, 640, 0.5, "silk", facing=-1))
    out.append(F.figure(300, 650, 0.8, P.SONG, "topknot", "walk", ("wave", "down"), 1, "smile", "coat"))
    out.append(F.figure(520, 660, 0.8, P.TEAL_CLOTH, "woman", "stand", ("hold", "down"), -1, "smile", "robe", "silk"))
    # canal in front with boats
    out.append(rect(0, 690, W, 210, linear([(0, P.WATER_LIGHT), (1, P.WATER)])))
    out.append(rect(0, 680, W, 16, P.STONE, **ink(2)))
    out.append(S.sampan(300, 820, 0.8, facing=1, boatman=F.figure(0, 0, 1, P.PLAIN, "topknot", "stand", ("spear", "down"), 1, "smile", "coat")))
    out.append(S.sampan(880, 860, 0.9, facing=-1, cover=False, color=P.WOOD))
    out.append(O.silk_pile(880, 820, 0.45, 4))
    out.append(L.ripples(802, 8, 740, 890))
    return out


@scene("ch07/c07-linan-grew-palace.svg", "Workers build a long covered walkway with a tiled roof beside a small palace, while others move a palace wall outward.")
def c07_linan_grew_palace():
    out = [L.sky("day", "#A3D0EC", "#EBF6FA"), L.clouds(811, 3, 40, 130),
           L.hills(380, "#A9C990", 812, 4, 40, 110),
           L.ground(380, "#D4C7A2"),
           B.hall(300, 470, 320, 110, P.ROOF_GOLD, double=False)]
    # covered walkway: finished part with roof, then bare posts
    for k in range(8):
        x = 460 + k * 90
        out.append(rect(x - 8, 470, 16, 130, P.PILLAR, **ink(2)))
    out.append(poly([(440, 470), (820, 470), (820, 440), (460, 430)], P.ROOF, **ink(3)))
    out.append(rect(440, 464, 380, 12, P.ROOF_DARK))
    out.append(rect(440, 590, 700, 14, P.STONE, **ink(2)))
    out.append(F.figure(880, 600, 0.6, P.PLAIN, "topknot", "stand", ("up", "up"), 1, "smile", "coat"))
    out.append(rect(850, 470, 200, 14, P.WOOD_LIGHT, **ink(2)))
    out.append(F.figure(1020, 600, 0.6, P.PLAIN, "topknot", "stand", ("up", "up"), -1, "smile", "coat"))
    # the wall being moved outward: old wall low, new wall rising in wooden frames with tampers
    out.append(rect(-20, 700, 500, 50, P.WALL_SHADE, **ink(3)))
    out.append(rect(-20, 760, 1240, 20, "#B89C72"))
    out.append(rect(560, 660, 640, 110, P.WALL, **ink(3)))
    for x in (560, 760, 960, 1160):
        out.append(rect(x - 6, 600, 12, 180, P.WOOD_DARK, **ink(2)))
    out.append(rect(560, 640, 640, 14, P.WOOD, **ink(2)))
    for x in (660, 860, 1060):
        out.append(F.figure(x, 660, 0.6, P.PLAIN, "topknot", "stand", ("up", "up"), 1, "smile", "coat"))
        out.append(line(x + 10, 560, x + 10, 650, P.WOOD_DARK, 7))
    out.append(F.figure(260, 900, 1.1, P.PLAIN, "topknot", "walk", ("hold", "hold"), 1, "smile", "coat", "beam"))
    out.append(F.figure(520, 900, 1.05, P.TEAL_CLOTH, "topknot", "walk", ("up", "down"), 1, "smile", "coat"))
    out.append(O.cart(760, 900, 0.6, "chests", ox=False))
    return out


@scene("ch07/c07-marco-polo.svg", "Marco Polo, a traveller in a long coat, stands on a bridge over a canal in Lin'an, looking out at the crowded city and its boats.")
def c07_marco_polo():
    out = [L.sky("dawn", "#F2C48E", "#FBE8C8"),
           B.pagoda(1080, 330, 90, 7),
           B.house(100, 400, 200, 90), B.house(330, 390, 180, 80), B.house(900, 400, 200, 90), B.house(680, 395, 160, 76),
           F.crowd_row(0, 560, 420, P.PLAIN, 0.35, "people", seed=821, spears=False),
           F.crowd_row(680, 1200, 425, P.PLAIN, 0.35, "people", seed=822, spears=False),
           rect(0, 430, W, 470, linear([(0, P.WATER_LIGHT), (1, P.WATER)]))]
    out.append(S.sampan(200, 560, 0.55, facing=1, cover=True))
    out.append(S.sampan(1000, 580, 0.6, facing=-1, cover=True))
    out.append(S.sampan(880, 800, 0.9, facing=-1, cover=False, color=P.WOOD,
                        boatman=F.figure(0, 0, 1, P.PLAIN, "topknot", "stand", ("spear", "down"), 1, "smile", "coat")))
    out.append(L.ripples(823, 10, 600, 880))
    # an arched stone bridge across the front
    out.append(path("M-20 900 L-20 690 C200 600 380 560 600 560 C820 560 1000 600 1220 690 L1220 900 L880 900 "
                    "C860 780 740 700 600 700 C460 700 340 780 320 900 Z", P.STONE, **ink(4)))
    out.append(path("M-20 700 C200 610 380 572 600 572 C820 572 1000 610 1220 700", "none", stroke=P.STONE_DARK, stroke_width="6"))
    for k in range(11):
        x = 60 + k * 108
        y = 560 + (abs(x - 600) / 600) ** 2 * 130
        out.append(rect(x - 10, y - 50, 20, 50, "#DAD4CA", **ink(3)))
    out.append(F.figure(600, 600, 1.2, P.Side("marco", "#7A3A5A", "#4A2840", "#C9A2B5"), "traveller", "stand", ("point", "hip"), 1,
                        "o", "coat", beard=False))
    return out
