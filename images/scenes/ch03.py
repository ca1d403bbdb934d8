"""Chapter 3: The Alliance Breaks — its title card and pages."""

from __future__ import annotations

from art import buildings as B
from art import landscape as L
from art import objects as O
from art import palette as P
from art import people as F
from art.cards import card
from art.cast import jin_emperor, jin_rider, song_soldier
from art.props import book_pile
from art.sets import jin_hall, modern_room
from art.svg import W, f, g, ink, line, linear, path, place, poly, rect

from . import scene


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
