"""Chapter 8: Da Qi and the Song Generals — its title card and pages."""

from __future__ import annotations

from art import buildings as B
from art import landscape as L
from art import objects as O
from art import palette as P
from art import people as F
from art import war as X
from art.cards import card
from art.cast import crown, person, yue_fei, yue_fei_rider
from art.palette import Side
from art.sets import hanging_map, low_table, mat, stake_fence, wall_hanging
from art.svg import W, circle, clip, ellipse, f, g, ink, line, linear, path, place, polyline, rect, rng, smooth

from . import scene


# Da Qi, the Jin puppet state: a pale version of the Jin blue (its people are not Jin, but Jin's helpers).
QI = Side("qi", "#8DB6DE", "#4C77A8", "#CFE1F3")


def shake_marks(cx, cy, r=40, color=P.INK) -> str:
    """Little arcs either side of a head: 'shaking the head — no'."""
    out = []
    for sgn in (-1, 1):
        for k, rr in enumerate((r, r + 14)):
            out.append(path(f"M{f(cx + sgn * rr)} {f(cy - 12 + k * 2)} Q{f(cx + sgn * (rr + 8))} {f(cy + 2)} {f(cx + sgn * rr)} {f(cy + 16 - k * 2)}",
                            "none", stroke=color, stroke_width="4", stroke_linecap="round"))
    return g(*out)


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


def dust(x, y, s=1.0, seed=70, color="#E3D3AE", o=0.75) -> str:
    r = rng(seed)
    out = []
    for i in range(6):
        out.append(ellipse(x + (i - 3) * 40 * s + r.uniform(-10, 10), y + r.uniform(-14, 6) * s, (40 + r.uniform(0, 30)) * s,
                           (22 + r.uniform(0, 12)) * s, color))
    return g(*out, opacity=f"{o}")


@scene("ch08/c08-peace-ideas.svg", "Qin Hui, a Song official in orange robes, points to a line drawn across a map of China while Emperor Gaozong frowns and shakes his head.",
       title="Qin Hui shows Gaozong a line across the map")
def c08_peace_ideas():
    """Qin Hui points to a line across a map of China; Gaozong frowns and shakes his head."""
    body = [B.interior(600, pillars=(70, 1130), lanterns=False)]
    # map on an easel stand, between the two men
    box = (330, 250, 750, 560)
    body.append(g(line(380, 560, 350, 792, P.WOOD_DARK, 12), line(700, 560, 730, 792, P.WOOD_DARK, 12),
                  line(540, 560, 540, 770, P.WOOD_DARK, 10)))
    body.append(g(rect(box[0] - 14, box[1] - 14, box[2] - box[0] + 28, box[3] - box[1] + 28, P.PARCHMENT_EDGE, rx=6, **ink(3)),
                  O.china_map(1115, box, parchment=False, regions=False)))
    # Qin Hui's line: south stays south, north stays north
    ly = O.proj(0, 33.2, box)[1]
    body.append(line(box[0] + 6, ly, box[2] - 6, ly, P.INK, 9, stroke_dasharray="26 14", stroke_linecap="butt"))
    body.append(g(circle(box[0] + 70, ly - 60, 14, P.JIN.main, **ink(2)), circle(box[0] + 120, ly + 70, 14, P.SONG.main, **ink(2))))
    # Gaozong on his throne (right), frowning, shaking his head, a hand up: "no"
    body.append(B.throne(940, 760, 0.95, cushion=P.SONG.dark))
    body.append(F.figure(940, 664, 1.05, P.SONG, "emperor_song", "sit", ("wave", "hip"), -1, "worried", trim=P.GOLD))
    body.append(shake_marks(940, 664 - 136 * 1.05, 40))
    # Qin Hui (left) with a pointer on the line
    qx, qy, qs = 190, 800, 1.2
    hx, hy = qx + 102 * qs, qy - 134 * qs
    body.append(F.figure(qx, qy, qs, P.SONG, "song_official", "stand", ("point", "down"), 1, "smile"))
    body.append(arm_pointer(hx, hy, 470, ly + 4))
    body.append(circle(hx, hy, 9 * qs, P.SKIN, **ink(3)))
    return body


@scene("ch08/c08-peace-fails.svg", "A Jin envoy in blue drags his finger down a map from one river to a bigger river further south, while Song officials in orange shake their heads.",
       title="A Jin envoy moves the border south on the map; the Song say no")
def c08_peace_fails():
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
    hua = [O.proj(lo, la, big) for lo, la in ((113.2, 32.4), (115.4, 32.5), (117, 32.8), (118.6, 33.2), (119.4, 33.6), (120.3, 34.0))]
    yan = [O.proj(lo, la, big) for lo, la in ((112.6, 29.6), (114.3, 30.6), (116, 29.7), (117.5, 30.8), (118.8, 32), (120.3, 31.9),
                                            (121.7, 31.3))]
    body.append(clip(rect(box[0], box[1], box[2] - box[0], box[3] - box[1], "#000"),
                     path(smooth(yan), "none", stroke=P.WATER_DARK, stroke_width="30", stroke_linecap="round"),
                     path(smooth(yan), "none", stroke=P.WATER, stroke_width="18", stroke_linecap="round"),
                     path(smooth(hua), "none", stroke=P.WATER_DARK, stroke_width="14", stroke_linecap="round")))
    # the envoy's finger drags from the Huai down to the Yangtze
    a = O.proj(115.9, 32.5, big)
    b = O.proj(115.9, 29.9, big)
    body.append(O.arrow_path([a, (a[0] + 14, (a[1] + b[1]) / 2), (b[0] + 4, b[1] - 30)], P.JIN.main, 16, 40))
    # the envoy stands at the map, his pointing finger on the Yangtze
    es = 1.45
    ex, ey = b[0] - 102 * es - 6, b[1] + 134 * es
    body.append(F.figure(ex, ey, es, P.JIN, "jurchen", "stand", ("point", "hip"), 1, "smile"))
    # Song officials on the right, shaking their heads
    body.append(F.figure(850, 870, 1.1, P.SONG, "song_official", "stand", ("fold", "fold"), -1, "flat"))
    body.append(F.figure(1070, 880, 1.25, P.SONG, "song_official", "stand", ("wave", "down"), -1, "worried"))
    body.append(shake_marks(1070, 880 - 152 * 1.25, 36))
    return body


@scene("ch08/c08-da-qi.svg", "Liu Yu is seated on a new throne by Jin generals in blue, while a few Chinese officials watch from the side of the hall.",
       title="Liu Yu is made emperor of Da Qi by the Jin")
def c08_da_qi():
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
    body.append(F.figure(600, 620, 1.15, QI, "emperor_song", "sit", ("hip", "hip"), 1, "o", trim=P.GOLD))
    # two Jin generals settle him on the throne
    body.append(F.figure(400, 790, 1.15, P.JIN, "jurchen_helmet", "stand", ("reach", "down"), 1, "smile", "armour"))
    body.append(F.figure(800, 790, 1.15, P.JIN, "jurchen_helmet", "stand", ("reach", "spear"), -1, "smile", "armour", "spear"))
    # Chinese officials watching from the side
    body.append(F.figure(1080, 800, 0.85, P.TEAL_CLOTH, "song_official", "stand", ("fold", "fold"), -1, "flat"))
    body.append(F.figure(980, 890, 1.0, P.PLAIN, "song_official", "stand", ("fold", "fold"), -1, "worried"))
    body.append(F.figure(120, 870, 1.0, P.TEAL_CLOTH, "song_official", "stand", ("fold", "fold"), 1, "flat"))
    return body


@scene("ch08/c08-life-in-qi.svg", "In a town square, a Da Qi official reads a notice while tax collectors carry sacks of grain away and young men line up to join the army.",
       title="Life in Da Qi: taxes and the army")
def c08_life_in_qi():
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
    body.append(F.figure(210, 604, 1.05, QI, "song_official", "stand", ("hold", "down"), 1, "flat", item="open_scroll"))
    # young men queue to join the army, a Qi soldier at the front of the line
    body.append(F.figure(640, 800, 1.0, QI, "jurchen_helmet", "stand", ("spear", "down"), 1, "flat", "armour", "spear"))
    for i, (x, sk) in enumerate(((520, P.SKIN), (420, P.SKIN2), (320, P.SKIN))):
        body.append(F.figure(x, 840 + i * 6, 1.0, P.PLAIN, "topknot", "stand", ("down", "down"), 1, "flat", "coat", skin=sk))
    # tax collectors carry sacks of grain away to the right
    body.append(g(sack(1110, 640, 0.9), sack(1060, 650, 0.9), sack(1150, 660, 0.9)))
    for x, y in ((880, 700), (1020, 760)):
        body.append(person(x, y, 1.0, QI, "topknot", 1, pose="walk", arms=("hold", "wave"), mood="smile", dress="coat",
                           front=(sack(-74, -132, 0.85),)))
    body.append(L.grass_tufts(82, 6, 860, 890, x0=0, x1=W))
    return body


@scene("ch08/c08-western-front.svg", "Song soldiers in orange guard a narrow pass between steep mountains, while Jin soldiers in blue look up at it from the valley below.",
       title="Song soldiers hold a mountain pass")
def c08_western_front():
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
    body.append(F.crowd_row(500, 700, 420, P.SONG, 0.55, "song", seed=84, banners=2))
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
    body.append(F.crowd_row(120, 420, 820, P.JIN, 0.6, "soldier", seed=85, banners=1))
    body.append(F.figure(330, 900, 1.1, P.JIN, "jurchen_helmet", "stand", ("up", "down"), 1, "o", "armour", look=1))
    body.append(F.figure(790, 900, 1.15, P.JIN, "jurchen_helmet", "stand", ("spear", "down"), -1, "worried", "armour", "spear"))
    body.append(L.rock(960, 900, 1.4), )
    return body


@scene("ch08/c08-xiangyang-falls.svg", "Soldiers of Da Qi with Jin soldiers in blue march through the gate of Xiangyang, a walled city beside a river.",
       title="Da Qi takes Xiangyang")
def c08_xiangyang_falls():
    """Da Qi and Jin soldiers march through the gate of Xiangyang, a walled city beside a river."""
    body = [L.sky("smoke"), L.hills(430, "#B9C2A2", 86, 4, 40, 90)]
    body.append(X.smoke(820, 260, 0.7, P.SMOKE_LIGHT, 0.6, seed=87, puffs=5))
    body.append(B.city(60, 1140, 520, 180, gate_x=760, towers=(250, 1040), open_=True, roofs_behind=3, seed=88))
    for bx, sd in ((230, QI), (290, P.JIN), (1020, P.JIN), (1080, QI)):
        body.append(F.banner(bx, 320, 0.6, sd, "tall"))
    # the road along the river bank into the gate
    body.append(rect(0, 520, W, 120, "#D6BE8C"))
    body.append(rect(0, 520, W, 10, "#B99C66"))
    # the column: Qi soldiers (pale blue) and Jin soldiers (blue), marching right into the gate
    body.append(F.crowd_row(712, 808, 500, QI, 0.36, "soldier", seed=79, spears=False))
    body.append(F.crowd_row(520, 740, 522, QI, 0.5, "soldier", seed=89, spears=True))
    body.append(F.crowd_row(300, 540, 560, P.JIN, 0.62, "jurchen", seed=90, banners=1))
    body.append(F.figure(130, 650, 0.95, QI, "jurchen_helmet", "walk", ("banner", "down"), 1, "smile", "armour", "banner"))
    body.append(F.figure(250, 655, 0.95, P.JIN, "jurchen_helmet", "walk", ("spear", "down"), 1, "smile", "armour", "spear"))
    # the Han River in front
    body.append(L.river_across(640, 300, seed=91, amp=8))
    body.append(L.ripples(92, 14, 690, 880))
    body.append(L.reeds(80, 900, 1.2, seed=93))
    body.append(L.reeds(1120, 900, 1.1, seed=94))
    return body


@scene("ch08/c08-generals-push-back.svg", "General Yue Fei in orange armour rides at the front of his army toward the gates of Xiangyang, as soldiers on the wall raise orange Song flags again.",
       title="Yue Fei takes Xiangyang back")
def c08_generals_push_back():
    """Yue Fei rides at the front of his army toward Xiangyang; soldiers on the wall raise Song flags again."""
    body = [L.sky("dawn"), L.sun(980, 150, 60)]
    body.append(B.city(560, 1240, 470, 170, gate_x=880, towers=(680, 1100), open_=True, roofs_behind=2, seed=95))
    # Song soldiers on the wall raise orange flags
    for bx in (640, 720, 1060, 1140):
        body.append(F.banner(bx, 300, 0.55, P.SONG, "tall" if bx % 3 else "swallow"))
    body.append(F.figure(990, 300, 0.55, P.SONG, "song_helmet", "stand", ("up", "up"), -1, "smile", "armour"))
    body.append(F.figure(780, 300, 0.55, P.SONG, "song_helmet", "stand", ("banner", "up"), -1, "smile", "armour", "banner"))
    body.append(L.rolling(470, 20, P.GRASS, 96))
    body.append(L.road(880, 470, 500, 980, 80, "#D9C08E"))
    # the army behind Yue Fei
    body.append(F.crowd_row(-20, 330, 600, P.SONG, 0.6, "song", seed=97, banners=2))
    body.append(F.rider(90, 760, 0.6, P.SONG, "song_helmet", P.HORSE_CHESTNUT, False, 1, ("banner", "down"), "banner"))
    body.append(yue_fei_rider(430, 870, 1.05, 1, False, ("point", "down")))
    body.append(L.grass_tufts(98, 8, 860, 900))
    return body


@scene("ch08/c08-outang.svg", "A long column of soldiers marches away from a Song camp with orange tents toward a camp with blue Jin flags, while Song officers watch from the gate.",
       title="Li Qiong leads 30,000 soldiers over to the Jin")
def c08_outang():
    """A column marches away from a Song camp toward a Jin camp; Song officers watch from the gate."""
    body = [L.sky("day", top="#A9CBE0", bottom="#EEF3E6"), L.mountains(360, P.MTN_FAR, 99, 5, 80, 160, bottom=420)]
    body.append(L.rolling(360, 14, "#B7CF86", 100))
    # the Jin camp far away on the right
    for tx, tw in ((940, 90), (1040, 100), (1130, 90)):
        body.append(B.tent(tx, 420, tw, 70, P.JIN, outline=False))
    body.append(F.banner(990, 420, 0.45, P.JIN, "swallow"))
    body.append(F.banner(1090, 422, 0.45, P.JIN, "tall"))
    # the Song camp: orange tents behind a palisade with a gate
    body.append(g(B.tent(80, 590, 170, 150, P.SONG), B.tent(240, 580, 150, 130, P.SONG), B.tent(580, 580, 130, 120, P.SONG)))
    # the long road out of the gate, winding away to the Jin camp
    road = [(400, 600), (470, 760), (700, 810), (900, 700), (1000, 560), (1040, 430)]
    body.append(path(smooth(road), "none", stroke="#C9AE78", stroke_width="70", stroke_linecap="round"))
    body.append(path(smooth(road), "none", stroke="#DEC592", stroke_width="54", stroke_linecap="round"))
    body.append(stake_fence(-10, 340, 640, 100))
    body.append(stake_fence(470, 700, 640, 100))
    body.append(g(rect(330, 500, 24, 150, P.WOOD_DARK, **ink(3)), rect(460, 500, 24, 150, P.WOOD_DARK, **ink(3)),
                  rect(310, 484, 194, 28, P.WOOD, **ink(3))))
    body.append(F.banner(342, 490, 0.45, P.SONG, "swallow"))
    # the column: Song soldiers leaving, smaller and smaller toward the Jin camp
    for (x0, x1, y, s_, sd) in ((1000, 1062, 468, 0.24, 100), (960, 1040, 560, 0.32, 101), (840, 990, 670, 0.42, 102),
                                 (360, 500, 640, 0.42, 99), (560, 860, 790, 0.56, 103), (430, 560, 740, 0.5, 98)):
        body.append(F.crowd_row(x0, x1, y, P.SONG, s_, "song", seed=sd, outline=s_ > 0.3))
    # officers watch from the gate
    body.append(F.figure(120, 890, 1.1, P.SONG, "song_official", "stand", ("fold", "fold"), 1, "flat"))
    body.append(F.figure(290, 880, 1.15, P.SONG, "song_helmet", "stand", ("point", "hip"), 1, "worried", "armour"))
    body.append(L.grass_tufts(118, 6, 860, 900, x0=0, x1=W))
    return body


@scene("ch08/c08-end-of-qi.svg", "In a Jin palace, Emperor Xizong in blue sits on his throne while Liu Yu bows low and hands back his crown.",
       title="The Jin put an end to Da Qi")
def c08_end_of_qi():
    """In a Jin palace, Emperor Xizong sits on his throne while Liu Yu bows low and hands back his crown."""
    body = [B.interior(620, wall_color="#2F4F6E", floor_color="#9C8A72", pillars=(90, 1110))]
    body.append(wall_hanging(380, 86, 90, 280, P.JIN.main))
    body.append(wall_hanging(700, 86, 90, 280, P.JIN.main))
    body.append(B.throne(900, 780, 1.0, cushion=P.JIN.dark))
    body.append(F.figure(900, 680, 1.1, P.JIN, "emperor_jin", "sit", ("reach", "hip"), -1, "flat", trim=P.GOLD))
    # Liu Yu kneels, bowing, holding out his emperor's hat
    body.append(person(470, 820, 1.4, QI, "topknot", 1, front=(g(crown(98, -84, 0.85, "emperor_song", QI, rot=-10), transform="rotate(10 0 -10)"),),
                       pose="kneel", arms=("bow_arms", "hold"), mood="flat", bow=10))
    body.append(F.figure(180, 760, 0.95, P.JIN, "jurchen_helmet", "stand", ("spear", "down"), 1, "flat", "armour", "spear"))
    return body


@scene("ch08/c08-peace-talks.svg", "Song officials in orange and Jin officials in blue sit across a low table with a scroll between them, while generals in armour argue at the back of the room.",
       title="Peace talks in 1138")
def c08_peace_talks():
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
    body.append(F.figure(330, 600, 0.95, P.SONG, "song_helmet", "stand", ("wave", "fold"), 1, "worried", "armour"))
    body.append(F.figure(760, 600, 0.95, P.JIN, "jurchen_helmet", "stand", ("point", "hip"), -1, "worried", "armour"))
    # officials kneel at the low table
    body.append(g(mat(270, 850, 260), mat(930, 850, 260)))
    body.append(F.figure(140, 850, 1.2, P.SONG, "scholar", "kneel", ("hold", "hold"), 1, "flat"))
    body.append(F.figure(330, 850, 1.2, P.SONG, "song_official", "kneel", ("reach", "hold"), 1, "smile"))
    body.append(F.figure(1010, 850, 1.2, P.JIN, "jurchen", "kneel", ("hold", "hold"), -1, "flat"))
    body.append(F.figure(870, 850, 1.2, P.JIN, "jurchen", "kneel", ("reach", "hold"), -1, "smile"))
    body.append(low_table(600, 870, 420, 70, O.scroll(600, 770, 0.9, 300, 70, lines=8, seal=True)))
    return body


@scene("ch08/c08-wuzhu-returns.svg", "Wuzhu and his Jin horsemen in blue ride north toward the walls of Kaifeng, while on a hill behind them Yue Fei in orange armour watches them go.",
       title="Wuzhu goes back to Kaifeng")
def c08_wuzhu_returns():
    """Wuzhu's horsemen ride north toward Kaifeng; on a hill behind them Yue Fei watches them go."""
    body = [L.sky("day", top="#9DC6E0", bottom="#F1E9D0"), L.clouds(104, 3, 70, 170, 0.6, 1.0)]
    body.append(L.mountains(420, P.MTN_FAR, 105, 5, 60, 120))
    body.append(L.rolling(420, 12, P.FIELD, 106))
    # Kaifeng's long walls on the horizon (Jin-held: blue banners)
    body.append(B.city(640, 1180, 440, 90, gate_x=900, towers=(720, 1100), banners=0, seed=107, roofs_behind=3))
    for bx in (700, 1080):
        body.append(F.banner(bx, 330, 0.4, P.JIN, "tall"))
    # Wuzhu and his riders heading away to the city
    body.append(F.crowd_row(520, 700, 520, P.JIN, 0.3, "jurchen", seed=108, outline=False))
    body.append(F.rider(760, 600, 0.5, P.JIN, "jurchen_helmet", P.HORSE_BLACK, True, 1, ("banner", "down"), "banner"))
    body.append(F.rider(660, 640, 0.5, P.JIN, "jurchen_helmet", P.HORSE_BROWN, True, 1))
    body.append(F.rider(880, 610, 0.55, P.JIN, "jurchen", P.HORSE_GREY, True, 1, ("point", "down")))
    body.append(dust(610, 630, 1.0, 109))
    # the hill in front, with Yue Fei watching
    body.append(path("M-20 900 L-20 660 Q160 600 330 640 Q470 690 560 900 Z", P.GRASS_DARK, **ink(3)))
    body.append(L.grass_tufts(110, 5, 700, 880, x0=20, x1=480))
    body.append(F.banner(70, 870, 0.95, P.SONG, "tall"))
    body.append(yue_fei(250, 860, 1.3, 1, arms=("hip", "down"), mood="flat", look=1))
    return body


@scene("ch08/c08-yancheng.svg", "On a wide plain, Song horsemen in orange led by Yue Fei charge toward a large Jin army in blue. No one is hurt.",
       title="The Battle of Yancheng")
def c08_yancheng():
    """On a wide plain, Song horsemen led by Yue Fei charge toward a large Jin army. No one is hurt."""
    body = [L.sky("smoke", top="#A9A49C", bottom="#EBD8B0")]
    body.append(L.mountains(420, "#B9B4A8", 111, 4, 50, 90))
    body.append(rect(0, 420, W, 480, linear([(0, "#D8C98F"), (1, "#B9AA6E")])))
    # the big Jin army on the right: rows of helmets, spears and banners
    body.append(F.crowd_row(680, 1220, 470, P.JIN, 0.38, "jurchen", seed=112, banners=3, outline=False, color=P.JIN.light))
    body.append(F.crowd_row(720, 1220, 530, P.JIN, 0.5, "soldier", seed=113, banners=2, dense=0.8))
    body.append(F.crowd_row(780, 1220, 610, P.JIN, 0.62, "jurchen", seed=114, banners=1))
    body.append(F.rider(1030, 760, 0.62, P.JIN, "jurchen_helmet", P.HORSE_BLACK, False, -1, ("spear", "down"), "spear"))
    body.append(F.rider(880, 780, 0.55, P.JIN, "jurchen_helmet", P.HORSE_GREY, False, -1))
    # Song cavalry thunder in from the left
    body.append(dust(150, 800, 1.6, 115))
    body.append(F.rider(130, 660, 0.55, P.SONG, "song_helmet", P.HORSE_CHESTNUT, True, 1, ("banner", "down"), "banner"))
    body.append(F.rider(60, 830, 0.7, P.SONG, "song_helmet", P.HORSE_BROWN, True, 1, ("spear", "down"), "spear"))
    body.append(yue_fei_rider(400, 820, 0.95, 1, True, ("point", "down")))
    body.append(dust(330, 850, 1.0, 116, o=0.6))
    body.append(L.grass_tufts(117, 8, 860, 900, color="#9C8E55"))
    return body


@scene("ch08/title.svg", "The title card: four Song generals in orange armour stand side by side on a hill, looking north toward a city with blue flags.",
       title="Chapter 8: Da Qi and the Song Generals")
def card08():
    """Title card: four Song generals on a hill look north toward a city with blue flags."""
    em = [L.sky("day", top="#A8D3EE", bottom="#F3E7C8"), L.mountains(560, P.MTN_FAR, 120, 5, 90, 170)]
    em.append(L.rolling(560, 10, "#C8D58E", 121))
    em.append(B.city(760, 1180, 580, 90, gate_x=960, towers=(820, 1110), seed=122, roofs_behind=2))
    for bx in (800, 900, 1020, 1120):
        em.append(F.banner(bx, 470, 0.4, P.JIN, "tall" if bx % 200 else "swallow"))
    em.append(path("M0 820 L0 660 Q250 590 520 640 Q700 690 820 820 Z", P.GRASS_DARK, **ink(3)))
    em.append(F.figure(170, 720, 0.95, P.SONG, "song_helmet", "stand", ("spear", "down"), 1, "flat", "armour", "spear"))
    em.append(F.figure(280, 700, 0.95, P.SONG, "song_helmet", "stand", ("hip", "down"), 1, "smile", "armour"))
    em.append(yue_fei(400, 700, 1.0, 1, arms=("point", "down"), mood="smile"))
    em.append(F.figure(585, 736, 0.95, P.SONG, "song_helmet", "stand", ("banner", "down"), 1, "smile", "armour", "banner"))
    return [card(8, g(*em))]
