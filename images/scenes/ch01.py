"""Chapter 1: Before the Storm — its title card and pages."""

from __future__ import annotations

from art import buildings as B
from art import landscape as L
from art import objects as O
from art import palette as P
from art import people as F
from art import war as X
from art.cards import card
from art.cast import jin_emperor, jin_rider, official, song_soldier
from art.svg import H, W, circle, g, ink, line, linear, path, place, rect, smooth

from . import scene


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
