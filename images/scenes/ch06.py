"""Chapter 6: Why Did the Song Fail? — its title card and pages."""

from __future__ import annotations

from art import buildings as B
from art import landscape as L
from art import objects as O
from art import palette as P
from art import people as F
from art import war as X
from art.cards import card
from art.cast import jin_rider, official
from art.props import book_pile
from art.sets import modern_room
from art.svg import H, W, circle, clip, ellipse, g, ink, line, linear, opacity, path, place, poly, rect, rng, smooth

from . import scene


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
